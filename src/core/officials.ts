/**
 * Officials: people named with a public role. Finds title phrases ("Vice Minister of Foreign
 * Affairs of China"), honorifics ("H.E. Mr."), personal names next to them, in apposition
 * ("Wang Yi, Minister of Foreign Affairs of China,") or in a context only officials appear in
 * ("X held talks with Y"), and links later short forms ("Norov", "Minister Borg Camilleri").
 */
import { AnalysisContext, Claim, slugify } from './context';
import type { EntityFindings } from './entities';
import type { KnowledgeBase, KnownPerson, Mention, Official } from './model';
import { COUNTRIES } from './lexicon';
import { isSpaceCode } from './text';
import { Accept } from './phraseTrie';
import { TokenType, type Token } from './tokens';
import { vocabulary } from './vocabulary';
import { W } from './wordClass';

/** The knowledge-base people of a call with none. */
const NO_KNOWN: ReadonlyArray<{ person: KnownPerson; forms: string[][] }> = [];

/** "led by X", "received by X": verbs whose agent is a person acting in office. */
const BY_AGENT_VERBS = new Set(['led', 'headed', 'chaired', 'co-chaired', 'hosted', 'received', 'accompanied', 'attended', 'signed', 'represented', 'opened', 'welcomed', 'greeted']);

export interface OfficialsFindings {
  officials: Official[];
}

