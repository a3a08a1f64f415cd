import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../../src/extension/extension';
import type { MeetingNode } from '../../../src/extension/meetingsView';
import { EXTENSION_ID, openWorkspaceFile } from '../suite/helpers';

describe('Restricted Mode (untrusted workspace)', () => {
  it('runs in an untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner opened the workspace untrusted');
    const api = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    assert.ok(api.index, 'the extension activated');
  });

  it('keeps hovers, highlighting and the meetings tree working', async () => {
    const document = (await openWorkspaceFile('sco-secretary-general-meets-le-yucheng-2019-11-12.press')).document;
    assert.equal(document.languageId, 'press-release');
    const position = document.positionAt(document.getText().indexOf('Vladimir Norov met') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /\*\*Vladimir Norov\*\*/);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(tokens && tokens.data.length > 0, 'semantic tokens');
    const api = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    await api.index.whenReady();
    const meetings = api.views.meetings.getChildren();
    assert.ok(meetings.some((node: MeetingNode) => node.kind === 'meeting' && node.meeting.date === '2019-11-12'));
  });
});

describe('Restricted Mode: tagging', () => {
  it('explains that tags cannot be saved, and writes nothing', async () => {
    const api = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    const editor = await openWorkspaceFile('sco-secretary-general-meets-le-yucheng-2019-11-12.press');
    const at = editor.document.getText().indexOf('the Belt and Road initiative');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 28));
    assert.match(api.tagging.store.whyNotWritable(editor.document.uri) ?? '', /Restricted Mode/);
    assert.equal(await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] }), 0);
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const readout = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, '.readout')).then(() => true, () => false);
    assert.equal(readout, false, 'no .readout folder was written');
  });
});

describe('Restricted Mode: Read as Press Release', () => {
  it('reads a .txt file as a press release without writing any setting', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const seed = vscode.Uri.joinPath(folder, 'sco-secretary-general-meets-le-yucheng-2019-11-12.press');
    const copy = vscode.Uri.joinPath(folder, 'notes', 'release.txt');
    // The test writes the file; the extension must not write anything.
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(seed));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
    const result = await vscode.commands.executeCommand<{ languageId: string; pattern?: string }>('readout.readAsPressRelease', { always: true });
    assert.deepEqual(result, { languageId: 'press-release' });
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'press-release');
    const settings = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, '.vscode', 'settings.json')).then(() => true, () => false);
    assert.equal(settings, false, 'no workspace settings were written');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'notes'), { recursive: true });
  });
});
