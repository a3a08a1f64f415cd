/**
 * Officials: a name linked to an official already found. Short and fuller forms of a name
 * ({@link findByNameWords} over a {@link NameWordIndex}), the knowledge base's people, and the
 * mentions of each official.
 */
import type { Mention, Official } from '../model';
import type { Token } from '../tokens';
import { vocabulary } from '../vocabulary';

/** An official as the passes of {@link findOfficials} know it. */
export interface Found {
  official: Official;
  /** Its index in the officials found: the claim ref of its names. */
  index: number;
  /** The lower-case words of its fullest name so far, for linking short forms. */
  words: string[];
  /** Whether a fuller name replaced the one its id was made from. */
  renamed: boolean;
  /** The starts of its mentions, once it has many (see {@link hasMentionAt}). */
  mentionStarts: Set<number> | undefined;
}

/** Mentions an official may have before {@link hasMentionAt} indexes their starts. */
const MENTIONS_SCANNED = 16;

/**
 * Whether `official` has a mention starting at `start`. Most officials have a few mentions,
 * scanned; one with more gets a set of starts in `mentionStarts`, which the caller keeps up to date.
 */
export function hasMentionAt(person: Found, start: number): boolean {
  const mentions = person.official.mentions;
  if (mentions.length < MENTIONS_SCANNED) {
    for (const mention of mentions) if (mention.start === start) return true;
    return false;
  }
  let starts = person.mentionStarts;
  if (starts === undefined) {
    starts = new Set();
    for (const mention of mentions) starts.add(mention.start);
    person.mentionStarts = starts;
  }
  return starts.has(start);
}

/**
 * Sorts mentions by start. Their starts are distinct, so any sort gives the order `sort` would:
 * a few mentions, mostly in order already, are sorted by insertion, with no comparator to call.
 */
export function sortByStart(mentions: Mention[]): void {
  if (mentions.length > MENTIONS_SCANNED) {
    mentions.sort((a, b) => a.start - b.start);
    return;
  }
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    let j = k;
    while (j > 0 && (mentions[j - 1] as Mention).start > mention.start) {
      mentions[j] = mentions[j - 1] as Mention;
      j--;
    }
    mentions[j] = mention;
  }
}

