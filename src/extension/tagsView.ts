import * as vscode from 'vscode';
import type { Annotation, FlatCode } from '../annotations/model';
import { sidecarPath } from '../annotations/sidecar';
import type { CodebookStore } from './codebookStore';
import { REVEAL_COMMAND } from './hoverContent';
import { escapeMarkdown, excerpt } from './markdown';
import type { TagStore, TaggedDocument } from './tagStore';

export type TagNode =
  | { kind: 'code'; code: FlatCode; count: number }
  | { kind: 'unknownCode'; id: string; count: number }
  | { kind: 'orphans'; count: number }
  | { kind: 'unreadable'; document: TaggedDocument }
  | { kind: 'missing'; document: TaggedDocument }
  | { kind: 'passage'; document: TaggedDocument; annotation: Annotation };

/**
 * The "Tags" view: the codebook's codes with how many passages carry each (sub-codes included),
 * opening onto the passages; passages that lost their place in the text under "Orphaned",
 * sidecars that cannot be read under their file name, and the tags of documents that are gone
 * under the document's name.
 */
export class TagsTree implements vscode.TreeDataProvider<TagNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TagNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: TagStore,
    private readonly codebook: CodebookStore,
  ) {
    const refresh = (delay: number) => (): void => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.changed.fire(undefined);
        void vscode.commands.executeCommand('setContext', 'readout.hasTags', this.store.documents().length > 0);
      }, delay);
    };
    // Typing only moves tags: the tree is refreshed once the typing pauses.
    this.disposables.push(store.onDidChange(refresh(100)), store.onDidMove(refresh(1000)), codebook.onDidChange(refresh(100)));
    refresh(0)();
  }

  private passages(test: (annotation: Annotation) => boolean): Array<{ document: TaggedDocument; annotation: Annotation }> {
    const out: Array<{ document: TaggedDocument; annotation: Annotation }> = [];
    for (const document of this.store.documents()) if (!document.missing) for (const annotation of document.annotations) if (test(annotation)) out.push({ document, annotation });
    return out.sort((a, b) => a.document.path.localeCompare(b.document.path) || a.annotation.position.start - b.annotation.position.start);
  }

  private underCode(id: string) {
    return (annotation: Annotation): boolean => !annotation.orphaned && annotation.codes.some((code) => code === id || code.startsWith(`${id}.`));
  }

  getChildren(node?: TagNode): TagNode[] {
    const codes = this.codebook.codes;
    if (!node) {
      const roots: TagNode[] = codes.filter((code) => code.parentId === null).map((code) => ({ kind: 'code', code, count: this.passages(this.underCode(code.id)).length }));
      const known = new Set(codes.map((code) => code.id));
      const unknown = new Map<string, number>();
      for (const { annotation } of this.passages((annotation) => !annotation.orphaned)) for (const id of annotation.codes) if (!known.has(id)) unknown.set(id, (unknown.get(id) ?? 0) + 1);
      for (const [id, count] of unknown) roots.push({ kind: 'unknownCode', id, count });
      const orphans = this.passages((annotation) => annotation.orphaned).length;
      if (orphans > 0) roots.push({ kind: 'orphans', count: orphans });
      for (const document of this.store.documents()) {
        if (document.malformed) roots.push({ kind: 'unreadable', document });
        else if (document.missing && document.annotations.length > 0) roots.push({ kind: 'missing', document });
      }
      return roots;
    }
    if (node.kind === 'code') {
      const children: TagNode[] = codes.filter((code) => code.parentId === node.code.id).map((code) => ({ kind: 'code', code, count: this.passages(this.underCode(code.id)).length }));
      for (const passage of this.passages((annotation) => !annotation.orphaned && annotation.codes.includes(node.code.id))) children.push({ kind: 'passage', ...passage });
      return children;
    }
    if (node.kind === 'unknownCode') return this.passages((annotation) => !annotation.orphaned && annotation.codes.includes(node.id)).map((passage) => ({ kind: 'passage', ...passage }));
    if (node.kind === 'orphans') return this.passages((annotation) => annotation.orphaned).map((passage) => ({ kind: 'passage', ...passage }));
    if (node.kind === 'missing') return node.document.annotations.map((annotation) => ({ kind: 'passage', document: node.document, annotation }));
    return [];
  }

  getTreeItem(node: TagNode): vscode.TreeItem {
    switch (node.kind) {
      case 'code': {
        const hasChildren = node.count > 0 || this.codebook.codes.some((code) => code.parentId === node.code.id);
        const item = new vscode.TreeItem(node.code.name, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `code:${node.code.id}`;
        item.description = `${node.count}`;
        item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(node.code.path.join(' › '))}** (${escapeMarkdown(node.code.id)})${node.code.description ? `\n\n${escapeMarkdown(node.code.description)}` : ''}`);
        item.iconPath = new vscode.ThemeIcon('tag');
        item.contextValue = 'readout.code';
        return item;
      }
      case 'unknownCode': {
        const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `unknown:${node.id}`;
        item.description = `${node.count} · not in the codebook`;
        item.iconPath = new vscode.ThemeIcon('question');
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem('Orphaned', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'orphans';
        item.description = `${node.count}`;
        item.tooltip = 'Tagged passages whose text could not be found again after the document changed. They are kept with their text and notes.';
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'unreadable': {
        const item = new vscode.TreeItem(node.document.path, vscode.TreeItemCollapsibleState.None);
        item.description = 'tags cannot be read';
        item.tooltip = node.document.malformed;
        item.iconPath = new vscode.ThemeIcon('error');
        return item;
      }
      case 'missing': {
        const count = node.document.annotations.length;
        const item = new vscode.TreeItem(node.document.path, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `missing:${node.document.uri}`;
        item.description = `document not found · ${count} tag${count === 1 ? '' : 's'}`;
        item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(node.document.path)}** is not in the workspace any more. Its tags are kept in ${escapeMarkdown(sidecarPath(node.document.path))} and come back with the document; delete that file to discard them.`);
        item.iconPath = new vscode.ThemeIcon('warning');
        item.command = { command: 'vscode.open', title: 'Open Tags File', arguments: [vscode.Uri.joinPath(node.document.folder.uri, ...sidecarPath(node.document.path).split('/'))] };
        return item;
      }
      case 'passage': {
        const { annotation, document } = node;
        const item = new vscode.TreeItem(excerpt(annotation.quote.exact, 70), vscode.TreeItemCollapsibleState.None);
        item.description = document.path;
        item.iconPath = new vscode.ThemeIcon(annotation.orphaned ? 'circle-slash' : 'quote');
        const codes = annotation.codes.map((id) => this.codebook.code(id)?.path.join(' › ') ?? id).join(', ');
        const lines = [`**${escapeMarkdown(codes)}**${annotation.orphaned ? ' (orphaned: the text was not found)' : ''}`, escapeMarkdown(excerpt(annotation.quote.exact, 400))];
        if (annotation.note) lines.push(`*${escapeMarkdown(annotation.note)}*`);
        lines.push(`${escapeMarkdown(annotation.author)}, ${escapeMarkdown(annotation.modified.slice(0, 10))}`);
        item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
        if (document.missing) {
          item.iconPath = new vscode.ThemeIcon('circle-slash');
          item.contextValue = 'readout.missingPassage';
          return item;
        }
        item.command = annotation.orphaned
          ? { command: 'vscode.open', title: 'Open Document', arguments: [vscode.Uri.parse(document.uri, true)] }
          : { command: REVEAL_COMMAND, title: 'Reveal Passage', arguments: [document.uri, annotation.position.start, annotation.position.end] };
        item.contextValue = annotation.orphaned ? 'readout.orphan' : 'readout.passage';
        return item;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
