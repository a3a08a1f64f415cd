/**
 * Meetings: who took part. The officials a sentence names less those who only announce the event,
 * the official a role or pronoun stands for ({@link RoleResolver}), the antecedent of "who", the
 * people of a noun phrase ("talks with X"), the bodies named, and who is an ambassador.
 */
import { AnalysisContext, Claim } from '../context';
import type { EntityFindings } from '../entities';
import type { Meeting, Official } from '../model';
import { TokenType, type Token } from '../tokens';
import { memoizeString } from '../memo';
import { firstMentionFrom, mentionBefore, mentionCount, mentionEnd, mentionIds, mentionStart } from './sentence';

/** Speech verbs after a name: the official announces or comments on the event, and need not be in it. */
const ANNOUNCING = new Set([
  'said', 'says', 'announced', 'announces', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'added', 'recalled', 'reported',
  'explained', 'stressed', 'emphasised', 'emphasized', 'underlined', 'remarked',
]);

/**
 * The officials named in [from, to), in order of first mention, leaving out those who only
 * announce or comment ("…, spokesperson Ge Yuanfang announced", "She noted that…").
 */
export function speakers(ctx: AnalysisContext, from: number, to: number): string[] {
  const all: string[] = [];
  /** Whether a mention is followed by a speech verb: only then is someone left out. */
  let announcing = false;
  const first = firstMentionFrom(from);
  let m = first;
  for (; m < mentionCount; m++) {
    if ((mentionStart[m] as number) >= to) break;
    const id = mentionIds[m] as string;
    if (!all.includes(id)) all.push(id);
    if (!announcing && ANNOUNCING.has(ctx.tokens[mentionEnd[m] as number]?.lower ?? '')) announcing = true;
  }
  // Most often everyone named takes part: the list of all is the answer, in the same order.
  if (!announcing) return all;
  // Those named at least once without a speech verb after them, in the order of `all`.
  const active: string[] = [];
  for (let a = first; a < m; a++) {
    const id = mentionIds[a] as string;
    if (!ANNOUNCING.has(ctx.tokens[mentionEnd[a] as number]?.lower ?? '') && !active.includes(id)) active.push(id);
  }
  return active.length === all.length ? all : all.filter((id) => active.includes(id));
}

/** Words that make a definite noun phrase a reference to an official: "the head of Russian diplomacy". */
const ROLE_WORDS = new Set([
  'minister', 'secretary', 'head', 'chairman', 'chairperson', 'chair', 'president', 'ambassador', 'diplomat', 'envoy', 'representative',
  'commissioner', 'spokesperson', 'premier', 'chancellor', 'director', 'director-general', 'secretary-general', 'eam', 'fm',
]);

/**
 * The official a subject refers to when the officials pass has not said: "the External Affairs
 * Minister", "The Kazakh deputy minister", "the head of Russian diplomacy", "He". A role with a
 * country is the one official of that country; a role alone the one official whose title has its
 * words; a pronoun the first person of the meeting just told. Answers are cached per role, so a
 * release of any length looks at the officials list once per distinct role.
 */
export class RoleResolver {
  /** Made at the first role looked up: most subjects are names or are not resolved. */
  private byRole: Map<string, string | undefined> | undefined;

  constructor(
    private readonly ctx: AnalysisContext,
    private readonly entities: EntityFindings,
    private readonly officials: Official[],
  ) {}

  resolve(segStart: number, verbIndex: number, current: Meeting | undefined): string | undefined {
    const ctx = this.ctx;
    // The subject: from the last comma (or the segment's start) up to the verb.
    let from = verbIndex;
    while (from > segStart && ctx.tokens[from - 1]?.text !== ',' && verbIndex - from < 9) from--;
    const next = firstMentionFrom(from);
    if (next < mentionCount && (mentionStart[next] as number) < verbIndex) return undefined;
    // Only "he" or "she" alone, or words opening with "the", can be resolved: the first word tells
    // most subjects apart before their words are collected.
    const opening = firstSubjectWord(ctx, from, verbIndex);
    if (opening !== 'the' && opening !== 'he' && opening !== 'she') return undefined;
    const words: string[] = [];
    let country: string | undefined;
    for (let k = from; k < verbIndex; k++) {
      const token = ctx.tokens[k] as Token;
      if (ctx.claims[k] === Claim.Country) country = this.entities.countries[ctx.claimRefs[k] as number]?.name;
      if (token.type === TokenType.Word && !SUBJECT_FILLERS.has(token.lower)) words.push(token.lower);
    }
    if (words.length === 1 && (words[0] === 'he' || words[0] === 'she')) return current?.participants[0];
    if (words[0] !== 'the' || !words.some((w) => ROLE_WORDS.has(w))) return undefined;
    const role = words.slice(1).filter((w) => w !== 'of' && w !== 'for' && w !== 'the');
    const key = country !== undefined ? `country:${country}` : `role:${role.join(' ')}`;
    this.byRole ??= new Map<string, string | undefined>();
    if (this.byRole.has(key)) return this.byRole.get(key);
    let found: string | undefined;
    for (const official of this.officials) {
      const fits = country !== undefined
        ? official.affiliation === country
        : official.titles.some((title) => {
          const titleWords = title.toLowerCase().split(/[\s-]+/);
          return role.every((w) => titleWords.includes(w));
        });
      if (!fits) continue;
      if (found !== undefined) {
        found = undefined;
        break;
      }
      found = official.id;
    }
    this.byRole.set(key, found);
    return found;
  }
}

