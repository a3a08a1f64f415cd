import * as vscode from 'vscode';
import type { Person } from '../core/corpus';
import { REVEAL_COMMAND } from './hoverContent';
import type { WorkspaceIndex } from './workspaceIndex';

export type OfficialNode = { kind: 'person'; person: Person } | { kind: 'detail'; label: string; icon: string } | { kind: 'document'; person: Person; uri: string; officialId: string; mentions: number };

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The "Officials" view: people across the workspace, most mentioned first, with aliases, titles and documents. */
export class OfficialsTree implements vscode.TreeDataProvider<OfficialNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OfficialNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: OfficialNode): OfficialNode[] {
    if (!node) return this.index.corpus.persons().map((person) => ({ kind: 'person', person }));
    if (node.kind !== 'person') return [];
    const { person } = node;
    const details: OfficialNode[] = [];
    for (const title of person.titles) details.push({ kind: 'detail', label: title, icon: 'briefcase' });
    for (const alias of person.aliases) details.push({ kind: 'detail', label: `also “${alias}”`, icon: 'symbol-string' });
    for (const appearance of person.appearances) details.push({ kind: 'document', person, uri: appearance.uri, officialId: appearance.officialId, mentions: appearance.mentionCount });
    return details;
  }

  getTreeItem(node: OfficialNode): vscode.TreeItem {
    if (node.kind === 'person') {
      const mentions = node.person.appearances.reduce((sum, a) => sum + a.mentionCount, 0);
      const item = new vscode.TreeItem(node.person.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `person:${node.person.key}`;
      item.description = `${mentions} mention${mentions === 1 ? '' : 's'} · ${node.person.appearances.length} document${node.person.appearances.length === 1 ? '' : 's'}`;
      item.tooltip = [node.person.titles[0], node.person.affiliations.join(', '), node.person.notes].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon('person');
      return item;
    }
    if (node.kind === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const item = new vscode.TreeItem(fileName(node.uri), vscode.TreeItemCollapsibleState.None);
    item.description = `${node.mentions} mention${node.mentions === 1 ? '' : 's'}`;
    item.iconPath = vscode.ThemeIcon.File;
    item.resourceUri = vscode.Uri.parse(node.uri);
    const first = this.index.corpus.document(node.uri)?.officials.find((o) => o.id === node.officialId)?.first;
    if (first) item.command = { title: 'Reveal', command: REVEAL_COMMAND, arguments: [node.uri, first.start, first.end] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
