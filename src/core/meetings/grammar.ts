/**
 * Meetings: how a sentence tells its event. The cue's noun phrase and whether it names a
 * particular event, the verb of meeting before it, a passive after it ("talks were held"), and
 * the CAMEO code that follows from the cue and the words around it.
 */
import { AnalysisContext } from '../context';
import type { MeetingKind } from '../model';
import { TokenType, type Token } from '../tokens';
import { memoizeString } from '../memo';
import { firstMarkedFrom, markedAt, markedBits, markedCount, markOf, sentenceQuoted } from './sentence';
import { M } from './words';

/**
 * Where the noun phrase of a cue starts: back over the names, numbers and dashes before it, as
 * in "the 9th Viet Nam – Laos Political Consultation", to its determiner.
 */
export function nounPhraseStart(ctx: AnalysisContext, from: number, cueStart: number): number {
  let k = cueStart;
  while (k > from) {
    const token = ctx.tokens[k - 1] as Token;
    const nameLike = token.cap || token.type === TokenType.Number || isDashOrQuoteMark(token.text) || token.type === TokenType.Possessive;
    // (The modifier test only when it decides: the loop walks every word before every cue. A
    // determiner, where most noun phrases start, is no modifier: its mark says so without the cache.)
    if (!nameLike && ((markOf(ctx.tokens, k - 1) & M.Determined) !== 0 || !isEventModifier(token.lower))) break;
    k--;
  }
  return k;
}

/** A dash or a quotation mark on its own (`/^[-\u2013\u2014'"“”«»‘’]$/`), without a regex. */
function isDashOrQuoteMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 39 || c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019;
}

/** Words that may stand between a determiner and a cue: "the next", "a two-day", "the 9th". Cached per word. */
const isEventModifier: (lower: string) => boolean = memoizeString((lower) =>
  /^(next|first|second|third|fourth|fifth|\w+-day|\w+-level|bilateral|regional|official|joint|annual|\d+(st|nd|rd|th))$/.test(lower),
);

/**
 * Whether a word starts as an {@link isOrdinalWord} can ("n", "f", "s", "t" or a digit): most words
 * of a noun phrase are then told apart without the cache.
 */
function mayBeOrdinal(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c === 110 || c === 102 || c === 115 || c === 116 || (c >= 48 && c <= 57);
}

/** An ordinal or "next" (`isNamed`), cached per word. */
const isOrdinalWord: (lower: string) => boolean = memoizeString((lower) => /^(next|first|second|third|fourth|fifth|\d+(st|nd|rd|th))$/.test(lower));

/** A verb of meeting in the cue or just before its noun phrase; -1 when there is none. */
export function verbAt(ctx: AnalysisContext, cueStart: number, cueEnd: number, determined: boolean, from: number): number {
  if (!determined) for (let k = cueStart; k < cueEnd; k++) if ((markOf(ctx.tokens, k) & M.Verb) !== 0) return k;
  // Before the cue, the nearest token outside quotes with the mark: among the sentence's marked tokens ({@link readSentence}).
  for (let m = firstMarkedFrom(cueStart) - 1; m >= 0; m--) {
    const k = markedAt[m] as number;
    if (k < from) break;
    if (((markedBits[m] as number) & (M.Verb | M.Holding)) !== 0) return k;
  }
  return -1;
}

/** "consultations between the ministries were held in Baku": the noun is the subject of a report (tests marks). */
export function passiveAfter(ctx: AnalysisContext, cueEnd: number, segEnd: number): boolean {
  const to = Math.min(segEnd, cueEnd + 14);
  // Quoted words count here: the sentence's marked tokens ({@link readSentence}) have them all only when it has none.
  if (sentenceQuoted) return passiveAfterIn(ctx, cueEnd, to);
  for (let m = firstMarkedFrom(cueEnd); m < markedCount; m++) {
    const k = markedAt[m] as number;
    if (k >= to) break;
    if (((markedBits[m] as number) & M.PassiveWord) === 0) continue;
    const passive = passiveAt(ctx, k);
    if (passive !== undefined) return passive;
  }
  return false;
}

/** {@link passiveAfter} over the tokens [from, to), quoted or not. */
function passiveAfterIn(ctx: AnalysisContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if ((markOf(ctx.tokens, k) & M.PassiveWord) === 0) continue;
    const passive = passiveAt(ctx, k);
    if (passive !== undefined) return passive;
  }
  return false;
}

/** What a {@link M.PassiveWord} at token k tells {@link passiveAfter}: false at a relative clause, true at "was held", "took place", else nothing. */
function passiveAt(ctx: AnalysisContext, k: number): boolean | undefined {
  const lower = (ctx.tokens[k] as Token).lower;
  if (lower === 'which' || lower === 'that' || lower === 'who' || ctx.tokens[k]?.text === ';') return false;
  const next = ctx.tokens[k + 1]?.lower;
  if ((lower === 'was' || lower === 'were') && (next === 'held' || next === 'convened' || next === 'conducted' || next === 'organised' || next === 'organized')) return true;
  if (lower === 'took' && next === 'place') return true;
  return undefined;
}

/** An ordinal, "next", a capitalised name or a capitalised cue: the phrase names a particular event. */
export function isNamed(ctx: AnalysisContext, np: number, cueEnd: number): boolean {
  // "the meeting of the IBSA Trilateral Ministerial Commission": named by its body.
  if (ctx.tokens[cueEnd]?.lower === 'of' && (ctx.tokens[cueEnd + 1]?.cap || (ctx.tokens[cueEnd + 1]?.lower === 'the' && ctx.tokens[cueEnd + 2]?.cap))) return true;
  for (let k = np; k < cueEnd; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.cap && !(k === np && k === ctx.sentenceStarts[token.sentence])) return true;
    if (mayBeOrdinal(token.lower) && isOrdinalWord(token.lower)) return true;
  }
  return false;
}

/**
 * The CAMEO code: 041 for calls, 046 for talks and consultations, 044 for meetings on the sidelines
 * of another event, 042 for a visit paid (043 when the sentence tells it from the host's side), 040
 * for the other meetings, received or not.
 */
export function cameoFor(kind: MeetingKind, cueStart: number, cueEnd: number, ctx: AnalysisContext, segmentMarks: number): string {
  if (kind === 'call') return '041';
  if (kind === 'talks') return '046';
  // A visit looks for the host's words, anything else for the sidelines, among the segment's marks.
  const visit = kind === 'visit';
  const found = (segmentMarks & (visit ? M.Hosting : M.Sidelines)) !== 0;
  if (!visit) return found ? '044' : '040';
  let visiting = false;
  for (let k = cueStart; k < cueEnd; k++) if ((markOf(ctx.tokens, k) & M.Visiting) !== 0) visiting = true;
  return found && !visiting ? '043' : '042';
}
