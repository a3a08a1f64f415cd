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

/** Where an offset of the analysis is in the document now (the analysis may be of an earlier version). */
export type OffsetMap = (offset: number) => number;

const same: OffsetMap = (offset) => offset;

function officialCard(analysis: Analysis, official: Official, uri: string, workspace: WorkspaceCounts | undefined, at: OffsetMap): string {
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
  if (first) lines.push(`${commandLink('Show all mentions', SHOW_MENTIONS_COMMAND, [uri, at(first.start)])} · ${commandLink('Add to knowledge base', ADD_TO_KNOWLEDGE_BASE_COMMAND, [uri, at(first.start)])}`);

  const quotes = analysis.quotes.filter((quote) => quote.speaker === official.id);
  if (quotes.length > 0) {
    const block = [`**Quotes** (${quotes.length})`];
    paragraphs.push(block);
    for (const quote of quotes.slice(0, 5)) block.push(`- ${commandLink(`“${excerpt(quote.text, 70)}”`, REVEAL_COMMAND, [uri, at(quote.start), at(quote.end)])}`);
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
      block.push(`- ${commandLink(label, REVEAL_COMMAND, [uri, at(meeting.start), at(meeting.end)])}${meeting.reported ? ' _(reported)_' : ''}`);
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
 * card also says who is speaking. `at` moves the offsets the card gives (its range, its links)
 * when the analysis is of an earlier version of the text than the one shown.
 */
export function hoverAt(analysis: Analysis, offset: number, uri: string, workspace?: (official: Official) => WorkspaceCounts | undefined, at: OffsetMap = same): HoverTarget | undefined {
  const target = entityAt(analysis, offset, uri, workspace, at);
  const quote = analysis.quotes.find((q) => offset >= q.start && offset < q.end);
  if (target && quote) return { ...target, markdown: `${target.markdown}\n\n---\n\n${quoteCard(quote)}` };
  if (target) return target;
  if (quote) return { markdown: quoteCard(quote), start: at(quote.start), end: at(quote.end) };
  return undefined;
}

/** Every span the hover can show, sorted by start, built once per analysis. */
interface SpanIndex {
  starts: Int32Array;
  ends: Int32Array;
  /** 0 official, 1 organisation, 2 country. */
  kinds: Uint8Array;
  /** Index into the analysis list of that kind, and of the mention inside it. */
  refs: Int32Array;
  mentions: Int32Array;
}

const spanIndexes = new WeakMap<Analysis, SpanIndex>();

function spanIndex(analysis: Analysis): SpanIndex {
  let index = spanIndexes.get(analysis);
  if (index) return index;
  const entries: Array<[number, number, number, number, number]> = [];
  analysis.officials.forEach((official, ref) => official.mentions.forEach((m, i) => entries.push([m.start, m.end, 0, ref, i])));
  analysis.organizations.forEach((org, ref) => org.mentions.forEach((m, i) => entries.push([m.start, m.end, 1, ref, i])));
  analysis.countries.forEach((country, ref) => country.mentions.forEach((m, i) => entries.push([m.start, m.end, 2, ref, i])));
  entries.sort((a, b) => a[0] - b[0]);
  index = {
    starts: Int32Array.from(entries, (e) => e[0]),
    ends: Int32Array.from(entries, (e) => e[1]),
    kinds: Uint8Array.from(entries, (e) => e[2]),
    refs: Int32Array.from(entries, (e) => e[3]),
    mentions: Int32Array.from(entries, (e) => e[4]),
  };
  spanIndexes.set(analysis, index);
  return index;
}

/** The span covering `offset`: binary search for the last start at or before it. */
function spanAt(index: SpanIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((index.starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  // Spans do not nest in practice; look back a little in case one does.
  for (let k = found; k >= 0 && k > found - 4; k--) if (offset < (index.ends[k] as number)) return k;
  return -1;
}

function entityAt(analysis: Analysis, offset: number, uri: string, workspace: ((official: Official) => WorkspaceCounts | undefined) | undefined, at: OffsetMap): HoverTarget | undefined {
  const index = spanIndex(analysis);
  const k = spanAt(index, offset);
  if (k < 0) return undefined;
  const ref = index.refs[k] as number;
  const kind = index.kinds[k];
  if (kind === 0) {
    const official = analysis.officials[ref] as Official;
    const mention = official.mentions[index.mentions[k] as number]!;
    const how = mention.kind === 'name' ? '' : `  \n_“${escapeMarkdown(mention.text)}” refers to ${escapeMarkdown(official.name)}: ${escapeMarkdown(mention.evidence)}_`;
    return { markdown: officialCard(analysis, official, uri, workspace?.(official), at) + how, start: at(mention.start), end: at(mention.end) };
  }
  if (kind === 1) {
    const org = analysis.organizations[ref]!;
    const mention = org.mentions[index.mentions[k] as number]!;
    const lines = [`**${escapeMarkdown(org.name)}**`];
    if (org.acronym) lines.push(`Acronym: ${escapeMarkdown(org.acronym)}`);
    lines.push(`${org.mentions.length} mention${org.mentions.length === 1 ? '' : 's'} in this document`);
    return { markdown: lines.join('  \n'), start: at(mention.start), end: at(mention.end) };
  }
  const country = analysis.countries[ref]!;
  const mention = country.mentions[index.mentions[k] as number]!;
  const lines = [`**${escapeMarkdown(country.name)}**`, `${country.mentions.length} mention${country.mentions.length === 1 ? '' : 's'} in this document`];
  return { markdown: lines.join('  \n'), start: at(mention.start), end: at(mention.end) };
}
