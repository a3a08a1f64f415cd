import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../../src/extension/extension';
import type { WorkspaceIndex } from '../../../src/extension/workspaceIndex';
import { EXTENSION_ID, closeAllEditors, openScratchFile, openWorkspaceFile, waitFor, workspaceFolder } from './helpers';

const SEED = 'sco-secretary-general-meets-le-yucheng-2019-11-12.press';

describe('Press Release language', () => {
  before(() => console.log(`Running inside VS Code ${vscode.version} (${vscode.env.appName})`));
  afterEach(closeAllEditors);

  it('is registered with its alias and extensions', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('press-release'));
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { languages: Array<{ id: string; aliases: string[]; extensions: string[] }> };
    };
    const language = manifest.contributes.languages.find((entry) => entry.id === 'press-release');
    assert.deepEqual(language?.extensions, ['.press', '.readout']);
    assert.equal(language?.aliases[0], 'Press Release');
  });

  it('opens .press and .readout files in Press Release mode and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension under development is loaded');
    const editor = await openWorkspaceFile(SEED);
    assert.equal(editor.document.languageId, 'press-release');
    await waitFor('activation on the language', () => (extension.isActive ? true : undefined));
    const readout = await openWorkspaceFile('wire-report-talks-in-tashkent-2024-10-03.readout');
    assert.equal(readout.document.languageId, 'press-release');
  });

  it('keeps Secretary-General, Yucheng’s and O’Brien whole as words', async () => {
    const editor = await openWorkspaceFile(SEED);
    const document = editor.document;
    const wordAt = (needle: string, offsetInNeedle = 1) => {
      const start = document.getText().indexOf(needle);
      assert.ok(start >= 0, `the seed contains ${needle}`);
      const range = document.getWordRangeAtPosition(document.positionAt(start + offsetInNeedle));
      return range ? document.getText(range) : undefined;
    };
    assert.equal(wordAt('Secretary-General Vladimir', 12), 'Secretary-General');
    assert.equal(wordAt('Secretary-General’s', 2), 'Secretary-General’s');

    const file = await openScratchFile('scratch-words.press', "Le Yucheng's view, as O'Brien put it.");
    const scratch = file.editor.document;
    const word = (needle: string) => {
      const range = scratch.getWordRangeAtPosition(scratch.positionAt(scratch.getText().indexOf(needle) + 1));
      return range ? scratch.getText(range) : undefined;
    };
    assert.equal(word("Yucheng's"), "Yucheng's");
    assert.equal(word("O'Brien"), "O'Brien");
    assert.equal(word('view'), 'view');
    await file.dispose();
  });

  it('applies prose defaults: word wrap on, no unicode warning boxes', () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'press-release' });
    assert.equal(config.get('wordWrap'), 'on');
    assert.equal(config.get('unicodeHighlight.invisibleCharacters'), false);
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(config.get('unicodeHighlight.nonBasicASCII'), false);
  });

  for (const [open, close] of [['“', '”'], ['«', '»'], ['"', '"'], ['‘', '’']] as const) {
    it(`auto-closes and surrounds with ${open}${close}`, async () => {
      const file = await openScratchFile(`scratch-quotes-${[...open].map((c) => c.charCodeAt(0)).join('')}.press`, 'said \n');
      const { editor } = file;
      const document = editor.document;
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      editor.selection = new vscode.Selection(0, 5, 0, 5);
      await vscode.commands.executeCommand('type', { text: open });
      await waitFor('auto-closing', () => (document.lineAt(0).text === `said ${open}${close}` ? true : undefined), 10_000).catch((error: Error) => {
        throw new Error(`${error.message}: the line reads ${JSON.stringify(document.lineAt(0).text)}`);
      });

      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, 0, document.lineAt(0).text.length), 'we agree'));
      editor.selection = new vscode.Selection(0, 3, 0, 8);
      await vscode.commands.executeCommand('type', { text: open });
      await waitFor('surrounding', () => (document.lineAt(0).text === `we ${open}agree${close}` ? true : undefined), 10_000);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await file.dispose();
    });
  }
});

describe('Read as Press Release', () => {
  const corpus = (...parts: string[]) => vscode.Uri.joinPath(workspaceFolder(), 'corpus-txt', ...parts);
  const copy = async (from: string, to: vscode.Uri) => vscode.workspace.fs.writeFile(to, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceFolder(), from)));
  const indexed = (index: WorkspaceIndex) => index.corpus.documents().filter((doc) => doc.uri.includes('/corpus-txt/')).map((doc) => doc.uri.slice(doc.uri.lastIndexOf('/') + 1)).sort();

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('files').update('associations', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(corpus(), { recursive: true }).then(undefined, () => undefined);
    const { index } = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    await waitFor('the index to forget the .txt copies', () => (indexed(index).length === 0 ? true : undefined), 10_000);
  });

  it('reads a .txt release as a press release, and on request every .txt file in its folder', async () => {
    const { index } = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    await copy(SEED, corpus('sco-release.txt'));
    await copy('wire-report-talks-in-tashkent-2024-10-03.readout', corpus('wire-report.txt'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(corpus('sco-release.txt')));
    assert.equal(editor.document.languageId, 'plaintext');

    const result = await vscode.commands.executeCommand('readout.readAsPressRelease', { always: true });
    assert.deepEqual(result, { languageId: 'press-release', pattern: '**/corpus-txt/*.txt' });
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'press-release');
    assert.equal(vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations')?.['**/corpus-txt/*.txt'], 'press-release');

    const document = vscode.window.activeTextEditor!.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf('Vladimir Norov') + 3));
    const card = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : '')).join('\n');
    assert.match(card, /\*\*Vladimir Norov\*\*/);
    assert.match(card, /SCO Secretary\\?-General/);

    // The association brings the folder's other .txt file into the index, and so into the views.
    await waitFor('both .txt releases in the index', () => (indexed(index).join() === 'sco-release.txt,wire-report.txt' ? true : undefined), 10_000);
  });
});
