/**
 * Officials: people named with a public role. Finds title phrases ("Vice Minister of Foreign
 * Affairs of China"), honorifics ("H.E. Mr."), personal names next to them, in apposition
 * ("Wang Yi, Minister of Foreign Affairs of China,") or in a context only officials appear in
 * ("X held talks with Y"), and links later short forms ("Norov", "Minister Borg Camilleri").
 */
import { AnalysisContext, Claim, slugify } from './context';
import type { EntityFindings } from './entities';
import type { KnowledgeBase, Mention, Official } from './model';
import { TokenType, type Token } from './tokens';
import { isEntityName, vocabulary } from './vocabulary';

/** Capitalised words that are never part of a personal name. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'he', 'she', 'his', 'her', 'him', 'it', 'its', 'they', 'their', 'them', 'we', 'our', 'us', 'i', 'you',
  'this', 'that', 'these', 'those', 'there', 'here', 'both', 'all', 'each', 'every', 'either', 'neither', 'some', 'any',
  'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then',
  'during', 'after', 'before', 'following', 'according', 'however', 'also', 'while', 'when', 'where', 'which', 'who',
  'whom', 'whose', 'what', 'why', 'how', 'over', 'under', 'between', 'among', 'within', 'without', 'through', 'about',
  'against', 'towards', 'toward', 'upon', 'into', 'onto', 'since', 'until', 'despite', 'amid', 'further', 'moreover',
  'meanwhile', 'furthermore', 'additionally', 'besides', 'thus', 'therefore', 'today', 'yesterday', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sept', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'parties', 'party', 'side', 'sides', 'participants', 'delegation',
  'delegations', 'leaders', 'ministers', 'heads', 'members', 'member', 'state', 'states', 'countries', 'country', 'nations',
  'region', 'world', 'international', 'national', 'global', 'regional', 'mutual', 'joint', 'new', 'first', 'second',
  'third', 'fourth', 'fifth', 'next', 'last', 'year', 'years', 'day', 'days', 'week', 'month', 'summit', 'meeting',
  'meetings', 'talks', 'conference', 'forum', 'session', 'council', 'committee', 'commission', 'organisation',
  'organization', 'union', 'secretariat', 'bank', 'fund', 'initiative', 'declaration', 'agreement', 'treaty', 'charter',
  'convention', 'strategy', 'plan', 'programme', 'program', 'partnership', 'cooperation', 'co-operation', 'community',
  'federation', 'republic', 'kingdom', 'government', 'spirit', 'centre', 'centres', 'center', 'centers', 'consortium',
  'association', 'parliament', 'assembly', 'group', 'office', 'department', 'agency', 'institute', 'university',
  'corridor', 'road', 'belt', 'way', 'expo', 'games', 'format', 'series', 'events', 'event', 'wonders', 'eight', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'nine', 'ten', 'press', 'release', 'statement', 'communique',
  'communiqué', 'readout', 'news', 'minister', 'ministry', 'embassy', 'affairs', 'foreign', 'president', 'prime',
  'north', 'south', 'east', 'west', 'central', 'eastern', 'western', 'northern', 'southern', 'asia', 'europe', 'africa',
  'america', 'pacific', 'atlantic', 'indian', 'ocean', 'sea', 'gulf', 'middle', 'far', 'caspian', 'arctic', 'dialogue',
  'partners', 'partner', 'outlook', 'vision', 'centrality', 'integration', 'development', 'security', 'peace', 'trade',
  'economic', 'economy', 'energy', 'transport', 'culture', 'tourism', 'health', 'education', 'science', 'technology',
  'digital', 'green', 'climate', 'human', 'rights', 'special', 'permanent', 'executive', 'general', 'deputy', 'vice',
  'acting', 'chief', 'head', 'director', 'secretary', 'chair', 'chairman', 'chairperson', 'speaker', 'spokesperson',
  'ambassador', 'envoy', 'consul', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'pope',
  'shanghai', 'global', 'gateway', 'package', 'free', 'area', 'continental', 'investment', 'vaccine', 'production',
  'mobility', 'migration', 'financing', 'operations', 'matters', 'relations', 'issues', 'questions', 'chinese', 'english',
  'latin', 'script', 'schools', 'banks', 'please', 'note', 'photo', 'video', 'source', 'website', 'ends', 'end',
]);

/** Nouns after a name that show it is not a person ("Belt and Road Initiative", "Tashkent Declaration"). */
const PERSON_CONTEXT_VERBS = new Set([
  'met', 'meets', 'meet', 'received', 'receives', 'receive', 'held', 'holds', 'hold', 'visited', 'visits', 'visit', 'thanked',
  'welcomed', 'congratulated', 'conveyed', 'expressed', 'briefed', 'informed', 'invited', 'hosted', 'hosts', 'chaired',
  'co-chaired', 'headed', 'led', 'leads', 'signed', 'presented', 'handed', 'accepted', 'greeted', 'spoke', 'speaks', 'talked',
  'discussed', 'exchanged', 'agreed', 'confirmed', 'proposed', 'suggested', 'assured', 'shared', 'called', 'phoned', 'wished',
  'paid', 'attended', 'participated', 'took', 'gave', 'delivered', 'reported', 'outlined', 'reiterated', 'reaffirmed',
]);

