/**
 * Officials: titles. A title phrase and the affiliation it names ({@link matchTitleRun}: "Vice
 * Minister of Foreign Affairs of China", "SCO Secretary-General"), a title after a comma, titles
 * compared but for case, and the office a counterpart holds.
 */
import { AnalysisContext, Claim } from '../context';
import type { EntityFindings } from '../entities';
import type { Official } from '../model';
import { countryIdOfForm } from '../lexicon';
import { Accept } from '../phraseTrie';
import { TokenType, type Token } from '../tokens';
import { vocabulary } from '../vocabulary';
import { W } from '../wordClass';
import { displayText } from './display';

export interface TitleRun {
  first: number;
  end: number;
  /**
   * Display text of the title ("Vice Minister of Foreign Affairs of China"), made by
   * {@link titleTextOf} when first needed: most runs found are never shown.
   */
  text: string | undefined;
  affiliation: { id: string; name: string; kind: 'organization' | 'country' } | null;
}

/** Whether one of `titles` is `title` but for case. */
export function hasTitle(titles: readonly string[], title: string): boolean {
  if (titles.length === 0) return false;
  if (titles.includes(title)) return true;
  for (const other of titles) if (sameButCase(other, title)) return true;
  return false;
}

/**
 * `a.toLowerCase() === b.toLowerCase()`, lower-casing only past a character that is not ASCII:
 * before one, lower-casing changes A to Z only, one for one, so the first difference found there
 * is final, and two ASCII texts of different lengths differ.
 */
function sameButCase(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  for (let k = 0; k < length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    if (x !== y && (x >= 65 && x <= 90 ? x + 32 : x) !== (y >= 65 && y <= 90 ? y + 32 : y)) return false;
  }
  if (a.length === b.length) return true;
  const longer = a.length > b.length ? a : b;
  for (let k = length; k < longer.length; k++) if (longer.charCodeAt(k) >= 128) return a.toLowerCase() === b.toLowerCase();
  return false;
}

/** The display text of a title run, made once. */
export function titleTextOf(ctx: AnalysisContext, run: TitleRun): string {
  return (run.text ??= displayText(ctx, run.first, run.end));
}

/** Word classes that can open a title's core ({@link startsTitleCore}). */
/** Words that can open a title: heads, modifiers, title words, and office abbreviations ("PM", "FM"). */
export const TITLE_WORDS = W.TitleHeadStart | W.TitleModifierStart | W.TitleWord | W.RoleAbbreviation;

/**
 * "Foreign Minister Hakan Fidan met his Greek counterpart Yorgos Yerapetritis": the office of the
 * nearest official named before `counterpart` in its sentence, without that official's country
 * ("Minister of Foreign Affairs of Kazakhstan" → "Minister of Foreign Affairs").
 */
export function counterpartOffice(ctx: AnalysisContext, officials: readonly Official[], counterpart: number): string | undefined {
  const tokens = ctx.tokens;
  const sentence = (tokens[counterpart] as Token).sentence;
  for (let j = counterpart - 1; j >= 0 && (tokens[j] as Token).sentence === sentence; j--) {
    if (ctx.claims[j] !== Claim.Name) continue;
    const title = officials[ctx.claimRefs[j] as number]?.titles[0];
    return title === undefined ? undefined : withoutCountry(title);
  }
  return undefined;
}

/** A title without the country it names first or last: "US Secretary of State" → "Secretary of State". */
function withoutCountry(title: string): string | undefined {
  const words = title.split(/\s+/);
  const isCountry = (phrase: string[]) => countryIdOfForm(phrase.join(' ').toLowerCase()) !== undefined;
  let first = 0;
  let last = words.length;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    // "US Secretary of State", "Iran's Foreign Minister".
    const leading = words.slice(0, n);
    const lastWord = leading[n - 1] as string;
    if (/['\u2019]s$/.test(lastWord)) leading[n - 1] = lastWord.replace(/['\u2019]s$/, '');
    if (isCountry(leading)) {
      first = n;
      break;
    }
  }
  const of = words.lastIndexOf('of');
  const to = words.lastIndexOf('to');
  const cut = Math.max(of, to);
  if (cut > first) {
    let from = cut + 1;
    if (words[from]?.toLowerCase() === 'the') from++;
    if (words[from] === 'Republic' && words[from + 1] === 'of') from += 2;
    if (from < words.length && isCountry(words.slice(from))) last = cut;
  }
  const office = words.slice(first, last).join(' ');
  return office.length > 0 ? office : undefined;
}


export function titleAfterComma(ctx: AnalysisContext, comma: number, titleAt: (k: number) => TitleRun | undefined): TitleRun | undefined {
  let j = comma + 1;
  if (ctx.tokens[j]?.lower === 'the') j++;
  const title = titleAt(j);
  if (!title) return undefined;
  const after = ctx.tokens[title.end];
  if (after && after.type === TokenType.Word && after.cap && ctx.claims[title.end] === Claim.None) return undefined;
  return title;
}

