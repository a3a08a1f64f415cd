import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';

/**
 * Semantic highlighting for what a grammar cannot know: officials named without a title, role
 * references and pronouns that refer to an official, speakers of quotes, organisations and
 * countries. Types and modifiers are contributed in package.json with TextMate scope fallbacks.
 */
export const LEGEND = new vscode.SemanticTokensLegend(['official', 'organization', 'country'], ['role', 'pronoun', 'speaker']);

const TYPE = { official: 0, organization: 1, country: 2 } as const;
const MODIFIER = { role: 1 << 0, pronoun: 1 << 1, speaker: 1 << 2 } as const;

interface Item {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

export function semanticItems(analysis: ReturnType<AnalysisCache['get']>): Item[] {
  const items: Item[] = [];
  const speakers = new Set(analysis.quotes.map((quote) => quote.speaker).filter((id): id is string => id !== null));
  for (const official of analysis.officials) {
    const speaker = speakers.has(official.id) ? MODIFIER.speaker : 0;
    for (const mention of official.mentions) {
      const kind = mention.kind === 'role' ? MODIFIER.role : mention.kind === 'pronoun' ? MODIFIER.pronoun : 0;
      items.push({ start: mention.start, end: mention.end, type: TYPE.official, modifiers: kind | speaker });
    }
  }
  for (const org of analysis.organizations) for (const m of org.mentions) items.push({ start: m.start, end: m.end, type: TYPE.organization, modifiers: 0 });
  for (const country of analysis.countries) for (const m of country.mentions) items.push({ start: m.start, end: m.end, type: TYPE.country, modifiers: 0 });
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return items;
}

export function registerSemanticTokens(cache: AnalysisCache, enabled: () => boolean, refresh: vscode.Event<void>): vscode.Disposable {
  // The tokens of the last analysis each document had: asked again for the same version, the
  // editor gets them without any work.
  const built = new WeakMap<ReturnType<AnalysisCache['get']>, vscode.SemanticTokens>();
  return vscode.languages.registerDocumentSemanticTokensProvider(
    PRESS_RELEASE_SELECTOR,
    {
      onDidChangeSemanticTokens: refresh,
      provideDocumentSemanticTokens(document) {
        const builder = new vscode.SemanticTokensBuilder(LEGEND);
        if (!enabled()) return builder.build();
        const analysis = cache.get(document);
        const previous = built.get(analysis);
        if (previous) return previous;
        let lastEnd = -1;
        for (const item of semanticItems(analysis)) {
          if (item.start < lastEnd) continue; // tokens may not overlap
          lastEnd = item.end;
          // A token lives on one line: split mentions that wrap.
          const startPos = document.positionAt(item.start);
          const endPos = document.positionAt(item.end);
          for (let line = startPos.line; line <= endPos.line; line++) {
            const from = line === startPos.line ? startPos.character : 0;
            const to = line === endPos.line ? endPos.character : document.lineAt(line).text.length;
            if (to > from) builder.push(line, from, to - from, item.type, item.modifiers);
          }
        }
        const tokens = builder.build();
        built.set(analysis, tokens);
        return tokens;
      },
    },
    LEGEND,
  );
}