/** "led by X", "received by X": verbs whose agent is a person acting in office. */
const BY_AGENT_VERBS = new Set(['led', 'headed', 'chaired', 'co-chaired', 'hosted', 'received', 'accompanied', 'attended', 'signed', 'represented', 'opened', 'welcomed', 'greeted']);

interface Candidate {
  first: number;
  end: number;
  /** Name tokens only (honorifics and possessives excluded). */
  words: string[];
}

export interface OfficialsFindings {
  officials: Official[];
  /** For each official, the normalised name words used for linking short forms. */
  nameWords: Map<string, string[]>;
  /** For each official, the index of the token where it is first named. */
  firstToken: Map<string, number>;
}

interface TitleRun {
  first: number;
  end: number;
  /** Display text of the title ("Vice Minister of Foreign Affairs of China"). */
  text: string;
  affiliation: { id: string; name: string; kind: 'organization' | 'country' } | null;
}

export function findOfficials(ctx: AnalysisContext, entities: EntityFindings, knowledge?: KnowledgeBase): OfficialsFindings {
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  const officials: Official[] = [];
  const byId = new Map<string, Official>();
  const nameWords = new Map<string, string[]>();
  const firstToken = new Map<string, number>();
  const indexOf = new Map<Official, number>();
  const mentionStarts = new Map<Official, Set<number>>();

  // Known people from the user's knowledge base: their names and aliases are names.
  const known = (knowledge?.people ?? []).map((person) => ({
    person,
    forms: [person.name, ...(person.aliases ?? [])].map((form) => form.toLowerCase().split(/\s+/)),
  }));

  const isNameToken = (k: number): boolean => {
    const token = tokens[k];
    if (!token || token.type !== TokenType.Word || ctx.claims[k] !== Claim.None) return false;
    if (token.cap) {
      if (NOT_NAME.has(token.lower) || vocab.titleWords.has(token.lower)) return isKnownNameWord(token.lower);
      if (vocab.honorifics.has(token.lower) && token.text.length > 1) return false;
      if (token.allCaps && token.text.length > 1 && token.text.length <= 5) return isKnownNameWord(token.lower);
      // "ASEAN-Japan", "Korea-Kazakhstan": compounds of countries or organisations name relations, not people.
      if (token.text.includes('-') && isEntityCompound(token.text)) return false;
      return true;
    }
    // Lower-case particles inside names: "bin", "al-", "de", "van der".
    return vocab.nameParticles.has(token.lower);
  };
  const knownWords = new Set(known.flatMap(({ forms }) => forms.flat()));
  const isKnownNameWord = (lower: string) => knownWords.has(lower);

  /** The personal name starting at k: up to five name tokens, ending on a capitalised one. */
  const nameAt = (k: number): Candidate | undefined => {
    if (!isNameToken(k) || !(tokens[k] as Token).cap) return undefined;
    let end = k;
    while (end < tokens.length && end - k < 6 && isNameToken(end)) end++;
    while (end > k && !(tokens[end - 1] as Token).cap) end--;
    // Headlines in title case: "Tang Jiahui Meets SCO Secretary-General" — the verb is not a name.
    while (end > k && isVerbWord((tokens[end - 1] as Token).lower)) end--;
    while (end > k && !(tokens[end - 1] as Token).cap) end--;
    if (end === k) return undefined;
    // A run followed by an institution word names the institution ("Political-Security Community").
    const after = tokens[end];
    if (after && after.type === TokenType.Word && after.cap && NOT_NAME.has(after.lower) && !vocab.titleWords.has(after.lower)) return undefined;
    const words = tokens.slice(k, end).map((t) => t.text);
    return { first: k, end, words };
  };

  const titleAt = (k: number): TitleRun | undefined => matchTitleRun(ctx, k, entities);

  const register = (name: string, words: string[], first: number, end: number, evidence: string, title: TitleRun | undefined) => {
    const id = slugify(name);
    let official = byId.get(id);
    if (!official) {
      // A longer or shorter form of someone already known ("Borg Camilleri" for "Elena Borg Camilleri").
      official = findByNameWords(officials, nameWords, words.map((w) => w.toLowerCase()));
    }
    if (!official) {
      official = { id, name, titles: [], affiliation: null, affiliationId: null, mentions: [], evidence: [] };
      indexOf.set(official, officials.length);
      mentionStarts.set(official, new Set());
      officials.push(official);
      byId.set(id, official);
      nameWords.set(id, words.map((w) => w.toLowerCase()));
      firstToken.set(id, first);
    } else if (words.length > (nameWords.get(official.id)?.length ?? 0)) {
      // The fuller form becomes the name.
      official.name = name;
      nameWords.set(official.id, words.map((w) => w.toLowerCase()));
    }
    if (title) {
      const titleText = title.text;
      if (!official.titles.some((t) => t.toLowerCase() === titleText.toLowerCase())) official.titles.push(titleText);
      if (!official.affiliation && title.affiliation) {
        official.affiliation = title.affiliation.name;
        official.affiliationId = title.affiliation.id;
      }
    }
    if (!official.evidence.includes(evidence)) official.evidence.push(evidence);
    const span = ctx.spanOf(first, end);
    const starts = mentionStarts.get(official) as Set<number>;
    if (!starts.has(span.start)) {
      starts.add(span.start);
      official.mentions.push({ ...span, kind: 'name', text: ctx.text.slice(span.start, span.end), evidence });
    }
    ctx.claim(first, end, Claim.Name, indexOf.get(official) as number);
    return official;
  };

  // Pass 1: names tied to a title, an honorific or apposition. A title followed by a comma and
  // another title ("The Chairperson-in-Office of the OSCE, Minister for Foreign Affairs of Malta
  // Elena Borg Camilleri") gives the person both.
  let pending: TitleRun | undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.claims[k] === Claim.Name) continue;
    const token = tokens[k] as Token;
    // Titles, honorifics and names all start with a capital.
    if (token.type !== TokenType.Word || !token.cap) {
      if (token.type === TokenType.Paragraph) pending = undefined;
      continue;
    }

    const title = titleAt(k);
    if (title) {
      let j = title.end;
      const honor = skipHonorifics(ctx, j);
      j = honor;
      // "Secretary-General of ASEAN Dato Lim Kah Seng", "Foreign Minister Wang Yi".
      let name = nameAt(j);
      let evidence = `title "${title.text}" before the name`;
      // "the President of X, Name," : title, comma, name.
      if (!name && tokens[j]?.text === ',') {
        const after = skipHonorifics(ctx, j + 1);
        const candidate = nameAt(after);
        if (candidate && followsAsApposition(ctx, candidate.end)) {
          name = candidate;
          evidence = `title "${title.text}" in apposition`;
        }
      }
      // One word after a title is a surname only when it is known or acts like a person
      // ("Ambassador Watanabe conveyed"); otherwise it is the rest of a department's name.
      if (name && name.words.length === 1 && !findByNameWords(officials, nameWords, [name.words[0]!.toLowerCase()]) && !actsLikePerson(ctx, name.end)) {
        name = undefined;
      }
      if (name) {
        ctx.claim(title.first, title.end, Claim.Title, -1);
        const chained = pending && pending.end + 1 >= title.first - 1 && tokens[pending.end]?.text === ',' ? pending : undefined;
        if (chained) ctx.claim(chained.first, chained.end, Claim.Title, -1);
        const official = register(ctx.displayOf(name.first, name.end), name.words, name.first, name.end, evidence, chained ?? title);
        if (chained && !official.titles.includes(title.text)) official.titles.push(title.text);
        pending = undefined;
        k = name.end - 1;
        continue;
      }
      // A title alone (a role reference such as "the Secretary-General"): handled later.
      pending = tokens[title.end]?.text === ',' ? title : undefined;
      k = title.end - 1;
      continue;
    }

    const afterHonorific = skipHonorifics(ctx, k);
    if (afterHonorific > k) {
      const name = nameAt(afterHonorific);
      if (name) {
        const honorific = ctx.displayOf(k, afterHonorific);
        ctx.claim(k, afterHonorific, Claim.Honorific, -1);
        // An honorific + name followed by ", Title," gets the title too.
        const apposed = tokens[name.end]?.text === ',' ? titleAfterComma(ctx, name.end, titleAt) : undefined;
        register(ctx.displayOf(name.first, name.end), name.words, name.first, name.end, `honorific "${honorific}"`, apposed);
        k = name.end - 1;
        continue;
      }
    }

    // "Wang Yi, Minister of Foreign Affairs of China,": name, comma, title.
    const name = nameAt(k);
    if (name && name.words.length >= 2 && tokens[name.end]?.text === ',') {
      const apposed = titleAfterComma(ctx, name.end, titleAt);
      if (apposed) {
        register(ctx.displayOf(name.first, name.end), name.words, name.first, name.end, `title "${apposed.text}" after the name`, apposed);
        k = name.end - 1;
        continue;
      }
    }
    if (name) k = name.end - 1;
  }

  // Pass 2: short forms of people already found ("Norov", "Lupașcu"), known people, and full
  // names without a title in a context only officials have ("X held talks with Y").
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.claims[k] !== Claim.None || !(tokens[k] as Token).cap) continue;
    const name = nameAt(k);
    if (!name) continue;
    const lowerWords = name.words.map((w) => w.toLowerCase());
    const existing = findByNameWords(officials, nameWords, lowerWords);
    if (existing) {
      register(ctx.displayOf(name.first, name.end), name.words, name.first, name.end, `short form of ${existing.name}`, undefined);
      k = name.end - 1;
      continue;
    }
    const person = known.find(({ forms }) => forms.some((form) => sameWords(form, lowerWords)));
    if (person) {
      const official = register(person.person.name, person.person.name.split(/\s+/), name.first, name.end, 'in the knowledge base', undefined);
      for (const title of person.person.titles ?? []) if (!official.titles.includes(title)) official.titles.push(title);
      if (!official.affiliation && person.person.affiliation) official.affiliation = person.person.affiliation;
      k = name.end - 1;
      continue;
    }
    if (name.words.length >= 2 && !isSentenceInitialPhrase(ctx, name) && inOfficialContext(ctx, name)) {
      register(ctx.displayOf(name.first, name.end), name.words, name.first, name.end, 'named as a party to talks or as a speaker', undefined);
      k = name.end - 1;
      continue;
    }
    k = name.end - 1;
  }

  // Pass 3 (short forms before full ones are rare; a surname seen before the full name is
  // linked here, as is "Minister Borg Camilleri" once "Elena Borg Camilleri" is known).
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.claims[k] !== Claim.None || !(tokens[k] as Token).cap) continue;
    const name = nameAt(k);
    if (!name) continue;
    const existing = findByNameWords(officials, nameWords, name.words.map((w) => w.toLowerCase()));
    if (existing) register(ctx.displayOf(name.first, name.end), name.words, name.first, name.end, `short form of ${existing.name}`, undefined);
    k = name.end - 1;
  }

  // Ids follow the fullest name ("Viktor Golubev" in the headline, "Viktor Nikolayevich Golubev" later).
  const used = new Set<string>();
  for (const official of officials) {
    official.mentions.sort((a, b) => a.start - b.start);
    let id = slugify(official.name) || 'official';
    for (let n = 2; used.has(id); n++) id = `${slugify(official.name)}-${n}`;
    used.add(id);
    if (id !== official.id) {
      nameWords.set(id, nameWords.get(official.id) ?? []);
      firstToken.set(id, firstToken.get(official.id) ?? 0);
      official.id = id;
    }
  }
  return { officials, nameWords, firstToken };
}

