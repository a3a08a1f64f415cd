import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommandId, LANGUAGE_ID } from './ids';

/**
 * The `files.associations` pattern that makes every file with this one's extension in its folder a
 * press release, and how to name that choice; undefined for a file without an extension or outside
 * the workspace. A pattern with a slash is matched against the whole path, by VS Code as by the
 * index's file search, so `**\/releases/*.txt` means the same to both.
 */
export function folderAssociation(uri: vscode.Uri): { pattern: string; label: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const extension = path.posix.extname(uri.path);
  if (!folder || !/^\.[^./\\*?{}[\]]+$/.test(extension)) return undefined;
  const relative = path.posix.relative(folder.uri.path, path.posix.dirname(uri.path));
  if (relative === '') return { pattern: `*${extension}`, label: `Always for ${extension} Files` };
  const glob = relative.replace(/[*?{}[\]]/g, (char) => `[${char}]`);
  return { pattern: `**/${glob}/*${extension}`, label: `Always in ${relative}/` };
}

/**
 * "Readout: Read as Press Release": a release kept as `.txt` (or any text file) gets the
 * Press Release language now, and on request every file of its kind in its folder for good,
 * through `files.associations`, which the workspace index follows too.
 */
export function registerReadAsPressRelease(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ReadAsPressRelease, async (options?: { always?: boolean }) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showWarningMessage('Readout: open the file to read as a press release first.');
      return undefined;
    }
    const document = editor.document.languageId === LANGUAGE_ID ? editor.document : await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    const association = folderAssociation(document.uri);
    if (!association || !vscode.workspace.isTrusted) return { languageId: document.languageId };
    const files = vscode.workspace.getConfiguration('files');
    const current = files.get<Record<string, string>>('associations', {});
    if (current[association.pattern] === LANGUAGE_ID) return { languageId: document.languageId, pattern: association.pattern };
    const always =
      options?.always ??
      (await vscode.window.showInformationMessage(`Readout: ${path.posix.basename(document.uri.path)} is read as a press release. Read the other ${path.posix.extname(document.uri.path)} files there as press releases too, and list their meetings?`, association.label)) === association.label;
    if (!always) return { languageId: document.languageId };
    await files.update('associations', { ...current, [association.pattern]: LANGUAGE_ID }, vscode.ConfigurationTarget.Workspace);
    return { languageId: document.languageId, pattern: association.pattern };
  });
}
