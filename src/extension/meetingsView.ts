import * as vscode from 'vscode';
import type { IndexedDocument, IndexedMeeting, IndexedQuote } from '../core/corpus';
import { REVEAL_COMMAND } from './hoverContent';
import { escapeMarkdown, excerpt } from './markdown';
import type { WorkspaceIndex } from './workspaceIndex';

export type GroupBy = 'date' | 'participant' | 'organization';

export type MeetingNode =
  | { kind: 'group'; label: string; meetings: Array<{ uri: string; meeting: IndexedMeeting }>; events?: true }
  | { kind: 'meeting'; uri: string; meeting: IndexedMeeting }
  | { kind: 'participant'; uri: string; name: string; titles: string[]; start: number; end: number }
  | { kind: 'quote'; uri: string; quote: IndexedQuote }
  | { kind: 'sentence'; uri: string; meeting: IndexedMeeting };

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The label of the group that holds the events with nobody named, at the end of the view. */
export const EVENTS_GROUP_LABEL = 'Events without named participants';

/**
 * The "Meetings" view: every meeting in the workspace's press releases, newest first, or grouped
 * by participant or by organisation, so that it lists who met whom. A meeting opens onto its
 * participants, the quotes its participants spoke in that release, and the sentence it came
 * from. Summits and conferences reported with nobody named are kept apart, in one group at the end.
 */
export class MeetingsTree implements vscode.TreeDataProvider<MeetingNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MeetingNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly index: WorkspaceIndex,
    private groupBy: GroupBy = 'date',
  ) {
    this.subscription = index.onDidChange(() => this.changed.fire(undefined));
  }

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    void vscode.commands.executeCommand('setContext', 'readout.meetingsGroupBy', groupBy);
    this.changed.fire(undefined);
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  private names(doc: IndexedDocument | undefined, ids: string[]): string[] {
    return ids.map((id) => doc?.officials.find((official) => official.id === id)?.name ?? id);
  }

  getChildren(node?: MeetingNode): MeetingNode[] {
    const corpus = this.index.corpus;
    if (!node) {
      const events = corpus.events();
      const eventsGroup: MeetingNode[] = events.length > 0 ? [{ kind: 'group', label: EVENTS_GROUP_LABEL, meetings: events, events: true }] : [];
      return [...this.meetingRoots(), ...eventsGroup];
    }
    if (node.kind === 'group') return node.meetings.map(({ uri, meeting }) => ({ kind: 'meeting', uri, meeting }));
    if (node.kind === 'meeting') return this.meetingChildren(node.uri, node.meeting);
    return [];
  }

  private meetingRoots(): MeetingNode[] {
    const corpus = this.index.corpus;
    const all = corpus.meetings();
    if (this.groupBy === 'date') return all.map(({ uri, meeting }) => ({ kind: 'meeting', uri, meeting }));
    const groups = new Map<string, Array<{ uri: string; meeting: IndexedMeeting }>>();
    for (const entry of all) {
      const doc = corpus.document(entry.uri);
      const keys = new Set<string>();
      for (const id of entry.meeting.participants) {
        const official = doc?.officials.find((o) => o.id === id);
        if (this.groupBy === 'participant') keys.add(corpus.personOf(entry.uri, id)?.name ?? official?.name ?? id);
        else keys.add(official?.affiliation ?? 'No affiliation');
      }
      if (this.groupBy === 'organization') for (const body of entry.meeting.bodies) keys.add(body);
      if (keys.size === 0) keys.add(this.groupBy === 'participant' ? 'No named participant' : 'No affiliation');
      for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    return [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([label, meetings]) => ({ kind: 'group', label, meetings }));
  }

  private meetingChildren(uri: string, meeting: IndexedMeeting): MeetingNode[] {
    const doc = this.index.corpus.document(uri);
    const children: MeetingNode[] = [];
    for (const id of meeting.participants) {
      const official = doc?.officials.find((o) => o.id === id);
      if (official) {
        children.push({ kind: 'participant', uri, name: official.name, titles: official.titles, start: official.first?.start ?? meeting.start, end: official.first?.end ?? meeting.end });
      }
    }
    if (!meeting.reported) {
      for (const quote of doc?.quotes ?? []) if (quote.speaker && meeting.participants.includes(quote.speaker)) children.push({ kind: 'quote', uri, quote });
    }
    children.push({ kind: 'sentence', uri, meeting });
    return children;
  }

  getTreeItem(node: MeetingNode): vscode.TreeItem {
    const reveal = (uri: string, start: number, end: number): vscode.Command => ({ title: 'Reveal', command: REVEAL_COMMAND, arguments: [uri, start, end] });
    switch (node.kind) {
      case 'group': {
        if (node.events) {
          // Collapsed: the view is about who met whom; these are there when they are wanted.
          const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
          item.id = 'readout.events';
          item.description = `${node.meetings.length} event${node.meetings.length === 1 ? '' : 's'}`;
          item.iconPath = new vscode.ThemeIcon('calendar');
          item.contextValue = 'readout.events';
          return item;
        }
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.meetings.length} meeting${node.meetings.length === 1 ? '' : 's'}`;
        item.iconPath = new vscode.ThemeIcon(this.groupBy === 'participant' ? 'person' : 'organization');
        return item;
      }
      case 'meeting': {
        const { meeting } = node;
        const doc = this.index.corpus.document(node.uri);
        const who = this.names(doc, meeting.participants);
        // Named participants first; otherwise the bodies that meet, otherwise the kind of event.
        const subject = who.length > 0 ? who.join(', ') : meeting.bodies.length > 0 ? meeting.bodies.join(', ') : `${meeting.kind}${meeting.place ? ` in ${meeting.place}` : ''}`;
        const label = `${meeting.date ?? 'undated'} · ${subject}`;
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.uri}#${meeting.id}`;
        const describedAlready = who.length === 0 && meeting.bodies.length === 0;
        item.description = [describedAlready ? '' : meeting.kind, describedAlready ? '' : meeting.place, meeting.reported ? 'reported' : ''].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString(
          `**${escapeMarkdown(meeting.kind)}** ${escapeMarkdown(meeting.date ?? 'undated')} · CAMEO ${escapeMarkdown(meeting.cameo)}\n\n${escapeMarkdown(meeting.sentence)}\n\n_${escapeMarkdown(fileName(node.uri))}_`,
        );
        item.iconPath = new vscode.ThemeIcon(meeting.kind === 'call' ? 'call-outgoing' : meeting.kind === 'visit' ? 'location' : 'comment-discussion');
        item.command = reveal(node.uri, meeting.start, meeting.end);
        item.contextValue = 'readout.meeting';
        return item;
      }
      case 'participant': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
        item.description = node.titles[0] ?? '';
        item.iconPath = new vscode.ThemeIcon('person');
        item.command = reveal(node.uri, node.start, node.end);
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`“${excerpt(node.quote.excerpt, 60)}”`, vscode.TreeItemCollapsibleState.None);
        item.description = node.quote.speakerName ?? '';
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = reveal(node.uri, node.quote.start, node.quote.end);
        return item;
      }
      case 'sentence': {
        const item = new vscode.TreeItem(excerpt(node.meeting.sentence, 80), vscode.TreeItemCollapsibleState.None);
        item.description = fileName(node.uri);
        item.tooltip = node.meeting.sentence;
        item.iconPath = new vscode.ThemeIcon('note');
        item.command = reveal(node.uri, node.meeting.start, node.meeting.end);
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
