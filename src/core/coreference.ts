/**
 * Mentions of officials by role ("the Secretary-General", "the Uzbek diplomat", "the Chinese
 * side's representative") and by pronoun ("He praised…", "his ideas"). Roles are matched against
 * the titles and affiliations the text gave each official; pronouns go to the subject of the
 * current or previous sentence, the way these texts are written.
 */
import { AnalysisContext, Claim } from './context';
import type { EntityFindings } from './entities';
import type { Mention, Official } from './model';
import { Accept } from './phraseTrie';
import { TokenType, type Token } from './tokens';
import { vocabulary } from './vocabulary';
import { ROLE_ABBREVIATION_MAP as ABBREVIATIONS, W } from './wordClass';
/** Honorifics before a name, matched as whole words in any ASCII case (see {@link honorificGender}). */
const MALE_HONORIFICS = ['mr', 'his excellency', 'his majesty', 'his highness', 'sir', 'sheikh', 'monsieur', 'lord'];
const FEMALE_HONORIFICS = ['mrs', 'ms', 'madam', 'madame', 'her excellency', 'her majesty', 'sheikha', 'dame', 'lady'];

/** Role words that fit any official ("the diplomat", "the guest", "the host"). */
const GENERIC_ROLES = new Set(['diplomat', 'official', 'guest', 'host', 'leader', 'counterpart', 'representative', 'top diplomat', 'envoy', 'visitor', 'interlocutor']);

/** The sentence subjects of {@link resolveReferences}, reused (only its first `sentenceCount` entries are read). */
let subjectsBuffer = new Int32Array(256);
/**
 * Per official of {@link resolveReferences}, reused likewise: the token index of its last mention
 * (-1 before the first), and for {@link GenderOf} its gender (0 not worked out yet, else 1 + its
 * {@link Gender}) and its number of mentions before the pass.
 */
let lastMentionBuffer = new Int32Array(64);
let genderBuffer = new Int32Array(64);
let mentionCountBuffer = new Int32Array(64);

