import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/annotations/model';
import type { ReadoutApi } from '../../../src/extension/extension';
import type { TagNode } from '../../../src/extension/tagsView';
import { EXTENSION_ID, closeAllEditors, openWorkspaceFile, waitFor, workspaceFolder } from './helpers';

const SEED = 'sco-secretary-general-meets-le-yucheng-2019-11-12.press';
const PHRASE = 'the Belt and Road initiative';

async function api(): Promise<ReadoutApi> {
  return vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID)!.activate();
}

const file = (...parts: string[]) => vscode.Uri.joinPath(workspaceFolder(), ...parts);
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

interface SidecarJson {
  document: string;
  annotations: Array<{ id: string; type: string; body: Array<{ purpose: string; value: string }>; target: { source: string; selector: Selector[] }; orphaned?: boolean }>;
}

async function sidecar(name: string): Promise<SidecarJson> {
  return JSON.parse(await read(file('.readout', 'annotations', `${name}.json`))) as SidecarJson;
}

/** A copy of the seed under its own name, so each test starts from clean text and no tags. */
async function seedCopy(name: string): Promise<vscode.TextEditor> {
  await write(file(name), await read(file(SEED)));
  return openWorkspaceFile(name);
}

function select(editor: vscode.TextEditor, needle: string, from = 0): void {
  const at = editor.document.getText().indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" is in the document`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + needle.length));
}

function textOf(editor: vscode.TextEditor, annotation: Annotation): string {
  return editor.document.getText().slice(annotation.position.start, annotation.position.end);
}

