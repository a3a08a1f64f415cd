import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../../src/extension/extension';
import { EXTENSION_ID, closeAllEditors, openWorkspaceFile, waitFor, workspaceFolder } from './helpers';

const SEED = 'sco-secretary-general-meets-le-yucheng-2019-11-12.press';

async function api(): Promise<ReadoutApi> {
  return vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
}

async function hoverText(document: vscode.TextDocument, needle: string): Promise<string> {
  const position = document.positionAt(document.getText().indexOf(needle) + 1);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('knowledge base', () => {
  const file = () => vscode.Uri.joinPath(workspaceFolder(), '.readout', 'entities.json');
  const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(file()));
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.readout'), { recursive: true }).then(undefined, () => undefined);
  });

  it('adds the official at the cursor, creating the file, and opens the entry', async () => {
    const editor = await openWorkspaceFile(SEED);
    const at = editor.document.getText().indexOf('Le Yucheng at');
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 1), editor.document.positionAt(at + 1));
    await vscode.commands.executeCommand('readout.addToKnowledgeBase');
    const kb = JSON.parse(await read()) as { people: Array<{ name: string; titles: string[]; affiliation: string }> };
    assert.deepEqual(kb.people.map((p) => [p.name, p.titles, p.affiliation]), [['Le Yucheng', ['Vice Minister of Foreign Affairs of China'], 'China']]);
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), file().toString(), 'the knowledge base is open');
    assert.match(active.document.lineAt(active.selection.active.line).text, /"name": "Le Yucheng"/);
  });

  it('applies edits to hovers at once', async () => {
    const { knowledge } = await api();
    const text = (await read()).replace('"notes": ""', '"notes": "Met the SCO Secretary-General twice in 2019"');
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(text));
    await waitFor('the new notes', () => (knowledge.knowledge.people?.[0]?.notes?.startsWith('Met the SCO') ? true : undefined), 10_000);
    const document = (await openWorkspaceFile(SEED)).document;
    assert.match(await hoverText(document, 'Le Yucheng at'), /Notes: Met the SCO Secretary\\-General twice in 2019/);
  });

  it('leaves a malformed file untouched and keeps the last good version', async () => {
    const { knowledge } = await api();
    const broken = '{\n  "people": [\n    { "name": "Le Yucheng" }\n    { "name": "Vladimir Norov" }\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(broken));
    assert.equal(await knowledge.reload(), false, 'the malformed file is reported');
    assert.equal(knowledge.knowledge.people?.[0]?.name, 'Le Yucheng', 'the last good knowledge base stays in use');
    const editor = await openWorkspaceFile(SEED);
    const at = editor.document.getText().indexOf('Vladimir Norov met');
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 1), editor.document.positionAt(at + 1));
    await vscode.commands.executeCommand('readout.addToKnowledgeBase');
    assert.equal(await read(), broken, 'Readout did not write to the malformed file');
  });
});
