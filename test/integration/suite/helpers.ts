import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'readout.readout';

/** The workspace folder the runner opened (a copy of the samples and the seed). */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri;
}

export async function openWorkspaceFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), name));
  return vscode.window.showTextDocument(document);
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Closes every editor, discarding changes to scratch documents so no save dialog appears. */
export async function closeAllEditors(): Promise<void> {
  for (let guard = 0; vscode.window.visibleTextEditors.length > 0 && guard < 50; guard++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * A throwaway press release in the workspace folder, opened in an editor. Files rather than
 * untitled documents: untitled ones can be reused by the workbench after they are closed.
 */
export async function openScratchFile(name: string, content: string): Promise<{ editor: vscode.TextEditor; dispose(): Promise<void> }> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  return {
    editor,
    async dispose() {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    },
  };
}
