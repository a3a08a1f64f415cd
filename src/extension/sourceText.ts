import * as vscode from 'vscode';

/** A file's text: the editor's version when it is open (unsaved edits count), else the disk's. */
export async function sourceText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}
