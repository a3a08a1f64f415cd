/**
 * Finding passages to tag: the sentence or quote under the cursor, and the passages an auto-code
 * rule selects (a phrase, a regular expression, everything a person said). {@link addTags} then
 * tags them without ever making a second annotation for the same passage.
 */
import type { Analysis } from '../core/model';
import { normalizeForAnalysis } from '../core/text';
import { describeRange } from './anchoring';
import type { Annotation, TextRange } from './model';
import { newAnnotationId } from './sidecar';

/**
 * Words that end with a period without ending the sentence: titles before names, months and
 * the usual short forms of the genre. Compared in lower case.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'no', 'nos', 'jr', 'sr', 'gen', 'lt', 'col', 'capt', 'maj', 'adm', 'sen', 'rep', 'gov',
  'amb', 'hon', 'rev', 'messrs', 'mme', 'mlle', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'art', 'para', 'paras', 'fig', 'vol', 'cf', 'approx', 'dept', 'ref',
]);

/** Marks that end a sentence. */
const TERMINATORS = '.!?…';
/** Closing quotation marks and brackets that belong to the sentence they follow. */
const CLOSERS = '"\'”’»)]}';
/** Opening quotation marks and brackets a sentence may start with. */
const OPENERS = '"\'“‘«([';

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isSpace(ch: string): boolean {
  return ch !== '' && /\s/.test(ch) && !isLineBreak(ch.charCodeAt(0));
}

/** Whether a sentence may start with the character at `at`: a capital, a digit, an opening mark, or a letter of a script without case. */
function startsSentence(text: string, at: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(at) ?? 32);
  return OPENERS.includes(ch) || /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]/u.test(ch);
}