/**
 * A title phrase starting at k: "[the] [Country's|ORG|Demonym] [modifiers] HEAD [of|for|to [the] X]* [a.i.]".
 * Returns undefined when no title head is found.
 */
export function matchTitleRun(ctx: AnalysisContext, k: number, entities: EntityFindings): TitleRun | undefined {
  const tokens = ctx.tokens;
  // Leading entity: "SCO Secretary-General", "China's Foreign Minister", "Russian Deputy Foreign Minister".
  const firstClaim = ctx.claims[k];
  if (firstClaim === Claim.Organization || firstClaim === Claim.Country) {
    // A claimed word starts no title core itself (see startsTitleCore): only one after it can.
    if (!(tokens[k] as Token).cap) return undefined;
    let m = skipEntity(ctx, k);
    if (tokens[m]?.type === TokenType.Possessive) m++;
    return titleRunFrom(ctx, k, m, true, entities);
  }
  return titleRunFrom(ctx, k, k, false, entities);
}

/** The affiliation named by the organisation or country claimed at `index`. */
function affiliationOf(ctx: AnalysisContext, entities: EntityFindings, index: number): TitleRun['affiliation'] {
  const claim = ctx.claims[index];
  const ref = ctx.claimRefs[index] as number;
  if (claim === Claim.Organization) {
    const org = entities.organizations[ref];
    if (org) return { id: org.id, name: org.acronym ?? org.name, kind: 'organization' };
  }
  if (claim === Claim.Country) {
    const country = entities.countries[ref];
    if (country) return { id: country.id, name: country.name, kind: 'country' };
  }
  return null;
}

/** The index after the claimed item (same claim, same ref) that starts at `index`. */
export function skipEntity(ctx: AnalysisContext, index: number): number {
  const claim = ctx.claims[index];
  const ref = ctx.claimRefs[index];
  const length = ctx.tokens.length;
  let e = index;
  while (e < length && ctx.claims[e] === claim && ctx.claimRefs[e] === ref) e++;
  return e;
}

/**
 * The end of the run of unclaimed words from `start` (a title head may not run into a name or an
 * entity), looked at no further than a phrase of `maxWords` can reach. As the limit of a trie
 * look-up it stops the match where a test of each token would, without a call per token.
 */
function unclaimedWordsEnd(ctx: AnalysisContext, start: number, maxWords: number): number {
  const tokens = ctx.tokens;
  const claims = ctx.claims;
  const limit = Math.min(tokens.length, start + maxWords);
  let end = start;
  while (end < limit && claims[end] === Claim.None && (tokens[end] as Token).type === TokenType.Word) end++;
  return end;
}

/**
 * The rest of {@link matchTitleRun}: the title whose core starts at `coreStart`, after the
 * organisation or country claimed at `k` when `leadingEntity`. Where no core starts (see
 * {@link startsTitleCore}), the first word is no head, no modifier and no capitalised title word:
 * no head is found, and the answer is undefined, with no look-up made twice where one starts.
 */
