import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openWorkspaceFile } from './helpers';

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

  it('lists meetings, officials and quotes in the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Meetings', 'Officials', 'Quotes']);
    const [meetings, officials, quotes] = symbols as [vscode.DocumentSymbol, vscode.DocumentSymbol, vscode.DocumentSymbol];
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
});
