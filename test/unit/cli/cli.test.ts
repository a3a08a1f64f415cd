import * as assert from 'node:assert/strict';
import { ExitCode, runCli, USAGE } from '../../../src/cli/cli';

function run(...argv: string[]): { code: ExitCode; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, '9.8.7');
  return { code, stdout, stderr };
}

describe('readout command line', () => {
  it('prints usage for --help and exits 0', () => {
    const result = run('--help');
    assert.equal(result.code, ExitCode.Ok);
    assert.equal(result.stdout, USAGE);
  });

  it('prints usage and exits 2 when no command is given', () => {
    const result = run();
    assert.equal(result.code, ExitCode.Usage);
    assert.match(result.stdout, /^Usage: readout/);
  });

  it('prints the version', () => {
    assert.deepEqual(run('--version'), { code: ExitCode.Ok, stdout: '9.8.7\n', stderr: '' });
    assert.equal(run('version').stdout, '9.8.7\n');
  });

  it('rejects an unknown command with exit 2 and a message on stderr', () => {
    const result = run('analyse-everything');
    assert.equal(result.code, ExitCode.Usage);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /unknown command: analyse-everything/);
  });

  it('rejects an unknown option with exit 2', () => {
    const result = run('--frobnicate');
    assert.equal(result.code, ExitCode.Usage);
    assert.match(result.stderr, /unknown option: --frobnicate/);
  });
});
