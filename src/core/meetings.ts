/**
 * Meetings, calls, visits, talks, summits and conferences, one per sentence that reports one:
 * who took part, when, where, and the CAMEO event code that fits. "The meeting took place in a
 * friendly manner" refers back to a meeting already found and adds nothing; "praised the outcome
 * of the Council meeting on 2 November in Tashkent" is a reported earlier event.
 */
import { AnalysisContext, Claim } from './context';
import type { DateMention } from './dates';
import type { EntityFindings } from './entities';
import type { Dateline, Meeting, MeetingKind, Official } from './model';
import { TokenType, type Token } from './tokens';
import { vocabulary } from './vocabulary';

/** Words that make a meeting cue a verb: the sentence reports the event itself. */
const VERB_WORDS = new Set([
  'met', 'meets', 'meet', 'meeting-with', 'received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'held', 'holds', 'hold',
  'visited', 'visits', 'visit', 'paid', 'pays', 'pay', 'spoke', 'speaks', 'talked', 'talks-with', 'conducted', 'conducts', 'had',
  'has', 'have', 'presented', 'presents', 'called', 'phoned', 'welcomed', 'welcomes', 'chaired', 'co-chaired', 'attended',
  'attends', 'participated', 'took', 'arrived', 'arrives', 'discussed', 'conversed', 'convened', 'gathered',
]);

/** Verbs that make a meeting noun the object of a report about another event. */
const BACKGROUND_VERBS = new Set([
  'praised', 'welcomed', 'noted', 'recalled', 'outcome', 'outcomes', 'results', 'following', 'after', 'since', 'during',
  'ahead', 'preparations', 'preparation', 'prepare', 'preparing', 'upcoming', 'next', 'previous', 'last', 'success', 'successful',
  'decisions', 'invited', 'invitation', 'implementation', 'implementing', 'agreements', 'sidelines',
]);

