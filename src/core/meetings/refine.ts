/**
 * The last stage of meetings, once every official's affiliation is known (officials/affiliations.ts):
 *
 * - A same-day report's own meetings without a date take the dateline's day.
 * - A visit told in passing in the same sentence as a meeting of the same visitor ("held a
 *   meeting with X during his visit to Turkmenistan"), with no days of its own, is where that
 *   meeting took place, not an event of its own: its place goes to the meeting and the visit is
 *   dropped.
 * - The same meeting told twice, undated in the lead (or first, or in the headline, with fewer
 *   people) and in the body with all of them and its date, is one.
 * - "held separate meetings with A and B" tells one meeting with each.
 * - A meeting whose place is in a country none of its participants represents took place at a
 *   third location (CAMEO 044), as meetings on the sidelines of a summit abroad do.
 */
import { countryOfPlace } from '../lexicon';
import type { Dateline, Meeting, Official, Span } from '../model';

export function refineMeetings(meetings: Meeting[], officials: readonly Official[], dateline: Dateline | null, headline: Span | null): void {
  const headlineEnd = headline?.end ?? 0;
  if (meetings.length === 0) return;
  // A same-day report: the meetings it tells as its news, with no date of their own, are of the
  // dateline's day.
  const day = dateline?.date && ISO_DAY.test(dateline.date) ? dateline.date : null;
  if (day) for (const meeting of meetings) if (meeting.date === null && !meeting.reported && meeting.participants.length > 0) meeting.date = day;
  for (let i = meetings.length - 1; i >= 0; i--) {
    const visit = meetings[i] as Meeting;
    // A visit with days of its own ("on a working visit to Dushanbe on 24–25 August") is an event.
    if (visit.kind !== 'visit' || visit.endDate !== null || !visit.reported || visit.participants.length === 0) continue;
    const meeting = meetings.find((m) => m !== visit && m.kind !== 'visit' && m.start === visit.start && visit.participants.every((id) => m.participants.includes(id)));
    if (!meeting) continue;
    if (!meeting.place && visit.place) meeting.place = visit.place;
    meetings.splice(i, 1);
  }
  // A visit of two or more people who also meet that day ("visits Athens … met with the Prime
  // Minister") is that meeting, told twice.
  for (let i = meetings.length - 1; i >= 0; i--) {
    const visit = meetings[i] as Meeting;
    if (visit.kind !== 'visit' || visit.participants.length < 2 || visit.endDate !== null) continue;
    const meeting = meetings.find((m) => m.kind !== 'visit' && m.reported === visit.reported && visit.date !== null && m.date === visit.date && visit.participants.every((id) => m.participants.includes(id)));
    if (!meeting) continue;
    if (!meeting.place && visit.place) meeting.place = visit.place;
    meetings.splice(i, 1);
  }
  // The same meeting told twice: in the headline or lead with fewer people or no date, in the
  // body with all of them and its date. (The first meeting told is the lead's, where a headline
  // is not the text's first line.)
  const first = meetings[0];
  for (let i = meetings.length - 1; i >= 0; i--) {
    const told = meetings[i] as Meeting;
    if (told.reported || told.kind === 'visit' || told.participants.length === 0) continue;
    const fuller = meetings.find(
      (m) =>
        m !== told &&
        m.date !== null &&
        !m.reported &&
        (told.date === null || ((told.start < headlineEnd || told === first) && told.date === m.date && m.participants.length > told.participants.length)) &&
        sameEncounter(m.kind, told.kind) &&
        told.participants.every((id) => m.participants.includes(id)),
    );
    if (!fuller) continue;
    if (!fuller.place && told.place) fuller.place = told.place;
    meetings.splice(i, 1);
  }
  // "held separate meetings with A and B": one meeting with each.
  for (let i = meetings.length - 1; i >= 0; i--) {
    const meeting = meetings[i] as Meeting;
    if (meeting.participants.length < 3 || !SEPARATE.test(meeting.sentence)) continue;
    const [host, ...guests] = meeting.participants as [string, ...string[]];
    meetings.splice(i, 1, ...guests.map((guest, g) => ({ ...meeting, id: `${meeting.id}.${g + 1}`, participants: [host, guest], bodies: [...meeting.bodies] })));
  }
  // A credentials ceremony told twice: with the head of state who receives the credentials, and
  // with the envoys who present them ("The envoys who presented their credentials were …").
  const ceremonies = meetings.length < 2 ? [] : meetings.filter((m) => !m.reported && m.kind === 'meeting' && CREDENTIALS.test(m.evidence));
  for (let i = 1; i < ceremonies.length; i++) {
    const first = ceremonies[0] as Meeting;
    const other = ceremonies[i] as Meeting;
    if (first.date !== null && other.date !== null && first.date !== other.date) continue;
    for (const id of other.participants) if (!first.participants.includes(id)) first.participants.push(id);
    first.date ??= other.date;
    first.place ??= other.place;
    meetings.splice(meetings.indexOf(other), 1);
  }
  // One encounter told twice once split: the same people on the same day.
  for (let i = meetings.length - 1; i > 0; i--) {
    const later = meetings[i] as Meeting;
    if (later.reported || later.participants.length < 2) continue;
    const same = meetings.findIndex((m, j) => j < i && !m.reported && m.date === later.date && sameEncounter(m.kind, later.kind) && m.participants.length === later.participants.length && later.participants.every((id) => m.participants.includes(id)));
    if (same >= 0) meetings.splice(i, 1);
  }
  for (const meeting of meetings) {
    if (meeting.kind !== 'meeting' || meeting.cameo !== '040' || !meeting.place || meeting.participants.length < 2) continue;
    const where = countryOfPlace(meeting.place);
    if (!where) continue;
    const countries = meeting.participants.map((id) => officials.find((o) => o.id === id)?.affiliationId);
    // Every participant's country known, none of them the place's: a third location.
    if (countries.every((c) => c && c.length === 2 && c !== where)) meeting.cameo = '044';
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Sentences that tell several one-to-one meetings at once. */
const SEPARATE = /\b(separate (bilateral )?(meetings|talks)|separately met|met separately|bilateral (meetings|talks) with)\b/i;
/** The cue of a credentials ceremony. */
const CREDENTIALS = /credentials|credence/i;

/** Kinds that tell one encounter face to face: a meeting may be told as talks elsewhere. */
function sameEncounter(a: Meeting['kind'], b: Meeting['kind']): boolean {
  const inPerson = (kind: Meeting['kind']) => kind === 'meeting' || kind === 'talks';
  return a === b || (inPerson(a) && inPerson(b));
}
