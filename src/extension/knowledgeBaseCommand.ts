import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { CommandId, LANGUAGE_ID } from './ids';
import type { KnowledgeBaseStore } from './knowledgeBase';

/** "Readout: Add to Knowledge Base": for the official at the cursor, or at the offset a hover link gives. */
export function registerKnowledgeBaseCommand(cache: AnalysisCache, store: KnowledgeBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.AddToKnowledgeBase, async (uri?: unknown, offset?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    const document = typeof uri === 'string' ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)) : editor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage('Readout: open a press release and put the cursor on an official.');
      return;
    }
    const at = typeof offset === 'number' ? offset : document.offsetAt(editor?.selection.active ?? new vscode.Position(0, 0));
    const official = (await cache.analysis(document))?.officials.find((o) => o.mentions.some((m) => at >= m.start && at < m.end));
    if (!official) {
      void vscode.window.showInformationMessage('Readout: put the cursor on an official to add them to the knowledge base.');
      return;
    }
    await store.addOrOpen(official);
  });
}
