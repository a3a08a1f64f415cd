import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { addCode, codeColor, DEFAULT_CODEBOOK, flattenCodebook, parseCodebook, resolveCode, serializeCodebook, slugify } from '../../../src/annotations/codebook';
import type { Codebook } from '../../../src/annotations/model';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Relative luminance of a `#rrggbb` colour (WCAG). */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe('codebook', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'codebook.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);

  describe('DEFAULT_CODEBOOK', () => {
    const flat = flattenCodebook(DEFAULT_CODEBOOK);

    it('has the codes of the genre, cooperation with three sub-codes', () => {
      const ids = flat.map((code) => code.id);
      for (const id of ['cooperation', 'cooperation.economic', 'cooperation.security', 'cooperation.cultural', 'praise', 'commitment', 'proposal', 'agreement', 'concern', 'condolence']) {
        assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
      }
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'concern')?.name, 'Concern / Criticism');
    });

    it('gives every code a name, a description and its own mid-tone colour', () => {
      const colors = new Set<string>();
      for (const code of DEFAULT_CODEBOOK.codes.flatMap((c) => [c, ...(c.children ?? [])])) {
        assert.ok(code.name && code.description, code.id);
        assert.match(code.color ?? '', /^#[0-9a-f]{6}$/, code.id);
        colors.add(code.color!);
        // Neither near-white nor near-black: a translucent fill shows on both light and dark themes.
        const l = luminance(code.color!);
        assert.ok(l > 0.05 && l < 0.4, `${code.id} luminance ${l.toFixed(3)}`);
      }
      assert.equal(colors.size, flat.length, 'no two codes share a colour');
    });

    it('serializes to JSON that the published schema accepts and that parses back to itself', () => {
      const text = serializeCodebook(DEFAULT_CODEBOOK);
      assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
      const parsed = parseCodebook(text);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
      assert.deepEqual(parsed.value, DEFAULT_CODEBOOK);
      assert.equal(serializeCodebook(parsed.value), text);
    });
  });

  describe('serializeCodebook', () => {
    it('writes keys in a fixed order with two-space indent and a final newline', () => {
      const codebook = {
        version: 1,
        codes: [{ children: [{ name: 'B', id: 'a.b' }], description: 'd', color: '#abc', name: 'A', id: 'a' }],
      } as Codebook;
      assert.equal(
        serializeCodebook(codebook),
        '{\n  "version": 1,\n  "codes": [\n    {\n      "id": "a",\n      "name": "A",\n      "color": "#abc",\n      "description": "d",\n      "children": [\n        {\n          "id": "a.b",\n          "name": "B"\n        }\n      ]\n    }\n  ]\n}\n',
      );
    });

    it('leaves out an empty list of children', () => {
      assert.doesNotMatch(serializeCodebook({ version: 1, codes: [{ id: 'a', name: 'A', children: [] }] }), /children/);
    });
  });

  describe('parseCodebook', () => {
    const fails = (text: string): { message: string; line: number; column: number } => {
      const result = parseCodebook(text);
      assert.ok(!result.ok, 'expected an error');
      return result;
    };

    it('accepts a minimal codebook and keeps optional fields only when given', () => {
      const result = parseCodebook('{"version": 1, "codes": [{"id": "praise", "name": " Praise "}]}');
      assert.ok(result.ok);
      assert.deepEqual(result.value, { version: 1, codes: [{ id: 'praise', name: 'Praise' }] });
    });

    it('tolerates a "$schema" key for editors', () => {
      assert.ok(parseCodebook('{"$schema": "../schemas/codebook.schema.json", "version": 1, "codes": []}').ok);
    });

    it('reports malformed JSON with its line and column', () => {
      const error = fails('{\n  "version": 1,\n  "codes": [,]\n}');
      assert.match(error.message, /^invalid JSON/);
      assert.equal(error.line, 3);
    });

    it('requires a version it can read', () => {
      assert.match(fails('{"codes": []}').message, /missing "version"/);
      assert.match(fails('{"version": "1", "codes": []}').message, /whole number/);
      const newer = fails('{\n  "version": 2,\n  "codes": []\n}');
      assert.match(newer.message, /newer than this Readout/);
      assert.deepEqual([newer.line, newer.column], [2, 14]);
    });

    it('points at a child id that does not extend its parent', () => {
      const text = '{\n  "version": 1,\n  "codes": [\n    {"id": "cooperation", "name": "Cooperation", "children": [\n      {"id": "security", "name": "Security"}\n    ]}\n  ]\n}';
      const error = fails(text);
      assert.match(error.message, /codes\[0\]\.children\[0\]: id "security" must be its parent's id plus one part, like "cooperation\.security"/);
      assert.deepEqual([error.line, error.column], [5, 14]);
    });

    it('rejects ids that are not lowercase slugs, dotted top-level ids and grandchildren that skip a level', () => {
      assert.match(fails('{"version":1,"codes":[{"id":"Praise","name":"Praise"}]}').message, /lowercase/);
      assert.match(fails('{"version":1,"codes":[{"id":"my code","name":"x"}]}').message, /lowercase/);
      assert.match(fails('{"version":1,"codes":[{"id":"a..b","name":"x"}]}').message, /lowercase/);
      assert.match(fails('{"version":1,"codes":[{"id":"a.b","name":"x"}]}').message, /not inside a parent/);
      assert.match(fails('{"version":1,"codes":[{"id":"a","name":"A","children":[{"id":"a.b.c","name":"C"}]}]}').message, /plus one part/);
    });

    it('rejects duplicate ids, empty names, bad colours and unknown keys, naming the line', () => {
      const duplicate = fails('{"version": 1, "codes": [\n{"id": "a", "name": "A"},\n{"id": "a", "name": "B"}\n]}');
      assert.match(duplicate.message, /codes\[1\]: id "a" is used twice/);
      assert.equal(duplicate.line, 3);
      assert.match(fails('{"version":1,"codes":[{"id":"a","name":"  "}]}').message, /non-empty "name"/);
      assert.match(fails('{"version":1,"codes":[{"id":"a"}]}').message, /non-empty "name"/);
      assert.match(fails('{"version":1,"codes":[{"id":"a","name":"A","color":"red"}]}').message, /hex colour/);
      assert.match(fails('{"version":1,"codes":[{"id":"a","name":"A","color":"#12345"}]}').message, /hex colour/);
      assert.match(fails('{"version":1,"codes":[{"id":"a","name":"A","colour":"#123"}]}').message, /unknown key "colour"/);
      assert.match(fails('{"version":1,"codes":[{"id":"a","name":"A","children":{}}]}').message, /children must be a list/);
      assert.match(fails('{"version":1,"codes":{}}').message, /"codes" must be a list/);
      assert.match(fails('[]').message, /expected an object/);
      assert.match(fails('{"version":1,"codes":["praise"]}').message, /must be an object/);
    });
  });

  describe('flattenCodebook', () => {
    it('lists parents before children with paths, depths and inherited colours', () => {
      const codebook: Codebook = {
        version: 1,
        codes: [
          { id: 'a', name: 'A', color: '#111111', children: [{ id: 'a.b', name: 'B', children: [{ id: 'a.b.c', name: 'C', color: '#222222' }] }] },
          { id: 'd', name: 'D', description: 'dd' },
        ],
      };
      assert.deepEqual(flattenCodebook(codebook), [
        { id: 'a', name: 'A', path: ['A'], parentId: null, depth: 0, color: '#111111' },
        { id: 'a.b', name: 'B', path: ['A', 'B'], parentId: 'a', depth: 1, color: '#111111' },
        { id: 'a.b.c', name: 'C', path: ['A', 'B', 'C'], parentId: 'a.b', depth: 2, color: '#222222' },
        { id: 'd', name: 'D', path: ['D'], parentId: null, depth: 0, description: 'dd' },
      ]);
    });
  });

  describe('resolveCode', () => {
    it('finds a code by id, by name in any case, or by path', () => {
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'cooperation.security')?.id, 'cooperation.security');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, ' PRAISE ')?.id, 'praise');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'security')?.id, 'cooperation.security');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'Cooperation › Security')?.id, 'cooperation.security');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'Cooperation/Security')?.id, 'cooperation.security');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'cooperation > economic')?.id, 'cooperation.economic');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'Concern / Criticism')?.id, 'concern');
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'Cooperation.Cultural')?.id, 'cooperation.cultural');
    });

    it('returns undefined for unknown codes and wrong paths', () => {
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'sanctions'), undefined);
      assert.equal(resolveCode(DEFAULT_CODEBOOK, 'Praise › Security'), undefined);
      assert.equal(resolveCode(DEFAULT_CODEBOOK, ''), undefined);
    });

    it('prefers the shallowest code when two share a name', () => {
      const codebook: Codebook = { version: 1, codes: [{ id: 'a', name: 'A', children: [{ id: 'a.other', name: 'Other' }] }, { id: 'other', name: 'Other' }] };
      assert.equal(resolveCode(codebook, 'other')?.id, 'other');
      assert.equal(resolveCode(codebook, 'A › Other')?.id, 'a.other');
    });
  });

  describe('addCode', () => {
    it('adds a top-level code with a slug id and an unused colour, leaving the input alone', () => {
      const before = serializeCodebook(DEFAULT_CODEBOOK);
      const { codebook, code } = addCode(DEFAULT_CODEBOOK, 'Humanitarian Aid');
      assert.equal(serializeCodebook(DEFAULT_CODEBOOK), before);
      assert.equal(code.id, 'humanitarian-aid');
      assert.deepEqual(code.path, ['Humanitarian Aid']);
      assert.ok(code.color && !flattenCodebook(DEFAULT_CODEBOOK).some((c) => c.color === code.color));
      assert.equal(codebook.codes.at(-1)?.id, 'humanitarian-aid');
      assert.ok(parseCodebook(serializeCodebook(codebook)).ok);
    });

    it('adds a sub-code under its parent, prefixed with the parent id, inheriting the colour', () => {
      const { codebook, code } = addCode(DEFAULT_CODEBOOK, 'Energy & Climate', 'cooperation.economic');
      assert.equal(code.id, 'cooperation.economic.energy-climate');
      assert.equal(code.parentId, 'cooperation.economic');
      assert.deepEqual(code.path, ['Cooperation', 'Economic', 'Energy & Climate']);
      assert.equal(code.color, '#0d9488');
      assert.equal(codeColor(codebook, code.id), '#0d9488');
      assert.ok(parseCodebook(serializeCodebook(codebook)).ok);
      assert.equal(DEFAULT_CODEBOOK.codes[0]!.children![0]!.children, undefined);
    });

    it('makes ids unique and ASCII', () => {
      const first = addCode(DEFAULT_CODEBOOK, 'Praise');
      assert.equal(first.code.id, 'praise-2');
      const second = addCode(first.codebook, 'praise!');
      assert.equal(second.code.id, 'praise-3');
      assert.equal(addCode(DEFAULT_CODEBOOK, 'Sécurité régionale').code.id, 'securite-regionale');
      assert.equal(addCode(DEFAULT_CODEBOOK, '安全').code.id, 'code');
      assert.equal(slugify('  Trade -- and  Investment '), 'trade-and-investment');
    });

    it('refuses an empty name and an unknown parent', () => {
      assert.throws(() => addCode(DEFAULT_CODEBOOK, '  '), /needs a name/);
      assert.throws(() => addCode(DEFAULT_CODEBOOK, 'X', 'nope'), /no code with id "nope"/);
    });
  });

  describe('codeColor', () => {
    it('gives the own colour, else the nearest ancestor colour, else undefined', () => {
      const codebook: Codebook = { version: 1, codes: [{ id: 'a', name: 'A', color: '#123', children: [{ id: 'a.b', name: 'B' }] }, { id: 'c', name: 'C' }] };
      assert.equal(codeColor(codebook, 'a'), '#123');
      assert.equal(codeColor(codebook, 'a.b'), '#123');
      assert.equal(codeColor(codebook, 'c'), undefined);
      assert.equal(codeColor(codebook, 'missing'), undefined);
      assert.equal(codeColor(DEFAULT_CODEBOOK, 'cooperation.security'), '#4f46e5');
    });
  });
});