/** An official as the passes of {@link findOfficials} know it. */
interface Found {
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

interface TitleRun {
  first: number;
  end: number;
  /**
   * Display text of the title ("Vice Minister of Foreign Affairs of China"), made by
   * {@link titleTextOf} when first needed: most runs found are never shown.
   */
  text: string | undefined;
  affiliation: { id: string; name: string; kind: 'organization' | 'country' } | null;
}

export function findOfficials(ctx: AnalysisContext, entities: EntityFindings, knowledge?: KnowledgeBase): OfficialsFindings {
  const tokens = ctx.tokens;
  const officials: Official[] = [];
  /** What the passes know of each official, in the order of `officials`. */
  const found: Found[] = [];
  /** The officials by the id they were found with, once there are too many to look through. */
  let byId: Map<string, Found> | undefined;
  const foundWithId = (id: string): Found | undefined => {
    if (byId !== undefined) return byId.get(id);
    for (const person of found) if (person.official.id === id) return person;
    return undefined;
  };
  /** Who has each name word, for {@link findByNameWords}. */
  const byNameWord = new NameWordIndex();

  // Known people from the user's knowledge base: their names and aliases are names.
  const people = knowledge?.people;
  const known = people === undefined || people.length === 0 ? NO_KNOWN : people.map((person) => ({
    person,
    forms: [person.name, ...(person.aliases ?? [])].map((form) => form.toLowerCase().split(/\s+/)),
  }));

  const isNameToken = (k: number): boolean => {
    const token = tokens[k];
    if (!token || token.type !== TokenType.Word || ctx.claims[k] !== Claim.None) return false;
    if (token.cap) return isCapNameWord(token, knownWords);
    // Lower-case particles inside names: "bin", "al-", "de", "van der".
    return (token.flags & W.NameParticle) !== 0;
  };
  const knownWords = known.length === 0 ? undefined : new Set(known.flatMap(({ forms }) => forms.flat()));

  /** The end of the personal name starting at k (up to five name tokens, ending on a capitalised one), or -1. */
  const nameEndAt = (k: number): number => {
    // A headline verb in title case opens no name ("… Chairperson Receives Letters of Credence").
    if (!isNameToken(k) || !(tokens[k] as Token).cap || ((tokens[k] as Token).flags & W.Verb) !== 0) return -1;
    let end = k + 1;
    // Up to five name words, with the dots of initials between them ("Anna K. Lindqvist", "M. Rahman").
    while (end < tokens.length && end - k < 8) {
      if (isNameToken(end)) end++;
      else if (isInitialDot(tokens, end) && isNameToken(end + 1) && (tokens[end + 1] as Token).cap) end++;
      else break;
    }
    // Initials alone are no name ("H.E." read as "H. E").
    let word = k;
    while (word < end && (tokens[word] as Token).text.length < 2) word++;
    if (word === end) return -1;
    // A regnal number after the name: "King Charles III".
    if (end < tokens.length && REGNAL.test((tokens[end] as Token).text) && ctx.claims[end] === Claim.None) end++;
    while (end > k && !(tokens[end - 1] as Token).cap) end--;
    // Headlines in title case: "Tang Jiahui Meets SCO Secretary-General" — the verb is not a name.
    while (end > k && ((tokens[end - 1] as Token).flags & W.Verb) !== 0) end--;
    while (end > k && !(tokens[end - 1] as Token).cap) end--;
    if (end === k) return -1;
    // A run followed by an institution word names the institution ("Political-Security Community").
    const after = tokens[end];
    if (after && after.type === TokenType.Word && after.cap && (after.flags & (W.NotName | W.TitleWord)) === W.NotName) return -1;
    return end;
  };

  const titleAt = (k: number): TitleRun | undefined => matchTitleRun(ctx, k, entities);

  /**
   * Registers `name`, whose lower-case name words are `lower`, as named by tokens [first, end).
   * `shortFormOf` is what findByNameWords gave for `lower`, when the caller looked it up.
   */
  let registrations = 0;
  const register = (name: string, lower: string[], first: number, end: number, evidence: string, title: TitleRun | undefined, shortFormOf?: Found) => {
    registrations++;
    const id = slugify(name);
    // Else a longer or shorter form of someone already known ("Borg Camilleri" for "Elena Borg Camilleri").
    let person = foundWithId(id) ?? shortFormOf ?? findByNameWords(byNameWord, lower);
    const start = (tokens[first] as Token).start;
    const spanEnd = (tokens[end - 1] as Token).end;
    if (!person) {
      // Someone new: the official is made with its title, evidence and mention (arrays made
      // holding their first entry are no larger than they need be).
      const affiliation = title?.affiliation ?? null;
      const mention: Mention = { start, end: spanEnd, kind: 'name', text: ctx.text.slice(start, spanEnd), evidence };
      const created: Official = {
        id,
        name,
        aliases: [],
        titles: title ? [titleTextOf(ctx, title)] : [],
        affiliation: affiliation ? affiliation.name : null,
        affiliationId: affiliation ? affiliation.id : null,
        mentions: [mention],
        evidence: [evidence],
      };
      person = { official: created, index: officials.length, words: lower, renamed: false, mentionStarts: undefined };
      officials.push(created);
      found.push(person);
      if (byId !== undefined) byId.set(id, person);
      else if (found.length > IDS_SCANNED) byId = new Map(found.map((each) => [each.official.id, each]));
      byNameWord.add(person, lower);
      ctx.claim(first, end, Claim.Name, person.index);
      return created;
    }
    if (lower.length > person.words.length) {
      // The fuller form becomes the name.
      person.official.name = name;
      person.renamed = true;
      person.words = lower;
      byNameWord.add(person, lower);
    }
    const official = person.official;
    if (title) {
      const titleText = titleTextOf(ctx, title);
      if (!hasTitle(official.titles, titleText)) official.titles.push(titleText);
      if (!official.affiliation && title.affiliation) {
        official.affiliation = title.affiliation.name;
        official.affiliationId = title.affiliation.id;
      }
    }
    if (!official.evidence.includes(evidence)) official.evidence.push(evidence);
    if (!hasMentionAt(person, start)) {
      person.mentionStarts?.add(start);
      official.mentions.push({ start, end: spanEnd, kind: 'name', text: ctx.text.slice(start, spanEnd), evidence });
    }
    ctx.claim(first, end, Claim.Name, person.index);
    return official;
  };

  // Pass 1: names tied to a title, an honorific or apposition. A title followed by a comma and
  // another title ("The Chairperson-in-Office of the OSCE, Minister for Foreign Affairs of Malta
  // Elena Borg Camilleri") gives the person both.
  // The pass visits every token once, listing on the way the words that can start a name for
  // passes 2 and 3 (see isCapNameWord); at any other token, nothing in those passes applies.
  // Pass 1 itself goes on only at such a word, a title (a title word, or an organisation or
  // country before one: claims the passes can only turn into titles), an honorific, or a
  // paragraph break, which ends a pending title. `next` is where it resumes after a title or name
  // it consumed. Claims pass 1 makes are all before `next`, and claims are never taken back, so a
  // word listed (or not) when the pass comes to it is listed as it would be before the pass;
  // passes 2 and 3 skip claimed words.
  // With each word listed, `nameStartEnds` holds the end of the name pass 1 found there and resumed
  // after (0 where none): every claim pass 1 makes after is at or past that end, and pass 2
  // claims a name before the word only by claiming the word too, so pass 2 would find the same
  // name there again. (Pass 3 comes after claims pass 2 made anywhere: it looks again.)
  const { nameStarts, nameStartEnds } = nameStartBuffers(tokens.length);
  let nameStartCount = 0;
  const claims = ctx.claims;
  let next = 0;
  let pending: TitleRun | undefined;
  // The end of the organisation or country at whose first word pass 1 found no title: a title
  // starting at one of its later words would follow it too (see matchTitleRun), so there is none.
  let noTitleUntil = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (!token.cap) {
      // A paragraph break ends a pending title (there mostly is none).
      if (pending !== undefined && token.type === TokenType.Paragraph && k >= next && claims[k] !== Claim.Name) pending = undefined;
      continue;
    }
    const claim = claims[k];
    // Its index in nameStarts, if listed there.
    let nameStart = -1;
    if (claim === Claim.None && isCapNameWord(token, knownWords)) {
      nameStart = nameStartCount++;
      nameStarts[nameStart] = k;
      nameStartEnds[nameStart] = 0;
    } else if ((token.flags & TITLE_OR_HONORIFIC) === 0 && claim !== Claim.Organization && claim !== Claim.Country) continue;
    if (k < next || claim === Claim.Name) continue;
    // Only a title word, or an organisation or country before one, opens a title; only an
    // honorific word opens an honorific (the tests matchTitleRun and skipHonorifics start with).
    const flags = token.flags;
    const entity = claim === Claim.Organization || claim === Claim.Country;
    const title = (flags & TITLE_WORDS || entity) && k >= noTitleUntil ? titleAt(k) : undefined;
    if (entity && title === undefined && k >= noTitleUntil) noTitleUntil = skipEntity(ctx, k);
    if (title) {
      let j = title.end;
      const honor = skipHonorifics(ctx, j);
      j = honor;
      // "Secretary-General of ASEAN Dato Lim Kah Seng", "Foreign Minister Wang Yi".
      let nameFirst = j;
      let nameEnd = nameEndAt(j);
      let evidence: string | undefined;
      // "the President of X, Name," : title, comma, name.
      if (nameEnd < 0 && tokens[j]?.text === ',') {
        const after = skipHonorifics(ctx, j + 1);
        const candidateEnd = nameEndAt(after);
        if (candidateEnd >= 0 && followsAsApposition(ctx, candidateEnd)) {
          nameFirst = after;
          nameEnd = candidateEnd;
          evidence = `title "${titleTextOf(ctx, title)}" in apposition`;
        }
      }
      // One word after a title is a surname only when it is known or acts like a person
      // ("Ambassador Watanabe conveyed"); otherwise it is the rest of a department's name.
      if (nameEnd >= 0 && nameEnd - nameFirst === 1 && !(byNameWord.sharesWord(tokens, nameFirst, nameEnd) && findByNameWords(byNameWord, lowerTokens(tokens, nameFirst, nameEnd))) && !actsLikePerson(ctx, nameEnd)) {
        nameEnd = -1;
      }
      if (nameEnd >= 0) {
        ctx.claim(title.first, title.end, Claim.Title, -1);
        const chained = pending && pending.end + 1 >= title.first - 1 && tokens[pending.end]?.text === ',' ? pending : undefined;
        if (chained) ctx.claim(chained.first, chained.end, Claim.Title, -1);
        evidence ??= `title "${titleTextOf(ctx, title)}" before the name`;
        const official = register(displayText(ctx, nameFirst, nameEnd), lowerTokens(tokens, nameFirst, nameEnd), nameFirst, nameEnd, evidence, chained ?? title);
        if (chained && !official.titles.includes(titleTextOf(ctx, title))) official.titles.push(titleTextOf(ctx, title));
        pending = undefined;
        next = nameEnd;
        continue;
      }
      // A title alone (a role reference such as "the Secretary-General"): handled later.
      pending = tokens[title.end]?.text === ',' ? title : undefined;
      next = title.end;
      continue;
    }

    const afterHonorific = flags & W.HonorificStart ? skipHonorifics(ctx, k) : k;
    if (afterHonorific > k) {
      const nameEnd = nameEndAt(afterHonorific);
      if (nameEnd >= 0) {
        const honorific = displayText(ctx, k, afterHonorific);
        ctx.claim(k, afterHonorific, Claim.Honorific, -1);
        // An honorific + name followed by ", Title," gets the title too.
        const apposed = tokens[nameEnd]?.text === ',' ? titleAfterComma(ctx, nameEnd, titleAt) : undefined;
        register(displayText(ctx, afterHonorific, nameEnd), lowerTokens(tokens, afterHonorific, nameEnd), afterHonorific, nameEnd, `honorific "${honorific}"`, apposed);
        next = nameEnd;
        continue;
      }
    }

    // A name starts only at a word listed as able to start one (what nameEndAt tests first).
    if (nameStart < 0) continue;
    // "Wang Yi, Minister of Foreign Affairs of China,": name, comma, title.
    const nameEnd = nameEndAt(k);
    if (nameEnd >= 0) nameStartEnds[nameStart] = nameEnd;
    if (nameEnd - k >= 2 && tokens[nameEnd]?.text === ',') {
      const apposed = titleAfterComma(ctx, nameEnd, titleAt);
      if (apposed) {
        register(displayText(ctx, k, nameEnd), lowerTokens(tokens, k, nameEnd), k, nameEnd, `title "${titleTextOf(ctx, apposed)}" after the name`, apposed);
        next = nameEnd;
        continue;
      }
    }
    if (nameEnd >= 0) next = nameEnd;
  }

