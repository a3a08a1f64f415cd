import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';
import { ADD_TO_KNOWLEDGE_BASE_COMMAND, hoverAt, REVEAL_COMMAND, SHOW_MENTIONS_COMMAND } from './hoverContent';
import type { WorkspaceIndex } from './workspaceIndex';

/** Hover cards on officials, quotes, organisations and countries. */
export function registerHover(cache: AnalysisCache, index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider(PRESS_RELEASE_SELECTOR, {
    async provideHover(document, position, token) {
      const analysis = await cache.analysis(document, token);
      if (!analysis) return undefined;
      const uri = document.uri.toString();
      const target = hoverAt(analysis, document.offsetAt(position), uri, (official) => {
        const person = index.corpus.personOf(uri, official.id) ?? index.corpus.persons().find((p) => p.name === official.name);
        if (!person) return undefined;
        return {
          documents: person.appearances.length,
          mentions: person.appearances.reduce((sum, appearance) => sum + appearance.mentionCount, 0),
          notes: person.notes,
        };
      });
      if (!target) return undefined;
      const markdown = new vscode.MarkdownString(target.markdown);
      // Links may run our own commands and nothing else; all document text in the card is escaped.
      markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND, SHOW_MENTIONS_COMMAND, ADD_TO_KNOWLEDGE_BASE_COMMAND] };
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(target.start), document.positionAt(target.end)));
    },
  });
}
