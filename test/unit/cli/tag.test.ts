import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAnnotationFile } from '../../../src/annotations/sidecar';
import type { Annotation } from '../../../src/annotations/model';
import { ExitCode, runCli } from '../../../src/cli/cli';
import { readSeed } from '../../fixtures/seed';

const DOC = 'releases/sco-2019-11-12.press';
const SIDECAR = `.readout/annotations/${DOC}.json`;

describe('readout tag', () => {
  let workspace: string;
  let text: string;

  function run(...argv: string[]): { code: ExitCode; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: workspace }, '0.0.0');
    return { code, stdout, stderr };
  }

  function tags(): Annotation[] {
    const parsed = parseAnnotationFile(fs.readFileSync(path.join(workspace, SIDECAR), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
    return parsed.value.annotations;
  }

  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-tag-'));
    text = readSeed();
    fs.mkdirSync(path.join(workspace, 'releases'));
    fs.writeFileSync(path.join(workspace, DOC), text);
  });
  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('tags every occurrence of a text in the sidecar the editor reads, and adds nothing the second time', () => {
    const first = run('tag', DOC, '--text', 'Shanghai Spirit', '--code', 'praise', '--note', 'a slogan');
    assert.equal(first.code, ExitCode.Ok, first.stderr);
    assert.equal(first.stdout, `tagged 1 passage(s) with praise in ${DOC} (0 already tagged)\n`);
    const [tag] = tags();
    assert.deepEqual(tag!.codes, ['praise']);
    assert.equal(tag!.note, 'a slogan');
    assert.equal(text.slice(tag!.position.start, tag!.position.end), 'Shanghai Spirit');
    assert.ok(tag!.author.length > 0);
    const written = fs.readFileSync(path.join(workspace, SIDECAR), 'utf8');

    const second = run('tag', DOC, '--text', 'shanghai spirit', '--code', 'Praise');
    assert.equal(second.code, ExitCode.Ok, second.stderr);
    assert.equal(second.stdout, `tagged 0 passage(s) with praise in ${DOC} (1 already tagged)\n`);
    assert.equal(fs.readFileSync(path.join(workspace, SIDECAR), 'utf8'), written, 'the sidecar is not rewritten');
  });

  it('tags regular expression matches and quotes by an official, with codes named by path', () => {
    const match = run('tag', DOC, '--match', 'cooperation\\swithin\\sthe\\s(SCO|organisation)', '--code', 'Cooperation/Economic');
    assert.equal(match.code, ExitCode.Ok, match.stderr);
    assert.match(match.stdout, /^tagged 4 passage\(s\) with cooperation\.economic in /);
    const quotes = run('tag', DOC, '--quotes-by', 'Le Yucheng', '--code', 'praise', '--code', 'commitment');
    assert.equal(quotes.code, ExitCode.Ok, quotes.stderr);
    assert.match(quotes.stdout, /^tagged 2 passage\(s\) with praise, commitment in /);
    const all = tags();
    assert.equal(all.length, 6);
    const quoted = all.filter((a) => a.codes.includes('praise'));
    assert.ok(quoted.every((a) => a.codes.includes('commitment')));
    assert.ok(quoted.some((a) => text.slice(a.position.start, a.position.end).includes('Uzbekistan undertook')));
  });

  it('keeps tags already in the sidecar, written by someone else', () => {
    assert.equal(run('tag', DOC, '--text', 'Belt and Road', '--code', 'cooperation').code, ExitCode.Ok);
    const sidecar = path.join(workspace, SIDECAR);
    fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace(/"name": "[^"]*"/, '"name": "Someone Else"'));
    assert.equal(run('tag', DOC, '--text', 'Shanghai Spirit', '--code', 'praise').code, ExitCode.Ok);
    const all = tags();
    assert.equal(all.length, 2);
    assert.ok(all.some((a) => a.author === 'Someone Else' && a.codes.includes('cooperation')));
  });

  it('rejects an invalid regular expression with exit 2 and writes nothing', () => {
    const result = run('tag', DOC, '--match', '(unclosed', '--code', 'praise');
    assert.equal(result.code, ExitCode.Usage);
    assert.match(result.stderr, /^readout tag: invalid regular expression \/\(unclosed\/: /);
    assert.equal(fs.existsSync(path.join(workspace, SIDECAR)), false);
  });

  it('lists the codes when the code is unknown, with exit 2', () => {
    const result = run('tag', DOC, '--text', 'Shanghai Spirit', '--code', 'flattery');
    assert.equal(result.code, ExitCode.Usage);
    assert.match(result.stderr, /no code "flattery" in the codebook/);
    assert.match(result.stderr, /cooperation\.security\s+Cooperation › Security/);
  });

  it('uses the workspace codebook and leaves a malformed one as it is', () => {
    const file = path.join(workspace, '.readout', 'codebook.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ version: 1, codes: [{ id: 'warmth', name: 'Warmth' }] }));
    assert.equal(run('tag', DOC, '--text', 'friendly', '--code', 'warmth').code, ExitCode.Ok);
    assert.equal(run('tag', DOC, '--text', 'friendly', '--code', 'praise').code, ExitCode.Usage);
    const broken = '{\n  "version": 1,\n  "codes": [\n    { "id": "a" "name": "A" }\n  ]\n}\n';
    fs.writeFileSync(file, broken);
    const result = run('tag', DOC, '--text', 'friendly', '--code', 'warmth');
    assert.equal(result.code, ExitCode.Failure);
    assert.match(result.stderr, /\.readout\/codebook\.json:4:\d+: /);
    assert.equal(fs.readFileSync(file, 'utf8'), broken);
  });

  it('names the line of a malformed sidecar and leaves it untouched', () => {
    const sidecar = path.join(workspace, SIDECAR);
    fs.mkdirSync(path.dirname(sidecar), { recursive: true });
    const broken = '{\n  "version": 1,\n  "document": "x",\n  "annotations": [\n    { "id": 3 }\n  ]\n}\n';
    fs.writeFileSync(sidecar, broken);
    const result = run('tag', DOC, '--text', 'Shanghai Spirit', '--code', 'praise');
    assert.equal(result.code, ExitCode.Failure);
    assert.match(result.stderr, new RegExp(`${SIDECAR.replace(/[./]/g, '\\$&')}:5:\\d+: .*left as it is`));
    assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
  });

  it('exits 2 on usage errors and 1 on a missing document', () => {
    assert.equal(run('tag').code, ExitCode.Usage);
    assert.match(run('tag', DOC, '--code', 'praise').stderr, /--text, --match or --quotes-by/);
    assert.match(run('tag', DOC, '--text', 'a', '--match', 'b', '--code', 'praise').stderr, /cannot be combined/);
    assert.match(run('tag', DOC, '--text', 'Shanghai').stderr, /no --code/);
    assert.match(run('tag', DOC, '--text', 'a', '--code', 'praise', '--bogus').stderr, /unknown option: --bogus/);
    assert.match(run('tag', path.join(os.tmpdir(), 'elsewhere.press'), '--text', 'a', '--code', 'praise').stderr, /not inside the workspace folder/);
    const missing = run('tag', 'releases/missing.press', '--text', 'a', '--code', 'praise');
    assert.equal(missing.code, ExitCode.Failure);
    assert.match(missing.stderr, /cannot read .*missing\.press: no such file or folder/);
    assert.match(run('tag', '--help').stdout, /^Usage: readout tag/);
  });
});
