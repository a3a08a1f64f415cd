import * as vscode from 'vscode';
import { resolveCode } from '../annotations/codebook';
import type { Annotation, FlatCode, TextRange } from '../annotations/model';
import { describeRange } from '../annotations/anchoring';
import { addTags, findQuotesBy, passageAt } from '../annotations/passages';
import type { AnalysisCache } from './analysisCache';
import { currentAuthor } from './author';
import type { CodebookStore } from './codebookStore';
import { CommandId } from './ids';
import type { TagStore } from './tagStore';

/** Arguments the tagging commands accept from links, keybindings and scripts. */
interface TagArgs {
  /** Code ids or names; when absent the user picks. */
  codes?: string[];
  note?: string;
}

interface AnnotationRef {
  uri?: string;
  id?: string;
  /** A passage of the Tags view, when the command runs from its context menu. */
  document?: { uri: string };
  annotation?: { id: string };
}

/** The annotation a link or a Tags-view item names, if any. */
function refOf(ref: AnnotationRef | undefined): { uri: string; id: string } | undefined {
  if (ref?.uri && ref.id) return { uri: ref.uri, id: ref.id };
  if (ref?.document?.uri && ref.annotation?.id) return { uri: ref.document.uri, id: ref.annotation.id };
  return undefined;
}

const NEW_CODE = '$(add) New code…';

type CodeItem = vscode.QuickPickItem & { code?: FlatCode };

/** Lets the user pick one or more codes, or make a new one. Undefined when cancelled. */
export async function pickCodes(codebook: CodebookStore, title: string): Promise<string[] | undefined> {
  await codebook.ready;
  const items: CodeItem[] = codebook.codes.map((code) => ({
    label: `${'\u2003'.repeat(code.depth)}${code.name}`,
    description: code.id,
    detail: code.description,
    code,
  }));
  items.push({ label: NEW_CODE, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, placeHolder: 'Codes for the passage (type to filter)', matchOnDescription: true, matchOnDetail: true });
  if (!picked || picked.length === 0) return undefined;
  const ids = picked.flatMap((item) => (item.code ? [item.code.id] : []));
  if (picked.some((item) => item.label === NEW_CODE)) {
    const created = await newCode(codebook);
    if (!created) return ids.length > 0 ? ids : undefined;
    ids.push(created.id);
  }
  return ids;
}

/** Asks for a new code's name; `Parent/Name` or `Parent › Name` makes a sub-code. */
async function newCode(codebook: CodebookStore): Promise<FlatCode | undefined> {
  const value = await vscode.window.showInputBox({
    title: 'New code',
    prompt: 'Name of the new code. Write "Cooperation/Energy" to make a sub-code.',
    validateInput: (text) => {
      const parts = text.split(/\s*[/›>]\s*/).filter(Boolean);
      if (parts.length === 0) return 'Give the code a name.';
      if (parts.length > 1 && !resolveCode(codebook.codebook, parts.slice(0, -1).join(' › '))) return `No code "${parts.slice(0, -1).join(' › ')}" to put it under.`;
      return undefined;
    },
  });
  if (!value) return undefined;
  const parts = value.split(/\s*[/›>]\s*/).filter(Boolean);
  const parent = parts.length > 1 ? resolveCode(codebook.codebook, parts.slice(0, -1).join(' › ')) : undefined;
  return codebook.add(parts[parts.length - 1]!, parent?.id);
}

/** Document text for a quick pick: `$(name)` there would otherwise show as an icon. */
export function plainLabel(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(');
}

/** Resolves code ids or names given as arguments; tells the user about unknown ones. */
function resolveCodes(codebook: CodebookStore, names: readonly string[]): string[] | undefined {
  const ids: string[] = [];
  for (const name of names) {
    const code = resolveCode(codebook.codebook, name);
    if (!code) {
      void vscode.window.showErrorMessage(`Readout: there is no code "${name}" in the codebook.`);
      return undefined;
    }
    ids.push(code.id);
  }
  return ids;
}

function codeNames(codebook: CodebookStore, ids: readonly string[]): string {
  return ids.map((id) => codebook.code(id)?.name ?? id).join(', ');
}

/** The passages to tag: the selections, or the quote or sentence under each empty cursor. */
function selectedPassages(editor: vscode.TextEditor, cache: AnalysisCache): TextRange[] {
  const document = editor.document;
  const ranges: TextRange[] = [];
  const text = document.getText();
  for (const selection of editor.selections) {
    if (!selection.isEmpty) {
      ranges.push({ start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) });
      continue;
    }
    const passage = passageAt(text, cache.get(document), document.offsetAt(selection.active));
    if (passage) ranges.push(passage);
  }
  return ranges.filter((range) => text.slice(range.start, range.end).trim().length > 0);
}

