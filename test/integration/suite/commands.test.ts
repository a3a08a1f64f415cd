import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors } from './helpers';

describe('Readout: Open Sample Press Release', () => {
  afterEach(closeAllEditors);

  it('is contributed with the Readout category', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { commands: Array<{ command: string; title: string; category: string }> };
    };
    const command = manifest.contributes.commands.find((entry) => entry.command === 'readout.openSample');
    assert.deepEqual(command, { command: 'readout.openSample', title: 'Open Sample Press Release', category: 'Readout' });
  });

  it('opens an untitled copy of the sample in Press Release mode', async () => {
    await vscode.commands.executeCommand('readout.openSample');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.equal(editor.document.languageId, 'press-release');
    assert.equal(editor.document.isUntitled, true);
    assert.match(editor.document.getText(), /Organization for Security and Co-operation in Europe/);
    assert.ok((await vscode.commands.getCommands(true)).includes('readout.openSample'), 'registered once active');
  });
});
