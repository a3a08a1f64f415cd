/**
 * Meetings: the cues of a sentence. The cue vocabulary as a trie ("held talks", "paid a courtesy
 * call"), the first scan of a sentence for words that may start a cue ({@link scanSentence}),
 * the cues found there ({@link findCues}) and the tests of a cue's shape: framing ("during the
 * visit"), a back-reference ("the meeting"), a demand ("called on X to").
 */
import { AnalysisContext, Claim } from '../context';
import type { MeetingKind } from '../model';
import { TokenType, type Token } from '../tokens';
import { phraseWords } from '../phraseTrie';
import { MEETING_EXTRA_CUE_LEADS, MEETING_PARTICIPATION_LEADS } from '../vocabulary';
import { W } from '../wordClass';
import { WordSlots } from '../wordSlots';
import { MEETING_CUES } from '../lexicon';
import { hasMark, markOf } from './sentence';
import { M, PARTICIPATION, phraseAt } from './words';

/**
 * The meeting cues as one trie over lower-case words: the shared lexicon's (`MEETING_CUES`, as
 * in `vocabulary().meetingCues`) and, beside them, the cues it lacks ("called on the President"
 * and "paid a courtesy call" are meetings in person, "will present their credentials" a planned
 * one). A node keeps the kind of the shared cue and of the extra cue that end there (the first
 * one added, as a `PhraseTrie` keeps its first value), so one walk finds the longest of each.
 */
interface CueNode {
  /** The words that can follow, and their nodes: a few each, compared in turn (see {@link nextCueNode}). */
  words: string[];
  nodes: CueNode[];
  shared: MeetingKind | undefined;
  extra: MeetingKind | undefined;
}
const CUE_ROOTS = new Map<string, CueNode>();
/** Whether `W.MeetingExtraCueLead` marks the first word of every extra cue (checked as they are added). */
let extraLeadsCovered = true;

function addCue(phrase: string, kind: MeetingKind, extra: boolean): void {
  let node: CueNode | undefined;
  for (const word of phraseWords(phrase)) {
    let next = node === undefined ? CUE_ROOTS.get(word) : nextCueNode(node, word);
    if (next === undefined) {
      next = { words: [], nodes: [], shared: undefined, extra: undefined };
      if (node === undefined) CUE_ROOTS.set(word, next);
      else {
        node.words.push(word);
        node.nodes.push(next);
      }
    }
    node = next;
  }
  if (node === undefined) return;
  if (extra) node.extra ??= kind;
  else node.shared ??= kind;
}
/**
 * The node after `node` for `word`. Nodes have few words after them, and tokens of one form share
 * one string, so comparing them in turn is quicker than hashing the word.
 */
function nextCueNode(node: CueNode, word: string): CueNode | undefined {
  const words = node.words;
  for (let i = 0; i < words.length; i++) if (words[i] === word) return node.nodes[i];
  return undefined;
}
for (const cue of MEETING_CUES) addCue(cue.phrase, cue.kind, false);
for (const [phrase, kind] of [
  ['called on', 'meeting'], ['calls on', 'meeting'], ['call on', 'meeting'], ['meet with', 'meeting'], ['paid a courtesy call', 'meeting'],
  ['pays a courtesy call', 'meeting'], ['paid a courtesy visit', 'meeting'], ['present their credentials', 'meeting'],
  ['present his credentials', 'meeting'], ['present her credentials', 'meeting'], ['present copies of credentials', 'meeting'],
  ['consultation', 'talks'], ['political consultation', 'talks'], ['assembly of heads of state', 'summit'],
] as const) {
  addCue(phrase, kind, true);
  if (!MEETING_EXTRA_CUE_LEADS.has(phraseWords(phrase)[0] ?? '')) extraLeadsCovered = false;
}

/** The tokens of the sentence being read that may start a cue, in order ({@link scanSentence}), for {@link findCues}. */
let cueWords = new Int32Array(64);
let cueWordCount = 0;

/** {@link scanSentence}: a token of the sentence may start a meeting cue. */
export const CUE_WORD = 1;
/** {@link scanSentence}: one of the {@link PARTICIPATION} phrases occurs outside quotes. */
export const PARTICIPATION_PHRASE = 2;

/**
 * One scan of a sentence, reading each token once: fills {@link cueWords}, and tells whether a
 * token may start a meeting cue (no cue, shared or extra, starts elsewhere) and, for a follow-up
 * sentence, whether one of the {@link PARTICIPATION} phrases occurs outside quotes
 * ({@link CUE_WORD}, {@link PARTICIPATION_PHRASE}).
 */
