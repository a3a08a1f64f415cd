/**
 * Meetings: the words and phrases the pass looks for. Word sets, phrase indexes by first word,
 * and the marks of each word (bits of {@link M}), which sentence.ts reads once per token so that
 * the tests of the other stages compare bits instead of looking words up. All made at load.
 */
import type { Token } from '../tokens';
import { WordSlots } from '../wordSlots';

/** Words that make a meeting cue a verb: the sentence reports the event itself. */
const VERB_WORDS = new Set([
  'met', 'meets', 'meet', 'meeting-with', 'received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'held', 'holds', 'hold',
  'visited', 'visits', 'visit', 'paid', 'pays', 'pay', 'spoke', 'speaks', 'talked', 'talks-with', 'conducted', 'conducts', 'had',
  'has', 'have', 'presented', 'presents', 'present', 'called', 'phoned', 'welcomed', 'welcomes', 'chaired', 'co-chaired', 'attended',
  'attends', 'participated', 'took', 'arrived', 'arrives', 'conversed', 'convened', 'gathered', 'opened', 'opens',
  'addressed', 'co-chair', 'chair', 'chairs', 'co-chairs',
]);

/** Verbs that make a meeting noun the object of a report about another event. */
const BACKGROUND_VERBS = new Set([
  'praised', 'welcomed', 'noted', 'recalled', 'outcome', 'outcomes', 'results', 'following', 'after', 'since', 'during',
  'ahead', 'preparations', 'preparation', 'prepare', 'preparing', 'upcoming', 'next', 'previous', 'last', 'success', 'successful',
  'decisions', 'invited', 'invitation', 'implementation', 'implementing', 'agreements', 'sidelines', 'margins', 'participation',
  'including', 'briefed', 'informed',
]);

