/**
 * What the analysis passes share: the text, its tokens and sentences, and which tokens earlier
 * passes have claimed (an organisation, a country, a title, a person's name).
 */
import { memoizeString } from './memo';
import { isSpaceCode } from './text';
import { tokenizeForAnalysis, TokenType, type Token } from './tokens';
import { classifyForm } from './wordClass';

export const enum Claim {
  None = 0,
  Organization = 1,
  Country = 2,
  Place = 3,
  Title = 4,
  Name = 5,
  Honorific = 6,
  Date = 7,
}

/** The smallest claim buffer made, so that it can serve the next few documents. */
const MIN_BUFFER_BYTES = 1 << 14;
/** Claim buffers up to this size are kept for the next context (see release); larger ones are left to the collector. */
const MAX_SPARE_BYTES = 1 << 20;
/** A claim buffer given back by a context that is done, for the next one. */
let spareBuffer: ArrayBuffer | undefined;

export class AnalysisContext {
  readonly normalized: string;
  readonly tokens: Token[];
  /** Token index where each sentence starts. */
  readonly sentenceStarts: number[];
  /**
   * Indices of the tokens that may end a sentence or open or close a quotation, in order: line
   * breaks, `.`, `!`, `?`, words with dots, quotation marks and apostrophes (see `tokenizeForAnalysis`).
   */
  readonly marks: number[];
  /** What claimed each token. */
  readonly claims: Uint8Array;
  /** For claimed tokens, the index of the claiming item in its pass's list. */
  readonly claimRefs: Int32Array;
  /** 1 for tokens inside quotation marks (filled by the quote pass). */
  readonly quoted: Uint8Array;
  /** The memory of the three arrays above. */
  private readonly buffer: ArrayBuffer;
  /** Whether {@link release} has given the buffer away: a second call must not give it again, to a context that may have it already. */
  private released = false;

  constructor(readonly text: string) {
    const { normalized, tokens, sentenceStarts, marks } = tokenizeForAnalysis(text, classifyForm);
    this.marks = marks;
    this.normalized = normalized;
    this.tokens = tokens;
    this.sentenceStarts = sentenceStarts;
    // One buffer for the three arrays: allocating a typed array's memory is the costly part
    // (about a microsecond, as much as a short pass), so the buffer of the last analysis is
    // taken again when it was given back (see release) and is large enough.
    const count = this.tokens.length;
    const bytes = count * 6;
    let buffer = spareBuffer;
    if (buffer !== undefined && buffer.byteLength >= bytes) spareBuffer = undefined;
    else buffer = new ArrayBuffer(Math.max(bytes, MIN_BUFFER_BYTES));
    this.buffer = buffer;
    this.claimRefs = new Int32Array(buffer, 0, count).fill(-1);
    this.claims = new Uint8Array(buffer, count * 4, count).fill(0);
    this.quoted = new Uint8Array(buffer, count * 5, count).fill(0);
  }

  /**
   * Gives the memory of {@link claims}, {@link claimRefs} and {@link quoted} to the next context:
   * for the owner of the context to call when it is done with it, as `analyze` does before it
   * returns. The context must not be used afterwards; a second call does nothing.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.buffer.byteLength <= MAX_SPARE_BYTES) spareBuffer = this.buffer;
  }

  token(index: number): Token | undefined {
    return this.tokens[index];
  }

  /** Token index range [start, end) of a sentence. */
  sentenceRange(sentence: number): [number, number] {
    const start = this.sentenceStarts[sentence] ?? this.tokens.length;
    const end = this.sentenceStarts[sentence + 1] ?? this.tokens.length;
    return [start, end];
  }

  get sentenceCount(): number {
    return this.sentenceStarts.length;
  }

  /** The original text of a sentence, trimmed. */
  sentenceText(sentence: number): string {
    const [start, end] = this.sentenceRange(sentence);
    let last = end - 1;
    while (last >= start && this.isBreak(last)) last--;
    let first = start;
    while (first <= last && this.isBreak(first)) first++;
    if (first > last) return '';
    return this.text.slice((this.tokens[first] as Token).start, (this.tokens[last] as Token).end);
  }

  /**
   * Whether the text of the tokens [first, end), trimmed of line breaks (for a sentence's range,
   * its {@link sentenceText}), is `text`. The characters are compared as a slice of the same
   * length, which V8 does several times faster than `startsWith`.
   */
  rangeTextIs(first: number, end: number, text: string): boolean {
    let last = end - 1;
    while (last >= first && this.isBreak(last)) last--;
    let start = first;
    while (start <= last && this.isBreak(start)) start++;
    if (start > last) return text === '';
    const from = (this.tokens[start] as Token).start;
    const to = (this.tokens[last] as Token).end;
    return to - from === text.length && this.text.slice(from, to) === text;
  }

  /** Index of the first token that starts at or after character `offset` (tokens.length if none). */
  tokenAtOrAfter(offset: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Offsets of the text between two token indices (inclusive start, exclusive end). */
  spanOf(first: number, end: number): { start: number; end: number } {
    return { start: (this.tokens[first] as Token).start, end: (this.tokens[end - 1] as Token).end };
  }

  /** Display form of a token range: spaces of every kind collapsed to one plain space. */
  displayOf(first: number, end: number): string {
    const from = (this.tokens[first] as Token).start;
    const to = (this.tokens[end - 1] as Token).end;
    const text = this.normalized;
    if (needsCollapse(text, from, to)) return text.slice(from, to).replace(/\s+/g, ' ');
    // Nothing to collapse (one word, or words with one plain space between them: most of the
    // calls): the text as written, without running the regular expression. V8 copies slices
    // shorter than SLICE_COPY_LIMIT; a longer range is joined from two halves, which copies it,
    // as a bare slice would be a view keeping its whole document alive in the corpus index
    // (names and titles outlive the analysis).
    if (to - from < SLICE_COPY_LIMIT) return text.slice(from, to);
    const middle = (from + to) >> 1;
    return [text.slice(from, middle), text.slice(middle, to)].join('');
  }

  textOf(first: number, end: number): string {
    return this.text.slice((this.tokens[first] as Token).start, (this.tokens[end - 1] as Token).end);
  }

  isBreak(index: number): boolean {
    const type = this.tokens[index]?.type;
    return type === TokenType.Newline || type === TokenType.Paragraph;
  }

  claim(first: number, end: number, claim: Claim, ref: number): void {
    for (let k = first; k < end; k++) {
      this.claims[k] = claim;
      this.claimRefs[k] = ref;
    }
  }

}

/** V8 makes a slice of fewer characters than this a copy, not a view into the sliced string. */
const SLICE_COPY_LIMIT = 13;

/**
 * Whether `text[from, to)` holds whitespace that `replace(/\s+/g, ' ')` would change: any
 * character `\s` matches other than a plain space, or a plain space followed by another.
 */
function needsCollapse(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isSpaceCode(c)) {
      if (c !== 32 || k + 1 === to) return true;
      const next = text.charCodeAt(k + 1);
      if (isSpaceCode(next)) return true;
    }
  }
  return false;
}

/** Lower-case, accent-free, dash-separated id: "Le Yucheng" → "le-yucheng". */
export const slugify: (name: string) => string = memoizeString(computeSlug);

function computeSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
