import * as vscode from 'vscode';
import { CommandId } from './ids';
import { MeetingsTree, type GroupBy } from './meetingsView';
import { OfficialsTree } from './officialsView';
import type { WorkspaceIndex } from './workspaceIndex';

const GROUP_BY_KEY = 'readout.meetings.groupBy';

/** The Readout activity-bar views and their commands. */
export function registerViews(context: vscode.ExtensionContext, index: WorkspaceIndex): { meetings: MeetingsTree; officials: OfficialsTree; disposable: vscode.Disposable } {
  const meetings = new MeetingsTree(index, context.workspaceState.get<GroupBy>(GROUP_BY_KEY, 'date'));
  const officials = new OfficialsTree(index);
  void vscode.commands.executeCommand('setContext', 'readout.meetingsGroupBy', meetings.grouping);
  const group = (groupBy: GroupBy) => () => {
    meetings.setGroupBy(groupBy);
    void context.workspaceState.update(GROUP_BY_KEY, groupBy);
  };
  const disposable = vscode.Disposable.from(
    meetings,
    officials,
    vscode.window.createTreeView('readout.meetings', { treeDataProvider: meetings, showCollapseAll: true }),
    vscode.window.createTreeView('readout.officials', { treeDataProvider: officials, showCollapseAll: true }),
    vscode.commands.registerCommand(CommandId.MeetingsByDate, group('date')),
    vscode.commands.registerCommand(CommandId.MeetingsByParticipant, group('participant')),
    vscode.commands.registerCommand(CommandId.MeetingsByOrganization, group('organization')),
  );
  return { meetings, officials, disposable };
}
