import * as vscode from 'vscode';
import { CommandId, LANGUAGE_ID } from './ids';

/** The sample shipped with the extension, opened as an untitled copy so the original stays clean. */
const SAMPLE_PATH = ['samples', 'osce-chair-call-with-moldova-2024-02-14.press'];

export function registerOpenSample(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.OpenSample, async () => {
    const uri = vscode.Uri.joinPath(context.extensionUri, ...SAMPLE_PATH);
    const bytes = await vscode.workspace.fs.readFile(uri);
    const document = await vscode.workspace.openTextDocument({
      language: LANGUAGE_ID,
      content: new TextDecoder('utf-8').decode(bytes),
    });
    return vscode.window.showTextDocument(document);
  });
}