/** Whether the period at `dot` ends a short form rather than the sentence. */
function isAbbreviation(text: string, dot: number, lineStart: number): boolean {
  let from = dot;
  while (from > lineStart && /[\p{L}.]/u.test(text[from - 1] as string)) from--;
  const word = text.slice(from, dot);
  if (word === '') {
    // A list number at the start of a line ("1. On February 27, …").
    let digits = dot;
    while (digits > lineStart && /\d/.test(text[digits - 1] as string)) digits--;
    return digits < dot && text.slice(lineStart, digits).trim() === '';
  }
  // Initials and dotted short forms: "V. Putin", "H.E.", "U.S.", "a.i.", "p.m.".
  if (word.includes('.') || word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentences of `text` between `from` and `to`, which must be line starts/ends. */
function sentencesIn(text: string, from: number, to: number, out: TextRange[]): void {
  let lineStart = from;
  let start = from;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      close(i);
      start = lineStart = i + 1;
      continue;
    }
    if (!TERMINATORS.includes(text[i] as string)) continue;
    let j = i + 1;
    while (j < to && TERMINATORS.includes(text[j] as string)) j++;
    while (j < to && CLOSERS.includes(text[j] as string)) j++;
    if (j < to && !isSpace(text[j] as string) && !isLineBreak(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let next = j;
    while (next < to && isSpace(text[next] as string)) next++;
    // The end of a line closes the sentence anyway.
    if (next >= to || isLineBreak(text.charCodeAt(next))) {
      i = next - 1;
      continue;
    }
    if (startsSentence(text, next) && !(text[i] === '.' && j === i + 1 && isAbbreviation(text, i, lineStart))) {
      close(j);
      start = next;
    }
    i = next - 1;
  }
  close(to);
}

/**
 * Sentences of prose, trimmed of whitespace. A sentence ends at `.`, `!`, `?` or `…` (with any
 * closing quotes or brackets) before a capital, a digit or an opening quote, and at every line
 * break: in press releases each line is a paragraph. A period after a title, a month, an initial
 * or a dotted short form (Mr., Jan., V., H.E., U.S.) does not end one. Linear in the text.
 */
export function sentenceRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  sentencesIn(text, 0, text.length, out);
  return out;
}

/**
 * The passage an analyst means by a cursor at `offset`: the quote around it (marks included),
 * else its sentence (the next one in the spaces between two), else null on a blank line between
 * paragraphs. Only the cursor's line is read, so it is cheap in a long text.
 */
export function passageAt(text: string, analysis: Analysis, offset: number): TextRange | null {
  let quote: TextRange | null = null;
  for (const q of analysis.quotes) {
    if (q.start <= offset && offset <= q.end && (!quote || q.end - q.start < quote.end - quote.start)) quote = { start: q.start, end: q.end };
  }
  if (quote) return quote;
  if (offset < 0 || offset > text.length) return null;
  let lineStart = offset;
  while (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  const sentences: TextRange[] = [];
  sentencesIn(text, lineStart, lineEnd, sentences);
  // In the spaces between two sentences of a line, the one that follows.
  return sentences.find((s) => offset <= s.end) ?? sentences.at(-1) ?? null;
}

/** Characters of a word, for whole-word matching. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isWordAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  // Read a whole code point, from either half of a surrogate pair.
  const start = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start) ?? 32));
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Every occurrence of `needle`, literally (case-insensitive unless asked), without overlaps. With
 * `wholeWord`, only occurrences not inside a longer word. Spaces, apostrophes and hyphens match
 * their typographic forms, as the engine reads them: releases copied from the web are full of
 * non-breaking spaces and curly apostrophes that the analyst cannot see or type.
 */
export function findTextMatches(text: string, needle: string, options: { caseSensitive?: boolean; wholeWord?: boolean } = {}): TextRange[] {
  if (needle === '') return [];
  // The folding keeps every length, so offsets into the folded text are offsets into the text.
  const haystack = normalizeForAnalysis(text);
  // An escaped pattern rather than lower-casing both: lower-casing can change lengths ("İ"), and offsets must stay true.
  const pattern = new RegExp(escapeRegExp(normalizeForAnalysis(needle)), options.caseSensitive ? 'gu' : 'giu');
  const ranges: TextRange[] = [];
  for (let match = pattern.exec(haystack); match; match = pattern.exec(haystack)) {
    const start = match.index;
    const end = start + match[0].length;
    if (options.wholeWord && ((isWordAt(text, start) && isWordAt(text, start - 1)) || (isWordAt(text, end - 1) && isWordAt(text, end)))) {
      pattern.lastIndex = start + 1;
      continue;
    }
    ranges.push({ start, end });
  }
  return ranges;
}

/** The most matches a regular expression may select at once: beyond that it is a mistake, not a rule. */
export const MAX_REGEX_MATCHES = 10_000;

/**
 * Every non-empty match of the regular expression `pattern` (JavaScript syntax, `flags` as for
 * `RegExp`; `g` is implied), at most {@link MAX_REGEX_MATCHES}. Throws an Error with a readable
 * message when the pattern or the flags are invalid.
 */
export function findRegexMatches(text: string, pattern: string, flags = ''): TextRange[] {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags.includes('g') ? flags : `${flags}g`);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid (?:regular expression|flags supplied to RegExp constructor): (?:\/.*\/[a-z]*: )?/, '');
    throw new Error(`invalid regular expression /${pattern}/${flags}: ${reason}`, { cause: error });
  }
  const unicode = regex.unicode || regex.flags.includes('v');
  const ranges: TextRange[] = [];
  for (let match = regex.exec(text); match && ranges.length < MAX_REGEX_MATCHES; match = regex.exec(text)) {
    if (match[0].length === 0) {
      // Step over an empty match, by a whole code point in Unicode mode.
      const code = text.codePointAt(regex.lastIndex);
      regex.lastIndex += unicode && code !== undefined && code > 0xffff ? 2 : 1;
      if (regex.lastIndex > text.length) break;
      continue;
    }
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** Lower case, ASCII apostrophes and single spaces, for comparing names as written. */
function foldName(name: string): string {
  return normalizeForAnalysis(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The quotes (marks included) of a speaker, given as an official's id (`le-yucheng`), the name as
 * the analysis gives it (`Le Yucheng`), or its last word (`Yucheng`); any case.
 */
export function findQuotesBy(analysis: Analysis, nameOrId: string): TextRange[] {
  const query = foldName(nameOrId);
  if (query === '') return [];
  return analysis.quotes
    .filter((quote) => {
      if (quote.speaker !== null && quote.speaker.toLowerCase() === query) return true;
      if (quote.speakerName === null) return false;
      const name = foldName(quote.speakerName);
      return name === query || name.split(' ').at(-1) === query;
    })
    .map((quote) => ({ start: quote.start, end: quote.end }));
}

/**
 * Tags each of `ranges` with `codes`. A passage that already has a (placed) annotation on exactly
 * that range gets the codes it lacks, and its `modified` time, instead of a second annotation; one
 * that has them all is left alone, so running the same auto-code twice changes nothing. A note in
 * `meta` goes on new annotations, and on existing ones that have none.
 * Empty ranges and ranges outside the text are skipped. Throws when `codes` is empty.
 */
export function addTags(
  annotations: Annotation[],
  text: string,
  ranges: TextRange[],
  codes: string[],
  meta: { author: string; now: string; note?: string; newId?: () => string },
): { annotations: Annotation[]; added: Annotation[]; updated: Annotation[] } {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) throw new Error('tagging needs at least one code');
  const note = meta.note ?? '';
  const result = [...annotations];
  const added: Annotation[] = [];
  const updated = new Map<string, Annotation>();
  const byRange = new Map<string, number>();
  result.forEach((annotation, index) => {
    const key = `${annotation.position.start}:${annotation.position.end}`;
    if (!annotation.orphaned && !byRange.has(key)) byRange.set(key, index);
  });

  for (const range of ranges) {
    if (range.start < 0 || range.end > text.length || range.end <= range.start) continue;
    const key = `${range.start}:${range.end}`;
    const index = byRange.get(key);
    if (index === undefined) {
      const annotation: Annotation = {
        id: (meta.newId ?? newAnnotationId)(),
        codes: wanted,
        note,
        author: meta.author,
        created: meta.now,
        modified: meta.now,
        ...describeRange(text, range),
        orphaned: false,
      };
      byRange.set(key, result.length);
      result.push(annotation);
      added.push(annotation);
      continue;
    }
    const existing = result[index] as Annotation;
    const missing = wanted.filter((code) => !existing.codes.includes(code));
    const addNote = note !== '' && existing.note === '';
    if (missing.length === 0 && !addNote) continue;
    const changed: Annotation = { ...existing, codes: [...existing.codes, ...missing], note: addNote ? note : existing.note, modified: meta.now };
    result[index] = changed;
    const addedIndex = added.indexOf(existing);
    if (addedIndex >= 0) added[addedIndex] = changed;
    else updated.set(changed.id, changed);
  }
  return { annotations: result, added, updated: [...updated.values()] };
}