  // Pass 2: short forms of people already found ("Norov", "Lupașcu"), known people, and full
  // names without a title in a context only officials have ("X held talks with Y").
  const registeredBefore = registrations;
  next = 0;
  for (let i = 0; i < nameStartCount; i++) {
    const k = nameStarts[i] as number;
    if (k < next || claims[k] !== Claim.None) continue;
    const end = nameStartEnds[i] || nameEndAt(k);
    if (end < 0) continue;
    // A name sharing no word with anyone found is no one's short form: no words to lower-case.
    const shares = byNameWord.sharesWord(tokens, k, end);
    const lowerWords = shares || known.length > 0 ? lowerTokens(tokens, k, end) : undefined;
    const existing = shares ? findByNameWords(byNameWord, lowerWords as string[]) : undefined;
    if (existing) {
      register(displayText(ctx, k, end), lowerWords ?? lowerTokens(tokens, k, end), k, end, `short form of ${existing.official.name}`, undefined, existing);
      next = end;
      continue;
    }
    const person = known.length === 0 ? undefined : findKnown(known, lowerWords as string[]);
    if (person) {
      const official = register(person.person.name, lowerAll(person.person.name.split(/\s+/)), k, end, 'in the knowledge base', undefined);
      for (const title of person.person.titles ?? []) if (!official.titles.includes(title)) official.titles.push(title);
      if (!official.affiliation && person.person.affiliation) official.affiliation = person.person.affiliation;
      next = end;
      continue;
    }
    // "the new ambassadors of Uruguay, Nester Navarro, Chile, Julio Fiol …", "heads of missions of
    // Ethiopia – Kasahun Dender Melese": envoys listed by country, in a sentence about envoys.
    const envoyOf = end - k >= 2 ? envoyCountry(ctx, entities, k) : undefined;
    if (envoyOf) {
      const official = register(displayText(ctx, k, end), lowerWords ?? lowerTokens(tokens, k, end), k, end, `listed as the envoy of ${envoyOf.name}`, undefined);
      if (!official.affiliation) {
        official.affiliation = envoyOf.name;
        official.affiliationId = envoyOf.id;
      }
      // The office the sentence gives them all ("the new ambassadors of …").
      if (official.titles.length === 0) official.titles.push(envoyOf.title);
      next = end;
      continue;
    }
    // "his Turkish counterpart Mehmet Selim Karaoğlu": a counterpart holds the same office for the
    // country the demonym names.
    if (end - k >= 2 && (tokens[k - 1]?.lower === 'counterpart' || (tokens[k - 1]?.text === ',' && tokens[k - 2]?.lower === 'counterpart'))) {
      const at = tokens[k - 1]?.lower === 'counterpart' ? k - 1 : k - 2;
      const official = register(displayText(ctx, k, end), lowerWords ?? lowerTokens(tokens, k, end), k, end, 'named as a counterpart', undefined);
      const country = ctx.claims[at - 1] === Claim.Country ? entities.countries[ctx.claimRefs[at - 1] as number] : undefined;
      if (country && !official.affiliation) {
        official.affiliation = country.name;
        official.affiliationId = country.id;
      }
      // The counterpart holds the office of the official whose counterpart they are.
      const office = official.titles.length === 0 ? counterpartOffice(ctx, officials, at) : undefined;
      if (office) official.titles.push(office);
      next = end;
      continue;
    }
    if (end - k >= 2 && !isSentenceInitialPhrase(ctx, k, end) && inOfficialContext(ctx, k, end)) {
      register(displayText(ctx, k, end), lowerWords ?? lowerTokens(tokens, k, end), k, end, 'named as a party to talks or as a speaker', undefined);
      next = end;
      continue;
    }
    next = end;
  }

