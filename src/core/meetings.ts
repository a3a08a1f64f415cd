/**
 * Meetings, calls, visits, talks, summits and conferences, one per sentence that reports one:
 * who took part, when, where, and the CAMEO event code that fits. "The meeting took place in a
 * friendly manner" refers back to a meeting already found and adds nothing; "praised the outcome
 * of the Council meeting on 2 November in Tashkent" is a reported earlier event.
 */
import { AnalysisContext, Claim } from './context';
import { shiftIsoDay, type DateMention } from './dates';
import type { EntityFindings } from './entities';
import type { Dateline, Meeting, MeetingKind, Official } from './model';
import { TokenType, type Token } from './tokens';
import { phraseWords } from './phraseTrie';
import { MEETING_EXTRA_CUE_LEADS, MEETING_PARTICIPATION_LEADS, MEETING_WORDS } from './vocabulary';
import { W } from './wordClass';
import { memoizeString } from './memo';
import { SLOTS, slotOf, WordSlots } from './wordSlots';
import { MEETING_CUES } from './lexicon';

/** Words that make a meeting cue a verb: the sentence reports the event itself. */
const VERB_WORDS = new Set([
  'met', 'meets', 'meet', 'meeting-with', 'received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'held', 'holds', 'hold',
  'visited', 'visits', 'visit', 'paid', 'pays', 'pay', 'spoke', 'speaks', 'talked', 'talks-with', 'conducted', 'conducts', 'had',
  'has', 'have', 'presented', 'presents', 'present', 'called', 'phoned', 'welcomed', 'welcomes', 'chaired', 'co-chaired', 'attended',
  'attends', 'participated', 'took', 'arrived', 'arrives', 'conversed', 'convened', 'gathered', 'opened', 'opens',
  'addressed', 'co-chair', 'chair', 'chairs', 'co-chairs',
]);

/** Verbs that make a meeting noun the object of a report about another event. */
const BACKGROUND_VERBS = new Set([
  'praised', 'welcomed', 'noted', 'recalled', 'outcome', 'outcomes', 'results', 'following', 'after', 'since', 'during',
  'ahead', 'preparations', 'preparation', 'prepare', 'preparing', 'upcoming', 'next', 'previous', 'last', 'success', 'successful',
  'decisions', 'invited', 'invitation', 'implementation', 'implementing', 'agreements', 'sidelines', 'margins', 'participation',
  'including', 'briefed', 'informed',
]);