export function scanSentence(ctx: AnalysisContext, first: number, end: number, followUp: boolean): number {
  const tokens = ctx.tokens;
  if (cueWords.length < end - first) cueWords = new Int32Array(Math.max(end - first, cueWords.length * 2));
  cueWordCount = 0;
  const quoted = ctx.quoted;
  let participation = !followUp;
  let found = 0;
  for (let k = first; k < end; k++) {
    const flags = (tokens[k] as Token).flags;
    if (!extraLeadsCovered || (flags & (W.MeetingCueStart | W.MeetingExtraCueLead)) !== 0) {
      found |= CUE_WORD;
      cueWords[cueWordCount++] = k;
    }
    if (participation || (participationLeadsCovered && (flags & W.MeetingParticipationLead) === 0) || quoted[k]) continue;
    if (phraseAt(tokens, k, PARTICIPATION.firstSlots)) {
      found |= PARTICIPATION_PHRASE;
      participation = true;
    }
  }
  return found;
}

const cueRootSlots = new WordSlots(CUE_ROOTS);

/** The tokens a phrase can match, as in `PhraseTrie`: words, numbers, possessives and punctuation. */
function matchable(token: Token): boolean {
  return token.type === TokenType.Word || token.type === TokenType.Number || token.type === TokenType.Possessive || token.type === TokenType.Punct;
}

/**
 * The cues of the sentence being read ({@link findCues}), the first `cueCount` entries: objects
 * reused across sentences and calls, as a sentence's cues are read only while it is.
 */
export const sentenceCues: Cue[] = [];

/** A meeting cue in a sentence. */
export interface Cue {
  start: number;
  end: number;
  kind: MeetingKind;
  /** "During the visit,", "on the sidelines of the meeting": frames the sentence inside an event already told. */
  framing: boolean;
}

/** Words before "the meeting" that frame a sentence inside the meeting just told. */
const BACK_REFERENCE_LEADS = new Set(['during', 'at', 'after', 'following', 'opening', 'closing', 'concluding', 'of', 'throughout', 'before', 'ahead', 'framework', 'course', 'outcome', 'results', 'end']);

/**
 * The meeting cues of a sentence ending at `end`, outside quotes and organisation names, looked
 * for at the {@link cueWords} {@link scanSentence} found. A verb cue right before a noun cue is one
 * event ("received a courtesy call"); "called on X to" is a demand.
 */
export function findCues(ctx: AnalysisContext, end: number): number {
  const tokens = ctx.tokens;
  const cues = sentenceCues;
  let count = 0;
  // `next`: the first token a cue may start at, after the cue found last.
  for (let c = 0, next = 0; c < cueWordCount; c++) {
    const k = cueWords[c] as number;
    if (k < next || ctx.quoted[k] || ctx.claims[k] === Claim.Organization) continue;
    const lower = (tokens[k] as Token).lower;
    const root = cueRootSlots.get(lower);
    if (root === undefined || !matchable(tokens[k] as Token)) continue;
    // The longest shared and the longest extra cue from here (as `PhraseTrie.longest` would find
    // them, the walk stopping at quotes), and the extra one when it is at least as long.
    let sharedEnd = -1;
    let sharedKind: MeetingKind | undefined;
    let extraEnd = -1;
    let extraKind: MeetingKind | undefined;
    for (let node: CueNode | undefined = root, j = k; node !== undefined; ) {
      if (node.shared !== undefined) {
        sharedEnd = j + 1;
        sharedKind = node.shared;
      }
      if (node.extra !== undefined) {
        extraEnd = j + 1;
        extraKind = node.extra;
      }
      j++;
      if (j >= end || !matchable(tokens[j] as Token) || ctx.quoted[j]) break;
      node = nextCueNode(node, (tokens[j] as Token).lower);
    }
    const useExtra = extraEnd >= 0 && (sharedEnd < 0 || extraEnd >= sharedEnd);
    const matchEnd = useExtra ? extraEnd : sharedEnd;
    if (matchEnd < 0) continue;
    // "the IBSA Trilateral Ministerial Commission", "the Summit Declaration": a cue inside a longer name.
    const after = tokens[matchEnd];
    if ((tokens[matchEnd - 1] as Token).cap && after?.cap && after.type === TokenType.Word && ctx.claims[matchEnd] === Claim.None && !ctx.isBreak(matchEnd)) {
      next = matchEnd;
      continue;
    }
    let kind = (useExtra ? extraKind : sharedKind) as MeetingKind;
    // A courtesy call is paid in person.
    if (hasCourtesy(tokens, k, matchEnd)) kind = 'meeting';
    if ((lower === 'called' || lower === 'calls' || lower === 'call') && matchEnd - k === 2 && isDemand(ctx, matchEnd, end)) {
      next = matchEnd;
      continue;
    }
    const previous = count > 0 ? (cues[count - 1] as Cue) : undefined;
    if (previous && !previous.framing && isBareVerb(tokens, previous) && k - previous.end <= 2 && onlyDeterminers(tokens, previous.end, k)) {
      previous.end = matchEnd;
      previous.kind = kind;
    } else {
      // "on the margins of the General Assembly" frames the event it tells, as "during the visit" does.
      const margins = lower === 'on' && tokens[matchEnd]?.lower === 'of';
      const framing = margins || (isFraming(ctx, k) && !hasOwnComplement(ctx, matchEnd));
      const cue = cues[count];
      if (cue === undefined) cues.push({ start: k, end: matchEnd, kind, framing });
      else {
        cue.start = k;
        cue.end = matchEnd;
        cue.kind = kind;
        cue.framing = framing;
      }
      count++;
    }
    next = matchEnd;
  }
  return count;
}

