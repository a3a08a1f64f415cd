/**
 * Starts code-server on 127.0.0.1 with a fresh profile and opens its workbench in Chromium.
 * Whatever is started here is stopped by `stop()`, and also when the process exits or is
 * interrupted, so a failing or cancelled run leaves no server behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium, ensureCodeServer, log, type CodeServerInstall } from './environment';

/** The repository root (this file is compiled to out/test/harness/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface CodeServer {
  port: number;
  install: CodeServerInstall;
  /** URL of the workbench with `folder` open and the given launch payload. */
  workbenchUrl(folder: string, payload: Array<[string, string]>): string;
  /** A `vscode-remote://` URI for a path on this machine, as the payload expects. */
  remoteUri(fsPath: string): string;
  stop(): Promise<void>;
}

const cleanups = new Set<() => void>();
let exitHooksInstalled = false;

/** Runs every registered cleanup synchronously; used on exit and on signals. */
function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // best effort: the process is going away
    }
  }
  cleanups.clear();
}

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', runCleanups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping code-server`);
      runCleanups();
      process.exit(130);
    });
  }
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export interface StartOptions {
  /** Print the server's own output (noisy: telemetry and marketplace lookups fail offline). */
  verbose?: boolean;
  /** User settings for the fresh profile. */
  settings?: Record<string, unknown>;
  /** Keep workspace trust on, so the workspace opens in Restricted Mode. */
  untrusted?: boolean;
  /** Extra environment for the server and the extension host. */
  env?: Record<string, string>;
}

/** Settings that keep a fresh profile quiet and predictable. */
const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  installExitHooks();
  const install = ensureCodeServer();
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-vscode-'));
  const userDataDir = path.join(profile, 'user-data');
  const extensionsDir = path.join(profile, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        ...DEFAULT_SETTINGS,
        ...(options.untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' } : {}),
        ...options.settings,
      },
      null,
      2,
    ),
  );

  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    // Makes the built workbench honour extensionDevelopmentPath/extensionTestsPath from the URL.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(install.codeServer, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, PATH: `${install.nodeBin}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    if (options.verbose) process.stdout.write(`[code-server] ${text}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const removeProfile = () => fs.rmSync(profile, { recursive: true, force: true });
  const cleanup = () => {
    killGroup(child);
    removeProfile();
  };
  cleanups.add(cleanup);

  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, 60_000);
  } catch (error) {
    cleanup();
    cleanups.delete(cleanup);
    throw new Error(`${(error as Error).message}\n--- code-server output ---\n${output.join('')}`, { cause: error });
  }
  log(`code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion}) listening on 127.0.0.1:${port}`);

  return {
    port,
    install,
    remoteUri: (fsPath) => `vscode-remote://127.0.0.1:${port}${fsPath}`,
    workbenchUrl(folder, payload) {
      const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
      return `http://127.0.0.1:${port}/?${query.toString()}`;
    },
    async stop() {
      cleanups.delete(cleanup);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        killGroup(child);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      removeProfile();
    },
  };
}

/**
 * Workbench console lines that are expected on an offline machine (marketplace and telemetry
 * lookups, connection bookkeeping) and say nothing about the extension under test.
 */
const WORKBENCH_NOISE =
  /ENOTFOUND|^\s+at |connection token|Creating a socket|reconnection-grace-time|additional builtin extensions|Service Worker|AgentHost|AccountPolicyGate|DialogService/;

/** Prints a workbench console line unless it is known noise (everything with READOUT_TEST_VERBOSE=1). */
export function printWorkbenchLog(line: string): void {
  if (process.env.READOUT_TEST_VERBOSE === '1') {
    console.log(line);
    return;
  }
  const kept = line.split('\n').filter((part) => !WORKBENCH_NOISE.test(part));
  if (kept.length > 0 && !WORKBENCH_NOISE.test(line)) console.log(kept.join('\n'));
}

/** Chromium flags for a machine without a display or outside network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium; Playwright kills it itself if this process exits first. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

export interface AutomationHooks {
  /** Resolves with the exit code the workbench reports when the extension tests finish. */
  exitCode: Promise<number>;
}

/**
 * Exposes the hooks a workbench started with `enable-smoke-test-driver` calls: the extension
 * host's console output, and the exit code when an `extensionTestsPath` suite finishes.
 */
export async function exposeAutomationHooks(page: Page, onLog: (line: string) => void): Promise<AutomationHooks> {
  let resolveExit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    onLog(format(...args));
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  return { exitCode };
}
