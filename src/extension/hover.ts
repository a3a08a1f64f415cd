import * as vscode from 'vscode';
import type { Official } from '../core/model';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';
import { ADD_TO_KNOWLEDGE_BASE_COMMAND, hoverAt, type HoverTarget, REVEAL_COMMAND, SHOW_MENTIONS_COMMAND, type WorkspaceCounts } from './hoverContent';
import { moveOffset, offsetBefore, type TextChange, textChange, touchesChange } from './staleAnalysis';
import type { WorkspaceIndex } from './workspaceIndex';

/** Hover cards on officials, quotes, organisations and countries. */
export function registerHover(cache: AnalysisCache, index: WorkspaceIndex): vscode.Disposable {
  // How the text changed since the last analysis of a large document, per document version.
  const changes = new WeakMap<DocumentAnalysis, { version: number; change: TextChange }>();
  const changeSince = (document: vscode.TextDocument, stale: DocumentAnalysis): TextChange => {
    let entry = changes.get(stale);
    if (!entry || entry.version !== document.version) {
      entry = { version: document.version, change: textChange(stale.text, document.getText()) };
      changes.set(stale, entry);
    }
    return entry.change;
  };

  return vscode.languages.registerHoverProvider(PRESS_RELEASE_SELECTOR, {
    async provideHover(document, position, token) {
      const uri = document.uri.toString();
      const offset = document.offsetAt(position);
      const counts = (official: Official): WorkspaceCounts | undefined => {
        const person = index.corpus.personOf(uri, official.id) ?? index.corpus.persons().find((p) => p.name === official.name);
        if (!person) return undefined;
        return {
          documents: person.appearances.length,
          mentions: person.appearances.reduce((sum, appearance) => sum + appearance.mentionCount, 0),
          notes: person.notes,
        };
      };
      let target: HoverTarget | undefined;
      const stale = cache.peek(document) ? undefined : cache.latest(document);
      if (stale) {
        // A large document analysed again after an edit: away from the edit its last analysis
        // answers at once, with the card's offsets moved past the changed text; at the edit, the
        // card waits for the new analysis.
        const change = changeSince(document, stale);
        const before = offsetBefore(change, offset);
        if (before !== undefined) {
          const found = hoverAt(stale.analysis(), before, uri, counts, (at) => moveOffset(change, at));
          if (!found) return undefined;
          if (!touchesChange(change, found.start, found.end)) target = found;
        }
      }
      if (!target) {
        const analysis = await cache.analysis(document, token);
        if (!analysis) return undefined;
        target = hoverAt(analysis, offset, uri, counts);
      }
      if (!target) return undefined;
      const markdown = new vscode.MarkdownString(target.markdown);
      // Links may run our own commands and nothing else; all document text in the card is escaped.
      markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND, SHOW_MENTIONS_COMMAND, ADD_TO_KNOWLEDGE_BASE_COMMAND] };
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(target.start), document.positionAt(target.end)));
    },
  });
}
