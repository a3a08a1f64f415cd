/**
 * Runs the same integration suite in desktop VS Code through @vscode/test-electron, for machines
 * that can download VS Code. The suite itself does not know which runner started it.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT } from './codeServer';
import { createTestWorkspace } from './workspace';

async function main(): Promise<void> {
  const workspace = createTestWorkspace();
  try {
    await runTests({
      version: process.env.READOUT_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
      launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    workspace.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