function titleRunFrom(ctx: AnalysisContext, k: number, coreStart: number, leadingEntity: boolean, entities: EntityFindings): TitleRun | undefined {
  const tokens = ctx.tokens;
  let j = coreStart;
  const firstToken = tokens[j];
  if (firstToken === undefined || (firstToken.flags & TITLE_WORDS) === 0) return undefined;
  const vocab = vocabulary();
  // Modifiers and heads, capitalised (titles before names are capitalised in releases).
  let sawHead = false;
  let end = j;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (token.type !== TokenType.Word || ctx.claims[j] !== Claim.None) break;
    // An office abbreviation as written ("British PM Boris Johnson", "FM Dar") is a head.
    if (token.flags & W.RoleAbbreviation) {
      sawHead = true;
      end = ++j;
      continue;
    }
    const headEnd = token.flags & W.TitleHeadStart ? vocab.titleHeads.matchEnd(tokens, j, unclaimedWordsEnd(ctx, j, vocab.titleHeads.maxWords), Accept.Any) : -1;
    if (headEnd >= 0) {
      sawHead = true;
      j = headEnd;
      end = j;
      continue;
    }
    const modifierEnd = token.flags & W.TitleModifierStart ? vocab.titleModifiers.matchEnd(tokens, j, tokens.length, Accept.Any) : -1;
    if (modifierEnd >= 0) {
      j = modifierEnd;
      continue;
    }
    // Ministry domain words inside a title: "Foreign Minister", "Transport Minister".
    if (token.cap && token.flags & W.TitleWord) {
      j++;
      continue;
    }
    break;
  }
  if (!sawHead) return undefined;
  let affiliation = leadingEntity ? affiliationOf(ctx, entities, k) : null;
  // Complements: "of Foreign Affairs", "of China", "of the Republic of Moldova", "to ASEAN",
  // "for Foreign Affairs of Malta", "and Minister of Foreign Affairs", "a.i.".
  for (;;) {
    const token = tokens[end];
    if (token === undefined) break;
    // Marks that can go on with another title: one is all a title can continue with but a word.
    if (token.type !== TokenType.Word) {
      // "High Representative … Security Policy/Vice-President of the European Commission".
      if (token.text === '/' && startsTitleCore(ctx, end + 1)) {
        const more = matchTitleRun(ctx, end + 1, entities);
        if (more) {
          end = more.end;
          if (!affiliation) affiliation = more.affiliation;
          continue;
        }
      }
      // "Member of the Board (Minister) in charge of Trade".
      if (token.text === '(' && startsTitleCore(ctx, end + 1)) {
        let close = end + 1;
        while (close < tokens.length && close < end + 6 && tokens[close]?.text !== ')') close++;
        if (tokens[close]?.text === ')') {
          end = close + 1;
          continue;
        }
      }
      break;
    }
    // Only the words tested below continue a title ("of", "for", "to", "in", "and", "a.i.", "ad").
    if ((token.flags & W.TitleLink) === 0) break;
    const lower = token.lower;
    if (lower === 'in' && tokens[end + 1]?.lower === 'charge' && tokens[end + 2]?.lower === 'of') {
      let n = end + 3;
      while (n < tokens.length && tokens[n]?.cap && ctx.claims[n] === Claim.None && (tokens[n] as Token).flags & W.TitleWord) n++;
      if (n > end + 3) {
        end = n;
        continue;
      }
    }
    if (lower === 'a.i.' || lower === 'ad' || token.text === 'a.i') {
      end += lower === 'ad' && tokens[end + 1]?.lower === 'interim' ? 2 : 1;
      continue;
    }
    if (lower === 'of' || lower === 'for' || lower === 'to' || lower === 'in') {
      let m = end + 1;
      if (tokens[m]?.lower === 'the') m++;
      const claim = ctx.claims[m];
      if (claim === Claim.Organization || claim === Claim.Country) {
        if (!affiliation || (lower === 'of' && affiliation.kind === 'country' && claim === Claim.Organization)) {
          if (lower !== 'to' && lower !== 'in') affiliation = affiliation ?? affiliationOf(ctx, entities, m);
        }
        end = skipEntity(ctx, m);
        continue;
      }
      // Domain words: "of Foreign Affairs", "for Economic Development and Trade": unclaimed
      // capitalised words that are title vocabulary or never part of a name (any other starts a
      // personal name), and "and".
      let n = m;
      while (n < tokens.length) {
        const t = tokens[n] as Token;
        if (t.type === TokenType.Word && ctx.claims[n] === Claim.None && (t.cap ? (t.flags & (W.TitleWord | W.NotName)) !== 0 : t.lower === 'and')) n++;
        else break;
      }
      while (n > m && (tokens[n - 1] as Token).lower === 'and') n--;
      if (n > m && lower !== 'to' && lower !== 'in') {
        end = n;
        continue;
      }
      break;
    }
    // "Deputy Prime Minister and Minister of Foreign Affairs".
    if (lower === 'and' && startsTitleCore(ctx, end + 1)) {
      const more = matchTitleRun(ctx, end + 1, entities);
      if (more) {
        end = more.end;
        if (!affiliation) affiliation = more.affiliation;
        continue;
      }
    }
    break;
  }
  // A trailing "(OSCE)" acronym belongs to the title.
  if (tokens[end]?.text === '(' && ctx.claims[end + 1] === Claim.Organization && tokens[end + 2]?.text === ')') end += 3;
  let first = k;
  if (tokens[first]?.lower === 'the') first++;
  if (first > coreStart) first = coreStart;
  return { first, end, text: undefined, affiliation };
}

/** True when a title's core (modifier or head) starts at j. */
function startsTitleCore(ctx: AnalysisContext, j: number): boolean {
  const token = ctx.tokens[j];
  if (!token || token.type !== TokenType.Word || ctx.claims[j] !== Claim.None) return false;
  const flags = token.flags;
  // An office abbreviation as written is a title on its own: "External Affairs Minister (EAM)".
  if (flags & W.RoleAbbreviation) return true;
  if ((flags & (W.TitleHeadStart | W.TitleModifierStart | W.TitleWord)) === 0) return false;
  if (token.cap && flags & W.TitleWord) return true;
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  return ((flags & W.TitleHeadStart) !== 0 && vocab.titleHeads.matchEnd(tokens, j, tokens.length, Accept.Any) >= 0) || ((flags & W.TitleModifierStart) !== 0 && vocab.titleModifiers.matchEnd(tokens, j, tokens.length, Accept.Any) >= 0);
}
