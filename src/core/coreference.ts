/**
 * Mentions of officials by role ("the Secretary-General", "the Uzbek diplomat", "the Chinese
 * side's representative") and by pronoun ("He praised…", "his ideas"). Roles are matched against
 * the titles and affiliations the text gave each official; pronouns go to the subject of the
 * current or previous sentence, the way these texts are written.
 */
import { AnalysisContext, Claim } from './context';
import type { EntityFindings } from './entities';
import type { Mention, Official } from './model';
import { TokenType, type Token } from './tokens';
import { vocabulary } from './vocabulary';
import { ROLE_ABBREVIATION_MAP as ABBREVIATIONS, W } from './wordClass';
const MALE_HONORIFICS = /\b(mr|his excellency|his majesty|his highness|sir|sheikh|monsieur|lord)\b/i;
const FEMALE_HONORIFICS = /\b(mrs|ms|madam|madame|her excellency|her majesty|sheikha|dame|lady)\b/i;

/** Role words that fit any official ("the diplomat", "the guest", "the host"). */
const GENERIC_ROLES = new Set(['diplomat', 'official', 'guest', 'host', 'leader', 'counterpart', 'representative', 'top diplomat', 'envoy', 'visitor', 'interlocutor']);

export function resolveReferences(ctx: AnalysisContext, entities: EntityFindings, officials: Official[]): void {
  if (officials.length === 0) return;
  const tokens = ctx.tokens;
  const gender = inferGender(ctx, officials);
  const officialAt = (k: number): Official | undefined => (ctx.claims[k] === Claim.Name ? officials[ctx.claimRefs[k] as number] : undefined);

  // Subject of each sentence: the first official mentioned outside quotes (filled as we go, so
  // role and pronoun mentions count too).
  const subjects: Array<Official | undefined> = new Array(ctx.sentenceCount);
  const lastMention = new Map<string, number>();
  const indexOf = new Map(officials.map((official, index) => [official, index]));
  const add = (official: Official, first: number, end: number, kind: Mention['kind'], evidence: string) => {
    const span = ctx.spanOf(first, end);
    // Spelled out rather than spread: a literal of fixed shape is much cheaper to build.
    official.mentions.push({ start: span.start, end: span.end, kind, text: ctx.text.slice(span.start, span.end), evidence });
    ctx.claim(first, end, Claim.Name, indexOf.get(official) as number);
  };

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const sentence = token.sentence;
    const named = officialAt(k);
    if (named) {
      if (!ctx.quoted[k] && subjects[sentence] === undefined) subjects[sentence] = named;
      lastMention.set(named.id, k);
      continue;
    }
    // "Türkiye's Foreign Minister, for his part, …": a country's or organisation's role without
    // "the" refers back to the official holding it, unless a name follows (then it is a title).
    if (
      token.type === TokenType.Word &&
      !ctx.quoted[k] &&
      (ctx.claims[k] === Claim.Country || ctx.claims[k] === Claim.Organization) &&
      (k === 0 || ctx.claims[k - 1] !== ctx.claims[k] || ctx.claimRefs[k - 1] !== ctx.claimRefs[k])
    ) {
      let after = k;
      while (after < tokens.length && ctx.claims[after] === ctx.claims[k] && ctx.claimRefs[after] === ctx.claimRefs[k]) after++;
      if (tokens[after]?.type === TokenType.Possessive && mayStartRole(ctx, after + 1)) {
        const role = matchRole(ctx, k, entities);
        const resolved = role && !role.generic ? pickRecent(fitting(officials, role), lastMention, k) : undefined;
        if (role && resolved) {
          add(resolved, k, role.end, 'role', `role "${role.text}" matches ${describe(resolved)}`);
          if (subjects[sentence] === undefined) subjects[sentence] = resolved;
          lastMention.set(resolved.id, k);
          k = role.end - 1;
          continue;
        }
      }
    }
    if (token.type !== TokenType.Word || ctx.claims[k] !== Claim.None || ctx.quoted[k]) continue;
    // Only determiners, office abbreviations and pronouns start a reference: one bit test for
    // the other words. (No closures in this loop: V8 may allocate them for every token.)
    const flags = token.flags;
    if ((flags & (W.Determiner | W.RoleAbbreviation | W.Male | W.Female)) === 0) continue;

    // Role references: "the Vice Minister", "the Uzbekistani diplomat", "the Chinese side's representative".
    if (flags & W.Determiner && mayStartRole(ctx, k + 1)) {
      const role = matchRole(ctx, k + 1, entities);
      if (role) {
        const candidates = fitting(officials, role);
        const chosen = pickRecent(candidates, lastMention, k);
        // "his counterpart" from a sentence whose subject is one of two officials: the other one.
        const resolved = role.noun === 'counterpart' ? otherThan(subjects[sentence], candidates, lastMention, k) : chosen;
        if (resolved) {
          // "his counterpart": "his" is itself a pronoun for the sentence's subject.
          const owner = subjects[sentence];
          if ((token.lower === 'his' || token.lower === 'her') && owner && owner !== resolved) {
            add(owner, k, k + 1, 'pronoun', `"${token.text}" refers to the subject of this sentence, ${owner.name}`);
          }
          add(resolved, token.lower === 'the' ? k : k + 1, role.end, 'role', `role "${role.text}" matches ${describe(resolved)}`);
          if (subjects[sentence] === undefined) subjects[sentence] = resolved;
          lastMention.set(resolved.id, k);
          k = role.end - 1;
          continue;
        }
      }
    }

    // Office abbreviations: "EAM said", "the FM noted".
    const abbreviation = (token.allCaps || token.cap) && flags & W.RoleAbbreviation ? ABBREVIATIONS.get(token.text) : undefined;
    if (abbreviation !== undefined) {
      const role: RoleMatch = { end: k + 1, text: token.text, noun: abbreviation, countryId: null, orgId: null, generic: false };
      const resolved = pickRecent(fitting(officials, role), lastMention, k);
      if (resolved) {
        add(resolved, k, k + 1, 'role', `"${token.text}" stands for ${abbreviation}, the title of ${describe(resolved)}`);
        if (subjects[sentence] === undefined) subjects[sentence] = resolved;
        lastMention.set(resolved.id, k);
        continue;
      }
    }

    // Pronouns.
    const isMale = (flags & W.Male) !== 0;
    const isFemale = (flags & W.Female) !== 0;
    if (isMale || isFemale) {
      // "her" before a role noun was tried above; here it is a pronoun.
      const wanted = isMale ? 'male' : 'female';
      const [sentenceStart] = ctx.sentenceRange(sentence);
      const atStart = firstWordIndex(ctx, sentenceStart) === k;
      let antecedent: Official | undefined;
      // An object pronoun never refers to the subject of its own clause ("Norov welcomed him"):
      // it goes to the other official last mentioned.
      const objectPronoun = token.lower === 'him' || token.lower === 'them' || (token.lower === 'her' && isObjectPosition(ctx, k));
      if (objectPronoun) {
        const others = othersFitting(officials, subjects[sentence], gender, wanted);
        const other = pickRecent(others, lastMention, k);
        if (other) {
          add(other, k, k + 1, 'pronoun', `"${token.text}" is the object of the sentence, so it refers to ${other.name}, not its subject`);
          lastMention.set(other.id, k);
        }
        continue;
      }
      if (!atStart && fitsGender(gender, subjects[sentence], wanted)) antecedent = subjects[sentence];
      for (let s = sentence - 1; antecedent === undefined && s >= 0 && s >= sentence - 4; s--) {
        if (fitsGender(gender, subjects[s], wanted)) antecedent = subjects[s];
      }
      if (antecedent) {
        add(antecedent, k, k + 1, 'pronoun', `"${token.text}" refers to the subject of ${atStart ? 'the previous sentence' : 'this sentence'}, ${antecedent.name}`);
        if (subjects[sentence] === undefined && atStart) subjects[sentence] = antecedent;
        lastMention.set(antecedent.id, k);
      }
      continue;
    }
  }
  for (const official of officials) official.mentions.sort((a, b) => a.start - b.start);
}

