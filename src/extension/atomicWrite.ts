import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** `<name>.json.<pid>-<random>.tmp`: the temporary file a write goes through. */
const TEMPORARY_NAME = /^(.+)\.\d+-[a-z0-9]+\.tmp$/;

function temporaryName(name: string): string {
  return `${name}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
}

/** The file a temporary file was about to replace, or undefined when `uri` is not one of ours. */
export function targetOfTemporary(uri: vscode.Uri): vscode.Uri | undefined {
  const match = TEMPORARY_NAME.exec(path.posix.basename(uri.path));
  return match ? uri.with({ path: path.posix.join(path.posix.dirname(uri.path), match[1]!) }) : undefined;
}

/**
 * Writes a file so that a reader never sees it half written and no moment exists without it: the
 * text goes to a temporary file beside it, flushed to disk, which is then renamed over the target.
 * On a local disk that is one `rename(2)`, atomic on POSIX and Windows; the workspace file-system
 * API is used only for other schemes, because some of its implementations delete the target before
 * renaming, and a window reloaded in between would find no file at all.
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
      await fs.rename(temporary, target);
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

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Reads a file we write atomically. When it is missing but a complete temporary file of an
 * interrupted write is beside it (a crash, or a reload between the two steps of a non-atomic
 * rename), the newest one that `isValid` accepts is read instead and, when `restore` is set, put in
 * the file's place, so the last saved state is never lost. Undefined when there is neither.
 */
export async function readFileRecovering(uri: vscode.Uri, isValid: (text: string) => boolean, restore: boolean): Promise<string | undefined> {
  const text = await readText(uri);
  if (text !== undefined) return text;
  const folder = uri.with({ path: path.posix.dirname(uri.path) });
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined;
  }
  const candidates: { uri: vscode.Uri; mtime: number }[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File) continue;
    const candidate = vscode.Uri.joinPath(folder, name);
    if (targetOfTemporary(candidate)?.toString() !== uri.toString()) continue;
    const stat = await vscode.workspace.fs.stat(candidate).then(undefined, () => undefined);
    if (stat) candidates.push({ uri: candidate, mtime: stat.mtime });
  }
  candidates.sort((a, b) => b.mtime - a.mtime);
  for (const candidate of candidates) {
    const recovered = await readText(candidate.uri);
    if (recovered === undefined || !isValid(recovered)) continue;
    if (!restore) return recovered;
    try {
      if (uri.scheme === 'file') await fs.link(candidate.uri.fsPath, uri.fsPath).then(() => fs.rm(candidate.uri.fsPath, { force: true }));
      else await vscode.workspace.fs.rename(candidate.uri, uri, { overwrite: false });
    } catch {
      // Someone else put a file in place meanwhile (the interrupted write finishing): it wins.
      return (await readText(uri)) ?? recovered;
    }
    return recovered;
  }
  return undefined;
}