export function resolveReferences(ctx: AnalysisContext, entities: EntityFindings, officials: Official[]): void {
  if (officials.length === 0) return;
  const tokens = ctx.tokens;
  const claims = ctx.claims;
  const claimRefs = ctx.claimRefs;
  const quoted = ctx.quoted;
  // Officials are handled by their index in `officials` (what claims refer to), so no look-ups.
  const officialCount = officials.length;
  if (lastMentionBuffer.length < officialCount) {
    const size = Math.max(officialCount, lastMentionBuffer.length * 2);
    lastMentionBuffer = new Int32Array(size);
    genderBuffer = new Int32Array(size);
    mentionCountBuffer = new Int32Array(size);
  }
  const genders = new GenderOf(ctx, officials);

  // Subject of each sentence: the first official mentioned outside quotes (filled as we go, so
  // role and pronoun mentions count too); -1 for none yet.
  // (One buffer reused from release to release: making a typed array is the costly part.)
  const sentenceCount = ctx.sentenceCount;
  if (subjectsBuffer.length < sentenceCount) subjectsBuffer = new Int32Array(Math.max(sentenceCount, subjectsBuffer.length * 2));
  const subjects = subjectsBuffer;
  // (Loops rather than `fill`, a call into the runtime that costs more than the few entries.)
  for (let s = 0; s < sentenceCount; s++) subjects[s] = -1;
  // Token index of each official's last mention, -1 before the first.
  const lastMention = lastMentionBuffer;
  for (let index = 0; index < officialCount; index++) lastMention[index] = -1;

  for (let k = nextCandidate(tokens, claims, quoted, 0); k < tokens.length; k = nextCandidate(tokens, claims, quoted, k + 1)) {
    const claim = claims[k];
    if (claim === Claim.Name) {
      const ref = claimRefs[k] as number;
      if (ref >= 0 && ref < officials.length) {
        const sentence = (tokens[k] as Token).sentence;
        if (!quoted[k] && subjects[sentence] === -1) subjects[sentence] = ref;
        lastMention[ref] = k;
        continue;
      }
    }
    if (claim !== Claim.None) {
      // "Türkiye's Foreign Minister, for his part, …": a country's or organisation's role without
      // "the" refers back to the official holding it, unless a name follows (then it is a title).
      if (
        (claim === Claim.Country || claim === Claim.Organization) &&
        (k === 0 || claims[k - 1] !== claim || claimRefs[k - 1] !== claimRefs[k]) &&
        !quoted[k] &&
        (tokens[k] as Token).type === TokenType.Word
      ) {
        let after = k;
        while (after < tokens.length && claims[after] === claim && claimRefs[after] === claimRefs[k]) after++;
        if (tokens[after]?.type === TokenType.Possessive && mayStartRole(ctx, after + 1)) {
          const matched = matchRole(ctx, k, entities);
          const resolved = matched && !role.generic ? recentFitting(officials, lastMention, -1) : -1;
          if (resolved >= 0) {
            addMention(ctx, officials, resolved, k, role.end, 'role', `role "${roleText(ctx, role)}" matches ${describe(officials[resolved] as Official)}`);
            const sentence = (tokens[k] as Token).sentence;
            if (subjects[sentence] === -1) subjects[sentence] = resolved;
            lastMention[resolved] = k;
            k = role.end - 1;
          }
        }
      }
      // Other claimed words start no reference.
      continue;
    }
    // (No closures in this loop: V8 may allocate them for every token.) An unclaimed token here
    // is outside quotes and a determiner, an office abbreviation or a pronoun (nextCandidate).
    const token = tokens[k] as Token;
    const flags = token.flags;
    if (token.type !== TokenType.Word) continue;
    const sentence = token.sentence;

    // Role references: "the Vice Minister", "the Uzbekistani diplomat", "the Chinese side's representative".
    if (flags & W.Determiner && mayStartRole(ctx, k + 1)) {
      if (matchRole(ctx, k + 1, entities)) {
        // "his counterpart" from a sentence whose subject is one of two officials: the other one.
        const resolved = recentFitting(officials, lastMention, role.noun === 'counterpart' ? (subjects[sentence] as number) : -1);
        if (resolved >= 0) {
          // "his counterpart": "his" is itself a pronoun for the sentence's subject.
          const owner = subjects[sentence] as number;
          if ((token.lower === 'his' || token.lower === 'her') && owner >= 0 && owner !== resolved) {
            addMention(ctx, officials, owner, k, k + 1, 'pronoun', `"${token.text}" refers to the subject of this sentence, ${(officials[owner] as Official).name}`);
          }
          addMention(ctx, officials, resolved, token.lower === 'the' ? k : k + 1, role.end, 'role', `role "${roleText(ctx, role)}" matches ${describe(officials[resolved] as Official)}`);
          if (subjects[sentence] === -1) subjects[sentence] = resolved;
          lastMention[resolved] = k;
          k = role.end - 1;
          continue;
        }
      }
    }

    // Office abbreviations: "EAM said", "the FM noted".
    const abbreviation = (token.allCaps || token.cap) && flags & W.RoleAbbreviation ? ABBREVIATIONS.get(token.text) : undefined;
    if (abbreviation !== undefined) {
      setRole(k, k + 1, abbreviation, null, null, false);
      const resolved = recentFitting(officials, lastMention, -1);
      if (resolved >= 0) {
        addMention(ctx, officials, resolved, k, k + 1, 'role', `"${token.text}" stands for ${abbreviation}, the title of ${describe(officials[resolved] as Official)}`);
        if (subjects[sentence] === -1) subjects[sentence] = resolved;
        lastMention[resolved] = k;
        continue;
      }
    }

    // Pronouns.
    const isMale = (flags & W.Male) !== 0;
    const isFemale = (flags & W.Female) !== 0;
    if (isMale || isFemale) {
      // "her" before a role noun was tried above; here it is a pronoun.
      const wanted = isMale ? Gender.Male : Gender.Female;
      const atStart = firstWordIndex(ctx, ctx.sentenceStarts[sentence] ?? tokens.length) === k;
      // An object pronoun never refers to the subject of its own clause ("Norov welcomed him"):
      // it goes to the other official last mentioned.
      const objectPronoun = token.lower === 'him' || token.lower === 'them' || (token.lower === 'her' && isObjectPosition(ctx, k));
      if (objectPronoun) {
        const other = recentOther(officials.length, subjects[sentence] as number, genders, wanted, lastMention);
        if (other >= 0) {
          addMention(ctx, officials, other, k, k + 1, 'pronoun', `"${token.text}" is the object of the sentence, so it refers to ${(officials[other] as Official).name}, not its subject`);
          lastMention[other] = k;
        }
        continue;
      }
      let antecedent = -1;
      if (!atStart && genders.fits(subjects[sentence] as number, wanted)) antecedent = subjects[sentence] as number;
      for (let s = sentence - 1; antecedent === -1 && s >= 0 && s >= sentence - 4; s--) {
        if (genders.fits(subjects[s] as number, wanted)) antecedent = subjects[s] as number;
      }
      if (antecedent >= 0) {
        // (The sentence's words written with the text around them: each joint makes a string.)
        const refersTo = atStart ? '" refers to the subject of the previous sentence, ' : '" refers to the subject of this sentence, ';
        addMention(ctx, officials, antecedent, k, k + 1, 'pronoun', '"' + token.text + refersTo + (officials[antecedent] as Official).name);
        if (subjects[sentence] === -1 && atStart) subjects[sentence] = antecedent;
        lastMention[antecedent] = k;
      }
      continue;
    }
  }
  for (let o = 0; o < officials.length; o++) sortByStart((officials[o] as Official).mentions);
}