/** Words that are verbs in this genre: they end a name run. */
function isVerbWord(lower: string): boolean {
  const vocab = vocabulary();
  return PERSON_CONTEXT_VERBS.has(lower) || vocab.speechCues.has(lower) || (vocab.meetingCues.has(lower) && lower !== 'talks') || HEADLINE_VERBS.has(lower);
}

const HEADLINE_VERBS = new Set(['meets', 'receives', 'holds', 'visits', 'says', 'calls', 'hosts', 'attends', 'signs', 'discusses', 'welcomes', 'concludes', 'pays', 'begins', 'opens', 'addresses', 'presents', 'congratulates', 'thanks', 'urges', 'stresses', 'chairs', 'leads', 'arrives', 'departs', 'speaks', 'briefs', 'condemns', 'expresses']);

/** After a one-word name: a verb, a possessive, or the end of a clause. */
function actsLikePerson(ctx: AnalysisContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next) return true;
  if (next.type === TokenType.Possessive) return true;
  if (next.type === TokenType.Word) return !next.cap && (isVerbWord(next.lower) || next.lower === 'also' || next.lower === 'then' || next.lower === 'who' || next.lower === 'has' || next.lower === 'had' || next.lower === 'was' || next.lower === 'is' || next.lower === 'will' || next.lower === 'would' || next.lower === 'and');
  return next.type === TokenType.Punct && (next.text === '.' || next.text === ';') ;
}