/** The knowledge-base person one of whose name forms is exactly `lowerWords`. */
export function findKnown<T extends { forms: string[][] }>(known: readonly T[], lowerWords: readonly string[]): T | undefined {
  for (const person of known) for (const form of person.forms) if (sameWords(form, lowerWords)) return person;
  return undefined;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/**
 * The official whose name contains `words` as a contiguous run ("norov" in "vladimir norov",
 * "borg camilleri" in "elena borg camilleri"), or whose name is contained in `words`. Only a
 * unique match counts.
 */
export function findByNameWords(index: NameWordIndex, words: string[]): Found | undefined {
  // Either match shares a word with `words`, so only the officials having one of them are
  // tried; the test itself is unchanged, and stops at a second match.
  const match = index.onlyRelated(words);
  if (match === undefined) return undefined;
  const full = match.words;
  // A two-letter word alone ("Le", "Hà") stands for a person only as the first or last name word.
  if (words.length === 1 && full.length > 1 && (words[0]?.length ?? 0) < 3 && words[0] !== full[0] && words[0] !== full[full.length - 1]) return undefined;
  // Particles alone ("bin", "al") are never a short form.
  if (words.length === 1 && vocabulary().nameParticles.has(words[0] as string)) return undefined;
  return match;
}

/** Whether the name words `full` of an official contain `words` in order, or are contained in them. */
function isRelatedName(words: readonly string[], full: readonly string[]): boolean {
  return isSubsequence(words, full) || isSubsequence(full, words);
}

/** `words.includes(word)`, as a loop the caller's loop can take in. */
function hasWord(words: readonly string[], word: string): boolean {
  for (let k = 0; k < words.length; k++) if (words[k] === word) return true;
  return false;
}

/** Word and official pairs {@link NameWordIndex} looks through before it makes a map. */
const NAME_WORDS_SCANNED = 32;

/**
 * The officials by each word their names have had (lower case). A word a fuller name dropped
 * stays listed: the index only narrows whom {@link findByNameWords} tries. Most documents name
 * a few officials, with a few words each: their pairs are looked through, with no map to make
 * and grow; past {@link NAME_WORDS_SCANNED} pairs, they go into a map.
 */
export class NameWordIndex {
  /** The words and their officials, pair by pair, while there are few; made at the first name added. */
  private pairWords: string[] | undefined;
  private pairOwners: Found[] | undefined;
  /** The officials by word, once there are many pairs (then the pairs are no longer kept). */
  private byWord: Map<string, Found[]> | undefined;

  add(person: Found, words: readonly string[]): void {
    if (this.byWord === undefined) {
      const pairWords = (this.pairWords ??= []);
      const pairOwners = (this.pairOwners ??= []);
      for (const word of words) {
        if (this.hasPair(word, person)) continue;
        pairWords.push(word);
        pairOwners.push(person);
      }
      if (pairWords.length <= NAME_WORDS_SCANNED) return;
      // Too many to look through: the pairs, in order, make the map.
      const byWord = new Map<string, Found[]>();
      for (let k = 0; k < pairWords.length; k++) {
        const list = byWord.get(pairWords[k] as string);
        if (list === undefined) byWord.set(pairWords[k] as string, [pairOwners[k] as Found]);
        else list.push(pairOwners[k] as Found);
      }
      this.byWord = byWord;
      this.pairWords = undefined;
      this.pairOwners = undefined;
      return;
    }
    const byWord = this.byWord;
    for (const word of words) {
      const list = byWord.get(word);
      // A list of one, made as such: most words belong to one official.
      if (list === undefined) byWord.set(word, [person]);
      else if (!list.includes(person)) list.push(person);
    }
  }

  private hasPair(word: string, person: Found): boolean {
    const pairWords = this.pairWords as string[];
    const pairOwners = this.pairOwners as Found[];
    for (let k = 0; k < pairWords.length; k++) if (pairOwners[k] === person && pairWords[k] === word) return true;
    return false;
  }

  /** Whether `word` is a name word of someone. */
  private has(word: string): boolean {
    const pairWords = this.pairWords;
    if (pairWords !== undefined) {
      for (let k = 0; k < pairWords.length; k++) if (pairWords[k] === word) return true;
      return false;
    }
    return this.byWord !== undefined && this.byWord.has(word);
  }

  /** Whether a name word of someone is the lower-case form of one of tokens [first, end) (see {@link lowerTokens}). */
  sharesWord(tokens: readonly Token[], first: number, end: number): boolean {
    if (this.pairWords === undefined && this.byWord === undefined) return false;
    for (let k = first; k < end; k++) {
      const token = tokens[k] as Token;
      if (this.has(token.lower !== token.text ? token.lower : token.text.toLowerCase())) return true;
    }
    return false;
  }

  /**
   * The one official having one of `words` whose name is related to them (see {@link isRelatedName}),
   * or undefined when there is none or more than one.
   */
  onlyRelated(words: readonly string[]): Found | undefined {
    const pairWords = this.pairWords;
    if (pairWords !== undefined) {
      const pairOwners = this.pairOwners as Found[];
      let match: Found | undefined;
      for (let k = 0; k < pairWords.length; k++) {
        const person = pairOwners[k] as Found;
        // An official listed with several of the words is tried again, with the same result.
        if (person === match || !hasWord(words, pairWords[k] as string)) continue;
        if (isRelatedName(words, person.words)) {
          if (match !== undefined) return undefined;
          match = person;
        }
      }
      return match;
    }
    let match: Found | undefined;
    for (const person of this.candidates(words)) {
      if (isRelatedName(words, person.words)) {
        if (match !== undefined) return undefined;
        match = person;
      }
    }
    return match;
  }

  /** The officials with at least one of `words`, each once, from the map (a list of the index's own: not to be changed). */
  private candidates(words: readonly string[]): readonly Found[] {
    const byWord = this.byWord;
    if (byWord === undefined) return NO_OFFICIALS;
    if (words.length === 1) return byWord.get(words[0] as string) ?? NO_OFFICIALS;
    // The first list found is used as it is; it is copied only if another word adds someone.
    let result: readonly Found[] | undefined;
    let merged: Found[] | undefined;
    for (const word of words) {
      const list = byWord.get(word);
      if (list === undefined) continue;
      if (result === undefined) {
        result = list;
        continue;
      }
      for (const person of list) {
        if (result.includes(person)) continue;
        if (merged === undefined) result = merged = result.slice();
        merged.push(person);
      }
    }
    return result ?? NO_OFFICIALS;
  }
}

const NO_OFFICIALS: readonly Found[] = [];

/** True when `needle` appears in `haystack` in order, gaps allowed ("viktor golubev" in "viktor nikolayevich golubev"). */
function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  let j = 0;
  for (const word of haystack) if (word === needle[j]) j++;
  return j === needle.length;
}