const HOSTING = new Set(['received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'welcomed', 'welcomes']);
const VISITING = new Set(['visited', 'visits', 'visit', 'paid', 'pays', 'arrived', 'arrives']);

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

/** Speech verbs after a name: the official announces or comments on the event, and need not be in it. */
const ANNOUNCING = new Set([
  'said', 'says', 'announced', 'announces', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'added', 'recalled', 'reported',
  'explained', 'stressed', 'emphasised', 'emphasized', 'underlined', 'remarked',
]);
/** Words that make a meeting noun a proposal rather than an event: "suggested holding the next round". */
const PROPOSING = new Set(['suggested', 'suggests', 'proposed', 'proposes', 'offered', 'offers']);
/** Words before a plural cue that make it a summary or a habit, not one event: "a series of meetings", "exchange visits". */
const GENERIC_LEADS = new Set(['series', 'number', 'several', 'various', 'exchange', 'regular', 'frequent', 'numerous', 'multiple']);
const PLURAL_CUES = new Set(['meetings', 'visits', 'consultations', 'contacts', 'summits', 'conferences', 'forums']);
/** "concluded a four-day visit": the date given is the last day of the event. */
const ENDING = new Set(['concluded', 'concludes', 'completed', 'completes', 'wrapped', 'wraps', 'ended', 'ends', 'closed', 'closes', 'until', 'till']);
const STARTING = new Set(['began', 'begins', 'started', 'starts', 'opened', 'opens', 'launched', 'embarked']);
const NUMBER_WORDS = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);

/**
 * The pass's own word classes: one bit per word set it scans sentences for, and one per phrase
 * index for the phrases' first words. {@link scanSentence} looks each token of a sentence up once
 * (only tokens with `W.MeetingWord`, when that bit covers every word here), so the scans that
 * follow test bits instead of looking words up in sets.
 */
const enum M {
  Verb = 1 << 0,
  Background = 1 << 1,
  Hosting = 1 << 2,
  Visiting = 1 << 3,
  Proposing = 1 << 4,
  GenericLead = 1 << 5,
  Ending = 1 << 6,
  Starting = 1 << 7,
  Sidelines = 1 << 8,
  Determined = 1 << 9,
  /** "holding", a verb of meeting before its noun phrase only. */
  Holding = 1 << 10,
  PlannedLead = 1 << 11,
  PlannedAfterLead = 1 << 12,
  GroupSubjectsLead = 1 << 13,
  AmbassadorsLead = 1 << 14,
  SameDayLead = 1 << 15,
  EveLead = 1 << 16,
  /** "at", "in", "to", "visited", "visits": where {@link placeIn} looks for a place. */
  PlaceLead = 1 << 17,
  /** "which", "that", "who", ";", "was", "were", "took": the words {@link passiveAfter} stops or decides at. */
  PassiveWord = 1 << 18,
}

/** The {@link M} bits of each word the pass looks for; filled as the sets and phrase indexes are made. */
const MARK_OF = new Map<string, number>();

function markWords(words: Iterable<string>, bit: number): void {
  for (const word of words) MARK_OF.set(word, (MARK_OF.get(word) ?? 0) | bit);
}

/** Whether `W.MeetingWord` is set on every word of {@link MARK_OF} (checked at load, at the end of the module). */
let wordsCovered = false;
/** The tokens of the sentence being read that may start a cue, in order ({@link scanSentence}), for {@link findCues}. */
let cueWords = new Int32Array(64);
let cueWordCount = 0;

/** {@link WordSlots} for the marks, as numbers in a typed array: looked up for most tokens of a cue's sentence. */
const markSlotWords = new Array<string>(SLOTS).fill('');
const markSlotValues = new Int32Array(SLOTS);

/** `MARK_OF.get(lower) ?? 0`, through slots as in {@link WordSlots}. */
function marksOfWord(lower: string): number {
  const slot = slotOf(lower);
  if (markSlotWords[slot] === lower) return markSlotValues[slot] as number;
  const found = MARK_OF.get(lower) ?? 0;
  markSlotWords[slot] = lower;
  markSlotValues[slot] = found;
  return found;
}

/**
 * The {@link M} bits of token k. Not kept per token: most tokens are asked about once, and a
 * word asked about again is found in its slot ({@link marksOfWord}).
 */
function markOf(tokens: readonly Token[], k: number): number {
  const token = tokens[k] as Token;
  return wordsCovered && (token.flags & W.MeetingWord) === 0 ? 0 : marksOfWord(token.lower);
}

/**
 * The tokens outside quotes of the sentence being read that have {@link M} bits, in order, with
 * their bits ({@link readSentence}): most tokens have none, so the scans of a part of the sentence
 * for marks (its events' segments, {@link placeIn}, {@link hasPhrase}) read these few entries
 * instead of its tokens, and the segments of a sentence's events, which overlap, are read once.
 */
let markedAt = new Int32Array(64);
let markedBits = new Int32Array(64);
let markedCount = 0;
/** Whether the sentence {@link readSentence} read last has quoted tokens (which {@link markedAt} leaves out). */
let sentenceQuoted = false;

/** Index of the first entry of {@link markedAt} at or after token k. */
function firstMarkedFrom(k: number): number {
  return firstAtOrAfter(markedAt, markedCount, k);
}

/** Index of the first of the first `count` entries of `positions` (in increasing order) that is at least k: a binary search. */
function firstAtOrAfter(positions: Int32Array, count: number, k: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((positions[mid] as number) < k) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** {@link scanSentence}: a token of the sentence may start a meeting cue. */
const CUE_WORD = 1;
/** {@link scanSentence}: one of the {@link PARTICIPATION} phrases occurs outside quotes. */
const PARTICIPATION_PHRASE = 2;

/**
 * One scan of a sentence, reading each token once: fills {@link cueWords}, and tells whether a
 * token may start a meeting cue (no cue, shared or extra, starts elsewhere) and, for a follow-up
 * sentence, whether one of the {@link PARTICIPATION} phrases occurs outside quotes
 * ({@link CUE_WORD}, {@link PARTICIPATION_PHRASE}).
 */
function scanSentence(ctx: AnalysisContext, first: number, end: number, followUp: boolean): number {
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
const sentenceCues: Cue[] = [];
let cueCount = 0;
/** The cues of the sentence being read that are not framing ones, when some are: its events. */
const framedEvents: Cue[] = [];
/**
 * The dates of the sentence being read outside quotes and the dateline, the first
 * `sentenceDateCount` entries, in text order.
 */
const sentenceDates: DateMention[] = [];
let sentenceDateCount = 0;

/** A meeting cue in a sentence. */
interface Cue {
  start: number;
  end: number;
  kind: MeetingKind;
  /** "During the visit,", "on the sidelines of the meeting": frames the sentence inside an event already told. */
  framing: boolean;
}

/**
 * The officials named outside quotes in the sentence being read, one entry per run of name tokens,
 * in order ({@link readSentence}): where each run starts and ends and the official's id. Reused
 * across sentences and calls, so a sentence's mentions make no objects.
 */
let mentionStart = new Int32Array(16);
let mentionEnd = new Int32Array(16);
const mentionIds: string[] = [];
let mentionCount = 0;

export function findMeetings(
  ctx: AnalysisContext,
  entities: EntityFindings,
  officials: Official[],
  dates: DateMention[],
  dateline: Dateline | null,
  headline: string | null,
): Meeting[] {
  const tokens = ctx.tokens;
  const meetings: Meeting[] = [];
  let primary: Meeting | undefined;
  /** The meeting the text is currently telling about, for follow-up sentences. */
  let current: Meeting | undefined;
  /** The latest visit the text reports: meetings "within the framework of the visit" include the visitor. */
  let visit: Meeting | undefined;
  /** The event later meetings are held on the sidelines of, once the text says so. */
  let sidelines: Meeting | undefined;
  /** The latest event found, for "on the eve of the Assembly". */
  let latest: Meeting | undefined;
  let nextDate = 0;
  /** The meetings found, by kind and date or place, to find the same event told twice. */
  const earlier = new MeetingsTold(meetings);
  const titles = new AmbassadorTitles(officials);
  /** Ambassadors among the people of meetings told, for "The ambassadors will present…". */
  const ambassadors: string[] = [];
  /**
   * The people of the meetings told, in order, repeats and all, as they were when each was told:
   * {@link ambassadors} takes them in (up to `ambassadorsFrom`) only when a sentence speaks of
   * the ambassadors, so the officials' titles are read for few releases.
   */
  const peopleTold: string[] = [];
  let ambassadorsFrom = 0;
  const roles = new RoleResolver(ctx, entities, officials);
  const datelineStart = dateline?.start ?? -1;
  const datelineEnd = dateline?.end ?? -1;

  const sentenceStarts = ctx.sentenceStarts;
  for (let sentence = 0; sentence < sentenceStarts.length; sentence++) {
    const first = sentenceStarts[sentence] as number;
    const end = sentenceStarts[sentence + 1] ?? tokens.length;
    // Follow-up sentences name more participants of the meeting just reported: "The delegation
    // was headed by X", "The meeting was attended by Y", "Z also took part in the talks".
    // A sentence without a word that can start a cue reports no meeting: it matters only when it
    // names more people of the meeting just told.
    const found = scanSentence(ctx, first, end, current !== undefined);
    const participation = (found & PARTICIPATION_PHRASE) !== 0;
    const cueWord = (found & CUE_WORD) !== 0;
    if (found === 0) continue;
    // Headlines (and the copy of the headline many releases repeat) announce the meeting the
    // body reports; the body's sentence has the details.
    if (headline !== null && ctx.rangeTextIs(first, end, headline)) continue;

    cueCount = cueWord ? findCues(ctx, end) : 0;
    // The framing cues, looked at in one loop: most sentences have none, and their events are their cues.
    let framing = false;
    let framedVisit = false;
    let framedSidelines = false;
    for (let c = 0; c < cueCount; c++) {
      const cue = sentenceCues[c] as Cue;
      if (!cue.framing) continue;
      framing = true;
      if (cue.kind === 'visit') framedVisit = true;
      if (!framedSidelines && isSidelines(ctx, cue.start)) framedSidelines = true;
    }
    let events = sentenceCues;
    let eventCount = cueCount;
    if (framing) {
      events = framedEvents;
      eventCount = 0;
      for (let c = 0; c < cueCount; c++) if (!(sentenceCues[c] as Cue).framing) framedEvents[eventCount++] = sentenceCues[c] as Cue;
    }
    // "On the sidelines of the meeting, X held talks with Y": X and Y took part in that meeting too.
    if (framedSidelines && current && !current.reported && current.kind !== 'call') sidelines = current;
    if (eventCount === 0 && !participation) continue;

    // Dates come in text order: advance a cursor instead of searching from the start each time.
    // The dateline's own date is the release's, not an event's.
    while (nextDate < dates.length && (dates[nextDate] as DateMention).first < first) nextDate++;
    sentenceDateCount = 0;
    for (let d = nextDate; d < dates.length && (dates[d] as DateMention).first < end; d++) {
      const mention = dates[d] as DateMention;
      const at = (tokens[mention.first] as Token).start;
      if (!ctx.quoted[mention.first] && !(at >= datelineStart && at < datelineEnd)) sentenceDates[sentenceDateCount++] = mention;
    }
    // The marks are read by the events' tests below.
    readSentence(ctx, officials, first, end, eventCount > 0);
    if (current && participation && sameDates(current.date) && allBackReferences(ctx, events, eventCount)) {
      for (let m = 0; m < mentionCount; m++) {
        const id = mentionIds[m] as string;
        if (!current.participants.includes(id)) current.participants.push(id);
      }
      continue;
    }

    let firstSubject = true;
    let taken: DateMention | undefined;
    let dateCursor = 0;
    for (let e = 0; e < eventCount; e++) {
      const cue = events[e] as Cue;
      const segStart = e === 0 ? first : (events[e - 1] as Cue).end;
      const segEnd = e === eventCount - 1 ? end : (events[e + 1] as Cue).start;
      const { start: cueStart, end: cueEnd, kind } = cue;
      // The marks of the segment's words outside quotes, before the cue, in it and after it: the
      // word tests below need scan only when the words they look for are there at all.
      // One walk over the segment's marked tokens gives all three.
      let before = 0;
      let inCue = 0;
      let after = 0;
      for (let m = firstMarkedFrom(segStart); m < markedCount; m++) {
        const k = markedAt[m] as number;
        if (k >= segEnd) break;
        const bits = markedBits[m] as number;
        if (k < cueStart) before |= bits;
        else if (k < cueEnd) inCue |= bits;
        else after |= bits;
      }

      // How the sentence tells the event. "X met Y", "held talks", "paid a visit", "consultations
      // were held" report it with a verb; "agreed to hold the next meeting", "readiness to host
      // the session" arrange a later one; "the outcome of the summit" mentions one in passing.
      const np = nounPhraseStart(ctx, segStart, cueStart);
      const determiner = tokens[np - 1]?.lower ?? '';
      const determined = isDetermined(tokens, cueStart);
      const verbIndex = verbAt(ctx, cueStart, cueEnd, determined, Math.max(segStart, np - 4));
      const arranged = verbIndex >= 0 && (tokens[verbIndex - 1]?.lower === 'to' || tokens[verbIndex]?.lower === 'holding');
      const verbal = verbIndex >= 0 && !arranged;
      const subjectVerbal = verbal || passiveAfter(ctx, cueEnd, segEnd);
      const pluperfect = verbIndex >= 0 && tokens[verbIndex - 1]?.lower === 'had';
      const background = !subjectVerbal && (before & M.Background) !== 0;
      // Plans and intentions: "will visit", "agreed to hold", or after a noun "the meeting … would be held".
      const planned =
        (((before | inCue) & M.PlannedLead) !== 0 && hasPhrase(ctx, Math.max(segStart, (verbal ? verbIndex : cueStart) - 6), cueEnd, PLANNED)) ||
        (!verbal && (after & M.PlannedAfterLead) !== 0 && hasPhrase(ctx, cueEnd, Math.min(segEnd, cueEnd + 10), PLANNED_AFTER));
      const generic = (before & M.GenericLead) !== 0 && PLURAL_CUES.has((tokens[cueEnd - 1] as Token).lower) && hasMark(ctx, Math.max(segStart, cueStart - 3), cueStart, M.GenericLead);
      if (generic || (!subjectVerbal && (before & M.Proposing) !== 0)) continue;
      // Reported: told in passing, as background or a plan, or mentioned by a noun once the release has
      // its main event. A plan that is the release's news ("X will pay a visit to China", "During the
      // visit, the ministers will hold talks") is not in passing.
      const news = subjectVerbal && (!primary || (framedVisit && visit !== undefined && !visit.reported));
      const reported = background || arranged || pluperfect || (planned && !news) || (primary !== undefined && !subjectVerbal);

      // When: a date after the cue in its part of the sentence, else one before it that the event
      // before has not taken ("the Summit, held in Jeddah in July last year, … the second summit").
      // The dates of a segment are looked at once: a cursor moves through the sentence's dates.
      while (dateCursor < sentenceDateCount && (sentenceDates[dateCursor] as DateMention).first < segStart) dateCursor++;
      let dateMention: DateMention | undefined;
      let d = dateCursor;
      for (; d < sentenceDateCount && (sentenceDates[d] as DateMention).first < cueStart; d++) if (sentenceDates[d] !== taken) dateMention = sentenceDates[d];
      while (d < sentenceDateCount && (sentenceDates[d] as DateMention).first < cueEnd) d++;
      const dateAfter = d < sentenceDateCount && (sentenceDates[d] as DateMention).first < segEnd ? d : -1;
      if (dateAfter >= 0) dateMention = sentenceDates[dateAfter];
      taken = dateMention;
      // The sentence's main event takes the date that opens the sentence: "On 24 August, X, who is on
      // a visit to Dushanbe, met with Y".
      if (!dateMention && subjectVerbal && firstSubject && sentenceDateCount > 0 && (sentenceDates[0] as DateMention).first < cueStart) dateMention = sentenceDates[0];
      let date = dateMention?.date ?? null;
      let endDate = dateMention?.endDate ?? null;
      // "which opened on Monday, concluded on Tuesday": a later date after an ending word ends the event.
      if (dateMention && endDate === null) {
        // (As `indexOf` from the cursor: -1, so from the first date, when the mention is before it.)
        let at = dateCursor;
        while (at < sentenceDateCount && sentenceDates[at] !== dateMention) at++;
        if (at === sentenceDateCount) at = -1;
        for (let later = at + 1; later < sentenceDateCount; later++) {
          const mention = sentenceDates[later] as DateMention;
          if (mention.first >= segEnd) break;
          if (ENDING.has(tokens[mention.first - 1]?.lower ?? '') || ENDING.has(tokens[mention.first - 2]?.lower ?? '')) {
            endDate = mention.date;
            break;
          }
        }
      }
      // "concluded a four-day visit" on a given day: the visit began three days before.
      const days = dayCount(ctx, np, cueStart);
      if (days > 1 && date !== null && ISO_DAY.test(date) && endDate === null) {
        if ((before & M.Ending) !== 0 && hasMark(ctx, segStart, np, M.Ending)) {
          // (A date that is no day, which `analyze` never gives, would be left as it is.)
          const startDate = shiftIsoDay(date, -(days - 1));
          if (startDate !== null) {
            endDate = date;
            date = startDate;
          }
        } else if ((before & M.Starting) !== 0 && hasMark(ctx, segStart, np, M.Starting)) {
          endDate = shiftIsoDay(date, days - 1);
        }
      }
      // "On the same day", "Later that day", "Earlier in the day": the date of the meeting just told.
      if (!dateMention && current && (before & M.SameDayLead) !== 0 && hasPhrase(ctx, segStart, cueStart, SAME_DAY)) {
        date = current.date;
        endDate = current.endDate;
      }
      // "on the eve of the Assembly": the day before the event just mentioned.
      if (date === null && latest?.date && (((after & M.EveLead) !== 0 && hasPhrase(ctx, cueEnd, segEnd, EVE)) || ((before & M.EveLead) !== 0 && hasPhrase(ctx, segStart, cueStart, EVE))) && ISO_DAY.test(latest.date)) {
        date = shiftIsoDay(latest.date, -1);
      }
      const sidelinesHost = !subjectVerbal && (before & M.Sidelines) !== 0 && hasMark(ctx, Math.max(segStart, cueStart - 12), np, M.Sidelines);
      if (date === null && sidelinesHost) {
        // The event others meet on the sidelines of is under way: its month is the release's.
        const month = (primary?.date ?? dateline?.date ?? '').slice(0, 7);
        date = month.length === 7 ? month : null;
      }
      if (date === null && !reported && !primary) {
        date = dateline?.date ?? null;
      }
      // "He also met X", "During the visit, the ministers will hold talks": without a date of its own,
      // the meeting happened on the day of the one just told; within a visit of several days, its month.
      if (date === null && subjectVerbal && !arranged && current && (!reported || framedVisit) && current.date !== null) {
        date = current.endDate !== null ? current.date.slice(0, 7) : current.date;
        endDate = null;
      }

      // Where.
      let place =
        (((inCue | after) & M.PlaceLead) !== 0 ? placeIn(ctx, entities, cueStart, segEnd, kind === 'visit') : null) ??
        ((before & M.PlaceLead) !== 0 ? placeIn(ctx, entities, segStart, cueStart, kind === 'visit') : null);
      // Calls happen nowhere in particular; other events take the visit's or the dateline's place.
      if (!place && sidelinesHost) place = dateline?.place ?? null;
      if (!place && !reported && kind !== 'call') place = primary ? (visit && !visit.reported && visit.place && sameDay(visit, date) ? visit.place : dateline?.place ?? null) : dateline?.place ?? null;
      const bodies = bodiesNear(ctx, entities, cueStart, segStart);

      // Who. The sentence's main event has its people (not those who only announce it); an event in
      // a clause about someone ("X, who is on a visit to Dushanbe") has that person; one mentioned in
      // passing has only the people its own phrase names ("talks with X").
      let participants: string[];
      const antecedent = background ? undefined : whoAntecedent(ctx, Math.max(segStart, cueStart - 14), cueStart);
      const thanked = forTakingPart(ctx, Math.max(segStart, cueStart - 8), cueStart);
      if (antecedent !== undefined) {
        participants = [antecedent];
      } else if (thanked !== undefined) {
        participants = [thanked];
      } else if (subjectVerbal || !reported) {
        participants = firstSubject ? speakers(ctx, first, end) : speakers(ctx, segStart, segEnd);
        firstSubject = false;
        // "the head of Russian diplomacy held talks with X", when no pass has said who that is.
        const subject = verbal ? roles.resolve(segStart, verbIndex, current) : undefined;
        if (subject !== undefined && !participants.includes(subject)) participants.unshift(subject);
        if (!firstSubject && mentionCount > 0 && (mentionStart[0] as number) < segStart && !participants.includes(mentionIds[0] as string)) participants.unshift(mentionIds[0] as string);
        // "the two ministers", "both sides": the people of the meeting just told.
        if (current && (before & M.GroupSubjectsLead) !== 0 && hasPhrase(ctx, segStart, cueStart, GROUP_SUBJECTS)) for (const id of current.participants) if (!participants.includes(id)) participants.push(id);
        if ((before & M.AmbassadorsLead) !== 0 && hasPhrase(ctx, segStart, cueStart, AMBASSADORS)) {
          for (; ambassadorsFrom < peopleTold.length; ambassadorsFrom++) {
            const id = peopleTold[ambassadorsFrom] as string;
            if (!ambassadors.includes(id) && titles.isAmbassador(id)) ambassadors.push(id);
          }
          for (const id of ambassadors) if (!participants.includes(id)) participants.push(id);
        }
        // "Within the framework of the visit, consultations were held": the visitor takes part.
        if (framedVisit && visit) for (const id of visit.participants) if (!participants.includes(id)) participants.push(id);
      } else {
        participants = participantsInPhrase(ctx, officials, cueEnd, segEnd);
        if (POSSESSIVES.has(determiner) && ctx.claims[np - 1] === Claim.Name) {
          const owner = officials[ctx.claimRefs[np - 1] as number];
          if (owner && !participants.includes(owner.id)) participants.unshift(owner.id);
        }
      }

      // A definite back-reference ("The meeting took place…", "the summit would focus on…") adds nothing new.
      const told = current ?? primary;
      if (told && !dateMention && isBackReference(ctx, cue) && !verbal) continue;
      // "concluded a visit to X, her first trip to the region": the second cue restates the first.
      if (e > 0 && !dateMention && (events[e - 1] as Cue).kind === kind && !verbal && POSSESSIVES.has(determiner) && tokens[np - 2]?.text === ',') continue;
      // A mention too vague to be an event: "a meeting of the guarantor states", nothing known.
      const named = isNamed(ctx, np, cueEnd);
      if (!subjectVerbal && !dateMention && !place && (determiner === 'a' || determiner === 'an' || (told && participants.length === 0 && bodies.length === 0 && !named))) continue;
      // A sentence that only elaborates ("The two ministers discussed…") names no one new and no date.
      if (!reported && !dateMention && !place && current && participants.every((id) => current?.participants.includes(id)) && !subjectVerbal) continue;
      // Sights of a visit already told ("also visited the construction site") are part of it.
      if (kind === 'visit' && !dateMention && visit && !visit.reported && participants.every((id) => visit?.participants.includes(id)) && !reported) continue;

      // The same event told twice: a headline-like summary and the detailed sentence, or a
      // reported event mentioned again ("looked forward to the Joint Commission meeting in New Delhi").
      const duplicate = reported ? undefined : earlier.duplicateOf(kind, date, participants);
      if (duplicate) {
        for (const id of participants) if (!duplicate.participants.includes(id)) duplicate.participants.push(id);
        if (!duplicate.place && place) duplicate.place = place;
        continue;
      }
      const told2 = reported && place ? earlier.reportedAt(kind, place) : undefined;
      if (told2 && (told2.date === date || date === null || told2.date === null) && participants.length === 0) {
        told2.date = told2.date ?? date;
        continue;
      }

      let cameo = sidelinesHost && kind !== 'call' && kind !== 'talks' ? '040' : cameoFor(kind, cueStart, cueEnd, ctx, before | inCue | after);
      // Meetings on the sidelines of an event the text told: a third location, and the people
      // meeting there attended that event.
      if (sidelines && !reported && (kind === 'meeting' || kind === 'talks') && within(date, sidelines)) {
        cameo = '044';
        if (!sidelines.reported) for (const id of participants) if (!sidelines.participants.includes(id)) sidelines.participants.push(id);
      }

      // A one-word cue is shown as its token is written (a word has no spaces to collapse).
      const cueText = cueEnd - cueStart === 1 ? (tokens[cueStart] as Token).text : ctx.displayOf(cueStart, cueEnd);
      const meeting: Meeting = {
        id: '',
        // The sentence's offsets, as `ctx.spanOf` gives them, without the object.
        start: (tokens[first] as Token).start,
        end: (tokens[lastNonBreak(ctx, first, end) - 1] as Token).end,
        date,
        endDate,
        place,
        kind,
        cameo,
        participants,
        bodies,
        sentence: ctx.sentenceText(sentence),
        reported,
        evidence: `${subjectVerbal ? 'verb' : 'noun'} "${cueText}"${reported ? ' reported as background' : ''}`,
      };
      meeting.id = meetingId(meeting, meetings.length);
      meetings.push(meeting);
      earlier.added(meeting);
      latest = meeting;
      if (sidelinesHost) sidelines = meeting;
      if (!reported) for (const id of participants) peopleTold.push(id);
      if (kind === 'visit' && subjectVerbal && !pluperfect) visit = meeting;
      if (!reported && !primary) primary = meeting;
      // The meeting the text now tells about: one it reports, or one announced with a verb.
      if (!reported || subjectVerbal) current = meeting;
    }
  }
  return meetings;
}

/** Words before "the meeting" that frame a sentence inside the meeting just told. */
const BACK_REFERENCE_LEADS = new Set(['during', 'at', 'after', 'following', 'opening', 'closing', 'concluding', 'of', 'throughout', 'before', 'ahead', 'framework', 'course', 'outcome', 'results', 'end']);
const SIDELINES_WORDS = new Set(['sidelines', 'margins', 'margin', 'sideline']);
const PLANNED = indexPhrases([
  'will', 'would', 'shall', 'agreed to hold', 'agreed to meet', 'plans to', 'plan to', 'planned', 'to be held', 'is scheduled',
  'are scheduled', 'looked forward', 'look forward', 'looks forward', 'next meeting', 'next round', 'upcoming', 'invited', 'invitation',
  'proposed holding', 'suggested holding', 'preparations for', 'forthcoming', 'to be convened', 'to be hosted',
].map((phrase) => phrase.split(' ')), M.PlannedLead);

const PLANNED_AFTER = indexPhrases(['will', 'would', 'shall', 'to be held', 'to be convened', 'to be hosted', 'is scheduled', 'are scheduled', 'scheduled'].map((phrase) => phrase.split(' ')), M.PlannedAfterLead);

const PARTICIPATION = indexPhrases([
  'led by', 'headed by', 'accompanied by', 'chaired by', 'co-chaired by', 'attended by', 'brought together', 'took part',
  'takes part', 'taking part', 'participated', 'participate', 'joined by', 'also present', 'were present', 'was present',
  'in the presence of', 'also attended', 'also joined', 'chaired the', 'co-chaired the', 'who chaired', 'who hosted',
  'represented by', 'stood in for',
].map((phrase) => phrase.split(' ')), 0);
const GROUP_SUBJECTS = indexPhrases([
  'the two ministers', 'the two foreign ministers', 'both ministers', 'the ministers', 'the two sides', 'both sides', 'the sides',
  'the parties', 'the two parties', 'both parties', 'the two leaders', 'the leaders', 'the two deputy ministers', 'the two officials',
  'the interlocutors', 'they',
].map((phrase) => phrase.split(' ')), M.GroupSubjectsLead);
const AMBASSADORS = indexPhrases(['the ambassadors', 'both ambassadors', 'the two ambassadors', 'the envoys'].map((phrase) => phrase.split(' ')), M.AmbassadorsLead);
const SAME_DAY = indexPhrases(['the same day', 'that day', 'earlier in the day', 'later in the day', 'later that day', 'same day'].map((phrase) => phrase.split(' ')), M.SameDayLead);
const EVE = indexPhrases(['on the eve of', 'the day before'].map((phrase) => phrase.split(' ')), M.EveLead);

/**
 * The meeting cues of a sentence ending at `end`, outside quotes and organisation names, looked
 * for at the {@link cueWords} {@link scanSentence} found. A verb cue right before a noun cue is one
 * event ("received a courtesy call"); "called on X to" is a demand.
 */
function findCues(ctx: AnalysisContext, end: number): number {
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

function isSidelines(ctx: AnalysisContext, cueStart: number): boolean {
  return hasMark(ctx, Math.max(0, cueStart - 4), cueStart, M.Sidelines);
}

/** "the meeting", "the talks", "this visit" with nothing after them: the event already told. */
function isBackReference(ctx: AnalysisContext, cue: Cue): boolean {
  if (cue.framing) return true;
  if (!isDetermined(ctx.tokens, cue.start)) return false;
  const before = (ctx.tokens[cue.start - 1] as Token).lower;
  return before !== 'a' && before !== 'an' && !hasOwnComplement(ctx, cue.end);
}

/** Whether a {@link DETERMINED_BY} word is right before a cue (a test of marks). */
function isDetermined(tokens: readonly Token[], cueStart: number): boolean {
  return cueStart > 0 && (markOf(tokens, cueStart - 1) & M.Determined) !== 0;
}

/**
 * Where the noun phrase of a cue starts: back over the names, numbers and dashes before it, as
 * in "the 9th Viet Nam – Laos Political Consultation", to its determiner.
 */
function nounPhraseStart(ctx: AnalysisContext, from: number, cueStart: number): number {
  let k = cueStart;
  while (k > from) {
    const token = ctx.tokens[k - 1] as Token;
    const nameLike = token.cap || token.type === TokenType.Number || isDashOrQuoteMark(token.text) || token.type === TokenType.Possessive;
    // (The modifier test only when it decides: the loop walks every word before every cue. A
    // determiner, where most noun phrases start, is no modifier: its mark says so without the cache.)
    if (!nameLike && ((markOf(ctx.tokens, k - 1) & M.Determined) !== 0 || !isEventModifier(token.lower))) break;
    k--;
  }
  return k;
}

/** A dash or a quotation mark on its own (`/^[-\u2013\u2014'"“”«»‘’]$/`), without a regex. */
function isDashOrQuoteMark(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 39 || c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019;
}

/** Words that may stand between a determiner and a cue: "the next", "a two-day", "the 9th". Cached per word. */
const isEventModifier: (lower: string) => boolean = memoizeString((lower) =>
  /^(next|first|second|third|fourth|fifth|\w+-day|\w+-level|bilateral|regional|official|joint|annual|\d+(st|nd|rd|th))$/.test(lower),
);

/**
 * Whether a word starts as an {@link isOrdinalWord} can ("n", "f", "s", "t" or a digit): most words
 * of a noun phrase are then told apart without the cache.
 */
function mayBeOrdinal(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c === 110 || c === 102 || c === 115 || c === 116 || (c >= 48 && c <= 57);
}

/** An ordinal or "next" (`isNamed`), cached per word. */
const isOrdinalWord: (lower: string) => boolean = memoizeString((lower) => /^(next|first|second|third|fourth|fifth|\d+(st|nd|rd|th))$/.test(lower));

/** A verb of meeting in the cue or just before its noun phrase; -1 when there is none. */
function verbAt(ctx: AnalysisContext, cueStart: number, cueEnd: number, determined: boolean, from: number): number {
  if (!determined) for (let k = cueStart; k < cueEnd; k++) if ((markOf(ctx.tokens, k) & M.Verb) !== 0) return k;
  // Before the cue, the nearest token outside quotes with the mark: among the sentence's marked tokens ({@link readSentence}).
  for (let m = firstMarkedFrom(cueStart) - 1; m >= 0; m--) {
    const k = markedAt[m] as number;
    if (k < from) break;
    if (((markedBits[m] as number) & (M.Verb | M.Holding)) !== 0) return k;
  }
  return -1;
}

/** "consultations between the ministries were held in Baku": the noun is the subject of a report (tests marks). */
function passiveAfter(ctx: AnalysisContext, cueEnd: number, segEnd: number): boolean {
  const to = Math.min(segEnd, cueEnd + 14);
  // Quoted words count here: the sentence's marked tokens ({@link readSentence}) have them all only when it has none.
  if (sentenceQuoted) return passiveAfterIn(ctx, cueEnd, to);
  for (let m = firstMarkedFrom(cueEnd); m < markedCount; m++) {
    const k = markedAt[m] as number;
    if (k >= to) break;
    if (((markedBits[m] as number) & M.PassiveWord) === 0) continue;
    const passive = passiveAt(ctx, k);
    if (passive !== undefined) return passive;
  }
  return false;
}

/** {@link passiveAfter} over the tokens [from, to), quoted or not. */
function passiveAfterIn(ctx: AnalysisContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if ((markOf(ctx.tokens, k) & M.PassiveWord) === 0) continue;
    const passive = passiveAt(ctx, k);
    if (passive !== undefined) return passive;
  }
  return false;
}

/** What a {@link M.PassiveWord} at token k tells {@link passiveAfter}: false at a relative clause, true at "was held", "took place", else nothing. */
function passiveAt(ctx: AnalysisContext, k: number): boolean | undefined {
  const lower = (ctx.tokens[k] as Token).lower;
  if (lower === 'which' || lower === 'that' || lower === 'who' || ctx.tokens[k]?.text === ';') return false;
  const next = ctx.tokens[k + 1]?.lower;
  if ((lower === 'was' || lower === 'were') && (next === 'held' || next === 'convened' || next === 'conducted' || next === 'organised' || next === 'organized')) return true;
  if (lower === 'took' && next === 'place') return true;
  return undefined;
}

/** The event's length in days from "a four-day visit", "a 3-day trip"; 0 when not given. */
function dayCount(ctx: AnalysisContext, np: number, cueStart: number): number {
  for (let k = np; k < cueStart; k++) {
    const lower = (ctx.tokens[k] as Token).lower;
    // Only a word ending in "-day" can match: the regex runs on those alone.
    const match = lower.endsWith('-day') ? /^(\w+)-day$/.exec(lower) : null;
    if (match) return NUMBER_WORDS.get(match[1] as string) ?? (Number(match[1]) || 0);
  }
  return 0;
}


/** True when an undated meeting, or one on a day, falls on a day of the visit. */
function sameDay(visit: Meeting, date: string | null): boolean {
  return date === null || within(date, visit);
}

/** True when `date` falls within the event's days, or its month when the event's days are not known. */
function within(date: string | null, event: Meeting): boolean {
  if (date === null || event.date === null) return true;
  if (event.date.length < 10) return date.startsWith(event.date);
  return date >= event.date && date.slice(0, 10) <= (event.endDate ?? event.date);
}

/** An ordinal, "next", a capitalised name or a capitalised cue: the phrase names a particular event. */
function isNamed(ctx: AnalysisContext, np: number, cueEnd: number): boolean {
  // "the meeting of the IBSA Trilateral Ministerial Commission": named by its body.
  if (ctx.tokens[cueEnd]?.lower === 'of' && (ctx.tokens[cueEnd + 1]?.cap || (ctx.tokens[cueEnd + 1]?.lower === 'the' && ctx.tokens[cueEnd + 2]?.cap))) return true;
  for (let k = np; k < cueEnd; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.cap && !(k === np && k === ctx.sentenceStarts[token.sentence])) return true;
    if (mayBeOrdinal(token.lower) && isOrdinalWord(token.lower)) return true;
  }
  return false;
}

/** Whether a token outside quotes in [from, to) has one of the {@link M} bits `bit` (a word of that set). */
function hasMark(ctx: AnalysisContext, from: number, to: number, bit: number): boolean {
  for (let k = from; k < to; k++) if ((markOf(ctx.tokens, k) & bit) !== 0 && !ctx.quoted[k]) return true;
  return false;
}

/**
 * One read of the tokens [first, end) of a sentence, outside quotes: fills the mentions
 * ({@link mentionStart}…) with the officials named, one entry per run of name tokens, and with
 * `withMarks` (the sentence has events) {@link markedAt} and {@link markedBits}.
 */
function readSentence(ctx: AnalysisContext, officials: Official[], first: number, end: number, withMarks: boolean): void {
  const tokens = ctx.tokens;
  const claims = ctx.claims;
  const claimRefs = ctx.claimRefs;
  const quoted = ctx.quoted;
  mentionCount = 0;
  markedCount = 0;
  sentenceQuoted = false;
  // The run of name tokens read last: where it ends and whose it is, and whether it is a mention (its official is listed).
  let runEnd = -1;
  let runRef = -1;
  let runListed = false;
  for (let k = first; k < end; k++) {
    if (quoted[k]) {
      sentenceQuoted = true;
      continue;
    }
    if (claims[k] === Claim.Name) {
      const ref = claimRefs[k] as number;
      if (runEnd === k && runRef === ref) {
        runEnd = k + 1;
        if (runListed) mentionEnd[mentionCount - 1] = runEnd;
      } else {
        runEnd = k + 1;
        runRef = ref;
        const official = officials[ref];
        runListed = official !== undefined;
        if (official !== undefined) addMention(k, official.id);
      }
    }
    // The marks, as markOf reads them, for a sentence with events only: a token without the word
    // class has none.
    if (!withMarks) continue;
    const token = tokens[k] as Token;
    if (wordsCovered && (token.flags & W.MeetingWord) === 0) continue;
    const bits = marksOfWord(token.lower);
    if (bits === 0) continue;
    if (markedCount === markedAt.length) {
      markedAt = doubled(markedAt);
      markedBits = doubled(markedBits);
    }
    markedAt[markedCount] = k;
    markedBits[markedCount++] = bits;
  }
}

/** A copy of `array` with twice its length, for a reused buffer that is full. */
function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Adds a mention of one token starting at k (its end is moved on as the run goes on). */
function addMention(k: number, id: string): void {
  if (mentionCount === mentionStart.length) {
    mentionStart = doubled(mentionStart);
    mentionEnd = doubled(mentionEnd);
  }
  mentionStart[mentionCount] = k;
  mentionEnd[mentionCount] = k + 1;
  mentionIds[mentionCount++] = id;
}

/** Whether every date of the sentence is on `date` (none has another). */
function sameDates(date: string | null): boolean {
  for (let d = 0; d < sentenceDateCount; d++) if ((sentenceDates[d] as DateMention).date !== date) return false;
  return true;
}

/** Whether every event of the sentence refers back to the one just told ({@link isBackReference}). */
function allBackReferences(ctx: AnalysisContext, events: readonly Cue[], count: number): boolean {
  for (let e = 0; e < count; e++) if (!isBackReference(ctx, events[e] as Cue)) return false;
  return true;
}

/**
 * The officials named in [from, to), in order of first mention, leaving out those who only
 * announce or comment ("…, spokesperson Ge Yuanfang announced", "She noted that…").
 */
function speakers(ctx: AnalysisContext, from: number, to: number): string[] {
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
class RoleResolver {
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

/** Index of the first mention starting at or after token k (mentions are in text order). */
function firstMentionFrom(k: number): number {
  return firstAtOrAfter(mentionStart, mentionCount, k);
}

/** "X, …, who is on a working visit to Dushanbe": the official the clause is about. */
function whoAntecedent(ctx: AnalysisContext, from: number, cueStart: number): string | undefined {
  for (let k = cueStart - 1; k >= from; k--) {
    const token = ctx.tokens[k] as Token;
    if (token.lower === 'who' && ctx.tokens[k - 1]?.text === ',') return mentionBefore(k);
    if (token.type === TokenType.Punct && token.text !== ',' && token.text !== '-' && token.text !== '\u2013') return undefined;
  }
  return undefined;
}

/** "thanked his counterpart for taking part in the Forum": the official thanked took part. */
function forTakingPart(ctx: AnalysisContext, from: number, cueStart: number): string | undefined {
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

/** The official of the last mention starting before token k. */
function mentionBefore(k: number): string | undefined {
  const m = firstMentionFrom(k) - 1;
  return m >= 0 ? mentionIds[m] : undefined;
}

/**
 * Phrases grouped by their first word, for {@link hasPhrase}; `lead` is the {@link M} bit of the
 * first words, so a token without it needs no look-up (0 for {@link PARTICIPATION}, which
 * {@link scanSentence} looks for on the word-class bit instead).
 */
interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  /** {@link byFirst} through {@link WordSlots}: the lead words ("in", "was", "the") repeat within a text. */
  firstSlots: WordSlots<string[][]>;
  lead: number;
}

function indexPhrases(phrases: string[][], lead: number): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const list = byFirst.get(phrase[0] as string) ?? [];
    list.push(phrase);
    byFirst.set(phrase[0] as string, list);
  }
  if (lead !== 0) markWords(byFirst.keys(), lead);
  return { byFirst, firstSlots: new WordSlots(byFirst), lead };
}

/** Whether the words of tokens [first, end) include "courtesy". */
function hasCourtesy(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if ((tokens[k] as Token).lower === 'courtesy') return true;
  return false;
}

/**
 * True when one of the phrases (as lower-case words) occurs outside quotes in [first, end), a part
 * of the sentence {@link readSentence} read last: the phrases start at its marked tokens.
 */
function hasPhrase(ctx: AnalysisContext, first: number, end: number, phrases: PhraseIndex): boolean {
  const { firstSlots, lead } = phrases;
  for (let m = firstMarkedFrom(first); m < markedCount; m++) {
    const k = markedAt[m] as number;
    if (k >= end) break;
    if (((markedBits[m] as number) & lead) !== 0 && phraseAt(ctx.tokens, k, firstSlots)) return true;
  }
  return false;
}

/** Whether one of the phrases (grouped by first word) starts at token k. */
function phraseAt(tokens: readonly Token[], k: number, firstSlots: WordSlots<string[][]>): boolean {
  const candidates = firstSlots.get((tokens[k] as Token).lower);
  if (candidates === undefined) return false;
  for (const phrase of candidates) {
    let j = 1;
    while (j < phrase.length && tokens[k + j]?.lower === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

const POSSESSIVES = new Set(['his', 'her', 'their']);
const DETERMINED_BY = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'a', 'an']);

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

function lastNonBreak(ctx: AnalysisContext, first: number, end: number): number {
  let e = end;
  while (e > first + 1 && ctx.isBreak(e - 1)) e--;
  return e;
}

function overlaps(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && a.every((id) => b.includes(id)) && b.every((id) => a.includes(id));
}

/** Officials inside a meeting noun phrase: "the meeting between X and Y", "talks with X". */
function participantsInPhrase(ctx: AnalysisContext, officials: Official[], cueEnd: number, end: number): string[] {
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
function bodiesNear(ctx: AnalysisContext, entities: EntityFindings, cueStart: number, first: number): string[] {
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

const VENUE_NOUNS = new Set(['headquarters', 'premises', 'building', 'office', 'offices', 'secretariat', 'residence', 'compound']);

/**
 * The venue ("at the Ministry of Foreign Affairs of China") or else the city or country ("in
 * Tashkent"), in a part of the sentence {@link readSentence} read last: its words "at", "in" and
 * "to" are among the marked tokens.
 */
function placeIn(ctx: AnalysisContext, entities: EntityFindings, first: number, end: number, visit: boolean): string | null {
  let city: string | null = null;
  // "a visit to Tehran", "visited Baku": the destination is where the visit happens.
  if (visit) {
    for (let m = firstMarkedFrom(first); m < markedCount; m++) {
      const k = markedAt[m] as number;
      if (k >= end) break;
      if (((markedBits[m] as number) & M.PlaceLead) === 0) continue;
      const lower = ctx.tokens[k]?.lower;
      const j = lower === 'to' ? k + 1 : lower === 'visited' || lower === 'visits' ? k + 1 : -1;
      if (j < 0) continue;
      const claim = ctx.claims[j];
      const ref = ctx.claimRefs[j] as number;
      if (claim === Claim.Place) return entities.places[ref]?.name ?? null;
      if (claim === Claim.Country) return entities.countries[ref]?.name ?? null;
    }
  }
  for (let m = firstMarkedFrom(first); m < markedCount; m++) {
    const k = markedAt[m] as number;
    if (k >= end) break;
    if (((markedBits[m] as number) & M.PlaceLead) === 0) continue;
    const token = ctx.tokens[k] as Token;
    if (token.type !== TokenType.Word) continue;
    if (token.lower === 'at' || token.lower === 'in') {
      let j = k + 1;
      if (ctx.tokens[j]?.lower === 'the') j++;
      const claim = ctx.claims[j];
      const ref = ctx.claimRefs[j] as number;
      if (token.lower === 'at' && claim === Claim.Organization) {
        let e = j;
        while (e < end && ctx.claims[e] === claim && ctx.claimRefs[e] === ref) e++;
        // "at the GCC General Secretariat", "at the AU Commission headquarters": the body's premises.
        while (e < end && ctx.claims[e] === Claim.None && !ctx.quoted[e] && ((ctx.tokens[e]?.cap && ctx.tokens[e]?.type === TokenType.Word) || VENUE_NOUNS.has(ctx.tokens[e]?.lower ?? ''))) e++;
        return ctx.displayOf(j, e);
      }
      if (claim === Claim.Place && city === null) {
        const place = entities.places[ref];
        let e = j;
        while (e < end && ctx.claims[e] === claim && ctx.claimRefs[e] === ref) e++;
        city = place?.name ?? ctx.displayOf(j, e);
      }
      if (token.lower === 'at' && claim === Claim.None && ctx.tokens[j]?.cap) {
        // A venue the lexicon does not know: "at the Kremlin", "at the Palace of Nations".
        let e = j;
        while (e < end && (ctx.tokens[e]?.cap || ['of', 'the', 'for'].includes(ctx.tokens[e]?.lower ?? '')) && ctx.claims[e] !== Claim.Date && !ctx.quoted[e]) e++;
        while (e > j && ['of', 'the', 'for'].includes(ctx.tokens[e - 1]?.lower ?? '')) e--;
        // "at Deputy Foreign Minister level" is a rank, not a venue.
        if (e > j && ctx.claims[j] !== Claim.Name && ctx.tokens[e]?.lower !== 'level') return ctx.displayOf(j, e);
      }
    }
  }
  return city;
}

/**
 * The CAMEO code: 041 for calls, 046 for talks and consultations, 044 for meetings on the sidelines
 * of another event, 042 for a visit paid (043 when the sentence tells it from the host's side), 040
 * for the other meetings, received or not.
 */
function cameoFor(kind: MeetingKind, cueStart: number, cueEnd: number, ctx: AnalysisContext, segmentMarks: number): string {
  if (kind === 'call') return '041';
  if (kind === 'talks') return '046';
  // A visit looks for the host's words, anything else for the sidelines, among the segment's marks.
  const visit = kind === 'visit';
  const found = (segmentMarks & (visit ? M.Hosting : M.Sidelines)) !== 0;
  if (!visit) return found ? '044' : '040';
  let visiting = false;
  for (let k = cueStart; k < cueEnd; k++) if ((markOf(ctx.tokens, k) & M.Visiting) !== 0) visiting = true;
  return found && !visiting ? '043' : '042';
}

/** The date, kind and first three participants joined by "_", then "#" and the meeting's number (one string built, no parts). */
function meetingId(meeting: Meeting, index: number): string {
  const date = meeting.date ?? 'undated';
  const p = meeting.participants;
  switch (p.length) {
    case 0:
      return `${date}_${meeting.kind}#${index + 1}`;
    case 1:
      return `${date}_${meeting.kind}_${p[0] as string}#${index + 1}`;
    case 2:
      return `${date}_${meeting.kind}_${p[0] as string}_${p[1] as string}#${index + 1}`;
    default:
      return `${date}_${meeting.kind}_${p[0] as string}_${p[1] as string}_${p[2] as string}#${index + 1}`;
  }
}

/** A day's ISO date, "2024-02-15" (the regexes are made once: a literal in a loop is a new object each time). */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const AMBASSADOR = /ambassador/i;
/** Whether a title names an ambassador, cached per title: titles repeat across releases. */
const isAmbassadorTitle: (title: string) => boolean = memoizeString((title) => AMBASSADOR.test(title));

/** Which officials have an ambassador's title, looked at once per id a meeting names. */
class AmbassadorTitles {
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

/** How many meetings {@link MeetingsTold} reads in turn before it makes maps of them. */
const TOLD_LIST_LIMIT = 16;

/**
 * The meetings found so far, looked up by kind and date (those told, not reported: the same event
 * told twice) or by kind and place (those reported: "the Joint Commission meeting in New Delhi"
 * told again). Most releases have a few meetings: the list of them is read in turn, which makes
 * nothing; past {@link TOLD_LIST_LIMIT} meetings, maps by kind and key, so that a long text is
 * not searched in quadratic time. A meeting's kind, date, place and `reported` do not change
 * once it is filed, except the date of a reported meeting and the place of a told one, which
 * neither map is keyed by.
 */
class MeetingsTold {
  /** Made once the list is long: the told meetings by kind and date, in order. */
  private byDate: Map<MeetingKind, Map<string | null, Meeting[]>> | undefined;
  /** Made with {@link byDate}: the first reported meeting of each kind and place. */
  private byPlace: Map<MeetingKind, Map<string, Meeting>> | undefined;

  constructor(private readonly meetings: readonly Meeting[]) {}

  /** The first meeting told of the kind and date whose people are the same as `participants`. */
  duplicateOf(kind: MeetingKind, date: string | null, participants: string[]): Meeting | undefined {
    if (this.byDate !== undefined) return this.byDate.get(kind)?.get(date)?.find((m) => overlaps(m.participants, participants));
    const meetings = this.meetings;
    for (let i = 0; i < meetings.length; i++) {
      const m = meetings[i] as Meeting;
      if (!m.reported && m.kind === kind && m.date === date && overlaps(m.participants, participants)) return m;
    }
    return undefined;
  }

  /** The first reported meeting of the kind at `place`. */
  reportedAt(kind: MeetingKind, place: string): Meeting | undefined {
    if (this.byPlace !== undefined) return this.byPlace.get(kind)?.get(place);
    const meetings = this.meetings;
    for (let i = 0; i < meetings.length; i++) {
      const m = meetings[i] as Meeting;
      if (m.reported && m.kind === kind && m.place === place) return m;
    }
    return undefined;
  }

  /** Files the meeting just added to the list, once there are maps. */
  added(meeting: Meeting): void {
    if (this.byDate !== undefined) this.file(meeting);
    else if (this.meetings.length > TOLD_LIST_LIMIT) {
      this.byDate = new Map<MeetingKind, Map<string | null, Meeting[]>>();
      this.byPlace = new Map<MeetingKind, Map<string, Meeting>>();
      for (const m of this.meetings) this.file(m);
    }
  }

  private file(meeting: Meeting): void {
    const { kind, date, place } = meeting;
    if (meeting.reported) {
      if (!place) return;
      const byPlace = this.byPlace as Map<MeetingKind, Map<string, Meeting>>;
      let places = byPlace.get(kind);
      if (places === undefined) {
        places = new Map<string, Meeting>();
        byPlace.set(kind, places);
      }
      if (!places.has(place)) places.set(place, meeting);
      return;
    }
    const byDate = this.byDate as Map<MeetingKind, Map<string | null, Meeting[]>>;
    let dates = byDate.get(kind);
    if (dates === undefined) {
      dates = new Map<string | null, Meeting[]>();
      byDate.set(kind, dates);
    }
    const list = dates.get(date);
    if (list) list.push(meeting);
    else dates.set(date, [meeting]);
  }
}

// The word sets' bits (the phrase indexes mark their first words as they are made), and whether
// `W.MeetingWord` covers them all, so that tokens without the bit need no look-up.
markWords(VERB_WORDS, M.Verb);
markWords(BACKGROUND_VERBS, M.Background);
markWords(HOSTING, M.Hosting);
markWords(VISITING, M.Visiting);
markWords(PROPOSING, M.Proposing);
markWords(GENERIC_LEADS, M.GenericLead);
markWords(ENDING, M.Ending);
markWords(STARTING, M.Starting);
markWords(SIDELINES_WORDS, M.Sidelines);
markWords(DETERMINED_BY, M.Determined);
markWords(['holding'], M.Holding);
markWords(['at', 'in', 'to', 'visited', 'visits'], M.PlaceLead);
markWords(['which', 'that', 'who', ';', 'was', 'were', 'took'], M.PassiveWord);
wordsCovered = [...MARK_OF.keys()].every((word) => MEETING_WORDS.has(word));
/** Whether `W.MeetingParticipationLead` marks the first word of every {@link PARTICIPATION} phrase. */
const participationLeadsCovered = [...PARTICIPATION.byFirst.keys()].every((word) => MEETING_PARTICIPATION_LEADS.has(word));
