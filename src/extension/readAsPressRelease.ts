import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommandId, LANGUAGE_ID } from './ids';

/**
 * The `files.associations` pattern that makes the files with this one's extension press releases,
 * the button that offers it and what the offer says; undefined for a file without an extension
 * or outside the workspace. Beside the file's folder path (`**\/releases/*.txt`, which VS Code
 * matches against the whole path and the index's search against the path in the workspace, so
 * both mean the same); at the root of the workspace, `*.txt`: every such file of the workspace.
 */
export function folderAssociation(uri: vscode.Uri): { pattern: string; label: string; scope: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const extension = path.posix.extname(uri.path);
  if (!folder || !/^\.[^./\\*?{}[\]]+$/.test(extension)) return undefined;
  const relative = path.posix.relative(folder.uri.path, path.posix.dirname(uri.path));
  if (relative === '') return { pattern: `*${extension}`, label: `Always for ${extension} Files`, scope: `every ${extension} file of this workspace` };
  const glob = relative.replace(/[*?{}[\]]/g, (char) => `[${char}]`);
  return { pattern: `**/${glob}/*${extension}`, label: `Always in ${relative}/`, scope: `the other ${extension} files in ${relative}/` };
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
    if (files.get<Record<string, string>>('associations', {})[association.pattern] === LANGUAGE_ID) return { languageId: document.languageId, pattern: association.pattern };
    const always =
      options?.always ??
      (await vscode.window.showInformationMessage(`Readout: ${path.posix.basename(document.uri.path)} is read as a press release. Read ${association.scope} as press releases too, and list their meetings?`, association.label)) === association.label;
    if (!always) return { languageId: document.languageId };
    // Only the workspace's own associations are written back, not the user's from other scopes.
    const workspace = files.inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
    await files.update('associations', { ...workspace, [association.pattern]: LANGUAGE_ID }, vscode.ConfigurationTarget.Workspace);
    return { languageId: document.languageId, pattern: association.pattern };
  });
}