/** "called on the international community to…": an appeal, not a visit. */
function isDemand(ctx: AnalysisContext, from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 12; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.type === TokenType.Punct) return false;
    if (token.lower === 'to' && !ctx.tokens[k + 1]?.cap && ctx.claims[k + 1] === Claim.None) return true;
  }
  return false;
}

/** Every word of the cue is a verb of meeting. */
function isBareVerb(tokens: readonly Token[], cue: Cue): boolean {
  for (let k = cue.start; k < cue.end; k++) if ((markOf(tokens, k) & M.Verb) === 0) return false;
  return true;
}

function onlyDeterminers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((markOf(tokens, k) & M.Determined) === 0) return false;
  return true;
}

export function isSidelines(ctx: AnalysisContext, cueStart: number): boolean {
  return hasMark(ctx, Math.max(0, cueStart - 4), cueStart, M.Sidelines);
}

/** "the meeting", "the talks", "this visit" with nothing after them: the event already told. */
export function isBackReference(ctx: AnalysisContext, cue: Cue): boolean {
  if (cue.framing) return true;
  if (!isDetermined(ctx.tokens, cue.start)) return false;
  const before = (ctx.tokens[cue.start - 1] as Token).lower;
  return before !== 'a' && before !== 'an' && !hasOwnComplement(ctx, cue.end);
}

/** Whether a {@link DETERMINED_BY} word is right before a cue (a test of marks). */
export function isDetermined(tokens: readonly Token[], cueStart: number): boolean {
  return cueStart > 0 && (markOf(tokens, cueStart - 1) & M.Determined) !== 0;
}

/** Whether the words of tokens [first, end) include "courtesy". */
function hasCourtesy(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if ((tokens[k] as Token).lower === 'courtesy') return true;
  return false;
}

/** "the meeting" right after a framing word: "During the talks", "on the sidelines of the meeting", "within the framework of her visit". */
function isFraming(ctx: AnalysisContext, cueStart: number): boolean {
  const before = ctx.tokens[cueStart - 1]?.lower;
  if (before !== 'the' && before !== 'this' && before !== 'that' && before !== 'his' && before !== 'her' && before !== 'their') return false;
  return BACK_REFERENCE_LEADS.has(ctx.tokens[cueStart - 2]?.lower ?? '');
}

/** "the meeting of the Council", "talks with X", "the visit to Baku": the noun brings its own facts. */
function hasOwnComplement(ctx: AnalysisContext, cueEnd: number): boolean {
  const next = ctx.tokens[cueEnd]?.lower;
  return next === 'of' || next === 'with' || next === 'between' || next === 'to' || next === 'in' || next === 'at';
}

/** Whether `W.MeetingParticipationLead` marks the first word of every {@link PARTICIPATION} phrase. */
const participationLeadsCovered = [...PARTICIPATION.byFirst.keys()].every((word) => MEETING_PARTICIPATION_LEADS.has(word));