function isEntityCompound(text: string): boolean {
  return text.split('-').some((part) => part.length > 0 && isEntityName(part));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/**
 * The official whose name contains `words` as a contiguous run ("norov" in "vladimir norov",
 * "borg camilleri" in "elena borg camilleri"), or whose name is contained in `words`. Only a
 * unique match counts.
 */
function findByNameWords(officials: Official[], nameWords: Map<string, string[]>, words: string[]): Official | undefined {
  const matches = officials.filter((official) => {
    const full = nameWords.get(official.id) ?? [];
    return isSubsequence(words, full) || isSubsequence(full, words);
  });
  if (matches.length !== 1) return undefined;
  const match = matches[0] as Official;
  const full = nameWords.get(match.id) ?? [];
  // A two-letter word alone ("Le", "Hà") stands for a person only as the first or last name word.
  if (words.length === 1 && full.length > 1 && (words[0]?.length ?? 0) < 3 && words[0] !== full[0] && words[0] !== full[full.length - 1]) return undefined;
  // Particles alone ("bin", "al") are never a short form.
  if (words.length === 1 && vocabulary().nameParticles.has(words[0] as string)) return undefined;
  return match;
}

/** True when `needle` appears in `haystack` in order, gaps allowed ("viktor golubev" in "viktor nikolayevich golubev"). */
function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  let j = 0;
  for (const word of haystack) if (word === needle[j]) j++;
  return j === needle.length;
}