/** The annotations under the cursor, or the one a link names. */
function annotationsAt(store: TagStore, editor: vscode.TextEditor | undefined, ref: AnnotationRef | undefined): { uri: string; annotations: Annotation[] } | undefined {
  const named = refOf(ref);
  if (named) {
    const found = store.annotations(named.uri).find((annotation) => annotation.id === named.id);
    return found ? { uri: named.uri, annotations: [found] } : undefined;
  }
  if (!editor) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const annotations = store.annotations(editor.document.uri).filter((annotation) => !annotation.orphaned && annotation.position.start <= offset && offset <= annotation.position.end);
  return { uri: editor.document.uri.toString(), annotations };
}

async function chooseAnnotation(codebook: CodebookStore, candidates: Annotation[], title: string): Promise<Annotation | undefined> {
  if (candidates.length <= 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((annotation) => ({ label: codeNames(codebook, annotation.codes), description: plainLabel(annotation.quote.exact.slice(0, 80)), annotation })),
    { title },
  );
  return picked?.annotation;
}

async function documentFor(uri: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
}

/** The palette commands that tag passages and move between them. */
export function registerTagCommands(store: TagStore, codebook: CodebookStore, cache: AnalysisCache): vscode.Disposable {
  const tag = async (document: vscode.TextDocument, ranges: TextRange[], args: TagArgs | undefined, what: string): Promise<number> => {
    if (ranges.length === 0) {
      void vscode.window.showInformationMessage(`Readout: ${what}`);
      return 0;
    }
    const reason = store.whyNotWritable(document.uri);
    if (reason) {
      void vscode.window.showWarningMessage(`Readout: ${reason}`);
      return 0;
    }
    if (document.uri.path.includes('/.readout/')) {
      void vscode.window.showInformationMessage('Readout: files under .readout are Readout\'s own; tag the press releases instead.');
      return 0;
    }
    const version = document.version;
    const codes = args?.codes ? resolveCodes(codebook, args.codes) : await pickCodes(codebook, `Tag ${ranges.length === 1 ? 'passage' : `${ranges.length} passages`}`);
    if (!codes || codes.length === 0) return 0;
    if (!(await codebook.ensureFile())) return 0;
    const author = await currentAuthor(vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath);
    if (document.version !== version) {
      void vscode.window.showWarningMessage('Readout: the document changed while the codes were picked; select the passage again and tag it.');
      return 0;
    }
    const text = document.getText();
    let added = 0;
    const ok = await store.update(document, (annotations) => {
      const result = addTags(annotations, text, ranges, codes, { author, now: new Date().toISOString(), note: args?.note });
      added = result.added.length + result.updated.length;
      return result.annotations;
    });
    if (ok) vscode.window.setStatusBarMessage(`Readout: tagged ${added} passage${added === 1 ? '' : 's'} with ${codeNames(codebook, codes)}`, 4000);
    return ok ? added : 0;
  };

  const move = (direction: 1 | -1) => () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const passages = store
      .annotations(editor.document.uri)
      .filter((annotation) => !annotation.orphaned)
      .map((annotation) => annotation.position)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (passages.length === 0) {
      void vscode.window.showInformationMessage('Readout: this document has no tagged passages.');
      return;
    }
    const offset = editor.document.offsetAt(editor.selection.start);
    const target = direction === 1 ? (passages.find((passage) => passage.start > offset) ?? passages[0]!) : ([...passages].reverse().find((passage) => passage.start < offset) ?? passages[passages.length - 1]!);
    const range = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandId.TagSelection, async (args?: TagArgs) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Readout: open a document and select the passage to tag.');
        return 0;
      }
      return tag(editor.document, selectedPassages(editor, cache), args, 'put the cursor in a sentence or quote, or select the passage to tag.');
    }),

    vscode.commands.registerCommand(CommandId.TagQuotesBySpeaker, async (args?: TagArgs & { speaker?: string }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return 0;
      const analysis = cache.get(editor.document);
      let speaker = args?.speaker;
      if (!speaker) {
        const counts = new Map<string, number>();
        for (const quote of analysis.quotes) if (quote.speakerName) counts.set(quote.speakerName, (counts.get(quote.speakerName) ?? 0) + 1);
        if (counts.size === 0) {
          void vscode.window.showInformationMessage('Readout: no quote in this document has a known speaker.');
          return 0;
        }
        const picked = await vscode.window.showQuickPick(
          [...counts].map(([name, count]) => ({ label: name, description: `${count} quote${count === 1 ? '' : 's'}` })),
          { title: 'Tag all quotes by…' },
        );
        if (!picked) return 0;
        speaker = picked.label;
      }
      return tag(editor.document, findQuotesBy(analysis, speaker), args, `no quote by ${speaker} in this document.`);
    }),

    vscode.commands.registerCommand(CommandId.RemoveTag, async (ref?: AnnotationRef) => {
      const found = annotationsAt(store, vscode.window.activeTextEditor, ref);
      const target = found && (await chooseAnnotation(codebook, found.annotations, 'Remove which tag?'));
      if (!found || !target) {
        void vscode.window.showInformationMessage('Readout: there is no tagged passage at the cursor.');
        return false;
      }
      const ok = await store.update(await documentFor(found.uri), (annotations) => annotations.filter((annotation) => annotation.id !== target.id));
      if (ok) vscode.window.setStatusBarMessage(`Readout: removed the tag ${codeNames(codebook, target.codes)}`, 4000);
      return ok;
    }),

    vscode.commands.registerCommand(CommandId.EditNote, async (ref?: AnnotationRef & { note?: string }) => {
      const found = annotationsAt(store, vscode.window.activeTextEditor, ref);
      const target = found && (await chooseAnnotation(codebook, found.annotations, 'Edit the note of which tag?'));
      if (!found || !target) {
        void vscode.window.showInformationMessage('Readout: there is no tagged passage at the cursor.');
        return false;
      }
      const note = ref?.note ?? (await vscode.window.showInputBox({ title: `Note on "${plainLabel(target.quote.exact.slice(0, 60))}"`, value: target.note, prompt: 'Your note on this passage (empty to remove it)' }));
      if (note === undefined) return false;
      const modified = new Date().toISOString();
      return store.update(await documentFor(found.uri), (annotations) => annotations.map((annotation) => (annotation.id === target.id ? { ...annotation, note: note.trim(), modified } : annotation)));
    }),

    vscode.commands.registerCommand(CommandId.NextTag, move(1)),
    vscode.commands.registerCommand(CommandId.PreviousTag, move(-1)),

    vscode.commands.registerCommand(CommandId.UndoLastTag, async () => {
      const undone = await store.undo();
      if (!undone) {
        if (!store.canUndo) void vscode.window.showInformationMessage('Readout: there is no tagging change to undo.');
        return false;
      }
      vscode.window.setStatusBarMessage(`Readout: undid the last tagging change in ${vscode.workspace.asRelativePath(vscode.Uri.parse(undone.uri, true))}`, 4000);
      return true;
    }),

    vscode.commands.registerCommand(CommandId.EditCodebook, () => codebook.edit()),

    vscode.commands.registerCommand(CommandId.ReattachTag, async (ref?: AnnotationRef) => {
      // An orphan is placed by hand on the words the user selects in its document.
      const named = refOf(ref);
      const editor = vscode.window.activeTextEditor;
      let orphan: Annotation | undefined;
      if (named) {
        orphan = store.annotations(named.uri).find((annotation) => annotation.id === named.id && annotation.orphaned);
        if (orphan && editor?.document.uri.toString() !== named.uri) {
          await vscode.window.showTextDocument(vscode.Uri.parse(named.uri, true));
          void vscode.window.showInformationMessage(`Readout: select the words for "${plainLabel(orphan.quote.exact.slice(0, 60))}" and run Readout: Re-attach Orphaned Tag again.`);
          return false;
        }
      } else if (editor) {
        const orphans = store.annotations(editor.document.uri).filter((annotation) => annotation.orphaned);
        if (orphans.length === 0) {
          void vscode.window.showInformationMessage('Readout: this document has no orphaned tags.');
          return false;
        }
        const picked = await vscode.window.showQuickPick(
          orphans.map((annotation) => ({ label: plainLabel(annotation.quote.exact.slice(0, 80)), description: codeNames(codebook, annotation.codes), annotation })),
          { title: 'Re-attach which orphaned tag to the selection?' },
        );
        orphan = picked?.annotation;
      }
      if (!editor || !orphan) return false;
      if (editor.selection.isEmpty) {
        void vscode.window.showInformationMessage('Readout: select the words the tag belongs on first.');
        return false;
      }
      const document = editor.document;
      const range = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
      const selectors = describeRange(document.getText(), range);
      const id = orphan.id;
      const modified = new Date().toISOString();
      return store.update(document, (annotations) => annotations.map((annotation) => (annotation.id === id ? { ...annotation, ...selectors, orphaned: false, modified } : annotation)));
    }),
  );
}
