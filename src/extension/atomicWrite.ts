import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** `<name>.json.<pid>-<random>.tmp`: the temporary file a write goes through. */
const TEMPORARY_NAME = /^(.+)\.\d+-[a-z0-9]+\.tmp$/;

/**
 * A temporary file younger than this may be another window's write in progress: it is neither
 * recovered nor removed.
 */
const IN_FLIGHT_MS = 30_000;

/** Errors Windows gives while a virus scanner, the indexer or a sync client holds the file. */
const TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);

function temporaryName(name: string): string {
  return `${name}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
}

/** The file a temporary file was about to replace, or undefined when `uri` is not one of ours. */
export function targetOfTemporary(uri: vscode.Uri): vscode.Uri | undefined {
  const match = TEMPORARY_NAME.exec(path.posix.basename(uri.path));
  return match ? uri.with({ path: path.posix.join(path.posix.dirname(uri.path), match[1]!) }) : undefined;
}

/** Runs `step`, trying again for a few seconds while the file is held by another program. */
async function patiently<T>(step: () => Promise<T>): Promise<T> {
  for (let delay = 50; ; delay *= 2) {
    try {
      return await step();
    } catch (error) {
      if (delay > 1600 || !TRANSIENT.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Writes a file so that a reader never sees it half written: the text goes to a temporary file
 * beside it, flushed to disk, which is then renamed over the target. On a local disk that is one
 * `rename(2)`, which replaces the file in one step on POSIX systems (Windows retries it while
 * another program holds the file). The workspace file-system API is used only for other schemes,
 * because some of its implementations delete the target before renaming; a write interrupted in
 * between is recovered from its temporary file on the next start (`readFileRecovering`).
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  if (uri.scheme === 'file') {
    const target = uri.fsPath;
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = path.join(path.dirname(target), temporaryName(path.basename(target)));
    const handle = await fs.open(temporary, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await patiently(() => fs.rename(temporary, target));
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
    return;
  }
  const temporary = uri.with({ path: path.posix.join(path.posix.dirname(uri.path), temporaryName(path.posix.basename(uri.path))) });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/** A file's text, or undefined when it cannot be read. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Puts `from` in place of the missing `to`, never over a file that appeared meanwhile. */
async function restoreInPlace(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  if (to.scheme !== 'file') {
    await vscode.workspace.fs.rename(from, to, { overwrite: false });
    return;
  }
  try {
    await fs.link(from.fsPath, to.fsPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    // File systems without hard links (FAT, some network shares).
    await fs.copyFile(from.fsPath, to.fsPath, constants.COPYFILE_EXCL);
  }
  await fs.rm(from.fsPath, { force: true });
}

/**
 * Reads, when a window starts, a file we write atomically, and tidies the temporary files of
 * writes that never finished (a crash, a window closed half-way). When the file is missing but a
 * complete temporary file of an interrupted write is beside it (the first write of the file, or a
 * non-atomic rename cut short), the newest one that `isValid` accepts is read instead and, with
 * `writable`, put in the file's place. When the file is there, leftover temporary files are
 * removed, so that deleting the file later (to discard its tags, or by a checkout) is final.
 * Temporary files younger than half a minute may be another window's write and are left alone.
 * Only for start-up: while running, a missing file means someone deleted it.
 */
export async function readFileRecovering(uri: vscode.Uri, isValid: (text: string) => boolean, writable: boolean, now = Date.now()): Promise<string | undefined> {
  const text = await readText(uri);
  const folder = uri.with({ path: path.posix.dirname(uri.path) });
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return text;
  }
  const leftovers: { uri: vscode.Uri; mtime: number }[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !TEMPORARY_NAME.test(name)) continue;
    const candidate = vscode.Uri.joinPath(folder, name);
    if (targetOfTemporary(candidate)?.toString() !== uri.toString()) continue;
    const stat = await vscode.workspace.fs.stat(candidate).then(undefined, () => undefined);
    if (stat && now - stat.mtime >= IN_FLIGHT_MS) leftovers.push({ uri: candidate, mtime: stat.mtime });
  }
  leftovers.sort((a, b) => b.mtime - a.mtime);
  const remove = async (candidates: { uri: vscode.Uri }[]) => {
    if (writable) for (const candidate of candidates) await vscode.workspace.fs.delete(candidate.uri).then(undefined, () => undefined);
  };
  if (text !== undefined) {
    await remove(leftovers);
    return text;
  }
  for (const [i, candidate] of leftovers.entries()) {
    const recovered = await readText(candidate.uri);
    if (recovered === undefined || !isValid(recovered)) continue;
    if (!writable) return recovered;
    try {
      await restoreInPlace(candidate.uri, uri);
    } catch {
      // Someone else put a file in place meanwhile: it wins.
      return (await readText(uri)) ?? recovered;
    }
    await remove(leftovers.slice(i + 1));
    return recovered;
  }
  return undefined;
}