function skipHonorifics(ctx: AnalysisContext, k: number): number {
  const vocab = vocabulary();
  let j = k;
  for (;;) {
    const token = ctx.tokens[j];
    if (!token || token.type !== TokenType.Word || !token.cap) return j;
    const match = vocab.honorifics.longest(ctx.tokens, j);
    // Honorifics match with their case: "HE" is His Excellency, "He" is a pronoun (or a surname).
    if (!match || !match.values.some((value) => value.replace(/\s+/g, ' ') === ctx.textOf(match.start, match.end).replace(/\s+/g, ' '))) return j;
    j = match.end;
    // "Dato'" is written with an apostrophe the tokeniser reads as a possessive.
    if (ctx.tokens[j]?.type === TokenType.Possessive && ctx.tokens[j]?.text === "'") j++;
  }
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
function isSentenceInitialPhrase(ctx: AnalysisContext, name: Candidate): boolean {
  const first = ctx.tokens[name.first] as Token;
  const [sentenceStart] = ctx.sentenceRange(first.sentence);
  return name.first === sentenceStart && name.words.length < 2;
}

/** A person in a diplomatic text who meets, speaks or leads is an official. */
function inOfficialContext(ctx: AnalysisContext, name: Candidate): boolean {
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  // Verb right after the name (optionally after ", for his part,").
  let j = name.end;
  if (tokens[j]?.type === TokenType.Possessive) return false;
  if (tokens[j]?.text === ',') {
    let m = j + 1;
    while (m < tokens.length && m < j + 6 && tokens[m]?.text !== ',') m++;
    if (tokens[m]?.text === ',') j = m + 1;
  }
  const next = tokens[j];
  if (next && next.type === TokenType.Word) {
    if (PERSON_CONTEXT_VERBS.has(next.lower) || vocab.speechCues.longest(tokens, j) || vocab.meetingCues.longest(tokens, j)) return true;
  }
  // "... with Y", "led by Y", "headed by Y", "said Y".
  const prev = tokens[name.first - 1];
  const prev2 = tokens[name.first - 2];
  if (prev && prev.lower === 'by' && prev2 && BY_AGENT_VERBS.has(prev2.lower)) return true;
  if (prev && (prev.lower === 'with' || prev.lower === 'and')) {
    if (prev.lower === 'with' ? prev2 !== undefined && (PERSON_CONTEXT_VERBS.has(prev2.lower) || vocab.meetingCues.has(prev2.lower)) : prev2 !== undefined && ctx.claims[name.first - 2] === Claim.Name) return true;
  }
  if (prev && vocab.speechCues.has(prev.lower) && prev.type === TokenType.Word) return true;
  return false;
}

/**
 * A title phrase starting at k: "[the] [Country's|ORG|Demonym] [modifiers] HEAD [of|for|to [the] X]* [a.i.]".
 * Returns undefined when no title head is found.
 */
export function matchTitleRun(ctx: AnalysisContext, k: number, entities: EntityFindings): TitleRun | undefined {
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  let j = k;
  let affiliation: TitleRun['affiliation'] = null;
  const affiliationOf = (index: number): TitleRun['affiliation'] => {
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
  };
  const skipEntity = (index: number): number => {
    const claim = ctx.claims[index];
    const ref = ctx.claimRefs[index];
    let e = index;
    while (e < tokens.length && ctx.claims[e] === claim && ctx.claimRefs[e] === ref) e++;
    return e;
  };

  // Leading entity: "SCO Secretary-General", "China's Foreign Minister", "Russian Deputy Foreign Minister".
  const firstClaim = ctx.claims[j];
  if ((firstClaim === Claim.Organization || firstClaim === Claim.Country) && (tokens[j] as Token).cap) {
    const afterEntity = skipEntity(j);
    let m = afterEntity;
    if (tokens[m]?.type === TokenType.Possessive) m++;
    if (startsTitleCore(ctx, m)) {
      affiliation = affiliationOf(j);
      j = m;
    }
  }
  if (!startsTitleCore(ctx, j)) return undefined;
  const coreStart = j;
  // Modifiers and heads, capitalised (titles before names are capitalised in releases).
  let sawHead = false;
  let end = j;
  while (j < tokens.length) {
    const token = tokens[j] as Token;
    if (token.type !== TokenType.Word || ctx.claims[j] !== Claim.None) break;
    const head = vocab.titleHeads.longest(tokens, j, tokens.length, (t, index) => ctx.claims[index] === Claim.None && t.type === TokenType.Word);
    if (head) {
      sawHead = true;
      j = head.end;
      end = j;
      continue;
    }
    const modifier = vocab.titleModifiers.longest(tokens, j);
    if (modifier) {
      j = modifier.end;
      continue;
    }
    // Ministry domain words inside a title: "Foreign Minister", "Transport Minister".
    if (token.cap && vocab.titleWords.has(token.lower)) {
      j++;
      continue;
    }
    break;
  }
  if (!sawHead) return undefined;
  // Complements: "of Foreign Affairs", "of China", "of the Republic of Moldova", "to ASEAN",
  // "for Foreign Affairs of Malta", "and Minister of Foreign Affairs", "a.i.".
  for (;;) {
    const token = tokens[end];
    // "High Representative … Security Policy/Vice-President of the European Commission".
    if (token && token.text === '/' && startsTitleCore(ctx, end + 1)) {
      const more = matchTitleRun(ctx, end + 1, entities);
      if (more) {
        end = more.end;
        if (!affiliation) affiliation = more.affiliation;
        continue;
      }
    }
    // "Member of the Board (Minister) in charge of Trade".
    if (token && token.text === '(' && startsTitleCore(ctx, end + 1)) {
      let close = end + 1;
      while (close < tokens.length && close < end + 6 && tokens[close]?.text !== ')') close++;
      if (tokens[close]?.text === ')') {
        end = close + 1;
        continue;
      }
    }
    if (token && token.lower === 'in' && tokens[end + 1]?.lower === 'charge' && tokens[end + 2]?.lower === 'of') {
      let n = end + 3;
      while (n < tokens.length && tokens[n]?.cap && ctx.claims[n] === Claim.None && vocab.titleWords.has(tokens[n]!.lower)) n++;
      if (n > end + 3) {
        end = n;
        continue;
      }
    }
    if (!token || token.type !== TokenType.Word) break;
    if (token.lower === 'a.i.' || token.lower === 'ad' || token.text === 'a.i') {
      end += token.lower === 'ad' && tokens[end + 1]?.lower === 'interim' ? 2 : 1;
      continue;
    }
    if (token.lower === 'of' || token.lower === 'for' || token.lower === 'to' || token.lower === 'in') {
      let m = end + 1;
      if (tokens[m]?.lower === 'the') m++;
      const claim = ctx.claims[m];
      if (claim === Claim.Organization || claim === Claim.Country) {
        if (!affiliation || (token.lower === 'of' && affiliation.kind === 'country' && claim === Claim.Organization)) {
          if (token.lower !== 'to' && token.lower !== 'in') affiliation = affiliation ?? affiliationOf(m);
        }
        end = skipEntity(m);
        continue;
      }
      // Domain words: "of Foreign Affairs", "for Economic Development and Trade".
      let n = m;
      while (n < tokens.length) {
        const t = tokens[n] as Token;
        if (t.type === TokenType.Word && ctx.claims[n] === Claim.None && (t.cap || t.lower === 'and') && (vocab.titleWords.has(t.lower) || t.lower === 'and' || t.cap) && !isNameStart(ctx, n)) n++;
        else break;
      }
      while (n > m && (tokens[n - 1] as Token).lower === 'and') n--;
      if (n > m && token.lower !== 'to' && token.lower !== 'in') {
        end = n;
        continue;
      }
      break;
    }
    // "Deputy Prime Minister and Minister of Foreign Affairs".
    if (token.lower === 'and' && startsTitleCore(ctx, end + 1)) {
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
  const text = ctx.displayOf(first, end);
  return { first, end, text, affiliation };
}

/** True when a title's core (modifier or head) starts at j. */
function startsTitleCore(ctx: AnalysisContext, j: number): boolean {
  const token = ctx.tokens[j];
  if (!token || token.type !== TokenType.Word || ctx.claims[j] !== Claim.None) return false;
  const vocab = vocabulary();
  return Boolean(vocab.titleHeads.longest(ctx.tokens, j) || vocab.titleModifiers.longest(ctx.tokens, j) || (token.cap && vocab.titleWords.has(token.lower)));
}

/** A capitalised word that is not title vocabulary starts a personal name. */
function isNameStart(ctx: AnalysisContext, n: number): boolean {
  const token = ctx.tokens[n] as Token;
  return token.cap && !vocabulary().titleWords.has(token.lower) && !NOT_NAME.has(token.lower);
}

export type { Mention };
