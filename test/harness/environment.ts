/**
 * Prepares what the tests need to run VS Code on a machine that cannot download it:
 * Node 24 and code-server (the real VS Code workbench, served to a browser) in a per-user cache,
 * and a Chromium to drive it. Every step is idempotent: a warm cache costs a few stat calls.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_MAJOR = '24';
/** Written last into an install folder: its presence means the install finished. */
const COMPLETE_MARKER = '.readout-install-complete';

/** The cache folder; `READOUT_VSCODE_TEST_CACHE` overrides the default under `~/.cache`. */
export function cacheRoot(): string {
  return process.env.READOUT_VSCODE_TEST_CACHE || path.join(os.homedir(), '.cache', 'readout-vscode-test');
}

export interface CodeServerInstall {
  /** Folder holding the `node` binary code-server must run with. */
  nodeBin: string;
  /** The `code-server` launcher script. */
  codeServer: string;
  codeServerVersion: string;
  /** VS Code version the workbench is built from. */
  vscodeVersion: string;
}

export function log(message: string): void {
  console.log(`[readout-test] ${message}`);
}

/** Thrown when the machine lacks something we may not install; the message says what to run. */
export class SetupError extends Error {}

function isDebianLike(): boolean {
  try {
    const release = fs.readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Installs Debian packages when we may (root on Debian/Ubuntu); otherwise explains how. */
function aptInstall(packages: string[], why: string): void {
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (!isDebianLike() || !isRoot()) {
    throw new SetupError(`${why}. Install it first, for example:\n    sudo sh -c '${command}'`);
  }
  log(`${why}: running ${command}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function hasKerberosHeaders(): boolean {
  return fs.existsSync('/usr/include/krb5.h') || fs.existsSync('/usr/include/gssapi/gssapi.h');
}

/** Finds Chromium: `CHROMIUM_PATH`, then `/usr/bin/chromium`, installing it on Debian as root. */
export function ensureChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new SetupError(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  let found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    aptInstall(['chromium'], 'Chromium is needed to drive VS Code in a browser');
    found = candidates.find((candidate) => fs.existsSync(candidate));
  }
  if (!found) throw new SetupError('Chromium is still missing after installing it; set CHROMIUM_PATH');
  return found;
}

/**
 * The environment without the `npm_*` variables an enclosing `npm test` sets: npm reads them as
 * configuration, and code-server's install script would see the outer npm's Node version in
 * `npm_config_user_agent` instead of Node 24.
 */
function withoutNpmVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

function npmInstall(prefix: string, spec: string, extraEnv: NodeJS.ProcessEnv): void {
  const env = { ...withoutNpmVariables(process.env), ...extraEnv };
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, spec], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status ?? result.signal})`);
}

/**
 * Installs `spec` into `<cache>/<name>` unless it is already there. The install goes to a
 * temporary folder that is renamed into place at the end, so an interrupted install leaves
 * nothing half-done behind and is simply redone.
 */
function installOnce(name: string, spec: string, env: NodeJS.ProcessEnv, check: (dir: string) => boolean): string {
  const target = path.join(cacheRoot(), name);
  const complete = (dir: string) => fs.existsSync(path.join(dir, COMPLETE_MARKER)) && check(dir);
  if (complete(target)) return target;
  fs.mkdirSync(cacheRoot(), { recursive: true });
  const staging = fs.mkdtempSync(path.join(cacheRoot(), `.${name}-`));
  log(`installing ${spec} into ${target} (once per machine)`);
  const started = Date.now();
  try {
    npmInstall(staging, spec, env);
    if (!check(staging)) throw new Error(`${spec} installed, but its files are not where expected`);
    fs.writeFileSync(path.join(staging, COMPLETE_MARKER), `${spec}\n`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  log(`installed ${spec} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return target;
}

/** Makes sure Node 24 and code-server are in the cache and returns where they are. */
export function ensureCodeServer(): CodeServerInstall {
  const nodePackage = `node-linux-${process.arch}`;
  if (process.platform !== 'linux') {
    throw new SetupError('The code-server test runner supports Linux; on other systems use `npm run test:desktop`');
  }
  const nodeDir = installOnce(`node-${NODE_MAJOR}`, `${nodePackage}@${NODE_MAJOR}`, {}, (dir) =>
    fs.existsSync(path.join(dir, 'node_modules', nodePackage, 'bin', 'node')),
  );
  const nodeBin = path.join(nodeDir, 'node_modules', nodePackage, 'bin');

  const codeServerCheck = (dir: string) => fs.existsSync(path.join(dir, 'node_modules', '.bin', 'code-server'));
  if (!codeServerCheck(path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`)) && !hasKerberosHeaders()) {
    aptInstall(['libkrb5-dev'], "code-server's native modules need the Kerberos headers (libkrb5-dev)");
  }
  const codeServerDir = installOnce(
    `code-server-${CODE_SERVER_VERSION}`,
    `code-server@${CODE_SERVER_VERSION}`,
    {
      PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
      // code-server builds its native modules in install scripts, including a nested `npm install`
      // in lib/vscode. npm 11 blocks dependency scripts unless approved; this pinned install into
      // our own cache folder is the one place where we allow them.
      npm_config_dangerously_allow_all_scripts: 'true',
    },
    codeServerCheck,
  );
  const vscodePackage = JSON.parse(
    fs.readFileSync(path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'), 'utf8'),
  ) as { version: string };
  return {
    nodeBin,
    codeServer: path.join(codeServerDir, 'node_modules', '.bin', 'code-server'),
    codeServerVersion: CODE_SERVER_VERSION,
    vscodeVersion: vscodePackage.version,
  };
}