function fitsGender(gender: Map<string, 'male' | 'female'>, official: Official | undefined, wanted: 'male' | 'female'): boolean {
  return official !== undefined && (gender.get(official.id) ?? wanted) === wanted;
}

/** The officials who fit a role, in order. */
function fitting(officials: Official[], role: RoleMatch): Official[] {
  const result: Official[] = [];
  // The role noun's whole-word pattern, made once for all the officials.
  let wordPattern: RegExp | undefined;
  if (!role.generic) {
    const words = role.noun.split(/\s+/);
    if (words.length === 1) wordPattern = roleWordPattern(words[0] as string);
  }
  for (const official of officials) if (fitsRole(official, role, wordPattern)) result.push(official);
  return result;
}

/** The officials other than `subject` whose gender fits, in order. */
function othersFitting(officials: Official[], subject: Official | undefined, gender: Map<string, 'male' | 'female'>, wanted: 'male' | 'female'): Official[] {
  const result: Official[] = [];
  for (const official of officials) if (official !== subject && fitsGender(gender, official, wanted)) result.push(official);
  return result;
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
  return next === undefined || next.type !== TokenType.Word || ['and', 'for', 'on', 'in', 'at', 'to', 'about', 'with', 'that', 'as'].includes(next.lower);
}

function firstWordIndex(ctx: AnalysisContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && (ctx.isBreak(k) || ctx.tokens[k]?.type === TokenType.Quote)) k++;
  return k;
}

interface RoleMatch {
  end: number;
  text: string;
  /** The role noun ("secretary-general", "vice minister", "diplomat"). */
  noun: string;
  countryId: string | null;
  orgId: string | null;
  generic: boolean;
}

/**
 * A role phrase after a determiner: [Demonym|Country's|ORG [side's]] [modifiers] ROLE, not
 * followed by a name (that would be a title before a name).
 */
