/**
 * Officials: personal names. Which words can be part of a name, the lower-case words of a name,
 * whether a one-word name acts like a person, and whether the words around a name make its
 * bearer an official (apposition, "X held talks with Y", "led by X", a list of envoys by country).
 */
import { AnalysisContext, Claim } from '../context';
import type { EntityFindings } from '../entities';
import { TokenType, type Token } from '../tokens';
import { vocabulary } from '../vocabulary';
import { W } from '../wordClass';

/** "led by X", "received by X": verbs whose agent is a person acting in office. */
const BY_AGENT_VERBS = new Set(['led', 'headed', 'chaired', 'co-chaired', 'hosted', 'received', 'accompanied', 'attended', 'signed', 'represented', 'opened', 'welcomed', 'greeted']);

/** After a one-word name: a verb, a possessive, or the end of a clause. */
/** Words after a one-word surname that a department's name is not followed by ("the visit by President Nazarbayev in 2016"). */
const PERSON_FOLLOWERS = new Set(['also', 'then', 'who', 'has', 'had', 'was', 'is', 'will', 'would', 'and', 'in', 'on', 'during', 'with', 'to']);

export function actsLikePerson(ctx: AnalysisContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next) return true;
  if (next.type === TokenType.Possessive) return true;
  if (next.type === TokenType.Word) return !next.cap && ((next.flags & W.Verb) !== 0 || PERSON_FOLLOWERS.has(next.lower));
  return next.type === TokenType.Punct && (next.text === '.' || next.text === ';') ;
}

/**
 * `lowerAll` of the texts of tokens [first, end), from the forms the tokeniser already lower-cased.
 * A form whose `lower` differs from its text is `text.toLowerCase()`; one whose `lower` is its
 * text is lower-cased again, since the tokeniser's case scan does not look at every character.
 */
export function lowerTokens(tokens: readonly Token[], first: number, end: number): string[] {
  // Made at its length: an array grown by push holds room for 16 more.
  const result = new Array<string>(end - first);
  for (let k = first; k < end; k++) {
    const token = tokens[k] as Token;
    result[k - first] = token.lower !== token.text ? token.lower : token.text.toLowerCase();
  }
  return result;
}

/** Words of a sentence about envoys, in which "Country, Name" lists an envoy. */
const ENVOY_WORDS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'credentials', 'credence', 'missions', 'ambassadors-designate']);

/**
 * The country before a name in a list of envoys ("Uruguay, Nester Navarro", "Ethiopia – Kasahun
 * Dender Melese"), with the office the sentence names them by.
 */
export function envoyCountry(ctx: AnalysisContext, entities: EntityFindings, k: number): { id: string; name: string; title: string } | undefined {
  const tokens = ctx.tokens;
  const link = tokens[k - 1];
  if (!link || (link.text !== ',' && link.text !== '\u2013' && link.text !== '\u2014' && link.text !== '-' && link.text !== ':')) return undefined;
  if (ctx.claims[k - 2] !== Claim.Country) return undefined;
  // "Nuncio of the Holy See to Russia – X": the country an envoy is sent to is not theirs.
  let before = k - 3;
  while (before >= 0 && ctx.claims[before] === Claim.Country && ctx.claimRefs[before] === ctx.claimRefs[k - 2]) before--;
  const lead = tokens[before]?.lower;
  if (lead === 'to' || lead === 'in' || lead === 'at') return undefined;
  const country = entities.countries[ctx.claimRefs[k - 2] as number];
  if (!country) return undefined;
  const [first, end] = ctx.sentenceRange((tokens[k] as Token).sentence);
  let envoy: string | undefined;
  for (let j = first; j < end && envoy !== 'ambassador'; j++) {
    const lower = (tokens[j] as Token).lower;
    if (ENVOY_WORDS.has(lower)) envoy = lower.startsWith('envoy') ? 'envoy' : lower.startsWith('mission') ? 'head of mission' : 'ambassador';
  }
  return envoy ? { id: country.id, name: country.name, title: envoy } : undefined;
}

/** The dot after a one-letter initial inside a name: "K" "." in "Anna K. Lindqvist". */
export function isInitialDot(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]?.text === '.' && before !== undefined && before.text.length === 1 && before.cap && (tokens[k] as Token).start === before.end;
}