const HOSTING = new Set(['received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'welcomed', 'welcomes']);
const VISITING = new Set(['visited', 'visits', 'visit', 'paid', 'pays', 'arrived', 'arrives']);

/** Words that make a meeting noun a proposal rather than an event: "suggested holding the next round". */
const PROPOSING = new Set(['suggested', 'suggests', 'proposed', 'proposes', 'offered', 'offers']);
/** Words before a plural cue that make it a summary or a habit, not one event: "a series of meetings", "exchange visits". */
const GENERIC_LEADS = new Set(['series', 'number', 'several', 'various', 'exchange', 'regular', 'frequent', 'numerous', 'multiple']);
export const PLURAL_CUES = new Set(['meetings', 'visits', 'consultations', 'contacts', 'summits', 'conferences', 'forums']);
/** "concluded a four-day visit": the date given is the last day of the event. */
export const ENDING = new Set(['concluded', 'concludes', 'completed', 'completes', 'wrapped', 'wraps', 'ended', 'ends', 'closed', 'closes', 'until', 'till']);
const STARTING = new Set(['began', 'begins', 'started', 'starts', 'opened', 'opens', 'launched', 'embarked']);

/**
 * The pass's own word classes: one bit per word set it scans sentences for, and one per phrase
 * index for the phrases' first words. {@link scanSentence} looks each token of a sentence up once
 * (only tokens with `W.MeetingWord`, when that bit covers every word here), so the scans that
 * follow test bits instead of looking words up in sets.
 */
export const enum M {
  Verb = 1 << 0,
  Background = 1 << 1,
  Hosting = 1 << 2,
  Visiting = 1 << 3,
  Proposing = 1 << 4,
  GenericLead = 1 << 5,
  Ending = 1 << 6,
  Starting = 1 << 7,
  Sidelines = 1 << 8,
  Determined = 1 << 9,
  /** "holding", a verb of meeting before its noun phrase only. */
  Holding = 1 << 10,
  PlannedLead = 1 << 11,
  PlannedAfterLead = 1 << 12,
  GroupSubjectsLead = 1 << 13,
  AmbassadorsLead = 1 << 14,
  SameDayLead = 1 << 15,
  EveLead = 1 << 16,
  /** "at", "in", "to", "visited", "visits": where {@link placeIn} looks for a place. */
  PlaceLead = 1 << 17,
  /** "which", "that", "who", ";", "was", "were", "took": the words {@link passiveAfter} stops or decides at. */
  PassiveWord = 1 << 18,
}

/** The {@link M} bits of each word the pass looks for; filled as the sets and phrase indexes are made. */
export const MARK_OF = new Map<string, number>();

function markWords(words: Iterable<string>, bit: number): void {
  for (const word of words) MARK_OF.set(word, (MARK_OF.get(word) ?? 0) | bit);
}

const SIDELINES_WORDS = new Set(['sidelines', 'margins', 'margin', 'sideline']);
export const PLANNED = indexPhrases([
  'will', 'would', 'shall', 'agreed to hold', 'agreed to meet', 'plans to', 'plan to', 'planned', 'to be held', 'is scheduled',
  'are scheduled', 'looked forward', 'look forward', 'looks forward', 'next meeting', 'next round', 'upcoming', 'invited', 'invitation',
  'proposed holding', 'suggested holding', 'preparations for', 'forthcoming', 'to be convened', 'to be hosted',
].map((phrase) => phrase.split(' ')), M.PlannedLead);

export const PLANNED_AFTER = indexPhrases(['will', 'would', 'shall', 'to be held', 'to be convened', 'to be hosted', 'is scheduled', 'are scheduled', 'scheduled'].map((phrase) => phrase.split(' ')), M.PlannedAfterLead);

export const PARTICIPATION = indexPhrases([
  'led by', 'headed by', 'accompanied by', 'chaired by', 'co-chaired by', 'attended by', 'brought together', 'took part',
  'takes part', 'taking part', 'participated', 'participate', 'joined by', 'also present', 'were present', 'was present',
  'in the presence of', 'also attended', 'also joined', 'chaired the', 'co-chaired the', 'who chaired', 'who hosted',
  'represented by', 'stood in for',
].map((phrase) => phrase.split(' ')), 0);
export const GROUP_SUBJECTS = indexPhrases([
  'the two ministers', 'the two foreign ministers', 'both ministers', 'the ministers', 'the two sides', 'both sides', 'the sides',
  'the parties', 'the two parties', 'both parties', 'the two leaders', 'the leaders', 'the two deputy ministers', 'the two officials',
  'the interlocutors', 'they',
].map((phrase) => phrase.split(' ')), M.GroupSubjectsLead);
export const AMBASSADORS = indexPhrases(['the ambassadors', 'both ambassadors', 'the two ambassadors', 'the envoys'].map((phrase) => phrase.split(' ')), M.AmbassadorsLead);
export const SAME_DAY = indexPhrases(['the same day', 'that day', 'earlier in the day', 'later in the day', 'later that day', 'same day'].map((phrase) => phrase.split(' ')), M.SameDayLead);
export const EVE = indexPhrases(['on the eve of', 'the day before'].map((phrase) => phrase.split(' ')), M.EveLead);

/**
 * Phrases grouped by their first word, for {@link hasPhrase}; `lead` is the {@link M} bit of the
 * first words, so a token without it needs no look-up (0 for {@link PARTICIPATION}, which
 * {@link scanSentence} looks for on the word-class bit instead).
 */
export interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  /** {@link byFirst} through {@link WordSlots}: the lead words ("in", "was", "the") repeat within a text. */
  firstSlots: WordSlots<string[][]>;
  lead: number;
}

function indexPhrases(phrases: string[][], lead: number): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const list = byFirst.get(phrase[0] as string) ?? [];
    list.push(phrase);
    byFirst.set(phrase[0] as string, list);
  }
  if (lead !== 0) markWords(byFirst.keys(), lead);
  return { byFirst, firstSlots: new WordSlots(byFirst), lead };
}

/** Whether one of the phrases (grouped by first word) starts at token k. */
export function phraseAt(tokens: readonly Token[], k: number, firstSlots: WordSlots<string[][]>): boolean {
  const candidates = firstSlots.get((tokens[k] as Token).lower);
  if (candidates === undefined) return false;
  for (const phrase of candidates) {
    let j = 1;
    while (j < phrase.length && tokens[k + j]?.lower === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

const DETERMINED_BY = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'a', 'an']);

// The word sets' bits (the phrase indexes mark their first words as they are made); sentence.ts
// checks whether `W.MeetingWord` covers them all, so that tokens without the bit need no look-up.
markWords(VERB_WORDS, M.Verb);
markWords(BACKGROUND_VERBS, M.Background);
markWords(HOSTING, M.Hosting);
markWords(VISITING, M.Visiting);
markWords(PROPOSING, M.Proposing);
markWords(GENERIC_LEADS, M.GenericLead);
markWords(ENDING, M.Ending);
markWords(STARTING, M.Starting);
markWords(SIDELINES_WORDS, M.Sidelines);
markWords(DETERMINED_BY, M.Determined);
markWords(['holding'], M.Holding);
markWords(['at', 'in', 'to', 'visited', 'visits'], M.PlaceLead);
markWords(['which', 'that', 'who', ';', 'was', 'were', 'took'], M.PassiveWord);
