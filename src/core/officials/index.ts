/**
 * Officials: people named with a public role. Finds title phrases ("Vice Minister of Foreign
 * Affairs of China"), honorifics ("H.E. Mr."), personal names next to them, in apposition
 * ("Wang Yi, Minister of Foreign Affairs of China,") or in a context only officials appear in
 * ("X held talks with Y"), and links later short forms ("Norov", "Minister Borg Camilleri").
 *
 * This module is the pass itself: {@link findOfficials} reads the text in three passes and
 * registers each official found. Its stages are the modules beside it:
 *   titles.ts      title phrases and their affiliation, the office of a counterpart
 *   honorifics.ts  honorifics before a name ("H.E. Mr.")
 *   names.ts       personal names: their words, their end, contexts only officials appear in
 *   linking.ts     a name linked to an official already found (short and fuller forms, known people)
 *   display.ts     the display text of names and titles, shared from document to document
 */
import { AnalysisContext, Claim, slugify } from '../context';
import type { EntityFindings } from '../entities';
import type { KnowledgeBase, KnownPerson, Mention, Official } from '../model';
import { TokenType, type Token } from '../tokens';
import { W } from '../wordClass';
import { displayText } from './display';
import { skipHonorifics } from './honorifics';
import { findByNameWords, findKnown, hasMentionAt, NameWordIndex, sortByStart, type Found } from './linking';
import { actsLikePerson, envoyCountry, followsAsApposition, inOfficialContext, inOfficialSentence, isCapNameWord, isInitialDot, isSentenceInitialPhrase, lowerAll, lowerTokens } from './names';
import { counterpartOffice, hasTitle, matchTitleRun, skipEntity, TITLE_WORDS, titleAfterComma, titleTextOf, type TitleRun } from './titles';

/** The knowledge-base people of a call with none. */
const NO_KNOWN: ReadonlyArray<{ person: KnownPerson; forms: string[][] }> = [];

export interface OfficialsFindings {
  officials: Official[];
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
    if (end < tokens.length && (tokens[end] as Token).allCaps && (tokens[end] as Token).text.length <= 4 && REGNAL.test((tokens[end] as Token).text) && ctx.claims[end] === Claim.None) end++;
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
    // "India's Nirupama Rao and Pakistan's Salman Bashir met": a person a country's possessive
    // names is that country's, and an official in a sentence about people who meet or speak.
    const owner = end - k >= 2 && tokens[k - 1]?.type === TokenType.Possessive && ctx.claims[k - 2] === Claim.Country ? entities.countries[ctx.claimRefs[k - 2] as number] : undefined;
    const party = end - k >= 2 && !isSentenceInitialPhrase(ctx, k, end) && inOfficialContext(ctx, k, end);
    if (party || (owner && inOfficialSentence(ctx, k))) {
      const official = register(displayText(ctx, k, end), lowerWords ?? lowerTokens(tokens, k, end), k, end, party ? 'named as a party to talks or as a speaker' : `named as ${owner!.name}'s`, undefined);
      if (owner && !official.affiliation) {
        official.affiliation = owner.name;
        official.affiliationId = owner.id;
      }
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

/** Word classes that can open a title or an honorific. */
const TITLE_OR_HONORIFIC = TITLE_WORDS | W.HonorificStart;

const REGNAL = /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

export { matchTitleRun };
export type { Mention };
