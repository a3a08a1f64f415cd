import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { registerAutoCode } from './autoCodeCommand';
import { CodebookStore } from './codebookStore';
import { registerExport } from './exportCommand';
import type { KnowledgeBaseStore } from './knowledgeBase';
import { registerTagCommands } from './tagCommands';
import { TagDecorations } from './tagDecorations';
import { registerTagHover } from './tagHover';
import { TagsTree } from './tagsView';
import { TagStore } from './tagStore';
import type { WorkspaceIndex } from './workspaceIndex';

/** Everything that tags passages: the stores, what shows tags, and the commands. */
export function registerTagging(cache: AnalysisCache, index: WorkspaceIndex, knowledge: KnowledgeBaseStore): { store: TagStore; codebook: CodebookStore; decorations: TagDecorations; tree: TagsTree; disposable: vscode.Disposable } {
  const codebook = new CodebookStore();
  const store = new TagStore();
  const decorations = new TagDecorations(store, codebook);
  const tree = new TagsTree(store, codebook);
  const disposable = vscode.Disposable.from(
    codebook,
    store,
    decorations,
    tree,
    vscode.window.createTreeView('readout.tags', { treeDataProvider: tree, showCollapseAll: true }),
    registerTagCommands(store, codebook, cache),
    registerTagHover(store, codebook),
    registerAutoCode(store, codebook, index, knowledge),
    registerExport(store, codebook, index, knowledge),
    trackContextKeys(store),
  );
  return { store, codebook, decorations, tree, disposable };
}

/** Keeps `readout.documentHasTags`, `readout.documentHasOrphans` and `readout.cursorOnTag` current for menus and keybindings. */
function trackContextKeys(store: TagStore): vscode.Disposable {
  let hasTags: boolean | undefined;
  let onTag: boolean | undefined;
  let hasOrphans: boolean | undefined;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const all = editor ? store.annotations(editor.document.uri) : [];
    const annotations = all.filter((annotation) => !annotation.orphaned);
    const nextHasOrphans = annotations.length < all.length;
    if (nextHasOrphans !== hasOrphans) void vscode.commands.executeCommand('setContext', 'readout.documentHasOrphans', (hasOrphans = nextHasOrphans));
    const offset = editor ? editor.document.offsetAt(editor.selection.active) : -1;
    const nextHasTags = annotations.length > 0;
    const nextOnTag = annotations.some((annotation) => annotation.position.start <= offset && offset <= annotation.position.end);
    if (nextHasTags !== hasTags) void vscode.commands.executeCommand('setContext', 'readout.documentHasTags', (hasTags = nextHasTags));
    if (nextOnTag !== onTag) void vscode.commands.executeCommand('setContext', 'readout.cursorOnTag', (onTag = nextOnTag));
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), vscode.window.onDidChangeTextEditorSelection(update), store.onDidChange(update), store.onDidMove(update));
}
