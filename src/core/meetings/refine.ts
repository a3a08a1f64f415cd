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
  if (meetings.length === 0) return;
  const headlineEnd = headline?.end ?? 0;
  // Every step looks its candidates up by a key (a sentence, a day, a participant), so a document
  // of many meetings costs time in proportion to them; dropped meetings are filtered out at the end.
  const dropped = new Set<Meeting>();
  // A same-day report: the meetings it tells as its news, with no date of their own, are of the
  // dateline's day.
  const day = dateline?.date && ISO_DAY.test(dateline.date) ? dateline.date : null;
  if (day) for (const meeting of meetings) if (meeting.date === null && !meeting.reported && meeting.participants.length > 0) meeting.date = day;

  // A release has a few meetings: they are all the candidates. A long document's are grouped.
  const small = meetings.length <= SMALL;
  const bySentence = small ? undefined : groupBy(meetings, (m) => m.start);
  const byDay = small ? undefined : groupBy(meetings, (m) => m.date);
  let byPerson: Map<string, Meeting[]> | undefined;
  if (!small) {
    byPerson = new Map();
    for (const m of meetings) for (const id of m.participants) push(byPerson, id, m);
  }
  const holds = (m: Meeting, people: readonly string[]) => people.every((id) => m.participants.includes(id));
  const absorb = (into: Meeting, told: Meeting) => {
    if (!into.place && told.place) into.place = told.place;
    dropped.add(told);
  };

  for (const visit of meetings) {
    if (visit.kind !== 'visit' || visit.endDate !== null || visit.participants.length === 0) continue;
    // Told in passing beside a meeting of the visitor, with no days of its own: where the meeting was.
    const inSentence = visit.reported ? findAmong(bySentence ? bySentence.get(visit.start) : meetings, (m) => m !== visit && m.start === visit.start && m.kind !== 'visit' && !dropped.has(m) && holds(m, visit.participants)) : undefined;
    // A visit of two or more people who also meet that day ("visits Athens … met with the Prime
    // Minister") is that meeting, told twice.
    const sameDay =
      inSentence ?? (visit.participants.length >= 2 && visit.date !== null ? findAmong(byDay ? byDay.get(visit.date) : meetings, (m) => m.date === visit.date && m.kind !== 'visit' && m.reported === visit.reported && !dropped.has(m) && holds(m, visit.participants)) : undefined);
    if (sameDay) absorb(sameDay, visit);
  }

  // The same meeting told twice: in the headline or lead with fewer people or no date, in the
  // body with all of them and its date. (The first meeting told is the lead's, where a headline
  // is not the text's first line.)
  const first = meetings[0];
  for (const told of meetings) {
    if (dropped.has(told) || told.reported || told.kind === 'visit' || told.participants.length === 0) continue;
    const lead = told.start < headlineEnd || told === first;
    const fuller = findAmong(
      byPerson ? byPerson.get(told.participants[0] as string) : meetings,
      (m) =>
        m !== told &&
        !dropped.has(m) &&
        m.date !== null &&
        !m.reported &&
        (told.date === null || (lead && told.date === m.date && m.participants.length > told.participants.length)) &&
        sameEncounter(m.kind, told.kind) &&
        holds(m, told.participants),
    );
    if (fuller) absorb(fuller, told);
  }

  // "held separate meetings with A and B": one meeting with each.
  const kept: Meeting[] = [];
  for (const meeting of meetings) {
    if (dropped.has(meeting)) continue;
    if (meeting.participants.length < 3 || !SEPARATE.test(meeting.sentence)) {
      kept.push(meeting);
      continue;
    }
    const [host, ...guests] = meeting.participants as [string, ...string[]];
    guests.forEach((guest, g) => kept.push({ ...meeting, id: `${meeting.id}.${g + 1}`, participants: [host, guest], bodies: [...meeting.bodies] }));
  }

  // A credentials ceremony told twice: with the head of state who receives the credentials, and
  // with the envoys who present them ("The envoys who presented their credentials were …").
  let ceremony: Meeting | undefined;
  for (const m of kept) {
    if (m.reported || m.kind !== 'meeting' || !CREDENTIALS.test(m.evidence)) continue;
    if (!ceremony) {
      ceremony = m;
      continue;
    }
    if (ceremony.date !== null && m.date !== null && ceremony.date !== m.date) continue;
    for (const id of m.participants) if (!ceremony.participants.includes(id)) ceremony.participants.push(id);
    ceremony.date ??= m.date;
    ceremony.place ??= m.place;
    dropped.add(m);
  }

  // One encounter told twice once split: the same people on the same day (the first one told of
  // a group of people stands for its day).
  // (Only meetings told before are candidates: in a release, those before it in the list; in a
  // long document, those filed by person as they were met.)
  const toldBefore = small ? undefined : new Map<string, Meeting[]>();
  kept.forEach((m, i) => {
    if (dropped.has(m) || m.reported || m.participants.length < 2) return;
    const candidates = toldBefore ? toldBefore.get(m.participants[0] as string) : kept.slice(0, i);
    const same = findAmong(candidates, (o) => !dropped.has(o) && !o.reported && o.date === m.date && o.participants.length === m.participants.length && sameEncounter(o.kind, m.kind) && holds(o, m.participants));
    if (same) dropped.add(m);
    else if (toldBefore) for (const id of m.participants) push(toldBefore, id, m);
  });

  meetings.length = 0;
  for (const m of kept) if (!dropped.has(m)) meetings.push(m);

  for (const meeting of meetings) {
    if (meeting.kind !== 'meeting' || meeting.cameo !== '040' || !meeting.place || meeting.participants.length < 2) continue;
    const where = countryOfPlace(meeting.place);
    if (!where) continue;
    // Every participant's country known, none of them the place's: a third location.
    if (meeting.participants.every((id) => {
      const c = officials.find((o) => o.id === id)?.affiliationId;
      return c && c.length === 2 && c !== where;
    })) meeting.cameo = '044';
  }
}

/**
 * The first of `list` that passes `test`, among its first {@link CANDIDATES}: what a release tells
 * twice it tells near together, and a document of thousands of meetings of one person or one day
 * must not cost their square.
 */
function findAmong(list: readonly Meeting[] | undefined, test: (m: Meeting) => boolean): Meeting | undefined {
  if (!list) return undefined;
  const end = Math.min(list.length, CANDIDATES);
  for (let i = 0; i < end; i++) if (test(list[i] as Meeting)) return list[i];
  return undefined;
}

const CANDIDATES = 64;
/** Up to this many meetings, every meeting is a candidate and no index is made. */
const SMALL = 16;

function groupBy<K>(meetings: readonly Meeting[], key: (m: Meeting) => K): Map<K, Meeting[]> {
  const groups = new Map<K, Meeting[]>();
  for (const m of meetings) push(groups, key(m), m);
  return groups;
}

function push<K>(map: Map<K, Meeting[]>, key: K, m: Meeting): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
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
