import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';
import { hoverAt, REVEAL_COMMAND } from './hoverContent';

/** Hover cards on officials, quotes, organisations and countries. */
export function registerHover(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(PRESS_RELEASE_SELECTOR, {
    provideHover(document, position) {
      const target = hoverAt(cache.get(document), document.offsetAt(position), document.uri.toString());
      if (!target) return undefined;
      const markdown = new vscode.MarkdownString(target.markdown);
      // Links may run our reveal command and nothing else; all document text in the card is escaped.
      markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(target.start), document.positionAt(target.end)));
    },
  });
}