/** Whether a capitalised word can be part of a personal name (before any claim is considered). */
export function isCapNameWord(token: Token, knownWords: ReadonlySet<string> | undefined): boolean {
  const flags = token.flags;
  if (flags & (W.NotName | W.TitleWord)) return knownWords !== undefined && knownWords.has(token.lower);
  if (flags & W.HonorificStart && token.text.length > 1) return false;
  if (token.allCaps && token.text.length > 1 && token.text.length <= 5) return knownWords !== undefined && knownWords.has(token.lower);
  // "ASEAN-Japan", "Korea-Kazakhstan": compounds of countries or organisations name relations, not people.
  if (flags & W.EntityCompound) return false;
  return true;
}

/** Lower-case copies of `words` (a loop, not a closure: the callers are hot loops). */
export function lowerAll(words: readonly string[]): string[] {
  const result: string[] = [];
  for (const word of words) result.push(word.toLowerCase());
  return result;
}

export function followsAsApposition(ctx: AnalysisContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next) return true;
  if (next.type === TokenType.Punct || next.type === TokenType.Paragraph || next.type === TokenType.Newline) return true;
  return next.type === TokenType.Word && !next.cap;
}

/** Names at the start of a sentence followed by a lower-case word are often ordinary phrases. */
export function isSentenceInitialPhrase(ctx: AnalysisContext, nameFirst: number, nameEnd: number): boolean {
  // Only a one-word name can be such a phrase: its sentence is looked up only then.
  if (nameEnd - nameFirst >= 2) return false;
  const first = ctx.tokens[nameFirst] as Token;
  const [sentenceStart] = ctx.sentenceRange(first.sentence);
  return nameFirst === sentenceStart;
}

/** Whether the sentence of token k tells people meeting or speaking (a meeting or speech cue in it). */
export function inOfficialSentence(ctx: AnalysisContext, k: number): boolean {
  const tokens = ctx.tokens;
  const [first, end] = ctx.sentenceRange((tokens[k] as Token).sentence);
  const vocab = vocabulary();
  for (let j = first; j < end; j++) {
    const flags = (tokens[j] as Token).flags;
    if (flags & W.PersonVerb) return true;
    if (flags & W.MeetingCueStart && vocab.meetingCues.longest(tokens, j)) return true;
    if (flags & W.SpeechCueStart && vocab.speechCues.longest(tokens, j)) return true;
  }
  return false;
}

/** A person in a diplomatic text who meets, speaks or leads is an official. */
export function inOfficialContext(ctx: AnalysisContext, nameFirst: number, nameEnd: number): boolean {
  const tokens = ctx.tokens;
  // Verb right after the name (optionally after ", for his part,").
  let j = nameEnd;
  if (tokens[j]?.type === TokenType.Possessive) return false;
  if (tokens[j]?.text === ',') {
    let m = j + 1;
    while (m < tokens.length && m < j + 6 && tokens[m]?.text !== ',') m++;
    if (tokens[m]?.text === ',') j = m + 1;
  }
  const next = tokens[j];
  if (next && next.type === TokenType.Word) {
    if (next.flags & W.PersonVerb || (next.flags & W.SpeechCueStart && vocabulary().speechCues.longest(tokens, j)) || (next.flags & W.MeetingCueStart && vocabulary().meetingCues.longest(tokens, j))) return true;
  }
  // "... with Y", "led by Y", "headed by Y", "said Y".
  const prev = tokens[nameFirst - 1];
  const prev2 = tokens[nameFirst - 2];
  if (prev && prev.lower === 'by' && prev2 && BY_AGENT_VERBS.has(prev2.lower)) return true;
  if (prev && (prev.lower === 'with' || prev.lower === 'and')) {
    if (prev.lower === 'with' ? prev2 !== undefined && (prev2.flags & (W.PersonVerb | W.MeetingCueStart)) !== 0 : prev2 !== undefined && ctx.claims[nameFirst - 2] === Claim.Name) return true;
  }
  if (prev && prev.flags & W.SpeechCueStart && prev.type === TokenType.Word) return true;
  return false;
}
