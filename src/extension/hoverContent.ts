/**
 * What a hover card says, as Markdown, for the thing at an offset: an official, a quote, an
 * organisation or a country. Plain TypeScript without `vscode`, so it is unit-tested in Node.
 */
import type { Analysis, Official, Quote } from '../core/model';
import { commandLink, escapeMarkdown, excerpt } from './markdown';

export const REVEAL_COMMAND = '_readout.revealRange';
export const SHOW_MENTIONS_COMMAND = 'readout.showMentions';
export const ADD_TO_KNOWLEDGE_BASE_COMMAND = 'readout.addToKnowledgeBase';

export interface HoverTarget {
  markdown: string;
  start: number;
  end: number;
}

/** Where the hover shows up in the workspace, when the index knows. */
export interface WorkspaceCounts {
  documents: number;
  mentions: number;
  notes: string | null;
}

function dateLabel(date: string | null): string {
  return date ?? 'undated';
}

function officialCard(analysis: Analysis, official: Official, uri: string, workspace: WorkspaceCounts | undefined): string {
  const paragraphs: string[][] = [];
  const lines: string[] = [];
  paragraphs.push(lines);
  lines.push(`**${escapeMarkdown(official.name)}**`);
  if (official.titles.length > 0) lines.push(official.titles.map((title) => `_${escapeMarkdown(title)}_`).join(' · '));
  if (official.affiliation) lines.push(`Affiliation: ${escapeMarkdown(official.affiliation)}`);
  const counts = [`${official.mentions.length} mention${official.mentions.length === 1 ? '' : 's'} in this document`];
  if (workspace) counts.push(`${workspace.mentions} in ${workspace.documents} document${workspace.documents === 1 ? '' : 's'} of the workspace`);
  lines.push(counts.join(', '));
  if (workspace?.notes) lines.push(`Notes: ${escapeMarkdown(workspace.notes)}`);
  const first = official.mentions[0];
  if (first) lines.push(`${commandLink('Show all mentions', SHOW_MENTIONS_COMMAND, [uri, first.start])} · ${commandLink('Add to knowledge base', ADD_TO_KNOWLEDGE_BASE_COMMAND, [uri, first.start])}`);

  const quotes = analysis.quotes.filter((quote) => quote.speaker === official.id);
  if (quotes.length > 0) {
    const block = [`**Quotes** (${quotes.length})`];
    paragraphs.push(block);
    for (const quote of quotes.slice(0, 5)) block.push(`- ${commandLink(`“${excerpt(quote.text, 70)}”`, REVEAL_COMMAND, [uri, quote.start, quote.end])}`);
  }
  const meetings = analysis.meetings.filter((meeting) => meeting.participants.includes(official.id));
  if (meetings.length > 0) {
    const block = [`**Meetings** (${meetings.length})`];
    paragraphs.push(block);
    for (const meeting of meetings.slice(0, 5)) {
      const others = meeting.participants
        .filter((id) => id !== official.id)
        .map((id) => analysis.officials.find((o) => o.id === id)?.name ?? id);
      const label = [dateLabel(meeting.date), meeting.kind, others.length > 0 ? `with ${others.join(', ')}` : '', meeting.place ? `at ${meeting.place}` : '']
        .filter(Boolean)
        .join(' ');
      block.push(`- ${commandLink(label, REVEAL_COMMAND, [uri, meeting.start, meeting.end])}${meeting.reported ? ' _(reported)_' : ''}`);
    }
  }
  // Lines of a paragraph end in a hard break; list items stand on their own lines.
  return paragraphs.map((block) => block.join('  \n')).join('\n\n');
}

function quoteCard(quote: Quote): string {
  const lines: string[] = [];
  lines.push(quote.speakerName ? `**Quote** by **${escapeMarkdown(quote.speakerName)}**` : '**Quote**, speaker unknown');
  if (quote.cue) lines.push(`Cue: “${escapeMarkdown(quote.cue.verb)}”`);
  lines.push(`Why: ${escapeMarkdown(quote.evidence)}`);
  return lines.join('  \n');
}

/**
 * The card for whatever the analysis found at `offset`, or undefined. Inside a quote, a name's
 * card also says who is speaking.
 */
export function hoverAt(analysis: Analysis, offset: number, uri: string, workspace?: (official: Official) => WorkspaceCounts | undefined): HoverTarget | undefined {
  const target = entityAt(analysis, offset, uri, workspace);
  const quote = analysis.quotes.find((q) => offset >= q.start && offset < q.end);
  if (target && quote) return { ...target, markdown: `${target.markdown}\n\n---\n\n${quoteCard(quote)}` };
  if (target) return target;
  if (quote) return { markdown: quoteCard(quote), start: quote.start, end: quote.end };
  return undefined;
}

function entityAt(analysis: Analysis, offset: number, uri: string, workspace?: (official: Official) => WorkspaceCounts | undefined): HoverTarget | undefined {
  for (const official of analysis.officials) {
    for (const mention of official.mentions) {
      if (offset >= mention.start && offset < mention.end) {
        const how = mention.kind === 'name' ? '' : `  \n_“${escapeMarkdown(mention.text)}” refers to ${escapeMarkdown(official.name)}: ${escapeMarkdown(mention.evidence)}_`;
        return { markdown: officialCard(analysis, official, uri, workspace?.(official)) + how, start: mention.start, end: mention.end };
      }
    }
  }
  for (const org of analysis.organizations) {
    for (const mention of org.mentions) {
      if (offset >= mention.start && offset < mention.end) {
        const lines = [`**${escapeMarkdown(org.name)}**`];
        if (org.acronym) lines.push(`Acronym: ${escapeMarkdown(org.acronym)}`);
        lines.push(`${org.mentions.length} mention${org.mentions.length === 1 ? '' : 's'} in this document`);
        return { markdown: lines.join('  \n'), start: mention.start, end: mention.end };
      }
    }
  }
  for (const country of analysis.countries) {
    for (const mention of country.mentions) {
      if (offset >= mention.start && offset < mention.end) {
        const lines = [`**${escapeMarkdown(country.name)}**`, `${country.mentions.length} mention${country.mentions.length === 1 ? '' : 's'} in this document`];
        return { markdown: lines.join('  \n'), start: mention.start, end: mention.end };
      }
    }
  }
  return undefined;
}
