/**
 * Keeping tags on their passages. Two situations:
 *
 * - Live edits in the editor: {@link applyEdits} moves each passage with the changes, the way the
 *   editor moves a decoration that never grows when typing at its edges.
 * - A text changed elsewhere (another tool, git, an external editor): {@link reanchorAll} finds
 *   each passage again from its W3C selectors, the approach of Hypothesis: the stored position if
 *   the text there is still the quote, else the quote itself judged by its context and nearness,
 *   else an approximate match of the quote. A passage that cannot be found is marked orphaned and
 *   keeps its selectors, so nothing the analyst wrote is lost.
 *
 * Offsets are UTF-16 code units, as everywhere in the model.
 */
import search from 'approx-string-match';
import type { Annotation, TextEdit, TextPositionSelector, TextQuoteSelector, TextRange } from './model';

/** Characters of context kept either side of a passage in its quote selector. */
export const QUOTE_CONTEXT = 32;

/** The least similarity (1 − edit distance / quote length) at which a changed passage still counts as found. */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** The selectors that describe `range` of `text`. Context never cuts a surrogate pair in half. */
export function describeRange(text: string, range: TextRange): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const start = clamp(range.start, 0, text.length);
  const end = clamp(range.end, start, text.length);
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd)) && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** How much each part counts when candidates are compared; the quote itself matters most. */
const WEIGHT = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 };

/** Exact occurrences whose context is scored in full; the rest are ranked by cheap context agreement only. */
const EXACT_CANDIDATES = 24;
/** Approximate matches scored, nearest to the old position first. */
const FUZZY_CANDIDATES = 64;
/**
 * The farthest a changed passage is looked for from its old position. Approximate search costs
 * about 0.1 s per megabyte, so a large text is searched near the passage only; an exact quote is
 * found anywhere.
 */
const FAR_WINDOW = 65_536;
/** Quotes shorter than this are too common to place approximately on their own: context must agree too. */
const SHORT_QUOTE = 20;

interface Candidate {
  start: number;
  end: number;
  score: number;
}

/**
 * Where the passage of `annotation` is in `text` now, or null when it is gone (or nothing is
 * similar enough: less than {@link MIN_QUOTE_SIMILARITY}).
 */
export function anchor(text: string, annotation: Pick<Annotation, 'quote' | 'position'>): TextRange | null {
  const { quote, position } = annotation;
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const hint = clamp(position.start, 0, text.length);
  // Unchanged text: the passage is where it was.
  if (position.end - position.start === exact.length && text.startsWith(exact, position.start)) {
    return { start: position.start, end: position.end };
  }

  const exactBest = bestExactOccurrence(text, quote, hint);
  if (exactBest?.perfect) return { start: exactBest.start, end: exactBest.end };

  // The quote may have changed a little: look near the old position first, then farther.
  const near = Math.max(4 * exact.length, 2048);
  let fuzzyBest = bestApproximateMatch(text, quote, hint, hint - near, hint + exact.length + near);
  if (!fuzzyBest && !exactBest && text.length > 2 * near + exact.length) {
    fuzzyBest = bestApproximateMatch(text, quote, hint, hint - FAR_WINDOW, hint + exact.length + FAR_WINDOW);
  }
  const best = !fuzzyBest || (exactBest && exactBest.score >= fuzzyBest.score) ? exactBest : fuzzyBest;
  return best ? { start: best.start, end: best.end } : null;
}

/**
 * The best exact occurrence of the quote. One whose context agrees in full is taken at once
 * (the nearest such); otherwise the few with the most context agreement are scored properly.
 */
function bestExactOccurrence(text: string, quote: TextQuoteSelector, hint: number): (Candidate & { perfect: boolean }) | null {
  const { exact, prefix, suffix } = quote;
  const ranked: Array<{ start: number; agreement: number; distance: number }> = [];
  let perfect: { start: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const before = commonSuffixLength(text, at, prefix);
    const after = commonPrefixLength(text, at + exact.length, suffix);
    const distance = Math.abs(at - hint);
    if (before === prefix.length && after === suffix.length) {
      if (!perfect || distance < perfect.distance) perfect = { start: at, distance };
      // Occurrences only get farther from here on.
      if (at > hint) break;
      continue;
    }
    ranked.push({ start: at, agreement: before + after, distance });
  }
  if (perfect) {
    const start = perfect.start;
    return { start, end: start + exact.length, score: 1, perfect: true };
  }
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => b.agreement - a.agreement || a.distance - b.distance);
  let best: Candidate | null = null;
  for (const { start } of ranked.slice(0, EXACT_CANDIDATES)) {
    const score = scoreCandidate(text, quote, hint, start, start + exact.length, 1);
    if (!best || score > best.score) best = { start, end: start + exact.length, score };
  }
  return best && { ...best, perfect: false };
}