const SUBJECT_FILLERS = new Set(['also', 'then', 'later', 'will', 'would', 'has', 'had', 'was', 'subsequently']);

/** The first word of [from, to) that is not a {@link SUBJECT_FILLERS} word. */
function firstSubjectWord(ctx: AnalysisContext, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.type === TokenType.Word && !SUBJECT_FILLERS.has(token.lower)) return token.lower;
  }
  return undefined;
}

/** "X, …, who is on a working visit to Dushanbe": the official the clause is about. */
export function whoAntecedent(ctx: AnalysisContext, from: number, cueStart: number): string | undefined {
  for (let k = cueStart - 1; k >= from; k--) {
    const token = ctx.tokens[k] as Token;
    if (token.lower === 'who' && ctx.tokens[k - 1]?.text === ',') return mentionBefore(k);
    if (token.type === TokenType.Punct && token.text !== ',' && token.text !== '-' && token.text !== '\u2013') return undefined;
  }
  return undefined;
}

/** "thanked his counterpart for taking part in the Forum": the official thanked took part. */
export function forTakingPart(ctx: AnalysisContext, from: number, cueStart: number): string | undefined {
  for (let k = from; k < cueStart; k++) {
    if (ctx.tokens[k]?.lower !== 'for') continue;
    const next = ctx.tokens[k + 1]?.lower ?? '';
    const after = ctx.tokens[k + 2]?.lower ?? '';
    if (next === 'taking' || next === 'participating' || next === 'attending' || after === 'participation') {
      return mentionBefore(k);
    }
  }
  return undefined;
}

/** Officials inside a meeting noun phrase: "the meeting between X and Y", "talks with X". */
export function participantsInPhrase(ctx: AnalysisContext, officials: Official[], cueEnd: number, end: number): string[] {
  const result: string[] = [];
  const next = ctx.tokens[cueEnd]?.lower;
  if (next !== 'between' && next !== 'with') return result;
  for (let k = cueEnd + 1; k < end; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.type === TokenType.Punct && token.text !== ',') break;
    if (ctx.claims[k] === Claim.Name && !ctx.quoted[k]) {
      const official = officials[ctx.claimRefs[k] as number];
      if (official && !result.includes(official.id)) result.push(official.id);
    }
  }
  return result;
}

/** Organisations named in the cue's noun phrase ("the SCO Heads of Government Council meeting"). */
export function bodiesNear(ctx: AnalysisContext, entities: EntityFindings, cueStart: number, first: number): string[] {
  const result: string[] = [];
  for (let k = cueStart - 1; k >= first && k >= cueStart - 10; k--) {
    const token = ctx.tokens[k] as Token;
    if (token.type === TokenType.Word && !token.cap && ctx.claims[k] === Claim.None) break;
    if (ctx.claims[k] === Claim.Organization) {
      const org = entities.organizations[ctx.claimRefs[k] as number];
      if (org && !result.includes(org.name)) result.unshift(org.name);
    }
  }
  return result;
}

const AMBASSADOR = /ambassador/i;
/** Whether a title names an ambassador, cached per title: titles repeat across releases. */
const isAmbassadorTitle: (title: string) => boolean = memoizeString((title) => AMBASSADOR.test(title));

/** Which officials have an ambassador's title, looked at once per id a meeting names. */
export class AmbassadorTitles {
  /** Made at the first id asked about. */
  private known: Map<string, boolean> | undefined;

  constructor(private readonly officials: Official[]) {}

  /** For the last official listed with the id, as a map made from the list would keep. */
  isAmbassador(id: string): boolean {
    this.known ??= new Map<string, boolean>();
    let answer = this.known.get(id);
    if (answer === undefined) {
      answer = false;
      for (let o = this.officials.length - 1; o >= 0; o--) {
        const official = this.officials[o] as Official;
        if (official.id !== id) continue;
        answer = official.titles.some(isAmbassadorTitle);
        break;
      }
      this.known.set(id, answer);
    }
    return answer;
  }
}
