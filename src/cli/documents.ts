/**
 * What the commands share about press releases on disk: finding them in folders, reading them as
 * UTF-8 text, analysing them the way the editor does, and the workspace files under `.readout/`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { referenceDateFromFileName } from '../core/referenceDate';
import type { Analysis, KnowledgeBase } from '../core/model';
import type { CliIo } from './io';

/** Extensions picked up when a folder is given. */
export const DOCUMENT_EXTENSIONS = new Set(['.press', '.readout', '.txt']);

/** Files to process: files as given, folders walked for press releases, in a stable order. */
export function collectFiles(inputs: readonly string[], io: CliIo): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const input of inputs) {
    try {
      if (fs.statSync(input).isDirectory()) walk(input);
      else files.push(input);
    } catch (error) {
      io.stderr(`readout: cannot read ${input}: ${errorText(error)}\n`);
      failed = true;
    }
  }
  return { files, failed };
}

/** Decodes UTF-8 text; undefined for binary content (NUL bytes or invalid UTF-8). */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** A release's text, or undefined after saying on stderr why it cannot be read. */
export function readDocument(file: string, io: CliIo): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    io.stderr(`readout: cannot read ${file}: ${errorText(error)}\n`);
    return undefined;
  }
  const text = decodeText(bytes);
  if (text === undefined) io.stderr(`readout: skipped ${file}: not a UTF-8 text file\n`);
  return text;
}

/** Analyses a release, with a date in its file name anchoring dates written without a year. */
export function analyzeFile(file: string, text: string, knowledge: KnowledgeBase | undefined): Analysis {
  const referenceDate = referenceDateFromFileName(file);
  return analyze(text, { knowledge, ...(referenceDate ? { referenceDate } : {}) });
}

/** A short reason for a file-system error. */
export function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the folder is read-only';
  return error instanceof Error ? error.message : String(error);
}

/** A path relative to a folder with `/` separators, as sidecars name documents; undefined when outside it. */
export function relativeToFolder(folder: string, file: string): string | undefined {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** A file's text, or undefined when it does not exist; other errors are thrown. */
export function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a file so that a reader (the editor watching the sidecar) never sees it half written:
 * the content goes to a temporary file in the same folder, which is then renamed over the target.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  fs.writeFileSync(temporary, content);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Who tags: git's `user.name` where git knows it, else the name of the account, as in the editor. */
export function currentAuthor(folder: string): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd: folder, encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true }).trim();
    if (name) return name;
  } catch {
    // No git, or no name configured: fall back to the account.
  }
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
