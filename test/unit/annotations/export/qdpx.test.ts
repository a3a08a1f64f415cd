import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { exportQdpx, qdaGuid } from '../../../../src/annotations/export/qdpx';
import { astralInput, seedInput } from './fixtures';

/** Root of the repository, from the compiled location out/test/unit/annotations/export/. */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const SCHEMA = path.resolve(REPO_ROOT, '..', 'shared', 'standards', 'refi-qda', 'Project.xsd');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Validates a project.qde against the REFI-QDA schema with libxml2 (built to WebAssembly, so the
 * test needs no system package); throws, never skips, when the schema is missing.
 */
async function validate(qde: string): Promise<void> {
  assert.ok(fs.existsSync(SCHEMA), `the REFI-QDA schema is missing: ${SCHEMA}`);
  const result = await validateXML({
    xml: { fileName: 'project.qde', contents: qde },
    schema: { fileName: 'Project.xsd', contents: fs.readFileSync(SCHEMA, 'utf8') },
  });
  assert.ok(result.valid, `the schema rejects project.qde:\n${result.errors.map((error) => error.rawMessage).join('\n') || result.rawOutput}`);
}

function unpack(bytes: Uint8Array): { qde: string; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  assert.ok(files['project.qde'], 'project.qde at the root');
  return { qde: strFromU8(files['project.qde']), files };
}

/** Attribute values of every element named `element` in the XML. */
function elements(qde: string, element: string): Array<Record<string, string>> {
  return [...qde.matchAll(new RegExp(`<${element}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('export: REFI-QDA project (QDPX)', () => {
  it('writes a project.qde that the REFI-QDA schema accepts', async () => {
    const { bytes, skipped } = exportQdpx(seedInput());
    assert.equal(skipped, 1, 'the orphan is left out');
    const { qde } = unpack(bytes);
    await validate(qde);
    await validate(unpack(exportQdpx(astralInput()).bytes).qde);
    await validate(unpack(exportQdpx({ ...seedInput(), sources: [], codebook: { version: 1, codes: [] } }).bytes).qde);
  });

  it('stores each source under sources/ and points at it with internal://', () => {
    const input = seedInput();
    const { qde, files } = unpack(exportQdpx(input).bytes);
    const [source] = elements(qde, 'TextSource');
    assert.match(source!.guid!, GUID);
    assert.equal(source!.name, 'releases/sco-2019-11-12.press');
    assert.equal(source!.plainTextPath, `internal://${source!.guid}.txt`);
    assert.equal(strFromU8(files[`sources/${source!.guid}.txt`]!), input.sources[0]!.text);
  });

  it('keeps the codebook tree, its colours and descriptions, with a GUID per code', () => {
    const { qde } = unpack(exportQdpx(seedInput()).bytes);
    const codes = elements(qde, 'Code');
    assert.deepEqual(
      codes.map((c) => [c.name, c.color, c.isCodable]),
      [
        ['Praise', '#2ca02c', 'true'],
        ['Cooperation', '#1f77b4', 'true'],
        ['Economic &amp; trade', '#aec7e8', 'true'],
        ['Security', '#1f77b4', 'true'],
      ],
    );
    for (const code of codes) assert.match(code.guid!, GUID);
    assert.match(qde, /<Code [^>]*name="Cooperation"[^>]*>\s*<Code [^>]*name="Economic &amp; trade"/);
    assert.match(qde, /<Description>Approval of a person, country or event\.<\/Description>/);
  });

  it('codes each placed passage, with the note escaped as its description', () => {
    const input = seedInput();
    const { qde } = unpack(exportQdpx(input).bytes);
    const selections = elements(qde, 'PlainTextSelection');
    assert.equal(selections.length, 3);
    assert.equal(elements(qde, 'Coding').length, 4);
    assert.match(qde, /<Description>=HYPERLINK\("x"\) &lt;b&gt;&amp;"<\/Description>/);
    const users = elements(qde, 'User');
    assert.deepEqual(users.map((u) => u.name), ['Analyst', 'Second Analyst']);
    const second = selections.find((s) => s.name === 'deepen trade and economic cooperation')!;
    assert.equal(second.creatingUser, users[1]!.guid);
    assert.equal(second.creationDateTime, '2024-05-01T10:00:00.000Z');
    const refs = elements(qde, 'CodeRef').map((r) => r.targetGUID);
    const codeGuids = new Set(elements(qde, 'Code').map((c) => c.guid));
    for (const ref of refs) assert.ok(codeGuids.has(ref), `CodeRef ${ref} names a code`);
  });

  it('counts positions in code points, so astral characters before a passage do not shift it', () => {
    const input = astralInput();
    const text = input.sources[0]!.text;
    const { qde, files } = unpack(exportQdpx(input).bytes);
    const selection = elements(qde, 'PlainTextSelection').find((s) => s.name === 'praised the outcome')!;
    const utf16 = text.indexOf('praised the outcome');
    assert.equal(Number(selection.startPosition), utf16 - 2, 'two astral characters (𝐀 and 🙂) before it');
    assert.equal(Number(selection.endPosition), utf16 - 2 + 'praised the outcome'.length);
    const [source] = elements(qde, 'TextSource');
    const points = Array.from(strFromU8(files[`sources/${source!.guid}.txt`]!));
    assert.equal(points.slice(Number(selection.startPosition), Number(selection.endPosition)).join(''), 'praised the outcome');
  });

  it('adds codes the codebook lacks, so every CodeRef resolves', () => {
    const { qde } = unpack(exportQdpx(astralInput()).bytes);
    assert.ok(elements(qde, 'Code').some((c) => c.name === 'retired-code'));
  });

  it('derives GUIDs from ids, so the same project exports to the same bytes', () => {
    const input = seedInput();
    assert.deepEqual(exportQdpx(input).bytes, exportQdpx(structuredClone(input)).bytes);
    assert.equal(qdaGuid('code', 'praise'), qdaGuid('code', 'praise'));
    assert.notEqual(qdaGuid('code', 'praise'), qdaGuid('user', 'praise'));
    assert.match(qdaGuid('source', 'a/b.press'), GUID);
  });
});
