import * as vscode from 'vscode';
import type { Meeting } from '../core/model';
import type { AnalysisCache } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';
import { excerpt } from './markdown';

/** Outline and breadcrumbs: the release's meetings, officials and quotes. */
export function registerDocumentSymbols(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    PRESS_RELEASE_SELECTOR,
    {
      async provideDocumentSymbols(document, token) {
        const analysis = await cache.analysis(document, token);
        if (!analysis) return undefined;
        const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
        const names = new Map(analysis.officials.map((official) => [official.id, official.name]));
        const group = (name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
          if (children.length === 0) return undefined;
          const first = children[0] as vscode.DocumentSymbol;
          const last = children[children.length - 1] as vscode.DocumentSymbol;
          const symbol = new vscode.DocumentSymbol(name, `${children.length}`, kind, new vscode.Range(first.range.start, last.range.end), first.selectionRange);
          symbol.children = children;
          return symbol;
        };
        const meetingSymbol = (meeting: Meeting) => {
          const who = [...meeting.participants.map((id) => names.get(id) ?? id), ...(meeting.participants.length === 0 ? meeting.bodies : [])].join(', ');
          const r = range(meeting.start, meeting.end);
          return new vscode.DocumentSymbol(`${meeting.date ?? 'undated'} ${meeting.kind}`, [who, meeting.place].filter(Boolean).join(' · '), vscode.SymbolKind.Event, r, r);
        };
        const meetings = analysis.meetings.map(meetingSymbol);
        const events = analysis.events.map(meetingSymbol);
        const officials = analysis.officials
          .filter((official) => official.mentions.length > 0)
          .map((official) => {
            const first = official.mentions[0]!;
            const last = official.mentions[official.mentions.length - 1]!;
            return new vscode.DocumentSymbol(official.name, official.titles[0] ?? '', vscode.SymbolKind.Constructor, range(first.start, last.end), range(first.start, first.end));
          });
        const quotes = analysis.quotes.map((quote) => {
          const r = range(quote.start, quote.end);
          return new vscode.DocumentSymbol(`“${excerpt(quote.text, 40)}”`, quote.speakerName ?? 'speaker unknown', vscode.SymbolKind.String, r, r);
        });
        return [
          group('Meetings', vscode.SymbolKind.Namespace, meetings),
          group('Officials', vscode.SymbolKind.Namespace, officials),
          group('Quotes', vscode.SymbolKind.Namespace, quotes),
          group('Events', vscode.SymbolKind.Namespace, events),
        ].filter(
          (symbol): symbol is vscode.DocumentSymbol => symbol !== undefined,
        );
      },
    },
    { label: 'Readout' },
  );
}