/** The word-class bits of the unclaimed words that may start a reference: determiners, office abbreviations and pronouns. */
const REFERENCE_STARTS = W.Determiner | W.RoleAbbreviation | W.Male | W.Female;

/**
 * The first token from `k` on that {@link resolveReferences} looks at: a claimed one, or an
 * unclaimed one outside quotes with one of {@link REFERENCE_STARTS} (one bit test for the other
 * words; quoted ones are skipped without reading the token). A loop of its own, so skipping the
 * other tokens, most of them, stays tight.
 */
function nextCandidate(tokens: readonly Token[], claims: Uint8Array, quoted: Uint8Array, k: number): number {
  while (k < tokens.length && claims[k] === Claim.None && (quoted[k] !== 0 || ((tokens[k] as Token).flags & REFERENCE_STARTS) === 0)) k++;
  return k;
}

/**
 * Adds a role or pronoun mention of tokens [first, end) to an official and claims them. (A
 * function of its own, not a closure in {@link resolveReferences}: what a closure uses would be
 * read through its context in the token loop too.)
 */
function addMention(ctx: AnalysisContext, officials: Official[], official: number, first: number, end: number, kind: Mention['kind'], evidence: string): void {
  const tokens = ctx.tokens;
  const start = (tokens[first] as Token).start;
  const stop = (tokens[end - 1] as Token).end;
  // Spelled out rather than spread: a literal of fixed shape is much cheaper to build.
  (officials[official] as Official).mentions.push({ start, end: stop, kind, text: ctx.text.slice(start, stop), evidence });
  ctx.claim(first, end, Claim.Name, official);
}

/**
 * `mentions.sort((a, b) => a.start - b.start)`: a stable sort, so any stable sort gives the same
 * order. The mentions are in order already, or two runs in order (those of the officials pass,
 * then the references added here): an insertion sort takes one pass over those without calling a
 * comparison; a long list goes to `sort`.
 */
