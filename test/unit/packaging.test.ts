import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the VSIX contents', function () {
  this.timeout(60_000);

  it('holds the bundles, manifest, grammar, schemas, media and samples, and no source, tests or maps', () => {
    const result = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout.split('\n').filter((line) => line.trim() !== '');
    for (const required of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', 'dist/extension.js', 'dist/analysisWorker.js', 'dist/cli.js', 'syntaxes/press-release.tmLanguage.json', 'schemas/entities.schema.json']) {
      assert.ok(files.includes(required), `${required} is packaged`);
    }
    // The README is the extension's details page: every image it shows must travel with it.
    const images = [...fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    assert.ok(images.length > 0, 'the README shows screenshots');
    for (const image of images) assert.ok(files.includes(image), `${image}, shown in the README, is packaged`);
    const unwanted = files.filter((file) => /^(src|test|out|bench|node_modules)\/|\.map$|\.ts$|gold\.json$/.test(file));
    assert.deepEqual(unwanted, []);
  });
});