const HOSTING = new Set(['received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'welcomed', 'welcomes']);
const VISITING = new Set(['visited', 'visits', 'visit', 'paid', 'pays', 'arrived', 'arrives']);

export function findMeetings(
  ctx: AnalysisContext,
  entities: EntityFindings,
  officials: Official[],
  dates: DateMention[],
  dateline: Dateline | null,
  headline: string | null,
): Meeting[] {
  const vocab = vocabulary();
  const tokens = ctx.tokens;
  const meetings: Meeting[] = [];
  let primary: Meeting | undefined;
  /** The meeting the text is currently telling about, for follow-up sentences. */
  let current: Meeting | undefined;
  let currentParagraph = -1;
  let nextDate = 0;
  /** Meetings by kind and date, to find the same event told twice without a quadratic search. */
  const byKindAndDate = new Map<string, Meeting[]>();

  for (let sentence = 0; sentence < ctx.sentenceCount; sentence++) {
    const [first, end] = ctx.sentenceRange(sentence);
    // Headlines (and the copy of the headline many releases repeat) announce the meeting the
    // body reports; the body's sentence has the details.
    if (headline !== null && ctx.sentenceText(sentence) === headline) continue;
    const paragraph = ctx.paragraphOf(first);
    if (current && paragraph > currentParagraph + 1) current = undefined;

    // Follow-up sentences name more participants of the meeting just reported: "The delegation
    // was headed by X", "The meeting was attended by Y", "Z also took part in the talks".
    if (current && hasPhrase(ctx, first, end, PARTICIPATION) && !hasOwnDate(ctx, dates, first, end, current)) {
      for (const id of officialsIn(ctx, officials, first, end)) if (!current.participants.includes(id)) current.participants.push(id);
      continue;
    }

    // The first meeting cue outside quotes.
    let cueStart = -1;
    let cueEnd = -1;
    let kind: MeetingKind = 'meeting';
    for (let k = first; k < end; k++) {
      if (ctx.quoted[k] || ctx.claims[k] === Claim.Organization || !vocab.meetingCues.has((tokens[k] as Token).lower)) continue;
      const match = vocab.meetingCues.longest(tokens, k, end, (_t, index) => !ctx.quoted[index]);
      // "On the sidelines of the meeting, X met with Y": skip cues that only frame the sentence.
      if (match && current && isFraming(ctx, match.start)) {
        k = match.end - 1;
        continue;
      }
      if (match) {
        cueStart = match.start;
        cueEnd = match.end;
        kind = (match.values[0] as { kind: MeetingKind }).kind;
        break;
      }
    }
    if (cueStart < 0) continue;
    const cueWords = tokens.slice(cueStart, cueEnd).map((t) => t.lower);
    // "the visit", "his visit" is a noun even though "visit" can be a verb.
    const determined = DETERMINED_BY.has(tokens[cueStart - 1]?.lower ?? '');
    const verbal = (!determined && cueWords.some((word) => VERB_WORDS.has(word))) || hasVerbBefore(ctx, first, cueStart);
    const background = !verbal && hasBackgroundBefore(ctx, first, cueStart);

    // Participants: officials mentioned outside quotes, in order of first mention; "the two
    // ministers" and "both sides" stand for the people of the meeting just told.
    const participants = officialsIn(ctx, officials, first, end);
    if (current && hasPhrase(ctx, first, end, GROUP_SUBJECTS)) for (const id of current.participants) if (!participants.includes(id)) participants.push(id);
    // Dates come in text order: advance a cursor instead of searching from the start each time.
    while (nextDate < dates.length && (dates[nextDate] as DateMention).first < first) nextDate++;
    let dateMention: DateMention | undefined;
    for (let d = nextDate; d < dates.length && (dates[d] as DateMention).first < end; d++) {
      if (!ctx.quoted[(dates[d] as DateMention).first]) {
        dateMention = dates[d];
        break;
      }
    }
    const place = placeIn(ctx, entities, first, end, kind === 'visit');
    const bodies = bodiesNear(ctx, entities, cueStart, first);

    // A definite back-reference ("The meeting took place…", "During the talks") adds nothing new.
    const definite = tokens[cueStart - 1]?.lower === 'the' || tokens[cueStart - 1]?.lower === 'this';
    const told = current ?? primary;
    if (told && !dateMention && (definite || determined) && !verbal && !hasOwnComplement(ctx, cueEnd)) continue;
    if (told && !dateMention && !place && participants.length === 0 && bodies.length === 0) continue;

    // Plans and intentions ("agreed to hold the next meeting", "will visit") are reported events.
    const planned = hasPhrase(ctx, Math.max(first, cueStart - 6), cueEnd, PLANNED);
    const reported = background || planned || (!verbal && participants.length === 0 && dateMention !== undefined && primary !== undefined);
    let date = dateMention?.date ?? null;
    let endDate = dateMention?.endDate ?? null;
    let placeName = place;
    if (!reported && !primary) {
      date = date ?? dateline?.date ?? null;
      placeName = placeName ?? dateline?.place ?? null;
    }
    if (!date && !reported && primary && verbal && participants.some((id) => primary?.participants.includes(id))) {
      // "Later, X also met Y" without a date: same day as the first meeting.
      date = primary.date;
      endDate = primary.endDate;
    }
    // "On the same day", "Later that day", "Earlier in the day": the date of the meeting just told.
    if (!dateMention && current && hasPhrase(ctx, first, end, SAME_DAY)) {
      date = current.date;
      endDate = current.endDate;
    }
    // Background events mentioned by noun take part without the sentence's speakers ("He praised
    // the outcome of the Council meeting"); planned or past events told with a verb keep them
    // ("she would visit Chișinău in March", "the two ministers had held a phone call").
    const meetingParticipants = reported && !verbal ? participantsInPhrase(ctx, officials, cueStart, cueEnd, end) : participants;
    // A sentence that only elaborates ("The two ministers discussed…") names no one new and no date.
    if (!reported && !dateMention && !place && current && meetingParticipants.every((id) => current?.participants.includes(id)) && !verbal) continue;

    // The same event told twice (a headline-like summary and the detailed sentence).
    const sameKey = reported ? undefined : byKindAndDate.get(`${kind}|${date}`);
    const duplicate = sameKey?.find((m) => overlaps(m.participants, meetingParticipants));
    if (duplicate) {
      for (const id of meetingParticipants) if (!duplicate.participants.includes(id)) duplicate.participants.push(id);
      if (!duplicate.place && placeName) duplicate.place = placeName;
      continue;
    }

    const cueText = ctx.displayOf(cueStart, cueEnd);
    const span = ctx.spanOf(first, lastNonBreak(ctx, first, end));
    const meeting: Meeting = {
      id: '',
      ...span,
      date,
      endDate,
      place: placeName,
      kind,
      cameo: cameoFor(kind, cueWords, ctx, first, end),
      participants: meetingParticipants,
      bodies,
      sentence: ctx.sentenceText(sentence),
      reported,
      evidence: `${verbal ? 'verb' : 'noun'} "${cueText}"${reported ? ' reported as background' : ''}`,
    };
    meeting.id = meetingId(meeting, meetings.length);
    meetings.push(meeting);
    if (!reported) {
      const key = `${kind}|${date}`;
      const list = byKindAndDate.get(key) ?? [];
      list.push(meeting);
      byKindAndDate.set(key, list);
    }
    if (!reported && !primary) primary = meeting;
    // The meeting the text now tells about: one it reports, or one announced with a verb.
    if (!reported || verbal) {
      current = meeting;
      currentParagraph = paragraph;
    }
  }
  return meetings;
}

/** Words before "the meeting" that frame a sentence inside the meeting just told. */
const BACK_REFERENCE_LEADS = new Set(['during', 'at', 'after', 'following', 'opening', 'closing', 'concluding', 'of', 'throughout', 'before', 'ahead', 'framework', 'course', 'outcome', 'results', 'end']);
const PLANNED = indexPhrases([
  'will', 'would', 'shall', 'agreed to hold', 'agreed to meet', 'plans to', 'plan to', 'planned', 'to be held', 'is scheduled',
  'are scheduled', 'looked forward', 'look forward', 'looks forward', 'next meeting', 'next round', 'upcoming', 'invited', 'invitation',
  'proposed holding', 'suggested holding', 'preparations for', 'forthcoming',
].map((phrase) => phrase.split(' ')));

const PARTICIPATION = indexPhrases([
  'led by', 'headed by', 'accompanied by', 'chaired by', 'co-chaired by', 'attended by', 'brought together', 'took part',
  'takes part', 'taking part', 'participated', 'participate', 'joined by', 'also present', 'were present', 'was present',
  'in the presence of', 'also attended', 'also joined', 'chaired the', 'co-chaired the', 'who chaired', 'who hosted',
].map((phrase) => phrase.split(' ')));
const GROUP_SUBJECTS = indexPhrases([
  'the two ministers', 'the two foreign ministers', 'both ministers', 'the ministers', 'the two sides', 'both sides', 'the sides',
  'the parties', 'the two parties', 'both parties', 'the two leaders', 'the leaders', 'the two deputy ministers', 'the two officials',
  'the interlocutors', 'they',
].map((phrase) => phrase.split(' ')));
const SAME_DAY = indexPhrases(['the same day', 'that day', 'earlier in the day', 'later in the day', 'later that day', 'same day'].map((phrase) => phrase.split(' ')));

/** Phrases grouped by their first word, for {@link hasPhrase}. */
type PhraseIndex = Map<string, string[][]>;

function indexPhrases(phrases: string[][]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const list = index.get(phrase[0] as string) ?? [];
    list.push(phrase);
    index.set(phrase[0] as string, list);
  }
  return index;
}

/** True when one of the phrases (as lower-case words) occurs outside quotes in [first, end). */
function hasPhrase(ctx: AnalysisContext, first: number, end: number, phrases: PhraseIndex): boolean {
  for (let k = first; k < end; k++) {
    if (ctx.quoted[k]) continue;
    const candidates = phrases.get((ctx.tokens[k] as Token).lower);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      let j = 1;
      while (j < phrase.length && ctx.tokens[k + j]?.lower === phrase[j]) j++;
      if (j === phrase.length) return true;
    }
  }
  return false;
}

