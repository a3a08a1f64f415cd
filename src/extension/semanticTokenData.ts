/**
 * Semantic tokens as plain data, without `vscode`, so the analysis worker can build them and unit
 * tests can check them in Node. Tokens are kept with absolute positions, five numbers each (line,
 * character, length, type, modifiers), sorted and never overlapping; VS Code's relative encoding
 * is made from them on request, for the whole document or a range of lines.
 */
import type { Analysis } from '../core/model';

export const TOKEN_TYPES = ['official', 'organization', 'country'] as const;
export const TOKEN_MODIFIERS = ['role', 'pronoun', 'speaker'] as const;

const TYPE = { official: 0, organization: 1, country: 2 } as const;
const MODIFIER = { role: 1 << 0, pronoun: 1 << 1, speaker: 1 << 2 } as const;

/** Numbers per token, in both the absolute and the relative encoding. */
const STRIDE = 5;

/** A document's tokens with absolute positions: [line, character, length, type, modifiers] per token. */
export type AbsoluteTokens = Uint32Array;

interface Item {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** What the analysis highlights, as offsets, sorted by start and longest first. */
export function semanticItems(analysis: Analysis): Item[] {
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

/** Offsets where lines start, with VS Code's line breaks: \r\n, \n and \r. */
export function lineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** The line holding `offset`: the last line start at or before it. */
function lineOf(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The length of a line without its line break. */
function lineLength(text: string, starts: Uint32Array, line: number): number {
  const start = starts[line] as number;
  let end = line + 1 < starts.length ? (starts[line + 1] as number) : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end - start;
}

/**
 * The tokens of an analysis of `text`. Overlapping mentions keep the first (the longest at a
 * start), and a mention that wraps is split into one token per line, as VS Code requires.
 */
export function absoluteTokens(analysis: Analysis, text: string): AbsoluteTokens {
  const starts = lineStarts(text);
  const out: number[] = [];
  let lastEnd = -1;
  for (const item of semanticItems(analysis)) {
    if (item.start < lastEnd) continue;
    lastEnd = item.end;
    const startLine = lineOf(starts, item.start);
    const endLine = lineOf(starts, item.end);
    for (let line = startLine; line <= endLine; line++) {
      const from = line === startLine ? item.start - (starts[line] as number) : 0;
      const to = line === endLine ? item.end - (starts[line] as number) : lineLength(text, starts, line);
      if (to > from) out.push(line, from, to - from, item.type, item.modifiers);
    }
  }
  return Uint32Array.from(out);
}

/** One edit, as VS Code reports it: the replaced range (in the text before the edit) and the new text. */
export interface TextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * The tokens after an edit: those before it stay, those after it move with the text, and those the
 * edit touched are dropped (the next analysis decides what they are). Typing at either end of a
 * token leaves the token as it was, on its old characters. Only the tokens on the edited lines are
 * looked at one by one; the others are copied in blocks, moved down or up when lines come or go.
 */
export function shiftTokens(tokens: AbsoluteTokens, edit: TextEdit): AbsoluteTokens {
  const { start, end } = edit.range;
  let newLines = 0;
  let lastBreak = -1;
  for (let i = 0; i < edit.text.length; i++) {
    const c = edit.text.charCodeAt(i);
    if (c === 10 || (c === 13 && edit.text.charCodeAt(i + 1) !== 10)) {
      newLines++;
      lastBreak = i;
    }
  }
  const newEndLine = start.line + newLines;
  const newEndCharacter = newLines === 0 ? start.character + edit.text.length : edit.text.length - lastBreak - 1;
  const lineDelta = newEndLine - end.line;

  const first = firstTokenFrom(tokens, start.line) * STRIDE;
  const after = firstTokenFrom(tokens, end.line + 1) * STRIDE;
  const out = new Uint32Array(tokens.length);
  out.set(tokens.subarray(0, first));
  let n = first;
  for (let i = first; i < after; i += STRIDE) {
    const line = tokens[i] as number;
    const character = tokens[i + 1] as number;
    const length = tokens[i + 2] as number;
    if (line === start.line && character + length <= start.character) {
      out.set(tokens.subarray(i, i + STRIDE), n);
    } else if (line === end.line && character >= end.character) {
      out[n] = newEndLine;
      out[n + 1] = character - end.character + newEndCharacter;
      out[n + 2] = length;
      out[n + 3] = tokens[i + 3] as number;
      out[n + 4] = tokens[i + 4] as number;
    } else {
      continue;
    }
    n += STRIDE;
  }
  out.set(tokens.subarray(after), n);
  if (lineDelta !== 0) for (let i = n; i < n + tokens.length - after; i += STRIDE) out[i] = (out[i] as number) + lineDelta;
  n += tokens.length - after;
  return n === out.length ? out : out.slice(0, n);
}

/** The first token on or after `line`. */
function firstTokenFrom(tokens: AbsoluteTokens, line: number): number {
  let lo = 0;
  let hi = tokens.length / STRIDE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid * STRIDE] as number) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * VS Code's encoding (each token relative to the one before) of the tokens on lines `fromLine`
 * to `toLine`, both included; the whole document by default.
 */
export function encodeTokens(tokens: AbsoluteTokens, fromLine = 0, toLine = Number.MAX_SAFE_INTEGER): Uint32Array {
  const first = fromLine <= 0 ? 0 : firstTokenFrom(tokens, fromLine);
  let last = toLine === Number.MAX_SAFE_INTEGER ? tokens.length / STRIDE : firstTokenFrom(tokens, toLine + 1);
  if (last < first) last = first;
  const out = new Uint32Array((last - first) * STRIDE);
  let previousLine = 0;
  let previousCharacter = 0;
  for (let k = first, o = 0; k < last; k++, o += STRIDE) {
    const i = k * STRIDE;
    const line = tokens[i] as number;
    const character = tokens[i + 1] as number;
    out[o] = line - previousLine;
    out[o + 1] = line === previousLine ? character - previousCharacter : character;
    out[o + 2] = tokens[i + 2] as number;
    out[o + 3] = tokens[i + 3] as number;
    out[o + 4] = tokens[i + 4] as number;
    previousLine = line;
    previousCharacter = character;
  }
  return out;
}
