/**
 * Meetings: one read of a sentence. {@link readSentence} lists its tokens that have marks (see
 * words.ts) and the officials it names, in buffers reused from sentence to sentence and call to
 * call; the other stages read the sentence's marks and mentions from here.
 */
import { AnalysisContext, Claim } from '../context';
import type { Official } from '../model';
import type { Token } from '../tokens';
import { MEETING_WORDS } from '../vocabulary';
import { W } from '../wordClass';
import { slotOf, SLOTS } from '../wordSlots';
import { MARK_OF, phraseAt, type PhraseIndex } from './words';

/** Whether `W.MeetingWord` is set on every word of {@link MARK_OF} (checked at load, at the end of the module). */
let wordsCovered = false;

/** {@link WordSlots} for the marks, as numbers in a typed array: looked up for most tokens of a cue's sentence. */
const markSlotWords = new Array<string>(SLOTS).fill('');
const markSlotValues = new Int32Array(SLOTS);

/** `MARK_OF.get(lower) ?? 0`, through slots as in {@link WordSlots}. */
function marksOfWord(lower: string): number {
  const slot = slotOf(lower);
  if (markSlotWords[slot] === lower) return markSlotValues[slot] as number;
  const found = MARK_OF.get(lower) ?? 0;
  markSlotWords[slot] = lower;
  markSlotValues[slot] = found;
  return found;
}

/**
 * The {@link M} bits of token k. Not kept per token: most tokens are asked about once, and a
 * word asked about again is found in its slot ({@link marksOfWord}).
 */
export function markOf(tokens: readonly Token[], k: number): number {
  const token = tokens[k] as Token;
  return wordsCovered && (token.flags & W.MeetingWord) === 0 ? 0 : marksOfWord(token.lower);
}

/**
 * The tokens outside quotes of the sentence being read that have {@link M} bits, in order, with
 * their bits ({@link readSentence}): most tokens have none, so the scans of a part of the sentence
 * for marks (its events' segments, {@link placeIn}, {@link hasPhrase}) read these few entries
 * instead of its tokens, and the segments of a sentence's events, which overlap, are read once.
 */
export let markedAt = new Int32Array(64);
export let markedBits = new Int32Array(64);
export let markedCount = 0;
/** Whether the sentence {@link readSentence} read last has quoted tokens (which {@link markedAt} leaves out). */
export let sentenceQuoted = false;

/** Index of the first entry of {@link markedAt} at or after token k. */
export function firstMarkedFrom(k: number): number {
  return firstAtOrAfter(markedAt, markedCount, k);
}

/** Index of the first of the first `count` entries of `positions` (in increasing order) that is at least k: a binary search. */
function firstAtOrAfter(positions: Int32Array, count: number, k: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((positions[mid] as number) < k) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The officials named outside quotes in the sentence being read, one entry per run of name tokens,
 * in order ({@link readSentence}): where each run starts and ends and the official's id. Reused
 * across sentences and calls, so a sentence's mentions make no objects.
 */
export let mentionStart = new Int32Array(16);
export let mentionEnd = new Int32Array(16);
export const mentionIds: string[] = [];
export let mentionCount = 0;

/** Whether a token outside quotes in [from, to) has one of the {@link M} bits `bit` (a word of that set). */
export function hasMark(ctx: AnalysisContext, from: number, to: number, bit: number): boolean {
  for (let k = from; k < to; k++) if ((markOf(ctx.tokens, k) & bit) !== 0 && !ctx.quoted[k]) return true;
  return false;
}

/**
 * One read of the tokens [first, end) of a sentence, outside quotes: fills the mentions
 * ({@link mentionStart}…) with the officials named, one entry per run of name tokens, and with
 * `withMarks` (the sentence has events) {@link markedAt} and {@link markedBits}.
 */
export function readSentence(ctx: AnalysisContext, officials: Official[], first: number, end: number, withMarks: boolean): void {
  const tokens = ctx.tokens;
  const claims = ctx.claims;
  const claimRefs = ctx.claimRefs;
  const quoted = ctx.quoted;
  mentionCount = 0;
  markedCount = 0;
  sentenceQuoted = false;
  // The run of name tokens read last: where it ends and whose it is, and whether it is a mention (its official is listed).
  let runEnd = -1;
  let runRef = -1;
  let runListed = false;
  for (let k = first; k < end; k++) {
    if (quoted[k]) {
      sentenceQuoted = true;
      continue;
    }
    if (claims[k] === Claim.Name) {
      const ref = claimRefs[k] as number;
      if (runEnd === k && runRef === ref) {
        runEnd = k + 1;
        if (runListed) mentionEnd[mentionCount - 1] = runEnd;
      } else {
        runEnd = k + 1;
        runRef = ref;
        const official = officials[ref];
        runListed = official !== undefined;
        if (official !== undefined) addMention(k, official.id);
      }
    }
    // The marks, as markOf reads them, for a sentence with events only: a token without the word
    // class has none.
    if (!withMarks) continue;
    const token = tokens[k] as Token;
    if (wordsCovered && (token.flags & W.MeetingWord) === 0) continue;
    const bits = marksOfWord(token.lower);
    if (bits === 0) continue;
    if (markedCount === markedAt.length) {
      markedAt = doubled(markedAt);
      markedBits = doubled(markedBits);
    }
    markedAt[markedCount] = k;
    markedBits[markedCount++] = bits;
  }
}

/** A copy of `array` with twice its length, for a reused buffer that is full. */
function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Adds a mention of one token starting at k (its end is moved on as the run goes on). */
function addMention(k: number, id: string): void {
  if (mentionCount === mentionStart.length) {
    mentionStart = doubled(mentionStart);
    mentionEnd = doubled(mentionEnd);
  }
  mentionStart[mentionCount] = k;
  mentionEnd[mentionCount] = k + 1;
  mentionIds[mentionCount++] = id;
}

/** Index of the first mention starting at or after token k (mentions are in text order). */
export function firstMentionFrom(k: number): number {
  return firstAtOrAfter(mentionStart, mentionCount, k);
}

/** The official of the last mention starting before token k. */
export function mentionBefore(k: number): string | undefined {
  const m = firstMentionFrom(k) - 1;
  return m >= 0 ? mentionIds[m] : undefined;
}

/**
 * True when one of the phrases (as lower-case words) occurs outside quotes in [first, end), a part
 * of the sentence {@link readSentence} read last: the phrases start at its marked tokens.
 */
export function hasPhrase(ctx: AnalysisContext, first: number, end: number, phrases: PhraseIndex): boolean {
  const { firstSlots, lead } = phrases;
  for (let m = firstMarkedFrom(first); m < markedCount; m++) {
    const k = markedAt[m] as number;
    if (k >= end) break;
    if (((markedBits[m] as number) & lead) !== 0 && phraseAt(ctx.tokens, k, firstSlots)) return true;
  }
  return false;
}

// words.ts has marked every word it looks for by now.
wordsCovered = [...MARK_OF.keys()].every((word) => MEETING_WORDS.has(word));