  // Pass 3 (short forms before full ones are rare; a surname seen before the full name is
  // linked here, as is "Minister Borg Camilleri" once "Elena Borg Camilleri" is known).
  // When pass 2 registered no one, nothing it looked at has changed: pass 3 would find nothing.
  next = registrations === registeredBefore ? tokens.length : 0;
  for (let i = 0; i < nameStartCount; i++) {
    const k = nameStarts[i] as number;
    if (k < next || claims[k] !== Claim.None) continue;
    const end = nameEndAt(k);
    if (end < 0) continue;
    if (byNameWord.sharesWord(tokens, k, end)) {
      const lowerWords = lowerTokens(tokens, k, end);
      const existing = findByNameWords(byNameWord, lowerWords);
      if (existing) register(displayText(ctx, k, end), lowerWords, k, end, `short form of ${existing.official.name}`, undefined, existing);
    }
    next = end;
  }

  // Ids follow the fullest name ("Viktor Golubev" in the headline, "Viktor Nikolayevich Golubev" later).
  // The ids taken are those of the officials before: looked through while there are few, kept in
  // a set once there are many.
  const used = officials.length > IDS_SCANNED ? new Set<string>() : undefined;
  for (let i = 0; i < officials.length; i++) {
    const official = officials[i] as Official;
    // Mostly found in order already; sorting a sorted list (stable, distinct starts) changes nothing.
    sortByStart(official.mentions);
    // The id is the slug of the name it was found with, unless a fuller name replaced that one.
    let id = ((found[i] as Found).renamed ? slugify(official.name) : official.id) || 'official';
    for (let n = 2; used ? used.has(id) : idTakenBefore(officials, i, id); n++) id = `${slugify(official.name)}-${n}`;
    used?.add(id);
    official.id = id;
  }
  return { officials };
}

