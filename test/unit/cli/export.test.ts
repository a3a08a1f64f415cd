import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ExitCode, runCli } from '../../../src/cli/cli';
import { readSeed } from '../../fixtures/seed';

const DOC = 'releases/sco-2019-11-12.press';
const OTHER = 'notes/short.readout';

describe('readout export', () => {
  let workspace: string;

  function run(...argv: string[]): { code: ExitCode; stdout: string; stderr: string } {
    let stdout = '';
    let stderr = '';
    const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: workspace }, '0.0.0');
    return { code, stdout, stderr };
  }

  /** Two documents, three tags, one of which is orphaned by an edit of the text. */
  beforeEach(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-export-'));
    fs.mkdirSync(path.join(workspace, 'releases'));
    fs.mkdirSync(path.join(workspace, 'notes'));
    fs.writeFileSync(path.join(workspace, DOC), readSeed());
    fs.writeFileSync(path.join(workspace, OTHER), 'Talks 🙂 in Geneva\n\nThe Minister praised the =outcome of the talks.\n');
    for (const argv of [
      [DOC, '--text', 'Shanghai Spirit', '--code', 'praise', '--note', '=1+1'],
      [DOC, '--quotes-by', 'Vladimir Norov', '--code', 'cooperation'],
      [OTHER, '--text', 'praised the =outcome', '--code', 'praise'],
      [OTHER, '--text', 'in Geneva', '--code', 'cooperation.security'],
    ]) {
      const result = run('tag', ...argv);
      assert.equal(result.code, ExitCode.Ok, result.stderr);
    }
    // The passage "in Geneva" is rewritten beyond recognition: its tag is orphaned.
    fs.writeFileSync(path.join(workspace, OTHER), 'Talks 🙂 somewhere else entirely\n\nThe Minister praised the =outcome of the talks.\n');
  });
  afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('prints a CSV of the tags, orphans marked and reported', () => {
    const result = run('export', '--format', 'csv', '.');
    assert.equal(result.code, ExitCode.Ok, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines[0], 'document,start,end,text,codes,code_names,note,author,created,modified,orphaned,speaker,meeting_date');
    assert.equal(lines.length, 5);
    assert.match(result.stdout, /^notes\/short\.readout,\d+,\d+,praised the =outcome,praise,Praise,,/m);
    assert.match(result.stdout, /^notes\/short\.readout,\d+,\d+,in Geneva,cooperation\.security,Security,.*,true,,$/m);
    assert.match(result.stdout, /^releases\/sco-2019-11-12\.press,\d+,\d+,Shanghai Spirit,praise,Praise,'=1\+1,.*,false,,2019-11-12$/m);
    assert.match(result.stdout, /,cooperation,Cooperation,.*,false,Vladimir Norov,2019-11-12$/m);
    assert.match(result.stderr, /notes\/short\.readout: 1 tag\(s\) no longer found in the text \(orphaned\)/);
  });

  it('writes a W3C collection to a file', () => {
    const result = run('export', '--format=w3c', '--out', 'out/tags.jsonld', '.');
    assert.equal(result.code, ExitCode.Ok, result.stderr);
    assert.equal(result.stdout, '');
    const collection = JSON.parse(fs.readFileSync(path.join(workspace, 'out', 'tags.jsonld'), 'utf8')) as {
      type: string;
      label: string;
      total: number;
      first: { items: Array<{ target: { source: string }; orphaned?: boolean }> };
    };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.label, path.basename(workspace));
    assert.equal(collection.total, 4);
    assert.equal(collection.first.items.filter((item) => item.orphaned).length, 1);
    assert.match(result.stderr, /exported 4 tag\(s\) from 2 document\(s\) to out\/tags\.jsonld/);
  });

  it('writes a QDPX archive, leaving orphans out, and needs --out for it', () => {
    assert.equal(run('export', '--format', 'qdpx', '.').code, ExitCode.Usage);
    const result = run('export', '--format', 'qdpx', '--out', 'project.qdpx', '.');
    assert.equal(result.code, ExitCode.Ok, result.stderr);
    assert.match(result.stderr, /left out 1 orphaned tag\(s\)/);
    const files = unzipSync(fs.readFileSync(path.join(workspace, 'project.qdpx')));
    const qde = strFromU8(files['project.qde']!);
    assert.equal((qde.match(/<PlainTextSelection /g) ?? []).length, 3);
    assert.equal(Object.keys(files).filter((name) => name.startsWith('sources/')).length, 2);
  });

  it('writes brat files to a folder', () => {
    assert.equal(run('export', '--format', 'brat', '.').code, ExitCode.Usage);
    const result = run('export', '--format', 'brat', '--out', 'brat', '.');
    assert.equal(result.code, ExitCode.Ok, result.stderr);
    const names = fs.readdirSync(path.join(workspace, 'brat')).sort();
    assert.deepEqual(names, ['annotation.conf', 'notes__short.ann', 'notes__short.txt', 'releases__sco-2019-11-12.ann', 'releases__sco-2019-11-12.txt', 'visual.conf']);
    const ann = fs.readFileSync(path.join(workspace, 'brat', 'notes__short.ann'), 'utf8');
    // 🙂 is one character for brat: the offset is one less than JavaScript's.
    const js = fs.readFileSync(path.join(workspace, OTHER), 'utf8').indexOf('praised');
    assert.match(ann, new RegExp(`^T1\\tpraise ${js - 1} ${js - 1 + 20}\\tpraised the =outcome$`, 'm'));
    const again = run('export', '--format', 'brat', '--out', 'brat', '.');
    assert.equal(again.code, ExitCode.Ok, again.stderr);
    assert.equal(fs.readdirSync(path.join(workspace, 'brat')).length, 6, 'the copies in brat/ are not taken for documents');
  });

  it('prints the meetings', () => {
    const result = run('export', '--format', 'meetings', '.');
    assert.equal(result.code, ExitCode.Ok, result.stderr);
    assert.match(result.stdout, /^releases\/sco-2019-11-12\.press,2019-11-12_meeting_vladimir-norov_le-yucheng#1,2019-11-12,,Ministry of Foreign Affairs of China,meeting,040,Vladimir Norov,Le Yucheng,false,/m);
  });

  it('reports a malformed sidecar, exports the rest and exits 1', () => {
    const sidecar = path.join(workspace, '.readout', 'annotations', `${OTHER}.json`);
    fs.writeFileSync(sidecar, '{ "version": 1,\n  "document": ');
    const result = run('export', '--format', 'csv', '.');
    assert.equal(result.code, ExitCode.Failure);
    assert.match(result.stderr, /\.readout\/annotations\/notes\/short\.readout\.json:\d+:\d+: .*not exported/);
    assert.equal(result.stdout.trim().split('\n').length, 3);
  });

  it('reports tags whose document is gone', () => {
    fs.rmSync(path.join(workspace, OTHER));
    const result = run('export', '--format', 'csv', '.');
    assert.equal(result.code, ExitCode.Ok);
    assert.match(result.stderr, /notes\/short\.readout\.json: no document notes\/short\.readout; its tags are not exported/);
  });

  it('exits 2 on usage errors and 1 on a missing folder', () => {
    assert.equal(run('export', '.').code, ExitCode.Usage);
    assert.equal(run('export', '--format', 'xml', '.').code, ExitCode.Usage);
    assert.equal(run('export', '--format', 'csv').code, ExitCode.Usage);
    assert.equal(run('export', '--format', 'csv', DOC).code, ExitCode.Usage);
    assert.equal(run('export', '--format', 'csv', 'missing').code, ExitCode.Failure);
    assert.match(run('export', '--help').stdout, /^Usage: readout export/);
  });
});
