/**
 * Meetings, calls, visits, talks, summits and conferences, one per sentence that reports one:
 * who took part, when, where, and the CAMEO event code that fits. "The meeting took place in a
 * friendly manner" refers back to a meeting already found and adds nothing; "praised the outcome
 * of the Council meeting on 2 November in Tashkent" is a reported earlier event.
 *
 * This module is the pass itself: {@link findMeetings} reads the text sentence by sentence and
 * makes the meetings. Its stages are the modules beside it:
 *   words.ts         the words and phrases the pass looks for, and their marks
 *   sentence.ts      one read of a sentence: its marked words and the officials it names
 *   cues.ts          the meeting cues of a sentence ("held talks", "paid a visit") and their kind
 *   grammar.ts       how the sentence tells the event (a verb, a passive, a noun), the CAMEO code
 *   dates.ts         when: days of an event, the same day, within a visit
 *   places.ts        where: the venue, city or country
 *   participants.ts  who: speakers, roles, antecedents, bodies, ambassadors
 *   merging.ts       the meetings told so far: the same event told twice
 */
import { AnalysisContext, Claim } from '../context';
import { shiftIsoDay, type DateMention } from '../dates';
import type { EntityFindings } from '../entities';
import type { Dateline, Meeting, Official } from '../model';
import type { Token } from '../tokens';
import { CUE_WORD, findCues, isBackReference, isDetermined, isSidelines, PARTICIPATION_PHRASE, scanSentence, sentenceCues, type Cue } from './cues';
import { dayCount, ISO_DAY, sameDay, within } from './dates';
import { cameoFor, isNamed, nounPhraseStart, passiveAfter, verbAt } from './grammar';
import { MeetingsTold } from './merging';
import { AmbassadorTitles, bodiesNear, forTakingPart, participantsInPhrase, RoleResolver, speakers, whoAntecedent } from './participants';
import { placeIn } from './places';
import { firstMarkedFrom, hasMark, hasPhrase, markedAt, markedBits, markedCount, mentionCount, mentionIds, mentionStart, readSentence } from './sentence';
import { AMBASSADORS, ENDING, EVE, GROUP_SUBJECTS, M, PLANNED, PLANNED_AFTER, PLURAL_CUES, SAME_DAY } from './words';

/** The number of cues of the sentence being read: the first entries of {@link sentenceCues}. */
let cueCount = 0;
/** The cues of the sentence being read that are not framing ones, when some are: its events. */
const framedEvents: Cue[] = [];
/**
 * The dates of the sentence being read outside quotes and the dateline, the first
 * `sentenceDateCount` entries, in text order.
 */
const sentenceDates: DateMention[] = [];
let sentenceDateCount = 0;

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

const POSSESSIVES = new Set(['his', 'her', 'their']);
function lastNonBreak(ctx: AnalysisContext, first: number, end: number): number {
  let e = end;
  while (e > first + 1 && ctx.isBreak(e - 1)) e--;
  return e;
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