/** Officials up to which {@link findOfficials} looks through their ids rather than keeping a map or set. */
const IDS_SCANNED = 16;

/** Whether one of the first `count` officials has the id `id`. */
function idTakenBefore(officials: readonly Official[], count: number, id: string): boolean {
  for (let k = 0; k < count; k++) if ((officials[k] as Official).id === id) return true;
  return false;
}

/** After a one-word name: a verb, a possessive, or the end of a clause. */
/** Words after a one-word surname that a department's name is not followed by ("the visit by President Nazarbayev in 2016"). */
const PERSON_FOLLOWERS = new Set(['also', 'then', 'who', 'has', 'had', 'was', 'is', 'will', 'would', 'and', 'in', 'on', 'during', 'with', 'to']);

function actsLikePerson(ctx: AnalysisContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next) return true;
  if (next.type === TokenType.Possessive) return true;
  if (next.type === TokenType.Word) return !next.cap && ((next.flags & W.Verb) !== 0 || PERSON_FOLLOWERS.has(next.lower));
  return next.type === TokenType.Punct && (next.text === '.' || next.text === ';') ;
}

/** Whether one of `titles` is `title` but for case. */
function hasTitle(titles: readonly string[], title: string): boolean {
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

/** Mentions an official may have before {@link hasMentionAt} indexes their starts. */
const MENTIONS_SCANNED = 16;

/**
 * Whether `official` has a mention starting at `start`. Most officials have a few mentions,
 * scanned; one with more gets a set of starts in `mentionStarts`, which the caller keeps up to date.
 */
function hasMentionAt(person: Found, start: number): boolean {
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
function sortByStart(mentions: Mention[]): void {
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

/** The display text of a title run, made once. */
function titleTextOf(ctx: AnalysisContext, run: TitleRun): string {
  return (run.text ??= displayText(ctx, run.first, run.end));
}

/**
 * `lowerAll` of the texts of tokens [first, end), from the forms the tokeniser already lower-cased.
 * A form whose `lower` differs from its text is `text.toLowerCase()`; one whose `lower` is its
 * text is lower-cased again, since the tokeniser's case scan does not look at every character.
 */
function lowerTokens(tokens: readonly Token[], first: number, end: number): string[] {
  // Made at its length: an array grown by push holds room for 16 more.
  const result = new Array<string>(end - first);
  for (let k = first; k < end; k++) {
    const token = tokens[k] as Token;
    result[k - first] = token.lower !== token.text ? token.lower : token.text.toLowerCase();
  }
  return result;
}

/** Buffers for {@link nameStartBuffers}, reused from call to call (up to {@link KEPT_STARTS} entries). */
const KEPT_STARTS = 1 << 16;
let nameStartsBuffer = new Int32Array(1024);
let nameStartEndsBuffer = new Int32Array(1024);

/**
 * Room for the words of a document of `count` tokens that can start a name, and for the end of
 * the name pass 1 of {@link findOfficials} found at each; each entry is written before it is read.
 */
function nameStartBuffers(count: number): { nameStarts: Int32Array; nameStartEnds: Int32Array } {
  if (nameStartsBuffer.length >= count) return { nameStarts: nameStartsBuffer, nameStartEnds: nameStartEndsBuffer };
  const nameStarts = new Int32Array(count);
  const nameStartEnds = new Int32Array(count);
  // Buffers for huge documents are not kept.
  if (count <= KEPT_STARTS) {
    nameStartsBuffer = nameStarts;
    nameStartEndsBuffer = nameStartEnds;
  }
  return { nameStarts, nameStartEnds };
}

/** Word classes that can open a title's core ({@link startsTitleCore}). */
/** Words that can open a title: heads, modifiers, title words, and office abbreviations ("PM", "FM"). */
const TITLE_WORDS = W.TitleHeadStart | W.TitleModifierStart | W.TitleWord | W.RoleAbbreviation;
/** Word classes that can open a title or an honorific. */
const TITLE_OR_HONORIFIC = TITLE_WORDS | W.HonorificStart;

/** Whether a capitalised word can be part of a personal name (before any claim is considered). */
/** Words of a sentence about envoys, in which "Country, Name" lists an envoy. */
const ENVOY_WORDS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'credentials', 'credence', 'missions', 'ambassadors-designate']);

/**
 * The country before a name in a list of envoys ("Uruguay, Nester Navarro", "Ethiopia – Kasahun
 * Dender Melese"), with the office the sentence names them by.
 */
function envoyCountry(ctx: AnalysisContext, entities: EntityFindings, k: number): { id: string; name: string; title: string } | undefined {
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

/**
 * "Foreign Minister Hakan Fidan met his Greek counterpart Yorgos Yerapetritis": the office of the
 * nearest official named before `counterpart` in its sentence, without that official's country
 * ("Minister of Foreign Affairs of Kazakhstan" → "Minister of Foreign Affairs").
 */
function counterpartOffice(ctx: AnalysisContext, officials: readonly Official[], counterpart: number): string | undefined {
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
  const isCountry = (phrase: string[]) => countryFormsOf().has(phrase.join(' ').toLowerCase());
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

let countryForms: Set<string> | undefined;
/** Every name, alias and demonym of the countries, lower case. */
function countryFormsOf(): Set<string> {
  countryForms ??= new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]).map((form) => form.toLowerCase()));
  return countryForms;
}