async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset))) ?? [];
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('tagging', () => {
  after(async () => {
    await closeAllEditors();
    // The copies would otherwise show up in the other suites' views.
    for (const name of ['.readout', 'export', 'renamed/tag-renamed.press', 'renamed', 'tag-basic.press', 'tag-cursor.press', 'tag-quotes.press', 'tag-merge.press', 'tag-interrupted.press', 'tag-leftover.press', 'tag-deleted.press', 'tag-gone.press', 'tag-broken.press', 'tag-codebook.press', 'tag-overtype.press', 'tag-open-rename.press', 'tag-open-renamed.press', 'tag-undo-note.press']) {
      await vscode.workspace.fs.delete(file(name), { recursive: true }).then(undefined, () => undefined);
    }
    const { index } = await api();
    const left = () => index.corpus.documents().filter((doc) => /tag-|renamed/.test(doc.uri)).map((doc) => doc.uri);
    await waitFor('the index to forget the copies', () => (left().length > 0 ? undefined : true), 10_000).catch((error: Error) => {
      throw new Error(`${error.message}: ${left().join(', ')}`);
    });
  });
  afterEach(() => closeAllEditors());

  it('tags the selection, writes a W3C sidecar and the default codebook, and draws it', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-basic.press');
    select(editor, PHRASE);
    const added = await vscode.commands.executeCommand<number>('readout.tagSelection', { codes: ['Praise', 'cooperation.economic'] });
    assert.equal(added, 1);
    const saved = await sidecar('tag-basic.press');
    assert.equal(saved.document, 'tag-basic.press');
    assert.equal(saved.annotations.length, 1);
    const [annotation] = saved.annotations;
    assert.equal(annotation!.type, 'Annotation');
    assert.deepEqual(annotation!.body.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['praise', 'cooperation.economic']);
    assert.deepEqual(annotation!.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(annotation!.target.selector[0]!.exact, PHRASE);
    assert.ok(await exists(file('.readout', 'codebook.json')), 'the default codebook was created on first use');
    const ranges = tagging.decorations.rangesOf(editor, 'praise');
    assert.equal(ranges.length, 1);
    assert.equal(editor.document.getText(ranges[0]), PHRASE);
  });

  it('shows the codes, note and author on hover, with links to our commands only', async () => {
    const editor = await openWorkspaceFile('tag-basic.press');
    const { tagging } = await api();
    await waitFor('the tag', () => (tagging.store.annotations(editor.document.uri).length === 1 ? true : undefined));
    await vscode.commands.executeCommand('readout.editNote', { uri: editor.document.uri.toString(), id: tagging.store.annotations(editor.document.uri)[0]!.id, note: 'BRI framed as *global* good [x](command:evil)' });
    const text = await hoverText(editor.document, editor.document.getText().indexOf(PHRASE) + 3);
    assert.match(text, /\*\*Praise\*\*/);
    assert.match(text, /Cooperation › Economic/);
    assert.match(text, /BRI framed as \\\*global\\\* good \\\[x\\\]\\\(command\\:evil\\\)/, 'the note is escaped');
    assert.match(text, /\(command:readout\.editNote\?/);
    assert.match(text, /\(command:readout\.removeTag\?/);
    assert.doesNotMatch(text, /\(command:evil/);
  });

  it('keeps the tag on its words while typing above it, and after a reload from disk', async () => {
    const { tagging } = await api();
    const editor = await openWorkspaceFile('tag-basic.press');
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'EDITED: a new first paragraph, typed by the analyst.\n\n'));
    const live = tagging.store.annotations(editor.document.uri);
    assert.equal(live.length, 1);
    assert.equal(textOf(editor, live[0]!), PHRASE, 'offsets follow the edit at once');
    await editor.document.save();
    const expected = editor.document.getText().indexOf(PHRASE);
    await waitForValue('the sidecar saved with the moved offsets', async () => (await sidecar('tag-basic.press')).annotations[0]!.target.selector[1]!.start === expected);
    await closeAllEditors();
    // Another program changes the file while it is closed: the tag is found again by its quote.
    const changed = (await read(file('tag-basic.press'))).replace('On 12 November 2019,', 'On Tuesday, 12 November 2019, in Beijing,');
    await write(file('tag-basic.press'), changed);
    const reopened = await openWorkspaceFile('tag-basic.press');
    const placed = await waitFor('re-anchored tag', () => {
      const [annotation] = tagging.store.annotations(reopened.document.uri);
      return annotation && textOf(reopened, annotation) === PHRASE ? annotation : undefined;
    });
    assert.equal(placed.orphaned, false);
  });

  it('keeps a tag whose text was deleted outside the editor as an orphan, shown in the Tags view', async () => {
    const { tagging } = await api();
    await closeAllEditors();
    const text = (await read(file('tag-basic.press'))).replace(/"China has consistently[^"]*"/, '"China has a policy."');
    await write(file('tag-basic.press'), text);
    const editor = await openWorkspaceFile('tag-basic.press');
    const orphan = await waitFor('the orphan', () => tagging.store.annotations(editor.document.uri).find((annotation) => annotation.orphaned));
    assert.equal(orphan.quote.exact, PHRASE, 'the orphan keeps its text');
    assert.equal(orphan.note.startsWith('BRI framed'), true, 'and its note');
    const roots = tagging.tree.getChildren();
    const orphans = roots.find((node): node is Extract<TagNode, { kind: 'orphans' }> => node.kind === 'orphans');
    assert.ok(orphans, 'an Orphaned group');
    const items = tagging.tree.getChildren(orphans).map((node) => tagging.tree.getTreeItem(node));
    assert.ok(items.some((item) => item.label === PHRASE && item.description === 'tag-basic.press'));

    // The analyst places it by hand on the words that replaced it.
    select(editor, 'China has a policy.');
    assert.equal(await vscode.commands.executeCommand('readout.reattachTag', { uri: editor.document.uri.toString(), id: orphan.id }), true);
    const [placed] = tagging.store.annotations(editor.document.uri);
    assert.equal(placed!.orphaned, false);
    assert.equal(textOf(editor, placed!), 'China has a policy.');
    assert.equal(placed!.note, orphan.note, 'with its note');
    assert.equal((await sidecar('tag-basic.press')).annotations[0]!.orphaned, undefined);
  });

  it('tags the quote under an empty cursor, moves between tags, removes and undoes', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-cursor.press');
    const quoteStart = editor.document.getText().indexOf('"Uzbekistan undertook');
    editor.selection = new vscode.Selection(editor.document.positionAt(quoteStart + 10), editor.document.positionAt(quoteStart + 10));
    assert.equal(await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] }), 1);
    const sentenceAt = editor.document.getText().indexOf('The parties also exchanged');
    editor.selection = new vscode.Selection(editor.document.positionAt(sentenceAt + 5), editor.document.positionAt(sentenceAt + 5));
    assert.equal(await vscode.commands.executeCommand('readout.tagSelection', { codes: ['cooperation'] }), 1);
    // The seed separates some words with no-break spaces, as copied from the web.
    const texts = tagging.store.annotations(editor.document.uri).map((annotation) => textOf(editor, annotation).replace(/\u00a0/g, ' '));
    assert.ok(texts.some((t) => t.startsWith('"Uzbekistan undertook') && t.endsWith('organisationally."')), `the whole quote: ${texts.join(' | ')}`);
    assert.ok(texts.includes('The parties also exchanged views on important matters regarding the current SCO activities.'), `the sentence: ${texts.join(' | ')}`);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('readout.nextTag');
    assert.ok(editor.document.getText(editor.selection).startsWith('"Uzbekistan'));
    await vscode.commands.executeCommand('readout.nextTag');
    assert.ok(editor.document.getText(editor.selection).startsWith('The parties'));
    await vscode.commands.executeCommand('readout.previousTag');
    assert.ok(editor.document.getText(editor.selection).startsWith('"Uzbekistan'));

    assert.equal(await vscode.commands.executeCommand('readout.removeTag'), true);
    assert.equal(tagging.store.annotations(editor.document.uri).length, 1);
    assert.equal((await sidecar('tag-cursor.press')).annotations.length, 1);
    assert.equal(await vscode.commands.executeCommand('readout.undoLastTag'), true);
    assert.equal(tagging.store.annotations(editor.document.uri).length, 2);
    assert.equal((await sidecar('tag-cursor.press')).annotations.length, 2);
  });

  it('tags every quote by a speaker, and auto-codes across the workspace without duplicates', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-quotes.press');
    assert.equal(await vscode.commands.executeCommand('readout.tagQuotesBySpeaker', { speaker: 'Le Yucheng', codes: ['commitment'] }), 2);
    const quotes = tagging.store.annotations(editor.document.uri).map((annotation) => textOf(editor, annotation));
    assert.ok(quotes.every((text) => text.startsWith('"') && text.endsWith('"')), quotes.join(' | '));

    const first = await vscode.commands.executeCommand<number>('readout.autoCode', { mode: 'text', query: 'Shanghai Spirit', codes: ['agreement'], confirm: true });
    assert.ok(first >= 3, `tagged ${first}`);
    const again = await vscode.commands.executeCommand<number>('readout.autoCode', { mode: 'text', query: 'Shanghai Spirit', codes: ['agreement'], confirm: true });
    assert.equal(again, 0, 'running it again adds nothing');
    const praise = tagging.tree.getChildren().find((node) => node.kind === 'code' && node.code.id === 'agreement');
    assert.ok(praise && praise.kind === 'code' && praise.count === first, 'the Tags view counts them');
  });

  it('merges with a sidecar another window wrote meanwhile', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-merge.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    const onDisk = await sidecar('tag-merge.press');
    const other = JSON.parse(JSON.stringify(onDisk.annotations[0])) as SidecarJson['annotations'][number];
    const at = editor.document.getText().indexOf('Shanghai Spirit');
    other.id = 'urn:uuid:00000000-0000-4000-8000-000000000001';
    other.target.selector = [
      { type: 'TextQuoteSelector', exact: 'Shanghai Spirit', prefix: editor.document.getText().slice(at - 32, at), suffix: editor.document.getText().slice(at + 15, at + 47) },
      { type: 'TextPositionSelector', start: at, end: at + 15 },
    ];
    await write(file('.readout', 'annotations', 'tag-merge.press.json'), JSON.stringify({ ...onDisk, annotations: [...onDisk.annotations, other] }, null, 2));
    select(editor, 'The meeting took place');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['cooperation'] });
    const merged = await sidecar('tag-merge.press');
    assert.equal(merged.annotations.length, 3, 'no one loses work');
    await waitFor('the other window\'s tag in memory', () => (tagging.store.annotations(editor.document.uri).length === 3 ? true : undefined));
  });

  it('recovers a sidecar whose write was interrupted between deleting the old file and renaming the new one', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-interrupted.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    const folder = file('.readout', 'annotations');
    const names = async () => (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    assert.deepEqual((await names()).filter((name) => name.endsWith('.tmp')), [], 'a finished write leaves no temporary file');
    const saved = await read(file('.readout', 'annotations', 'tag-interrupted.press.json'));
    const newer = saved.replace('"praise"', '"concern"');
    assert.notEqual(newer, saved);
    // What a non-atomic rename leaves behind when the window goes away half-way, found a minute later.
    const temporary = file('.readout', 'annotations', 'tag-interrupted.press.json.4242-abc123.tmp');
    await write(temporary, newer);
    await aged(temporary);
    await vscode.workspace.fs.delete(file('.readout', 'annotations', 'tag-interrupted.press.json'));
    // The window reloads: the sidecar is read as on start-up.
    await tagging.store.reload();
    assert.equal(await read(file('.readout', 'annotations', 'tag-interrupted.press.json')), newer, 'the newer sidecar is back in place');
    assert.deepEqual((await names()).filter((name) => name.startsWith('tag-interrupted') && name.endsWith('.tmp')), [], 'the temporary file became the sidecar');
    await waitFor('the recovered code in memory', () => (tagging.store.annotations(editor.document.uri)[0]?.codes.join() === 'concern' ? true : undefined));
  });

  it('clears leftover temporary files on start-up, so a sidecar deleted later stays deleted', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-leftover.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    const sidecarUri = file('.readout', 'annotations', 'tag-leftover.press.json');
    const temporary = file('.readout', 'annotations', 'tag-leftover.press.json.4242-def456.tmp');
    await write(temporary, (await read(sidecarUri)).replace('"praise"', '"concern"'));
    const fresh = file('.readout', 'annotations', 'tag-leftover.press.json.4243-ghi789.tmp');
    await write(fresh, await read(sidecarUri));
    await aged(temporary);
    await tagging.store.reload();
    assert.equal(await exists(temporary), false, 'the leftover of an old interrupted write is removed');
    assert.equal(await exists(fresh), true, 'a temporary file under half a minute old may be another window\'s write in progress');
    await vscode.workspace.fs.delete(fresh);
    // The file watcher merges a creation and a deletion that come close together into nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.workspace.fs.delete(sidecarUri);
    await waitFor('the tags to go with their file', () => (tagging.store.annotations(editor.document.uri).length === 0 ? true : undefined), 10_000);
    await tagging.store.reload();
    assert.equal(await exists(sidecarUri), false, 'nothing brings the deleted sidecar back');
    assert.equal(tagging.store.annotations(editor.document.uri).length, 0);
  });

  it('drops the tags of a sidecar deleted on disk, as a checkout of another branch would', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-deleted.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    assert.equal(tagging.store.annotations(editor.document.uri).length, 1);
    // The file watcher merges a creation and a deletion that come close together into nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.workspace.fs.delete(file('.readout', 'annotations', 'tag-deleted.press.json'));
    await waitFor('the tags to go with their file', () => (tagging.store.annotations(editor.document.uri).length === 0 ? true : undefined), 10_000);
  });

  it('keeps the tags of a deleted document under its name in the Tags view, and brings them back with it', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-gone.press');
    const uri = editor.document.uri;
    const text = editor.document.getText();
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    await closeAllEditors();
    // The file watcher merges a creation and a deletion that come close together into nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.workspace.fs.delete(uri);
    await waitFor('the document marked missing', () => (tagging.store.document(uri)?.missing ? true : undefined), 10_000);
    assert.equal(tagging.store.annotations(uri).length, 1, 'the tag is kept');
    assert.ok(await exists(file('.readout', 'annotations', 'tag-gone.press.json')), 'and so is its file');

    const missingNode = () => tagging.tree.getChildren().find((node) => node.kind === 'missing' && node.document.path === 'tag-gone.press');
    const node = missingNode();
    assert.ok(node, 'the Tags view shows the missing document');
    assert.match(String(tagging.tree.getTreeItem(node).description), /document not found · 1 tag$/);
    assert.equal(tagging.tree.getChildren(node).length, 1);
    const praise = tagging.tree.getChildren().find((n) => n.kind === 'code' && n.code.id === 'praise')!;
    assert.ok(
      tagging.tree.getChildren(praise).every((n) => n.kind !== 'passage' || n.document.path !== 'tag-gone.press'),
      'its passages are not listed under their codes, where a click could not reveal them',
    );
    const exported = await vscode.commands.executeCommand<{ unreadable: string[] }>('readout.exportAnnotations', { format: 'csv', out: file('export', 'gone.csv').toString() });
    assert.deepEqual(exported.unreadable, ['tag-gone.press'], 'the export says what it left out');

    await write(uri, text);
    await waitFor('the document back', () => (tagging.store.document(uri)?.missing === false && !missingNode() ? true : undefined), 10_000);
  });

  it('never writes over a malformed sidecar', async () => {
    const editor = await seedCopy('tag-broken.press');
    const broken = '{\n  "version": 1,\n  "annotations": [ oops ]\n}\n';
    await write(file('.readout', 'annotations', 'tag-broken.press.json'), broken);
    const { tagging } = await api();
    await waitFor('the sidecar to be read', () => (tagging.store.document(editor.document.uri)?.malformed ? true : undefined), 10_000);
    select(editor, 'Chinese diplomacy');
    assert.equal(await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] }), 0);
    assert.equal(await read(file('.readout', 'annotations', 'tag-broken.press.json')), broken);
    assert.match(tagging.store.document(editor.document.uri)!.malformed!, /tag-broken\.press\.json:3:/);
  });

  it('moves the sidecar when the document is renamed', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-rename.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    await closeAllEditors();
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(file('tag-rename.press'), file('renamed', 'tag-renamed.press'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the moved sidecar', () => (tagging.store.annotations(file('renamed', 'tag-renamed.press')).length === 1 ? true : undefined), 10_000);
    const moved = await waitForFile(file('.readout', 'annotations', 'renamed', 'tag-renamed.press.json'));
    assert.equal((JSON.parse(moved) as SidecarJson).document, 'renamed/tag-renamed.press');
    assert.equal(await exists(file('.readout', 'annotations', 'tag-rename.press.json')), false);
  });

  it('opens the codebook for editing, adds codes to it, and never overwrites a malformed one', async () => {
    const { tagging } = await api();
    await vscode.commands.executeCommand('readout.editCodebook');
    const codebookUri = file('.readout', 'codebook.json');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), codebookUri.toString());
    const code = await tagging.codebook.add('Energy', 'cooperation');
    assert.equal(code?.id, 'cooperation.energy');
    assert.match(await read(codebookUri), /"id": "cooperation\.energy"/);
    const editor = await seedCopy('tag-codebook.press');
    select(editor, 'energy');
    assert.equal(await vscode.commands.executeCommand('readout.tagSelection', { codes: ['Cooperation/Energy'] }), 1);

    const good = await read(codebookUri);
    const broken = good.replace('"codes": [', '"codes": [,');
    await write(codebookUri, broken);
    assert.equal(await tagging.codebook.reload(), false);
    assert.ok(tagging.codebook.code('cooperation.energy'), 'the last good codebook stays in use');
    assert.equal(await tagging.codebook.add('Water'), undefined);
    assert.equal(await read(codebookUri), broken, 'the malformed file is left as it is');
    await write(codebookUri, good);
    await tagging.codebook.reload();

    // A write interrupted half-way leaves only the new codebook's temporary file: it is put in place.
    const newer = good.replace('"name": "Energy"', '"name": "Energy and Transport"');
    assert.notEqual(newer, good);
    await write(file('.readout', 'codebook.json.4242-abc123.tmp'), newer);
    await aged(file('.readout', 'codebook.json.4242-abc123.tmp'));
    await vscode.workspace.fs.delete(codebookUri);
    assert.equal(await tagging.codebook.reload(true), true);
    assert.equal(tagging.codebook.code('cooperation.energy')?.name, 'Energy and Transport');
    assert.equal(await read(codebookUri), newer);
    assert.equal(await exists(file('.readout', 'codebook.json.4242-abc123.tmp')), false);
  });

  it('makes a passage typed over an orphan instead of moving it to the same words elsewhere, and an undo brings it back', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-overtype.press');
    const text = editor.document.getText();
    const second = text.indexOf('SCO Secretariat', text.indexOf('SCO Secretariat') + 1);
    editor.selection = new vscode.Selection(editor.document.positionAt(second), editor.document.positionAt(second + 'SCO Secretariat'.length));
    assert.equal(await vscode.commands.executeCommand('readout.tagSelection', { codes: ['cooperation'] }), 1);
    await editor.edit((edit) => edit.replace(editor.selection, 'elsewhere'));
    const [lost] = tagging.store.annotations(editor.document.uri);
    assert.equal(lost!.orphaned, true, 'typed over: an orphan, not a jump to the first "SCO Secretariat"');
    await vscode.commands.executeCommand('undo');
    const back = await waitFor('the tag back in place', () => {
      const [annotation] = tagging.store.annotations(editor.document.uri);
      return annotation && !annotation.orphaned ? annotation : undefined;
    });
    assert.equal(back.position.start, second);
  });

  it('follows a renamed document that stays open, and keeps following its edits', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-open-rename.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(file('tag-open-rename.press'), file('tag-open-renamed.press'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const renamed = await waitFor('the renamed editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('/tag-open-renamed.press')));
    await waitFor('the tags under the new name', () => (tagging.store.annotations(renamed.document.uri).length === 1 ? true : undefined), 10_000);
    await renamed.edit((e) => e.insert(new vscode.Position(0, 0), 'Typed after the rename. '));
    const [annotation] = tagging.store.annotations(renamed.document.uri);
    assert.equal(textOf(renamed, annotation!), 'Chinese diplomacy');
  });

  it('undoes a note edit so that a merge keeps the undo', async () => {
    const { tagging } = await api();
    const editor = await seedCopy('tag-undo-note.press');
    select(editor, 'Chinese diplomacy');
    await vscode.commands.executeCommand('readout.tagSelection', { codes: ['praise'] });
    const [tagged] = tagging.store.annotations(editor.document.uri);
    await vscode.commands.executeCommand('readout.editNote', { uri: editor.document.uri.toString(), id: tagged!.id, note: 'first thought' });
    const noted = tagging.store.annotations(editor.document.uri)[0]!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(await vscode.commands.executeCommand('readout.undoLastTag'), true);
    const undone = tagging.store.annotations(editor.document.uri)[0]!;
    assert.equal(undone.note, '');
    assert.ok(undone.modified > noted.modified, 'the undo is newer than the note it undid');
    assert.equal((await sidecar('tag-undo-note.press')).annotations[0]!.body.some((b) => b.purpose === 'commenting'), false);
  });

  it('exports a REFI-QDA project and a CSV', async () => {
    const qdpx = file('export', 'tags.qdpx');
    const result = await vscode.commands.executeCommand<{ sources: number }>('readout.exportAnnotations', { format: 'qdpx', out: qdpx.toString() });
    assert.ok(result && result.sources >= 3);
    const bytes = await vscode.workspace.fs.readFile(qdpx);
    assert.equal(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK', 'a zip');
    assert.ok(new TextDecoder('latin1').decode(bytes).includes('project.qde'));
    const csv = file('export', 'tags.csv');
    await vscode.commands.executeCommand('readout.exportAnnotations', { format: 'csv', out: csv.toString() });
    const rows = (await read(csv)).trim().split('\n');
    assert.match(rows[0]!, /^document,start,end,text,codes/);
    assert.ok(rows.some((row) => row.includes('Shanghai Spirit') && row.includes('agreement')));
  });
});

async function waitForFile(uri: vscode.Uri): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await read(uri);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Makes a file look a minute old, as a temporary file left by a window that went away is. */
async function aged(uri: vscode.Uri): Promise<void> {
  const minuteAgo = new Date(Date.now() - 60_000);
  await fs.utimes(uri.fsPath, minuteAgo, minuteAgo);
}

async function waitForValue(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
