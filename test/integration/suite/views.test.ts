import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadoutApi } from '../../../src/extension/extension';
import type { MeetingNode } from '../../../src/extension/meetingsView';
import type { OfficialNode } from '../../../src/extension/officialsView';
import { EXTENSION_ID, closeAllEditors, waitFor, workspaceFolder } from './helpers';

async function api(): Promise<ReadoutApi> {
  const extension = vscode.extensions.getExtension<ReadoutApi>(EXTENSION_ID);
  assert.ok(extension);
  const exports = await extension.activate();
  await exports.index.whenReady();
  return exports;
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('Readout views', () => {
  afterEach(closeAllEditors);

  it('lists every meeting of the workspace, newest first', async () => {
    const { views } = await api();
    views.meetings.setGroupBy('date');
    const roots = views.meetings.getChildren();
    assert.ok(roots.length >= 30, `${roots.length} meetings`);
    const dates = roots.map((node) => (node.kind === 'meeting' ? node.meeting.date : null)).filter((d): d is string => d !== null);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    const seedMeeting = roots.find((node) => node.kind === 'meeting' && node.meeting.date === '2019-11-12') as Extract<MeetingNode, { kind: 'meeting' }>;
    assert.ok(seedMeeting, 'the 12 November 2019 meeting is listed');
    const item = views.meetings.getTreeItem(seedMeeting);
    assert.equal(label(item), '2019-11-12 · Vladimir Norov, Le Yucheng');
    assert.match(String(item.description), /meeting · Ministry of Foreign Affairs of China/);
    const children = views.meetings.getChildren(seedMeeting).map((child) => label(views.meetings.getTreeItem(child)));
    assert.deepEqual(children.slice(0, 2), ['Vladimir Norov', 'Le Yucheng']);
    assert.equal(children.filter((c) => c.startsWith('“')).length, 3, 'the three quotes');
    assert.match(children[children.length - 1] as string, /^On 12 November 2019/);
  });

  it('keeps events with nobody named apart, in one group at the end', async () => {
    const { views } = await api();
    for (const groupBy of ['date', 'participant'] as const) {
      views.meetings.setGroupBy(groupBy);
      const roots = views.meetings.getChildren();
      const last = roots[roots.length - 1];
      assert.ok(last && last.kind === 'group' && last.events, `by ${groupBy}: the events group comes last`);
      assert.equal(label(views.meetings.getTreeItem(last)), 'Events without named participants');
      const meetings = roots.slice(0, -1).flatMap((node) => (node.kind === 'group' ? node.meetings.map((m) => m.meeting) : node.kind === 'meeting' ? [node.meeting] : []));
      assert.ok(meetings.length > 0 && meetings.every((m) => m.participants.length > 0), 'the rest of the view lists who met whom');
      const events = views.meetings.getChildren(last);
      assert.ok(events.some((node) => node.kind === 'meeting' && node.meeting.date === '2019-11-02' && node.meeting.place === 'Tashkent'), 'the seed\'s Tashkent council is an event');
    }
    views.meetings.setGroupBy('date');
  });

  it('reveals the meeting sentence when a meeting is selected', async () => {
    const { views } = await api();
    views.meetings.setGroupBy('date');
    const node = views.meetings.getChildren().find((n) => n.kind === 'meeting' && n.meeting.date === '2019-11-12');
    assert.ok(node);
    const command = views.meetings.getTreeItem(node).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('an editor', () => vscode.window.activeTextEditor);
    assert.match(editor.document.getText(editor.selection), /^On 12 November 2019, SCO Secretary-General Vladimir Norov met/);
  });

  it('groups meetings by participant and by organisation', async () => {
    const { views } = await api();
    views.meetings.setGroupBy('participant');
    const byParticipant = views.meetings.getChildren().map((node) => label(views.meetings.getTreeItem(node)));
    assert.ok(byParticipant.includes('Vladimir Norov') && byParticipant.includes('Le Yucheng'), byParticipant.join(', '));
    views.meetings.setGroupBy('organization');
    const byOrganization = views.meetings.getChildren().map((node) => label(views.meetings.getTreeItem(node)));
    assert.ok(byOrganization.includes('SCO') && byOrganization.includes('China'), byOrganization.join(', '));
    views.meetings.setGroupBy('date');
  });

  it('lists officials with mention counts and documents', async () => {
    const { views } = await api();
    const people = views.officials.getChildren();
    const norov = people.find((node) => node.kind === 'person' && node.person.name === 'Vladimir Norov') as Extract<OfficialNode, { kind: 'person' }>;
    assert.ok(norov);
    assert.match(String(views.officials.getTreeItem(norov).description), /^\d+ mentions · 1 document$/);
    const details = views.officials.getChildren(norov).map((node) => label(views.officials.getTreeItem(node)));
    assert.ok(details.includes('SCO Secretary-General'), details.join(' | '));
    assert.ok(details.includes('sco-secretary-general-meets-le-yucheng-2019-11-12.press'), details.join(' | '));
  });

  it('follows a new file in the workspace', async () => {
    const { index, views } = await api();
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'added-2030-01-15.press');
    const text = 'New release\n\nMOSCOW, 15 January 2030 – Foreign Minister of Kazakhstan Aidos Temirbek held talks with Foreign Minister of Russia Pavel Orlov.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await waitFor('the new meeting', () => (index.corpus.meetings().some(({ meeting }) => meeting.date === '2030-01-15') ? true : undefined), 10_000);
      const first = views.meetings.getChildren()[0];
      assert.ok(first && first.kind === 'meeting' && first.meeting.date === '2030-01-15', 'the newest meeting comes first');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor('the removal', () => (index.corpus.meetings().some(({ meeting }) => meeting.date === '2030-01-15') ? undefined : true), 10_000);
  });
});