/** The best approximate match of the quote within `from..to`, or null when none is close enough. */
function bestApproximateMatch(text: string, quote: TextQuoteSelector, hint: number, from: number, to: number): Candidate | null {
  const { exact } = quote;
  const windowStart = clamp(from, 0, text.length);
  const windowEnd = clamp(to, windowStart, text.length);
  const maxErrors = Math.min(256, Math.round(exact.length / 4));
  if (windowEnd - windowStart < exact.length - maxErrors) return null;
  const matches = search(text.slice(windowStart, windowEnd), exact, maxErrors)
    .map((match) => ({ start: match.start + windowStart, end: match.end + windowStart, errors: match.errors }))
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, FUZZY_CANDIDATES);
  let best: Candidate | null = null;
  for (const match of matches) {
    const similarity = 1 - match.errors / exact.length;
    if (similarity < MIN_QUOTE_SIMILARITY || match.end <= match.start) continue;
    const { start, end } = widenToCodePoints(text, match.start, match.end);
    if (exact.length < SHORT_QUOTE) {
      const context = (similarityOf(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix) + similarityOf(text.slice(end, end + quote.suffix.length), quote.suffix)) / 2;
      if (context < 0.5) continue;
    }
    const score = scoreCandidate(text, quote, hint, start, end, similarity);
    if (!best || score > best.score) best = { start, end, score };
  }
  return best;
}

/** Weighted agreement of a candidate with the selectors: the quote, each side's context and nearness. */
function scoreCandidate(text: string, quote: TextQuoteSelector, hint: number, start: number, end: number, quoteSimilarity: number): number {
  const prefix = similarityOf(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffix = similarityOf(text.slice(end, end + quote.suffix.length), quote.suffix);
  const nearness = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return WEIGHT.quote * quoteSimilarity + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * nearness;
}

/** 1 − edit distance / the longer length; 1 for two empty strings. */
export function similarityOf(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * Levenshtein distance in UTF-16 code units. The common start and end are skipped first: the
 * strings compared here are mostly alike, so what is left for the two-row table is small.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let from = 0;
  while (from < a.length && from < b.length && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > from && bEnd > from && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  const n = aEnd - from;
  const m = bEnd - from;
  if (n === 0) return m;
  if (m === 0) return n;
  let previous = new Uint32Array(m + 1);
  let current = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    const ca = a.charCodeAt(from + i - 1);
    for (let j = 1; j <= m; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(from + j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

/** How many characters before `at` agree with the end of `prefix`. */
function commonSuffixLength(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

/** How many characters from `at` agree with the start of `suffix`. */
function commonPrefixLength(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/** Moves range ends that fall inside a surrogate pair outwards, so an emoji is never cut in half. */
function widenToCodePoints(text: string, start: number, end: number): TextRange {
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

/**
 * Every annotation placed again on `text`: found ones get fresh selectors and `orphaned: false`,
 * the others keep their selectors and get `orphaned: true`. Orphans are tried again too, so a
 * passage that comes back (an undone deletion, a reverted file) is found. None is dropped, and
 * `modified` is not touched: this is bookkeeping, not the analyst's change.
 */
export function reanchorAll(text: string, annotations: Annotation[]): Annotation[] {
  return annotations.map((annotation) => {
    const range = anchor(text, annotation);
    if (!range) return { ...annotation, orphaned: true };
    return { ...annotation, ...describeRange(text, range), orphaned: false };
  });
}

/**
 * Moves passages along with edits made in the editor. `edits` apply in order, each to the text the
 * previous ones left (the order VS Code reports `contentChanges` in); `newText` is the result.
 *
 * - An edit before a passage shifts it; one inside grows or shrinks it.
 * - Text inserted exactly at either edge stays outside, as does text that replaces a part of the
 *   passage at its edge: a passage is always the span from its first to its last surviving character.
 * - An edit across one edge clips the passage to what survives.
 * - An edit that removes or replaces the whole passage orphans it; its selectors keep the last text.
 *
 * Orphans are left as they are. Annotations the edits do not touch are returned as the same objects.
 */
export function applyEdits(annotations: Annotation[], edits: TextEdit[], newText: string): Annotation[] {
  return annotations.map((annotation) => {
    if (annotation.orphaned) return annotation;
    let start = annotation.position.start;
    let end = annotation.position.end;
    for (const edit of edits) {
      const removedEnd = Math.max(edit.start, edit.end);
      const delta = edit.text.length - (removedEnd - edit.start);
      if (removedEnd <= start) {
        start += delta;
        end += delta;
      } else if (edit.start >= end) {
        continue;
      } else if (edit.start <= start && removedEnd >= end) {
        return { ...annotation, orphaned: true };
      } else {
        const nextStart = edit.start <= start ? edit.start + edit.text.length : start;
        end = removedEnd >= end ? edit.start : end + delta;
        start = nextStart;
      }
    }
    const { quote, position } = describeRange(newText, { start, end });
    if (sameSelectors(annotation, quote, position)) return annotation;
    return { ...annotation, quote, position };
  });
}

function sameSelectors(annotation: Annotation, quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  const old = annotation.quote;
  return (
    annotation.position.start === position.start &&
    annotation.position.end === position.end &&
    old.exact === quote.exact &&
    old.prefix === quote.prefix &&
    old.suffix === quote.suffix
  );
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