const REGNAL = /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** The dot after a one-letter initial inside a name: "K" "." in "Anna K. Lindqvist". */
function isInitialDot(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]?.text === '.' && before !== undefined && before.text.length === 1 && before.cap && (tokens[k] as Token).start === before.end;
}

function isCapNameWord(token: Token, knownWords: ReadonlySet<string> | undefined): boolean {
  const flags = token.flags;
  if (flags & (W.NotName | W.TitleWord)) return knownWords !== undefined && knownWords.has(token.lower);
  if (flags & W.HonorificStart && token.text.length > 1) return false;
  if (token.allCaps && token.text.length > 1 && token.text.length <= 5) return knownWords !== undefined && knownWords.has(token.lower);
  // "ASEAN-Japan", "Korea-Kazakhstan": compounds of countries or organisations name relations, not people.
  if (flags & W.EntityCompound) return false;
  return true;
}

/** Lower-case copies of `words` (a loop, not a closure: the callers are hot loops). */
function lowerAll(words: readonly string[]): string[] {
  const result: string[] = [];
  for (const word of words) result.push(word.toLowerCase());
  return result;
}

/** The knowledge-base person one of whose name forms is exactly `lowerWords`. */
function findKnown<T extends { forms: string[][] }>(known: readonly T[], lowerWords: readonly string[]): T | undefined {
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
function findByNameWords(index: NameWordIndex, words: string[]): Found | undefined {
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
class NameWordIndex {
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


function skipHonorifics(ctx: AnalysisContext, k: number): number {
  let j = k;
  for (;;) {
    const token = ctx.tokens[j];
    if (!token || token.type !== TokenType.Word || !token.cap || (token.flags & W.HonorificStart) === 0) return j;
    // The vocabulary is needed only here, after the test most calls stop at.
    const vocab = vocabulary();
    const end = vocab.honorifics.matchEnd(ctx.tokens, j, ctx.tokens.length, Accept.Any);
    if (end < 0) return j;
    // Honorifics match with their case: "HE" is His Excellency, "He" is a pronoun (or a surname).
    if (!writtenAsOneOf(ctx, j, end, vocab.honorifics.lastValues)) return j;
    j = end;
    // "Dato'" is written with an apostrophe the tokeniser reads as a possessive.
    if (ctx.tokens[j]?.type === TokenType.Possessive && ctx.tokens[j]?.text === "'") j++;
  }
}

/**
 * Whether the text of tokens [first, end), white space collapsed, is one of `values`, white space
 * collapsed: compared where it is written, with no string made.
 */
function writtenAsOneOf(ctx: AnalysisContext, first: number, end: number, values: readonly string[]): boolean {
  const text = ctx.text;
  const from = (ctx.tokens[first] as Token).start;
  const to = (ctx.tokens[end - 1] as Token).end;
  for (const value of values) if (sameButSpaces(text, from, to, value)) return true;
  return false;
}

/**
 * Whether `text.slice(from, to)` and `value` are the same once each run of white space in either
 * is one space (`replace(/\s+/g, ' ')`; isSpaceCode is what `\s` matches).
 */
function sameButSpaces(text: string, from: number, to: number, value: string): boolean {
  let i = from;
  let j = 0;
  while (i < to && j < value.length) {
    const a = text.charCodeAt(i);
    if (isSpaceCode(a)) {
      if (!isSpaceCode(value.charCodeAt(j))) return false;
      while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
      while (j < value.length && isSpaceCode(value.charCodeAt(j))) j++;
      continue;
    }
    if (a !== value.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return i === to && j === value.length;
}

/**
 * `ctx.displayOf(first, end)` for a name or a title, from the tokens' own texts: words and
 * numbers hold no white space (the normalised text has none but ASCII spaces and line breaks,
 * which end them), so the display form is the tokens joined by a space where one space
 * separates them and by nothing where nothing does. A one-word name is its token's shared text,
 * no new string. Possessives, quotation marks, line breaks, white-space punctuation and any other
 * gap are left to displayOf.
 */
function displayText(ctx: AnalysisContext, first: number, end: number): string {
  const tokens = ctx.tokens;
  let previous = tokens[first] as Token;
  if (!spaceFree(previous)) return ctx.displayOf(first, end);
  if (end - first === 1) return previous.text;
  // Words joined by single spaces are looked up in the shared texts; once two tokens touch (rare),
  // the rest is added to the text.
  let node = spacedRoot(previous.text);
  let text: string | undefined;
  for (let k = first + 1; k < end; k++) {
    const token = tokens[k] as Token;
    if (!spaceFree(token)) return ctx.displayOf(first, end);
    const gap = token.start - previous.end;
    if (gap === 1 && ctx.normalized.charCodeAt(previous.end) === 32) {
      if (text === undefined) node = spacedNext(node, token.text);
      else text = `${text} ${token.text}`;
    } else if (gap === 0) text = (text ?? node.text) + token.text;
    else return ctx.displayOf(first, end);
    previous = token;
  }
  return text ?? node.text;
}

/**
 * A run of words joined by single spaces, as a node of {@link spacedTexts}: its display text and
 * the runs one more word makes.
 */
interface SpacedText {
  text: string;
  /** The word and run of the only longer run, while there is one (most runs): a step there is one string comparison. */
  onlyWord: string | undefined;
  onlyNext: SpacedText | undefined;
  /** The longer runs by their last word, once there are two or more. */
  next: Map<string, SpacedText> | undefined;
}

/**
 * The display texts of runs of words joined by single spaces, kept from document to document
 * (names and titles recur across releases), keyed by the words' texts: each is made once, and a
 * name mentioned again is the same string, its hash known to the id look-up. Emptied when it
 * grows past {@link SPACED_TEXTS_KEPT} runs.
 */
let spacedTexts = new Map<string, SpacedText>();
let spacedTextCount = 0;
const SPACED_TEXTS_KEPT = 20_000;

/** The run of one word. */
function spacedRoot(word: string): SpacedText {
  let node = spacedTexts.get(word);
  if (node === undefined) {
    keepSpacedText();
    node = { text: word, onlyWord: undefined, onlyNext: undefined, next: undefined };
    spacedTexts.set(word, node);
  }
  return node;
}

/** The run of `node`'s words and `word`. */
function spacedNext(node: SpacedText, word: string): SpacedText {
  if (word === node.onlyWord) return node.onlyNext as SpacedText;
  let child = node.next?.get(word);
  if (child === undefined) {
    keepSpacedText();
    child = { text: `${node.text} ${word}`, onlyWord: undefined, onlyNext: undefined, next: undefined };
    if (node.onlyWord === undefined && node.next === undefined) {
      node.onlyWord = word;
      node.onlyNext = child;
    } else {
      if (node.next === undefined) {
        node.next = new Map([[node.onlyWord as string, node.onlyNext as SpacedText]]);
        node.onlyWord = undefined;
        node.onlyNext = undefined;
      }
      node.next.set(word, child);
    }
  }
  return child;
}

/** Counts a run made, emptying the runs kept when there are too many (the one being made is then kept only for its caller). */
function keepSpacedText(): void {
  if (++spacedTextCount <= SPACED_TEXTS_KEPT) return;
  spacedTexts = new Map();
  spacedTextCount = 1;
}

/**
 * Whether a token's text is as written and holds no white space: a word, a number, or a mark that
 * is not a space. (Possessives share one text, "'s", whatever the case written.)
 */
function spaceFree(token: Token): boolean {
  const type = token.type;
  if (type === TokenType.Word || type === TokenType.Number) return true;
  return type === TokenType.Punct && !isSpaceCode(token.text.charCodeAt(0));
}

function followsAsApposition(ctx: AnalysisContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next) return true;
  if (next.type === TokenType.Punct || next.type === TokenType.Paragraph || next.type === TokenType.Newline) return true;
  return next.type === TokenType.Word && !next.cap;
}

function titleAfterComma(ctx: AnalysisContext, comma: number, titleAt: (k: number) => TitleRun | undefined): TitleRun | undefined {
  let j = comma + 1;
  if (ctx.tokens[j]?.lower === 'the') j++;
  const title = titleAt(j);
  if (!title) return undefined;
  const after = ctx.tokens[title.end];
  if (after && after.type === TokenType.Word && after.cap && ctx.claims[title.end] === Claim.None) return undefined;
  return title;
}

/** Names at the start of a sentence followed by a lower-case word are often ordinary phrases. */
function isSentenceInitialPhrase(ctx: AnalysisContext, nameFirst: number, nameEnd: number): boolean {
  // Only a one-word name can be such a phrase: its sentence is looked up only then.
  if (nameEnd - nameFirst >= 2) return false;
  const first = ctx.tokens[nameFirst] as Token;
  const [sentenceStart] = ctx.sentenceRange(first.sentence);
  return nameFirst === sentenceStart;
}

/** A person in a diplomatic text who meets, speaks or leads is an official. */
function inOfficialContext(ctx: AnalysisContext, nameFirst: number, nameEnd: number): boolean {
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
function skipEntity(ctx: AnalysisContext, index: number): number {
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
  if ((flags & (W.TitleHeadStart | W.TitleModifierStart | W.TitleWord)) === 0) return false;
  if (token.cap && flags & W.TitleWord) return true;
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  return ((flags & W.TitleHeadStart) !== 0 && vocab.titleHeads.matchEnd(tokens, j, tokens.length, Accept.Any) >= 0) || ((flags & W.TitleModifierStart) !== 0 && vocab.titleModifiers.matchEnd(tokens, j, tokens.length, Accept.Any) >= 0);
}

export type { Mention };
