/**
 * Meetings: the meetings told so far, looked up to find the same event told twice
 * ({@link MeetingsTold}), and whether two lists of people are the same.
 */
import type { Meeting, MeetingKind } from '../model';

function overlaps(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && a.every((id) => b.includes(id)) && b.every((id) => a.includes(id));
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
export class MeetingsTold {
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
