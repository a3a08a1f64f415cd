import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describeRange } from '../../../src/annotations/anchoring';
import type { Annotation, AnnotationFile } from '../../../src/annotations/model';
import { mergeAnnotations, newAnnotationId, parseAnnotationFile, serializeAnnotationFile, sidecarPath } from '../../../src/annotations/sidecar';
import { readSeed } from '../../fixtures/seed';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

describe('sidecar', () => {
  const seed = readSeed();
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'annotations.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);

  const at = (passage: string): { start: number; end: number } => {
    const start = seed.indexOf(passage);
    assert.ok(start >= 0, passage);
    return { start, end: start + passage.length };
  };
  const annotation = (id: string, passage: string, extra: Partial<Annotation> = {}): Annotation => ({
    id,
    codes: ['praise'],
    note: '',
    author: 'Analyst A',
    created: '2024-05-01T10:00:00.000Z',
    modified: '2024-05-01T10:00:00.000Z',
    ...describeRange(seed, at(passage)),
    orphaned: false,
    ...extra,
  });
  const file: AnnotationFile = {
    version: 1,
    document: 'releases/sco-2019-11-12.press',
    annotations: [
      annotation('urn:uuid:b', 'The meeting took place', { codes: ['agreement'], note: 'Tone: "friendly"\nsecond line' }),
      annotation('urn:uuid:a', 'He praised the outcome', { codes: ['praise', 'cooperation.economic'], orphaned: true }),
      annotation('urn:uuid:c', 'He praised the outcome', { author: '' }),
    ],
  };

  describe('sidecarPath', () => {
    it('puts the sidecar under .readout/annotations with the document path and .json', () => {
      assert.equal(sidecarPath('releases/2024/a.press'), '.readout/annotations/releases/2024/a.press.json');
      assert.equal(sidecarPath('a.readout'), '.readout/annotations/a.readout.json');
      assert.equal(sidecarPath('releases\\b.press'), '.readout/annotations/releases/b.press.json');
      assert.equal(sidecarPath('./c.press'), '.readout/annotations/c.press.json');
    });
  });

  describe('newAnnotationId', () => {
    it('makes distinct urn:uuid ids', () => {
      const a = newAnnotationId();
      assert.match(a, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.notEqual(a, newAnnotationId());
    });
  });

  describe('serializeAnnotationFile', () => {
    const text = serializeAnnotationFile(file);
    const json = JSON.parse(text) as { annotations: Array<Record<string, unknown>> } & Record<string, unknown>;

    it('writes W3C Web Annotations that the published schema accepts', () => {
      assert.ok(validate(json), JSON.stringify(validate.errors));
      assert.deepEqual(Object.keys(json), ['@context', 'version', 'document', 'annotations']);
      assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    });

    it('sorts annotations by start, then id, and writes keys in a fixed order', () => {
      assert.deepEqual(json.annotations.map((a) => a.id), ['urn:uuid:a', 'urn:uuid:c', 'urn:uuid:b']);
      const [first] = json.annotations;
      assert.deepEqual(Object.keys(first!), ['id', 'type', 'motivation', 'created', 'modified', 'creator', 'body', 'target', 'orphaned']);
      assert.deepEqual(first!.body, [
        { type: 'TextualBody', purpose: 'tagging', value: 'praise' },
        { type: 'TextualBody', purpose: 'tagging', value: 'cooperation.economic' },
      ]);
      assert.deepEqual(first!.creator, { type: 'Person', name: 'Analyst A' });
      const target = first!.target as { source: string; selector: Array<Record<string, unknown>> };
      assert.equal(target.source, file.document);
      assert.deepEqual(Object.keys(target.selector[0]!), ['type', 'exact', 'prefix', 'suffix']);
      assert.deepEqual(Object.keys(target.selector[1]!), ['type', 'start', 'end']);
      assert.ok(text.startsWith('{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "version": 1,\n'));
      assert.ok(text.endsWith('}\n'));
    });

    it('adds the note as a commenting body and "orphaned" only when true', () => {
      const last = json.annotations[2]!;
      assert.deepEqual((last.body as unknown[]).at(-1), { type: 'TextualBody', purpose: 'commenting', value: 'Tone: "friendly"\nsecond line' });
      assert.equal('orphaned' in last, false);
      assert.equal((json.annotations[1]!.body as unknown[]).length, 1);
    });

    it('does not depend on the order it is given', () => {
      assert.equal(serializeAnnotationFile({ ...file, annotations: [...file.annotations].reverse() }), text);
    });
  });

  describe('parseAnnotationFile', () => {
    const text = serializeAnnotationFile(file);

    it('reads back exactly what was written', () => {
      const parsed = parseAnnotationFile(text);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
      const sorted = [...file.annotations].sort((a, b) => a.position.start - b.position.start || a.id.localeCompare(b.id));
      assert.deepEqual(parsed.value, { ...file, annotations: sorted });
      assert.equal(serializeAnnotationFile(parsed.value), text);
    });

    it('reads a file that starts with a byte order mark', () => {
      const parsed = parseAnnotationFile(`\ufeff${text}`);
      assert.ok(parsed.ok);
      assert.equal(parsed.value.annotations.length, 3);
      const error = parseAnnotationFile(`\ufeff${text.replace('"version": 1', '"version": 9')}`);
      assert.ok(!error.ok);
      assert.deepEqual([error.line, error.column], [3, 14]);
    });

    it('keeps characters outside the Basic Multilingual Plane and an empty file', () => {
      const emoji: AnnotationFile = {
        version: 1,
        document: 'ünïcode/𝐀.press',
        annotations: [{ ...file.annotations[0]!, note: '🤝 𝐀', quote: { type: 'TextQuoteSelector', exact: '🤝', prefix: '𝐀 ', suffix: ' 😀' }, position: { type: 'TextPositionSelector', start: 2, end: 4 } }],
      };
      const parsed = parseAnnotationFile(serializeAnnotationFile(emoji));
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.value, emoji);
      const empty = parseAnnotationFile(serializeAnnotationFile({ version: 1, document: 'a.press', annotations: [] }));
      assert.ok(empty.ok);
      assert.deepEqual(empty.value.annotations, []);
    });

    it('accepts what other Web Annotation writers may leave out or write differently', () => {
      const parsed = parseAnnotationFile(
        JSON.stringify({
          version: 1,
          document: 'a.press',
          annotations: [
            {
              id: 'x',
              type: 'Annotation',
              created: '2024-01-01T00:00:00Z',
              modified: '2024-01-01T00:00:00Z',
              creator: { name: 'B' },
              body: { type: 'TextualBody', purpose: 'tagging', value: 'praise' },
              target: { selector: [{ type: 'TextPositionSelector', start: 0, end: 2 }, { type: 'TextQuoteSelector', exact: 'ab' }] },
            },
          ],
        }),
      );
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
      const [a] = parsed.value.annotations;
      assert.deepEqual(a!.codes, ['praise']);
      assert.deepEqual(a!.quote, { type: 'TextQuoteSelector', exact: 'ab', prefix: '', suffix: '' });
      assert.equal(a!.orphaned, false);
      assert.equal(a!.note, '');
    });

    const fails = (source: string): { message: string; line: number; column: number } => {
      const result = parseAnnotationFile(source);
      assert.ok(!result.ok, 'expected an error');
      return result;
    };
    /** The serialized file with one replacement, for errors at a known place. */
    const broken = (from: string | RegExp, to: string): string => {
      const changed = text.replace(from, to);
      assert.notEqual(changed, text, `${String(from)} is in the file`);
      return changed;
    };
    const lineOf = (source: string, needle: string): number => source.slice(0, source.indexOf(needle)).split('\n').length;

    it('reports malformed JSON with its line and column', () => {
      const source = broken('"motivation": "tagging",', '"motivation": "tagging",,');
      const error = fails(source);
      assert.match(error.message, /^invalid JSON/);
      assert.equal(error.line, lineOf(source, ',,'));
    });

    it('says a newer file needs a newer Readout', () => {
      const error = fails(broken('"version": 1', '"version": 2'));
      assert.match(error.message, /newer than this Readout/);
      assert.deepEqual([error.line, error.column], [3, 14]);
    });

    it('names the line of a wrong shape', () => {
      // The replacement, the text on the line the error should name, and the message.
      const cases: Array<[string, string, string, RegExp]> = [
        ['"start": ', '"start": -', '"start": -', /TextPositionSelector needs whole-number/],
        ['"exact": ', '"exact": 1, "x": ', '"exact": 1', /TextQuoteSelector needs "exact", "prefix" and "suffix" strings/],
        ['"purpose": "commenting"', '"purpose": "replying"', 'replying', /"purpose" must be "tagging" or "commenting"/],
        ['"type": "TextQuoteSelector"', '"type": "Other"', '"selector"', /needs a TextQuoteSelector and a TextPositionSelector/],
        ['"orphaned": true', '"orphaned": "yes"', '"yes"', /"orphaned" must be true or false/],
        ['"id": "urn:uuid:c"', '"id": "urn:uuid:a"', '"urn:uuid:a",\n      "type": "Annotation",\n      "motivation": "tagging",\n      "created": "2024-05-01T10:00:00.000Z",\n      "modified": "2024-05-01T10:00:00.000Z",\n      "creator": {\n        "type": "Person",\n        "name": ""', /id "urn:uuid:a" is used twice/],
        ['"modified": "2024', '"modified": 2024, "x": "2024', '"modified": 2024', /"modified" must be an ISO 8601 time/],
        ['"type": "Annotation"', '"type": "Note"', '"Note"', /"type" must be "Annotation"/],
        ['"creator": {', '"creator": "me", "x": {', '"me"', /"creator" must be an object/],
      ];
      for (const [from, to, needle, message] of cases) {
        const source = broken(from, to);
        const error = fails(source);
        assert.match(error.message, message);
        const expected = lineOf(source, needle);
        assert.equal(error.line, expected, `${error.message}: line ${error.line}, expected near ${expected}`);
      }
      assert.match(fails('[]').message, /expected an object/);
      assert.match(fails('{"version": 1, "document": "a", "annotations": {}}').message, /"annotations" must be a list/);
      assert.match(fails('{"version": 1, "annotations": []}').message, /"document"/);
      assert.match(fails('{"document": "a", "annotations": []}').message, /missing "version"/);
      assert.match(fails(text.replace(/\{\s*"type": "TextualBody",\s*"purpose": "tagging",\s*"value": "agreement"\s*\},?/, '')).message, /no tagging body/);
    });
  });

  describe('mergeAnnotations', () => {
    const t = (minute: number): string => `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const a = (id: string, minute: number, codes = ['praise']): Annotation => annotation(id, 'The meeting took place', { modified: t(minute), codes });
    const ids = (list: Annotation[]): string => list.map((x) => `${x.id}@${x.modified.slice(14, 16)}`).join(' ');

    it('keeps annotations added on either side', () => {
      const base = [a('1', 0)];
      assert.equal(ids(mergeAnnotations(base, [a('1', 0), a('mine', 5)], [a('1', 0), a('theirs', 6)])), '1@00 mine@05 theirs@06');
    });

    it('drops annotations deleted on one side, unless the other side changed them since', () => {
      const base = [a('1', 0), a('2', 0), a('3', 0), a('4', 0)];
      // Mine deleted 1 and 3, theirs deleted 2 and 4; theirs edited 3 after base, mine edited 4.
      const merged = mergeAnnotations(base, [a('2', 0), a('4', 9)], [a('1', 0), a('3', 8)]);
      assert.equal(ids(merged), '4@09 3@08');
    });

    it('takes the later modification when both sides have one, mine on a tie', () => {
      const base = [a('1', 0), a('2', 0)];
      const mine = [a('1', 5, ['mine']), a('2', 7, ['mine'])];
      const theirs = [a('1', 6, ['theirs']), a('2', 7, ['theirs'])];
      const merged = mergeAnnotations(base, mine, theirs);
      assert.deepEqual(merged.map((x) => x.codes[0]), ['theirs', 'mine']);
    });

    it('without a base, takes the union with the later modification winning', () => {
      const merged = mergeAnnotations(undefined, [a('1', 5, ['mine']), a('2', 1)], [a('1', 6, ['theirs']), a('3', 2)]);
      assert.equal(ids(merged), '1@06 2@01 3@02');
      assert.equal(merged[0]!.codes[0], 'theirs');
    });

    it('keeps everything when nothing changed and drops what both deleted', () => {
      const base = [a('1', 0), a('2', 0)];
      assert.equal(ids(mergeAnnotations(base, [a('1', 0)], [a('1', 0)])), '1@00');
      assert.equal(ids(mergeAnnotations(base, base, base)), '1@00 2@00');
    });
  });
});