function hasOwnDate(ctx: AnalysisContext, dates: DateMention[], first: number, end: number, current: Meeting): boolean {
  return dates.some((d) => d.first >= first && d.first < end && !ctx.quoted[d.first] && d.date !== current.date);
}

function officialsIn(ctx: AnalysisContext, officials: Official[], first: number, end: number): string[] {
  const result: string[] = [];
  for (let k = first; k < end; k++) {
    if (ctx.quoted[k] || ctx.claims[k] !== Claim.Name) continue;
    const official = officials[ctx.claimRefs[k] as number];
    if (official && !result.includes(official.id)) result.push(official.id);
  }
  return result;
}

const DETERMINED_BY = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'a', 'an']);

/** "the meeting" right after a framing word: "During the talks", "on the sidelines of the meeting". */
function isFraming(ctx: AnalysisContext, cueStart: number): boolean {
  const before = ctx.tokens[cueStart - 1]?.lower;
  if (before !== 'the' && before !== 'this' && before !== 'that') return false;
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

function hasVerbBefore(ctx: AnalysisContext, first: number, cueStart: number): boolean {
  // "held a meeting", "had a telephone conversation", "paid an official visit", "took part in the summit".
  for (let k = Math.max(first, cueStart - 4); k < cueStart; k++) {
    const lower = ctx.tokens[k]?.lower;
    if (lower && VERB_WORDS.has(lower) && !ctx.quoted[k]) return true;
  }
  return false;
}

function hasBackgroundBefore(ctx: AnalysisContext, first: number, cueStart: number): boolean {
  for (let k = first; k < cueStart; k++) {
    const lower = ctx.tokens[k]?.lower;
    if (lower && BACKGROUND_VERBS.has(lower) && !ctx.quoted[k]) return true;
  }
  return false;
}

/** Officials inside a meeting noun phrase: "the meeting between X and Y", "talks with X". */
function participantsInPhrase(ctx: AnalysisContext, officials: Official[], cueStart: number, cueEnd: number, end: number): string[] {
  const result: string[] = [];
  const next = ctx.tokens[cueEnd]?.lower;
  if (next !== 'between' && next !== 'with') return result;
  for (let k = cueEnd + 1; k < end; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.type === TokenType.Punct && token.text !== ',') break;
    if (ctx.claims[k] === Claim.Name) {
      const official = officials[ctx.claimRefs[k] as number];
      if (official && !result.includes(official.id)) result.push(official.id);
    }
  }
  void cueStart;
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

/** The venue ("at the Ministry of Foreign Affairs of China") or else the city or country ("in Tashkent"). */
function placeIn(ctx: AnalysisContext, entities: EntityFindings, first: number, end: number, visit: boolean): string | null {
  let city: string | null = null;
  // "a visit to Tehran", "visited Baku": the destination is where the visit happens.
  if (visit) {
    for (let k = first; k < end; k++) {
      if (ctx.quoted[k]) continue;
      const lower = ctx.tokens[k]?.lower;
      const j = lower === 'to' ? k + 1 : lower === 'visited' || lower === 'visits' ? k + 1 : -1;
      if (j < 0) continue;
      const claim = ctx.claims[j];
      const ref = ctx.claimRefs[j] as number;
      if (claim === Claim.Place) return entities.places[ref]?.name ?? null;
      if (claim === Claim.Country) return entities.countries[ref]?.name ?? null;
    }
  }
  for (let k = first; k < end; k++) {
    if (ctx.quoted[k]) continue;
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
        if (e > j && ctx.claims[j] !== Claim.Name) return ctx.displayOf(j, e);
      }
    }
  }
  return city;
}

function cameoFor(kind: MeetingKind, cueWords: string[], ctx: AnalysisContext, first: number, end: number): string {
  if (kind === 'call') return '041';
  if (kind === 'talks') return '046';
  let sidelines = false;
  let hosting = false;
  let visiting = false;
  for (let k = first; k < end; k++) {
    if (ctx.quoted[k]) continue;
    const lower = ctx.tokens[k]?.lower ?? '';
    if (lower === 'sidelines' || lower === 'margins') sidelines = true;
    if (HOSTING.has(lower)) hosting = true;
    if (VISITING.has(lower)) visiting = true;
  }
  if (sidelines) return '044';
  if (kind === 'visit') return hosting ? '043' : '042';
  if (hosting || cueWords.some((word) => HOSTING.has(word))) return '043';
  if (visiting) return '042';
  return '040';
}

function meetingId(meeting: Meeting, index: number): string {
  const parts = [meeting.date ?? 'undated', meeting.kind, ...meeting.participants.slice(0, 3)];
  return `${parts.join('_')}#${index + 1}`;
}
