import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../../src/extension/extension';
import { EXTENSION_ID, closeAllEditors, openWorkspaceFile, waitFor, workspaceFolder } from './helpers';

const SEED = 'sco-secretary-general-meets-le-yucheng-2019-11-12.press';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

describe('editor features on the reference release', () => {
  let document: vscode.TextDocument;
  before(async () => {
    document = (await openWorkspaceFile(SEED)).document;
  });
  after(closeAllEditors);

  const positionOf = (needle: string, delta = 1) => {
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `the seed contains ${needle}`);
    return document.positionAt(offset + delta);
  };
  const hoverAt = async (needle: string, delta = 1) =>
    hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(needle, delta))) ?? []);

  it('hovers an official with titles and affiliation', async () => {
    const text = await hoverAt('Vladimir Norov met');
    assert.match(text, /\*\*Vladimir Norov\*\*/);
    assert.match(text, /SCO Secretary\\-General/);
    assert.match(text, /Affiliation: SCO/);
    assert.match(text, /command:_readout\.revealRange/);
  });

  it('hovers role references and pronouns as the person they refer to', async () => {
    assert.match(await hoverAt('He specifically'), /\*\*Vladimir Norov\*\*/);
    assert.match(await hoverAt('The Vice Minister praised'), /\*\*Le Yucheng\*\*[\s\S]*Vice Minister of Foreign Affairs of China/);
  });

  it('hovers a quote with its speaker and cue', async () => {
    const text = await hoverAt('has consistently pursued');
    assert.match(text, /\*\*Quote\*\* by \*\*Vladimir Norov\*\*/);
    assert.match(text, /Cue: “added”/);
  });

  it('the reveal command from a hover selects the quote', async () => {
    const quoteStart = document.getText().indexOf('"China has');
    await vscode.commands.executeCommand('_readout.revealRange', document.uri.toString(), quoteStart, quoteStart + 6);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.getText(editor.selection), '"China');
  });

  it('highlights officials, pronouns, roles and organisations with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(legend && tokens, 'the provider answers');
    const decoded: Array<{ text: string; type: string; modifiers: string[] }> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type, bits] = Array.from(tokens.data.slice(i, i + 5)) as [number, number, number, number, number];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const range = new vscode.Range(line, character, line, character + length);
      decoded.push({
        text: document.getText(range),
        type: legend.tokenTypes[type] as string,
        modifiers: legend.tokenModifiers.filter((_m, index) => bits & (1 << index)),
      });
    }
    const find = (text: string) => decoded.find((token) => token.text === text);
    assert.deepEqual(find('Le Yucheng'), { text: 'Le Yucheng', type: 'official', modifiers: ['speaker'] });
    assert.deepEqual(find('He'), { text: 'He', type: 'official', modifiers: ['pronoun', 'speaker'] });
    assert.deepEqual(find('the Vice Minister'), { text: 'the Vice Minister', type: 'official', modifiers: ['role', 'speaker'] });
    assert.equal(find('SCO')?.type, 'organization');
    assert.equal(find('Uzbekistan')?.type, 'country');
  });

  it('lists meetings, officials, quotes and the events with nobody named in the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Meetings', 'Officials', 'Quotes', 'Events']);
    const [meetings, officials, quotes, events] = symbols as [vscode.DocumentSymbol, vscode.DocumentSymbol, vscode.DocumentSymbol, vscode.DocumentSymbol];
    assert.equal(meetings.children.length, 1, 'one meeting of people');
    assert.deepEqual(events.children.map((child) => child.name), ['2019-11-02 meeting', 'undated meeting']);
    assert.equal(meetings.children[0]?.name, '2019-11-12 meeting');
    assert.match(meetings.children[0]?.detail ?? '', /Vladimir Norov, Le Yucheng · Ministry of Foreign Affairs of China/);
    assert.deepEqual(officials.children.map((child) => child.name), ['Vladimir Norov', 'Le Yucheng']);
    assert.equal(quotes.children.length, 3);
    assert.equal(quotes.children[0]?.detail, 'Vladimir Norov');
  });

  it('keeps answering after an edit, with ranges that follow the text', async () => {
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED\n\n'));
    try {
      const text = await hoverAt('Vladimir Norov met');
      assert.match(text, /\*\*Vladimir Norov\*\*/);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf('Le Yucheng at'));
      const range = hovers[0]?.range;
      assert.ok(range);
      assert.equal(document.getText(range), 'Le Yucheng');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('goes to the first mention of an official from any mention', async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, positionOf('He specifically'));
    assert.equal(locations.length, 1);
    const location = locations[0] as vscode.Location;
    assert.equal(document.getText(location.range), 'Vladimir Norov');
    assert.equal(location.range.start.line, positionOf('Vladimir Norov met').line);
  });

  it('finds every mention of an official across the workspace', async () => {
    const api = await vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
    const other = vscode.Uri.joinPath(workspaceFolder(), 'norov-later-2021-03-03.press');
    await vscode.workspace.fs.writeFile(
      other,
      new TextEncoder().encode('Norov receives envoy\n\nTASHKENT, 3 March 2021 – SCO Secretary-General Vladimir Norov received the Ambassador of Kazakhstan Erlan Sultanov. Norov welcomed him.\n'),
    );
    try {
      await waitFor('the new file in the index', () => (api.index.corpus.document(other.toString()) ? true : undefined), 10_000);
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf('Vladimir Norov met'));
      const here = references.filter((r) => r.uri.toString() === document.uri.toString());
      const there = references.filter((r) => r.uri.toString() === other.toString());
      assert.ok(here.length >= 5, `${here.length} mentions in the seed`);
      assert.deepEqual(
        there.map((r) => r.range.start.line),
        [0, 2, 2],
        'the headline and both mentions in the body of the other release',
      );
      const hover = await hoverAt('Vladimir Norov met');
      assert.match(hover, /in 2 documents of the workspace/);
      assert.match(hover, /command:readout\.showMentions/);
    } finally {
      await vscode.workspace.fs.delete(other);
    }
  });

  it('shows mentions in a peek from the command', async () => {
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(positionOf('Le Yucheng at'), positionOf('Le Yucheng at'));
    await vscode.commands.executeCommand('readout.showMentions');
    // The peek is an editor contribution; closing it proves it opened without error.
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('turns semantic highlighting off and on with its setting', async () => {
    const config = vscode.workspace.getConfiguration('readout');
    const count = async () => (await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri))?.data.length ?? 0;
    assert.ok((await count()) > 0);
    await config.update('semanticHighlighting.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.equal(await count(), 0);
    } finally {
      await config.update('semanticHighlighting.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok((await count()) > 0);
  });
});
