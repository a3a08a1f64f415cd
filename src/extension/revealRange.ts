import * as vscode from 'vscode';
import { REVEAL_COMMAND } from './hoverContent';

/** `_readout.revealRange(uri, start, end)`: opens a document and selects a range given as offsets. */
export function registerRevealRange(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: unknown, start: unknown, end: unknown) => {
    if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const editor = await vscode.window.showTextDocument(document, { selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
