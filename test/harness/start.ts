/**
 * `npm start`: serves VS Code with the extension loaded and the samples open, for trying Readout
 * in a browser. `npm start -- --desktop` opens a desktop VS Code (`code` on the PATH) instead.
 * Ctrl-C stops everything started here.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT, startCodeServer } from './codeServer';
import { log, SetupError } from './environment';

const SAMPLES = path.join(REPO_ROOT, 'samples');

function hasDesktopCode(): boolean {
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function startDesktop(): Promise<void> {
  if (!hasDesktopCode()) {
    throw new SetupError('`--desktop` needs the `code` command on the PATH (VS Code: "Shell Command: Install \'code\' command in PATH")');
  }
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${REPO_ROOT}`, SAMPLES], { stdio: 'inherit' });
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
  log('VS Code opened with the extension under development; close its window to stop.');
}

async function startBrowser(): Promise<void> {
  const server = await startCodeServer({ settings: { 'workbench.startupEditor': 'none' } });
  const url = server.workbenchUrl(SAMPLES, [['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)]]);
  console.log(`\nReadout is running in VS Code ${server.install.vscodeVersion}. Open this address in a browser:\n\n  ${url}\n`);
  console.log('Press Ctrl-C to stop.');
  await new Promise<never>(() => undefined);
}

(process.argv.includes('--desktop') ? startDesktop() : startBrowser()).catch((error: unknown) => {
  console.error(error instanceof SetupError ? `Setup: ${error.message}` : error);
  process.exit(1);
});