function matchRole(ctx: AnalysisContext, k: number, entities: EntityFindings): RoleMatch | undefined {
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  let j = k;
  let countryId: string | null = null;
  let orgId: string | null = null;
  const claim = ctx.claims[j];
  if (claim === Claim.Country || claim === Claim.Organization) {
    const ref = ctx.claimRefs[j] as number;
    if (claim === Claim.Country) countryId = entities.countries[ref]?.id ?? null;
    else orgId = entities.organizations[ref]?.id ?? null;
    while (j < tokens.length && ctx.claims[j] === claim && ctx.claimRefs[j] === ref) j++;
    if (tokens[j]?.type === TokenType.Possessive) j++;
  }
  const start = j;
  while (j < tokens.length) {
    const modifier = vocab.titleModifiers.longest(tokens, j, tokens.length, (_t, index) => ctx.claims[index] === Claim.None);
    if (!modifier) break;
    j = modifier.end;
  }
  const noun = vocab.roleNouns.longest(tokens, j, tokens.length, (_t, index) => ctx.claims[index] === Claim.None);
  if (!noun) return undefined;
  let end = noun.end;
  // Not a title before a name, and not "the Minister of X" naming a different office.
  const next = tokens[end];
  if (next && next.type === TokenType.Word && next.cap && ctx.claims[end] === Claim.None) return undefined;
  if (next && next.type === TokenType.Word && (next.lower === 'of' || next.lower === 'for')) {
    // "the Minister of Foreign Affairs" is still a role if an official holds that title.
    const titleEnd = complementEnd(ctx, end);
    if (titleEnd > end) end = titleEnd;
  }
  const nounText = ctx.displayOf(start, noun.end).toLowerCase();
  return {
    end,
    text: ctx.displayOf(k, end),
    noun: nounText,
    countryId,
    orgId,
    generic: GENERIC_ROLES.has(ctx.displayOf(noun.start, noun.end).toLowerCase()),
  };
}

function complementEnd(ctx: AnalysisContext, end: number): number {
  const tokens = ctx.tokens;
  let j = end;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.lower === 'of' || t.lower === 'for' || t.lower === 'the' || t.lower === 'and') {
      j++;
      continue;
    }
    if (t.type === TokenType.Word && t.cap) {
      j++;
      continue;
    }
    break;
  }
  while (j > end && ['of', 'for', 'the', 'and'].includes((tokens[j - 1] as Token).lower)) j--;
  return j;
}

/** `wordPattern`: {@link roleWordPattern} of the role noun when it is one word. */
function fitsRole(official: Official, role: RoleMatch, wordPattern: RegExp | undefined): boolean {
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
  return official.titles.some((title) => {
    const lower = lowerTitle(title);
    if (lower.includes(noun)) return true;
    return wordPattern !== undefined && wordPattern.test(lower);
  });
}

/** Lower-case forms of titles: the same few titles are tested against every role reference. */
const lowerTitles = new Map<string, string>();

function lowerTitle(title: string): string {
  let lower = lowerTitles.get(title);
  if (lower === undefined) {
    lower = title.toLowerCase();
    if (lowerTitles.size > 10_000) lowerTitles.clear();
    lowerTitles.set(title, lower);
  }
  return lower;
}

/** The role word as a whole word of a title, compiled once per word. */
const roleWordPatterns = new Map<string, RegExp>();

function roleWordPattern(word: string): RegExp {
  let pattern = roleWordPatterns.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(`(^|[\\s-])${escapeRegExp(word)}($|[\\s,])`);
    if (roleWordPatterns.size > 1000) roleWordPatterns.clear();
    roleWordPatterns.set(word, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pickRecent(candidates: Official[], lastMention: Map<string, number>, _k: number): Official | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  let best: Official | undefined;
  let bestAt = -1;
  for (const candidate of candidates) {
    const at = lastMention.get(candidate.id) ?? -1;
    if (at > bestAt) {
      best = candidate;
      bestAt = at;
    }
  }
  return best ?? candidates[0];
}

function otherThan(subject: Official | undefined, candidates: Official[], lastMention: Map<string, number>, k: number): Official | undefined {
  return pickRecent(candidates.filter((candidate) => candidate !== subject), lastMention, k);
}

function describe(official: Official): string {
  return official.titles[0] ? `${official.name} (${official.titles[0]})` : official.name;
}

/** Index after the last `,;:()` in `text[from, to)`, or `from` when there is none. */
function clauseStart(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return k + 1;
  }
  return from;
}

/** Gender from honorifics before a name and from "Ms."/"Mr." forms in the titles' context. */
function inferGender(ctx: AnalysisContext, officials: Official[]): Map<string, 'male' | 'female'> {
  const result = new Map<string, 'male' | 'female'>();
  for (const official of officials) {
    for (const mention of official.mentions) {
      // The last clause of the 40 characters before the mention (what follows the last , ; : ( or )).
      const tail = ctx.normalized.slice(clauseStart(ctx.normalized, Math.max(0, mention.start - 40), mention.start), mention.start);
      if (FEMALE_HONORIFICS.test(tail)) result.set(official.id, 'female');
      else if (MALE_HONORIFICS.test(tail)) result.set(official.id, 'male');
    }
  }
  return result;
}
