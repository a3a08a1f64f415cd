import * as vscode from 'vscode';

/**
 * Writes a file so that a reader never sees it half written: the text goes to a temporary file
 * beside it, which is then renamed over the target.
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
