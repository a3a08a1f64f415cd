import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SNAPSHOTS = path.resolve(__dirname, '..', '..', '..', 'test', 'grammar', 'snapshots');

describe('grammar snapshot fixtures', () => {
  // vscode-tmgrammar-snap writes a missing snapshot and passes, so a lost .snap would go unnoticed.
  it('every input has its committed snapshot', () => {
    const inputs = fs.readdirSync(SNAPSHOTS).filter((file) => !file.endsWith('.snap'));
    assert.ok(inputs.length >= 5, `${inputs.length} inputs`);
    for (const input of inputs) assert.ok(fs.existsSync(path.join(SNAPSHOTS, `${input}.snap`)), `${input}.snap exists`);
  });
});