function sortByStart(mentions: Mention[]): void {
  if (mentions.length > 64) {
    for (let k = 1; k < mentions.length; k++) {
      if ((mentions[k] as Mention).start < (mentions[k - 1] as Mention).start) {
        mentions.sort((a, b) => a.start - b.start);
        return;
      }
    }
    return;
  }
  for (let k = 1; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    let j = k - 1;
    if ((mentions[j] as Mention).start <= mention.start) continue;
    // (Only later starts move up: mentions with equal starts keep their order.)
    while (j >= 0 && (mentions[j] as Mention).start > mention.start) {
      mentions[j + 1] = mentions[j] as Mention;
      j--;
    }
    mentions[j + 1] = mention;
  }
}

/**
 * Of the officials who fit a role, but `except` (an index, or -1), the one mentioned last by
 * `lastMention`, or the first; -1 for none. Only an official mentioned after the best one so far
 * can change the answer, so only those are tested against the role.
 */
function recentFitting(officials: Official[], lastMention: Int32Array, except: number): number {
  let best = -1;
  let bestAt = -1;
  for (let index = 0; index < officials.length; index++) {
    const at = lastMention[index] as number;
    if (index === except || (best >= 0 && at <= bestAt)) continue;
    if (fitsRole(officials[index] as Official)) {
      best = index;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Of the officials (indices below `count`) other than `subject` whose gender fits, the one
 * mentioned last by `lastMention`, or the first; -1 for none. (As {@link recentFitting}: a gender
 * is worked out only for an official who could change the answer.)
 */
function recentOther(count: number, subject: number, gender: GenderOf, wanted: Gender, lastMention: Int32Array): number {
  let best = -1;
  let bestAt = -1;
  for (let index = 0; index < count; index++) {
    const at = lastMention[index] as number;
    if (index === subject || (best >= 0 && at <= bestAt)) continue;
    if (gender.fits(index, wanted)) {
      best = index;
      bestAt = at;
    }
  }
  return best;
}

/** Cheap test before {@link matchRole}: a country, an organisation, a modifier or a role noun follows. */
function mayStartRole(ctx: AnalysisContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  const claim = ctx.claims[k];
  if (claim === Claim.Country || claim === Claim.Organization) return true;
  return (token.flags & (W.RoleNounStart | W.TitleModifierStart)) !== 0;
}

/** "her" as an object ("thanked her.", "with her") rather than a possessive ("her ideas"). */
function isObjectPosition(ctx: AnalysisContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (next === undefined || next.type !== TokenType.Word) return true;
  const lower = next.lower;
  // (Compared one by one: an array literal here would be made at every call.)
  return lower === 'and' || lower === 'for' || lower === 'on' || lower === 'in' || lower === 'at' || lower === 'to' || lower === 'about' || lower === 'with' || lower === 'that' || lower === 'as';
}

function firstWordIndex(ctx: AnalysisContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && (ctx.isBreak(k) || ctx.tokens[k]?.type === TokenType.Quote)) k++;
  return k;
}

interface RoleMatch {
  /** Where the role phrase starts (its text, for the evidence, is made only if it resolves). */
  first: number;
  end: number;
  /** The role noun ("secretary-general", "vice minister", "diplomat"). */
  noun: string;
  countryId: string | null;
  orgId: string | null;
  generic: boolean;
}

/**
 * The role {@link matchRole} (or an office abbreviation) found last: one object filled again for
 * each, as a role is used only until the next one is looked for.
 */
const role: RoleMatch = { first: 0, end: 0, noun: '', countryId: null, orgId: null, generic: false };

function setRole(first: number, end: number, noun: string, countryId: string | null, orgId: string | null, generic: boolean): void {
  role.first = first;
  role.end = end;
  role.noun = noun;
  role.countryId = countryId;
  role.orgId = orgId;
  role.generic = generic;
}

/**
 * A role phrase after a determiner: [Demonym|Country's|ORG [side's]] [modifiers] ROLE, not
 * followed by a name (that would be a title before a name). Whether there is one; if so it is in
 * {@link role}.
 */
function matchRole(ctx: AnalysisContext, k: number, entities: EntityFindings): boolean {
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  let j = k;
  const claim = ctx.claims[j];
  // The country or organisation's list index, its id read only for a role found (most are not).
  let ref = -1;
  if (claim === Claim.Country || claim === Claim.Organization) {
    ref = ctx.claimRefs[j] as number;
    while (j < tokens.length && ctx.claims[j] === claim && ctx.claimRefs[j] === ref) j++;
    if (tokens[j]?.type === TokenType.Possessive) j++;
  }
  const start = j;
  // (The word-class bits say whether a modifier or a noun can start at a token at all.)
  while (j < tokens.length && ((tokens[j] as Token).flags & W.TitleModifierStart) !== 0) {
    const modifierEnd = vocab.titleModifiers.matchEnd(tokens, j, tokens.length, Accept.Unclaimed, 0, ctx.claims);
    if (modifierEnd < 0) break;
    j = modifierEnd;
  }
  const nounStart = j;
  if (j >= tokens.length || ((tokens[j] as Token).flags & W.RoleNounStart) === 0) return false;
  const nounEnd = vocab.roleNouns.matchEnd(tokens, j, tokens.length, Accept.Unclaimed, 0, ctx.claims);
  if (nounEnd < 0) return false;
  let end = nounEnd;
  // Not a title before a name, and not "the Minister of X" naming a different office.
  const next = tokens[end];
  if (next && next.type === TokenType.Word && next.cap && ctx.claims[end] === Claim.None) return false;
  if (next && next.type === TokenType.Word && (next.lower === 'of' || next.lower === 'for')) {
    // "the Minister of Foreign Affairs" is still a role if an official holds that title.
    const titleEnd = complementEnd(ctx, end);
    if (titleEnd > end) end = titleEnd;
  }
  const nounWord = lowerPhrase(tokens, nounStart, nounEnd);
  const noun = start === nounStart ? nounWord : lowerPhrase(tokens, start, nounEnd);
  const countryId = ref >= 0 && claim === Claim.Country ? (entities.countries[ref]?.id ?? null) : null;
  const orgId = ref >= 0 && claim === Claim.Organization ? (entities.organizations[ref]?.id ?? null) : null;
  setRole(k, end, noun, countryId, orgId, GENERIC_ROLES.has(nounWord));
  return true;
}

/**
 * `ctx.displayOf(from, to).toLowerCase()` for tokens a lexicon trie matched, without slicing the
 * text: their lower forms, with one space where the text has space between two. (Only spaces
 * and tabs separate tokens on a line, and lexicon words lower-case the same alone or together.)
 */
function lowerPhrase(tokens: readonly Token[], from: number, to: number): string {
  let phrase = (tokens[from] as Token).lower;
  for (let j = from + 1; j < to; j++) {
    const token = tokens[j] as Token;
    phrase = token.start > (tokens[j - 1] as Token).end ? `${phrase} ${token.lower}` : phrase + token.lower;
  }
  return phrase;
}

/** The role phrase as written, for the evidence. */
function roleText(ctx: AnalysisContext, role: RoleMatch): string {
  return ctx.displayOf(role.first, role.end);
}

/** "of", "for", "the" or "and": the words that join a complement's capitalised words. */
function isComplementLink(lower: string): boolean {
  return lower === 'of' || lower === 'for' || lower === 'the' || lower === 'and';
}

function complementEnd(ctx: AnalysisContext, end: number): number {
  const tokens = ctx.tokens;
  let j = end;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (isComplementLink(t.lower)) {
      j++;
      continue;
    }
    if (t.type === TokenType.Word && t.cap) {
      j++;
      continue;
    }
    break;
  }
  while (j > end && isComplementLink((tokens[j - 1] as Token).lower)) j--;
  return j;
}

/** Whether `official` fits {@link role}. */
function fitsRole(official: Official): boolean {
  if (role.countryId && official.affiliationId !== role.countryId) {
    // "the Chinese side's representative" for an official of a Chinese ministry.
    return false;
  }
  if (role.orgId && official.affiliationId !== role.orgId) return false;
  if (role.generic) return true;
  // Someone the text gives no title (a counterpart) fits any role of their country or organisation.
  if (official.titles.length === 0 && (role.countryId !== null || role.orgId !== null)) return true;
  const noun = role.noun;
  // "the Minister" fits "Vice Minister of Foreign Affairs" only if no plain minister is around;
  // the caller prefers the most recent candidate.
  // (The noun as a whole word of a title, "(^|[\s-])noun($|[\s,])", is in the title too: the
  // one test covers it.)
  const titles = official.titles;
  for (let t = 0; t < titles.length; t++) if (lowerTitle(titles[t] as string).includes(noun)) return true;
  return false;
}

/**
 * Titles in lower case, kept from document to document: titles recur across releases, as the
 * same strings (the officials pass keeps their texts), whose hashes the look-up then knows.
 * Emptied when it grows past {@link LOWER_TITLES_KEPT} titles.
 */
const lowerTitles = new Map<string, string>();
const LOWER_TITLES_KEPT = 10_000;

function lowerTitle(title: string): string {
  let lowered = lowerTitles.get(title);
  if (lowered === undefined) {
    if (lowerTitles.size >= LOWER_TITLES_KEPT) lowerTitles.clear();
    lowered = title.toLowerCase();
    lowerTitles.set(title, lowered);
  }
  return lowered;
}

function describe(official: Official): string {
  return official.titles[0] ? `${official.name} (${official.titles[0]})` : official.name;
}

const enum Gender {
  Unknown = 0,
  Male = 1,
  Female = 2,
}

/**
 * Gender from honorifics before a name and from "Ms."/"Mr." forms in the titles' context, worked
 * out for an official the first time a pronoun asks (most officials are never asked). Only the
 * mentions the officials had before this pass count: their numbers are taken at the start, as
 * the pass appends the references it resolves.
 */
class GenderOf {
  /** Per official (by index): 0 not worked out yet, else 1 + its {@link Gender}. */
  private readonly known: Int32Array;
  private readonly mentionCounts: Int32Array;

  constructor(
    private readonly ctx: AnalysisContext,
    private readonly officials: Official[],
  ) {
    const count = officials.length;
    this.known = genderBuffer;
    this.mentionCounts = mentionCountBuffer;
    for (let index = 0; index < count; index++) {
      this.known[index] = 0;
      this.mentionCounts[index] = (officials[index] as Official).mentions.length;
    }
  }

  /** Whether there is an official (`index` ≥ 0) and its gender, if known, is `wanted`. */
  fits(index: number, wanted: Gender): boolean {
    if (index < 0) return false;
    const gender = this.of(index);
    return gender === Gender.Unknown || gender === wanted;
  }

  private of(index: number): Gender {
    let known = this.known[index] as number;
    if (known === 0) {
      known = 1 + inferGender(this.ctx, this.officials[index] as Official, this.mentionCounts[index] as number);
      this.known[index] = known;
    }
    return (known - 1) as Gender;
  }
}

/** An official's gender from honorifics before the first `count` of their mentions: the last one found decides. */
function inferGender(ctx: AnalysisContext, official: Official, count: number): Gender {
  // From the last mention back: the first honorific found is the one that decides, and the
  // mentions before it need not be read.
  for (let k = count - 1; k >= 0; k--) {
    const mention = official.mentions[k] as Mention;
    // The last clause of the 40 characters before the mention (what follows the last , ; : ( or )).
    const found = honorificGender(ctx.normalized, Math.max(0, mention.start - 40), mention.start);
    if (found !== Gender.Unknown) return found;
  }
  return Gender.Unknown;
}

interface Honorific {
  word: string;
  gender: Gender;
}

/** The honorifics by the code of their first letter less 97 ("a"): every one starts with m, h, s, l or d. */
const HONORIFICS_BY_LETTER: Honorific[][] = Array.from({ length: 26 }, () => []);
for (const [words, gender] of [
  [FEMALE_HONORIFICS, Gender.Female],
  [MALE_HONORIFICS, Gender.Male],
] as const) {
  for (const word of words) (HONORIFICS_BY_LETTER[word.charCodeAt(0) - 97] as Honorific[]).push({ word, gender });
}

/** Classes of the ASCII code units for {@link honorificGender}: a clause delimiter (, ; : ( or )), an honorific's first letter (either case), or 0. */
const CLAUSE_DELIMITER = 1;
const HONORIFIC_INITIAL = 2;
const CLAUSE_CODES = new Uint8Array(128);
for (const c of [44, 59, 58, 40, 41]) CLAUSE_CODES[c] = CLAUSE_DELIMITER;
for (let letter = 0; letter < 26; letter++) {
  if ((HONORIFICS_BY_LETTER[letter] as Honorific[]).length === 0) continue;
  CLAUSE_CODES[97 + letter] = HONORIFIC_INITIAL;
  CLAUSE_CODES[65 + letter] = HONORIFIC_INITIAL;
}

/**
 * The gender an honorific in the last clause of `text[from, to)` (what follows the last , ; : (
 * or )) gives: female if one of {@link FEMALE_HONORIFICS} is there, else male if one of
 * {@link MALE_HONORIFICS} is, else unknown. What `/\b(word|…)\b/i.test` finds in the clause's
 * slice, without making it: one walk back from `to` to the clause's start, and only the few
 * honorifics with the first letter of a word are compared. (Without the `u` flag, `\b` knows
 * only ASCII word characters and no character beyond ASCII matches an ASCII letter
 * case-insensitively. A word starts at the clause's start, or after a character that is no word
 * character: the delimiters are none, so the clause's start needs no test of its own.)
 */
function honorificGender(text: string, from: number, to: number): Gender {
  let male = false;
  // Each character is read once: the one before `k` is the next one looked at.
  let c = to > from ? text.charCodeAt(to - 1) : 0;
  for (let k = to - 1; k >= from; k--) {
    // Most characters are neither a delimiter nor an honorific's first letter: one look-up.
    const kind = c < 128 ? (CLAUSE_CODES[c] as number) : 0;
    if (kind === CLAUSE_DELIMITER) break;
    const letter = (c | 0x20) - 97;
    const before = k > from ? text.charCodeAt(k - 1) : -1;
    c = before;
    if (kind !== HONORIFIC_INITIAL || (before >= 0 && isAsciiWordCode(before))) continue;
    const honorifics = HONORIFICS_BY_LETTER[letter] as Honorific[];
    for (let h = 0; h < honorifics.length; h++) {
      const honorific = honorifics[h] as Honorific;
      if (!isWordAt(text, k, to, honorific.word)) continue;
      if (honorific.gender === Gender.Female) return Gender.Female;
      male = true;
    }
  }
  return male ? Gender.Male : Gender.Unknown;
}

/** Whether `word` (lower case, single spaces) is at `text[k]`, in any ASCII case, and ends a word before `to`. */
function isWordAt(text: string, k: number, to: number, word: string): boolean {
  const end = k + word.length;
  if (end > to) return false;
  for (let j = 0; j < word.length; j++) {
    const c = text.charCodeAt(k + j);
    const wanted = word.charCodeAt(j);
    // A letter in either case; the space only as itself.
    if (wanted === 32 ? c !== 32 : (c | 0x20) !== wanted) return false;
  }
  return end === to || !isAsciiWordCode(text.charCodeAt(end));
}

/** `\w` without the `u` flag: ASCII letters, digits and the underscore. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
