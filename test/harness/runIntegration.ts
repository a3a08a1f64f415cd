/**
 * Runs the integration suite inside VS Code's extension host: code-server serves the workbench,
 * headless Chromium opens it with the extension under development and the compiled suite, and
 * the suite's result comes back through the smoke-test driver's exit hook.
 */
import * as path from 'node:path';
import { REPO_ROOT, exposeAutomationHooks, launchBrowser, printWorkbenchLog, startCodeServer } from './codeServer';
import { log, SetupError } from './environment';
import { createTestWorkspace } from './workspace';

const TIMEOUT_MS = Number(process.env.READOUT_TEST_TIMEOUT_MS) || 10 * 60_000;

/**
 * Runs one suite: the main one with a trusted workspace, and the Restricted Mode one with
 * workspace trust left on, so the workspace opens untrusted.
 */
export async function runSuite(suite: 'index' | 'restricted' | 'bench', testsPath = path.join(REPO_ROOT, 'out', 'test', 'integration', suite)): Promise<number> {
  const started = Date.now();
  const untrusted = suite === 'restricted';
  const workspace = createTestWorkspace();
  const server = await startCodeServer({ verbose: process.env.READOUT_TEST_VERBOSE === '1', untrusted });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const hooks = await exposeAutomationHooks(page, printWorkbenchLog);
    const url = server.workbenchUrl(workspace.folder, [
      ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
      ['extensionTestsPath', server.remoteUri(testsPath)],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`integration tests did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    const code = await Promise.race([hooks.exitCode, timeout]).finally(() => clearTimeout(timer));
    log(
      `${untrusted ? 'Restricted Mode' : suite === 'bench' ? 'editor benchmark' : 'integration'} suite ${code === 0 ? 'passed' : 'FAILED'} in VS Code ${server.install.vscodeVersion} ` +
        `(code-server ${server.install.codeServerVersion}) after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    workspace.dispose();
  }
}

async function main(): Promise<number> {
  const code = await runSuite('index');
  return code !== 0 ? code : runSuite('restricted');
}

export function exitWith(run: () => Promise<number>): void {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof SetupError ? `Setup: ${error.message}` : error);
      process.exit(1);
    },
  );
}

if (require.main === module) exitWith(main);
