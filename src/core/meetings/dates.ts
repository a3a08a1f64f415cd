/**
 * Meetings: when. The length of an event in days ("a four-day visit") and whether a date falls
 * within an event told. (The dates themselves are found by src/core/dates.ts.)
 */
import { AnalysisContext } from '../context';
import type { Meeting } from '../model';
import type { Token } from '../tokens';

const NUMBER_WORDS = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);

/** The event's length in days from "a four-day visit", "a 3-day trip"; 0 when not given. */
export function dayCount(ctx: AnalysisContext, np: number, cueStart: number): number {
  for (let k = np; k < cueStart; k++) {
    const lower = (ctx.tokens[k] as Token).lower;
    // Only a word ending in "-day" can match: the regex runs on those alone.
    const match = lower.endsWith('-day') ? /^(\w+)-day$/.exec(lower) : null;
    if (match) return NUMBER_WORDS.get(match[1] as string) ?? (Number(match[1]) || 0);
  }
  return 0;
}

/** True when an undated meeting, or one on a day, falls on a day of the visit. */
export function sameDay(visit: Meeting, date: string | null): boolean {
  return date === null || within(date, visit);
}

/** True when `date` falls within the event's days, or its month when the event's days are not known. */
export function within(date: string | null, event: Meeting): boolean {
  if (date === null || event.date === null) return true;
  if (event.date.length < 10) return date.startsWith(event.date);
  return date >= event.date && date.slice(0, 10) <= (event.endDate ?? event.date);
}

/** A day's ISO date, "2024-02-15" (the regexes are made once: a literal in a loop is a new object each time). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
