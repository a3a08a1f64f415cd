import * as vscode from 'vscode';
import type { Official } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';
import { CommandId } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

/** The official mentioned at a position, if any (undefined too when the document changed or the request was cancelled). */
async function officialAt(cache: AnalysisCache, document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<Official | undefined> {
  const analysis = await cache.analysis(document, token);
  const offset = document.offsetAt(position);
  return analysis?.officials.find((official) => official.mentions.some((m) => offset >= m.start && offset < m.end));
}

async function locationsOf(index: WorkspaceIndex, document: vscode.TextDocument, official: Official): Promise<vscode.Location[]> {
  const locations: vscode.Location[] = [];
  const here = document.uri.toString();
  // This document from the editor (it may have unsaved edits), the others from the index.
  for (const mention of official.mentions) locations.push(new vscode.Location(document.uri, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end))));
  const person = index.corpus.personOf(here, official.id) ?? index.corpus.persons().find((p) => p.name === official.name);
  if (!person) return locations;
  for (const { uri, start, end } of index.corpus.mentionsOf(person.key)) {
    if (uri === here) continue;
    const other = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    locations.push(new vscode.Location(other.uri, new vscode.Range(other.positionAt(start), other.positionAt(end))));
  }
  return locations;
}

/**
 * Go to Definition (the official's first mention in the document), Find All References (every
 * mention across the workspace), and "Readout: Show Mentions", which opens the references peek.
 */
export function registerNavigation(cache: AnalysisCache, index: WorkspaceIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(PRESS_RELEASE_SELECTOR, {
      async provideDefinition(document, position, token) {
        const official = await officialAt(cache, document, position, token);
        const first = official?.mentions[0];
        if (!first) return undefined;
        return new vscode.Location(document.uri, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
      },
    }),
    vscode.languages.registerReferenceProvider(PRESS_RELEASE_SELECTOR, {
      async provideReferences(document, position, _context, token) {
        const official = await officialAt(cache, document, position, token);
        return official ? locationsOf(index, document, official) : undefined;
      },
    }),
    vscode.commands.registerCommand(CommandId.ShowMentions, async (uri?: unknown, offset?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const document = typeof uri === 'string' ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)) : editor?.document;
      if (!document) return;
      const position = typeof offset === 'number' ? document.positionAt(offset) : (editor?.selection.active ?? new vscode.Position(0, 0));
      const official = await officialAt(cache, document, position);
      if (!official) {
        void vscode.window.showInformationMessage('Readout: put the cursor on an official to show their mentions.');
        return;
      }
      const locations = await locationsOf(index, document, official);
      await vscode.commands.executeCommand('editor.action.showReferences', document.uri, position, locations);
    }),
  );
}
