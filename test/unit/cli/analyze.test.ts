import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ExitCode, runCli } from '../../../src/cli/cli';
import { SAMPLES_DIR, SEED_PATH } from '../../fixtures/seed';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function run(...argv: string[]): { code: ExitCode; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, '0.0.0');
  return { code, stdout, stderr };
}

describe('readout analyze', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'analysis.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('prints one JSON object per file that matches the published schema', () => {
    const result = run('analyze', SEED_PATH, SAMPLES_DIR);
    assert.equal(result.code, ExitCode.Ok, result.stderr);
    const reports = JSON.parse(result.stdout) as Array<{ file: string; officials: Array<{ id: string }>; quotes: Array<{ speaker: string | null }> }>;
    assert.ok(reports.length >= 26, `${reports.length} reports`);
    for (const report of reports) assert.ok(validate(report), `${report.file}: ${JSON.stringify(validate.errors)}`);
    const seed = reports[0]!;
    assert.equal(seed.file, SEED_PATH);
    assert.deepEqual(seed.officials.map((o) => o.id).sort(), ['le-yucheng', 'vladimir-norov']);
    assert.deepEqual(seed.quotes.map((q) => q.speaker), ['vladimir-norov', 'le-yucheng', 'le-yucheng']);
  });

  it('prints JSON lines', () => {
    const result = run('analyze', '--format', 'jsonl', SEED_PATH, SEED_PATH);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) assert.ok(validate(JSON.parse(line)));
  });

  it('prints a CSV table of quotes, meetings or officials', () => {
    const quotes = run('analyze', '--format=csv', '--table', 'quotes', SEED_PATH).stdout.trim().split('\n');
    assert.equal(quotes[0], 'file,start,end,speaker,speakerName,verb,text');
    assert.equal(quotes.length, 4);
    assert.match(quotes[1]!, /vladimir-norov,Vladimir Norov,added,"China has consistently/);
    const meetings = run('analyze', '--format', 'csv', '--table', 'meetings', SEED_PATH).stdout;
    assert.match(meetings, /2019-11-12,,Ministry of Foreign Affairs of China,meeting,040,vladimir-norov; le-yucheng,false/);
    const officials = run('analyze', '--format', 'csv', SEED_PATH).stdout;
    assert.match(officials, /^file,id,name,titles,affiliation,mentions\n/);
  });

  it('reports unreadable and binary files on stderr, still processes the others, and exits 1', () => {
    const binary = path.join(tmp, 'image.press');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    const missing = path.join(tmp, 'missing.press');
    const result = run('analyze', binary, missing, SEED_PATH);
    assert.equal(result.code, ExitCode.Failure);
    assert.match(result.stderr, /skipped .*image\.press: not a UTF-8 text file/);
    assert.match(result.stderr, /cannot read .*missing\.press: no such file or folder/);
    assert.equal((JSON.parse(result.stdout) as unknown[]).length, 1);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(run('analyze').code, ExitCode.Usage);
    assert.equal(run('analyze', '--format', 'xml', SEED_PATH).code, ExitCode.Usage);
    assert.equal(run('analyze', '--table', 'people', SEED_PATH).code, ExitCode.Usage);
    assert.match(run('analyze', '--bogus', SEED_PATH).stderr, /unknown option: --bogus/);
  });

  it('uses a knowledge base for people the text names without a title', () => {
    const doc = path.join(tmp, 'note.press');
    fs.writeFileSync(doc, 'A report from Geneva\n\nThe report by Aigerim Sadykova was published on 3 March 2024.\n');
    const withoutKb = JSON.parse(run('analyze', doc).stdout) as Array<{ officials: unknown[] }>;
    assert.equal(withoutKb[0]!.officials.length, 0);
    const kb = path.join(tmp, 'entities.json');
    fs.writeFileSync(kb, JSON.stringify({ people: [{ name: 'Aigerim Sadykova', titles: ['Special Envoy'], affiliation: 'Kazakhstan' }] }));
    const withKb = JSON.parse(run('analyze', '--entities', kb, doc).stdout) as Array<{ officials: Array<{ name: string; titles: string[]; affiliation: string }> }>;
    assert.deepEqual(withKb[0]!.officials.map((o) => [o.name, o.titles, o.affiliation]), [['Aigerim Sadykova', ['Special Envoy'], 'Kazakhstan']]);
  });

  it('names the line of a malformed knowledge base and does not touch it', () => {
    const kb = path.join(tmp, 'broken.json');
    const broken = '{\n  "people": [\n    { "name": "A" }\n    { "name": "B" }\n  ]\n}\n';
    fs.writeFileSync(kb, broken);
    const result = run('analyze', '--entities', kb, SEED_PATH);
    assert.equal(result.code, ExitCode.Failure);
    assert.match(result.stderr, /broken\.json:4:\d+: invalid JSON/);
    assert.equal(fs.readFileSync(kb, 'utf8'), broken);
  });
});
