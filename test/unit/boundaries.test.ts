import * as assert from 'node:assert/strict';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Lints a snippet as if it were a file at `filePath` with the project's own ESLint config. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layer boundaries (ESLint)', function () {
  this.timeout(30_000);

  for (const layer of ['src/core', 'src/annotations']) {
    for (const module of ['vscode', 'fs', 'node:fs', 'fs/promises']) {
      it(`forbids importing ${module} in ${layer}`, async () => {
        const messages = await lintAs(`${layer}/probe.ts`, `import * as m from '${module}';\nexport const probe = m;\n`);
        assert.ok(
          messages.some((message) => message.startsWith('no-restricted-imports')),
          `expected no-restricted-imports, got ${JSON.stringify(messages)}`,
        );
      });
    }
  }

  it('allows vscode in the extension glue', async () => {
    const messages = await lintAs('src/extension/probe.ts', `import * as vscode from 'vscode';\nexport const probe = vscode;\n`);
    assert.deepEqual(messages, []);
  });
});
