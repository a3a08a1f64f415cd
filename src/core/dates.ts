/**
 * Dates as press releases write them: "12 November 2019", "November 12, 2019", "on 2 November",
 * "From May 17 to 19", "17-19 May 2023", "March 2024", "on Thursday", "today". Parsed from
 * tokens with calendar arithmetic in UTC; a date without a year takes it from the anchor (the
 * dateline, or the caller's reference date), and weekdays and "today" need that anchor.
 */
import { AnalysisContext, Claim } from './context';
import { TokenType, type Token } from './tokens';

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export interface DateMention {
  /** Token range. */
  first: number;
  end: number;
  /** ISO date, `YYYY-MM` when only the month is known, `YYYY` when only the year is. */
  date: string;
  endDate: string | null;
  /** True when the year or the day came from the anchor rather than the text. */
  inferred: boolean;
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string | undefined | null): YearMonthDay | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatDate(date: YearMonthDay): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function isValid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function addDays(date: YearMonthDay, days: number): YearMonthDay {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function weekday(date: YearMonthDay): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function dayNumber(token: Token | undefined): number | undefined {
  if (!token || token.type !== TokenType.Number) return undefined;
  const match = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(token.text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return value >= 1 && value <= 31 ? value : undefined;
}

function yearNumber(token: Token | undefined): number | undefined {
  if (!token || token.type !== TokenType.Number || !/^\d{4}$/.test(token.text)) return undefined;
  const value = Number(token.text);
  return value >= 1900 && value <= 2100 ? value : undefined;
}

function monthAt(token: Token | undefined): number | undefined {
  if (!token || token.type !== TokenType.Word || !token.cap) return undefined;
  const lower = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  // "May" is a month only next to a number; the caller checks that.
  return MONTHS.get(lower);
}

/** Words after which a bare month or year is a date: "in September", "until 2030". */
const MONTH_LEAD = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'from', 'early', 'late', 'mid', 'mid-', 'before', 'after', 'through', 'throughout', 'for', 'of', 'end', 'beginning']);
const YEAR_LEAD = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'through', 'throughout', 'for']);

function isRangeJoiner(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '-' || token.text === '\u2013' || token.text === '\u2014' || token.lower === 'to' || token.lower === 'and' || token.lower === 'till' || token.lower === 'until');
}

/** Finds every date in the text. `anchor` supplies a missing year and resolves weekdays. */
export function findDates(ctx: AnalysisContext, anchor: YearMonthDay | undefined): DateMention[] {
  const tokens = ctx.tokens;
  const found: DateMention[] = [];
  let lastYear = anchor?.year;
  const resolveYear = (explicit: number | undefined) => explicit ?? lastYear;

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    // "12 November 2019", "17-19 May 2023", "17 to 19 May".
    const day = dayNumber(token);
    if (day !== undefined) {
      let j = k + 1;
      let endDay: number | undefined;
      if (isRangeJoiner(tokens[j]) && dayNumber(tokens[j + 1]) !== undefined && monthAt(tokens[j + 2]) !== undefined) {
        endDay = dayNumber(tokens[j + 1]);
        j += 2;
      }
      if (tokens[j]?.lower === 'of') j++;
      const month = monthAt(tokens[j]);
      if (month !== undefined) {
        let end = j + 1;
        const yearAt = tokens[end]?.text === ',' ? end + 1 : end;
        const explicit = yearNumber(tokens[yearAt]);
        if (explicit !== undefined) end = yearAt + 1;
        const year = resolveYear(explicit);
        if (year !== undefined && isValid(year, month, day)) {
          if (explicit !== undefined) lastYear = explicit;
          const date = formatDate({ year, month, day });
          const endDate = endDay !== undefined && isValid(year, month, endDay) ? formatDate({ year, month, day: endDay }) : null;
          found.push({ first: k, end, date, endDate, inferred: explicit === undefined });
          ctx.claim(k, end, Claim.Date, found.length - 1);
          k = end - 1;
          continue;
        }
      }
    }
    // "November 12, 2019", "May 17 to 19", "March 2024".
    const month = monthAt(token);
    if (month !== undefined) {
      const startDay = dayNumber(tokens[k + 1]);
      if (startDay !== undefined) {
        let end = k + 2;
        let endDay: number | undefined;
        if (isRangeJoiner(tokens[end]) && dayNumber(tokens[end + 1]) !== undefined) {
          endDay = dayNumber(tokens[end + 1]);
          end += 2;
        }
        const yearAt = tokens[end]?.text === ',' ? end + 1 : end;
        const explicit = yearNumber(tokens[yearAt]);
        if (explicit !== undefined) end = yearAt + 1;
        const year = resolveYear(explicit);
        if (year !== undefined && isValid(year, month, startDay)) {
          if (explicit !== undefined) lastYear = explicit;
          const endDate = endDay !== undefined && isValid(year, month, endDay) ? formatDate({ year, month, day: endDay }) : null;
          found.push({ first: k, end, date: formatDate({ year, month, day: startDay }), endDate, inferred: explicit === undefined });
          ctx.claim(k, end, Claim.Date, found.length - 1);
          k = end - 1;
          continue;
        }
      }
      const explicit = yearNumber(tokens[k + 1]);
      if (explicit !== undefined && token.lower !== 'may') {
        lastYear = explicit;
        found.push({ first: k, end: k + 2, date: `${explicit}-${String(month).padStart(2, '0')}`, endDate: null, inferred: false });
        ctx.claim(k, k + 2, Claim.Date, found.length - 1);
        k++;
        continue;
      }
    }
    // A month alone after a preposition: "in September", "since March", "early May".
    if (month !== undefined && MONTH_LEAD.has(tokens[k - 1]?.lower ?? '') && dayNumber(tokens[k + 1]) === undefined && lastYear !== undefined) {
      found.push({ first: k - 1, end: k + 1, date: `${lastYear}-${String(month).padStart(2, '0')}`, endDate: null, inferred: true });
      ctx.claim(k, k + 1, Claim.Date, found.length - 1);
      continue;
    }
    // A year alone after a preposition: "in 2025", "until 2030".
    const yearAlone = yearNumber(token);
    if (yearAlone !== undefined && YEAR_LEAD.has(tokens[k - 1]?.lower ?? '') && monthAt(tokens[k - 2]) === undefined) {
      lastYear = yearAlone;
      found.push({ first: k - 1, end: k + 1, date: String(yearAlone), endDate: null, inferred: false });
      ctx.claim(k, k + 1, Claim.Date, found.length - 1);
      continue;
    }
    // "last year", "next month", "earlier this month", anchored on the dateline.
    if (anchor && (token.lower === 'year' || token.lower === 'month')) {
      const which = tokens[k - 1]?.lower;
      const shift = which === 'last' || which === 'previous' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : which === 'this' || which === 'current' ? 0 : undefined;
      if (shift !== undefined) {
        let date: string;
        if (token.lower === 'year') {
          date = String(anchor.year + shift);
        } else {
          const m = anchor.month - 1 + shift;
          const y = anchor.year + Math.floor(m / 12);
          date = `${y}-${String(((m % 12) + 12) % 12 + 1).padStart(2, '0')}`;
        }
        found.push({ first: k - 1, end: k + 1, date, endDate: null, inferred: true });
        ctx.claim(k - 1, k + 1, Claim.Date, found.length - 1);
        continue;
      }
    }
    // Weekdays and "today"/"yesterday"/"tomorrow", anchored on the dateline.
    if (anchor && token.type === TokenType.Word) {
      const wd = WEEKDAYS.get(token.lower);
      let date: YearMonthDay | undefined;
      if (wd !== undefined) {
        const prev = tokens[k - 1]?.lower;
        const diff = (weekday(anchor) - wd + 7) % 7;
        date = prev === 'next' || prev === 'coming' ? addDays(anchor, (wd - weekday(anchor) + 7) % 7 || 7) : addDays(anchor, -diff);
      } else if (token.lower === 'today') {
        date = anchor;
      } else if (token.lower === 'yesterday') {
        date = addDays(anchor, -1);
      } else if (token.lower === 'tomorrow') {
        date = addDays(anchor, 1);
      }
      if (date) {
        found.push({ first: k, end: k + 1, date: formatDate(date), endDate: null, inferred: true });
        ctx.claim(k, k + 1, Claim.Date, found.length - 1);
      }
    }
  }
  return found;
}

/** A date at token k: used for datelines, before the full pass runs. */
export function dateAt(ctx: AnalysisContext, k: number, anchor: YearMonthDay | undefined): DateMention | undefined {
  const tokens = ctx.tokens;
  const day = dayNumber(tokens[k]);
  const month = day !== undefined ? monthAt(tokens[k + 1]) : monthAt(tokens[k]);
  if (month === undefined) return undefined;
  if (day !== undefined) {
    const explicit = yearNumber(tokens[k + 2]) ?? (tokens[k + 2]?.text === ',' ? yearNumber(tokens[k + 3]) : undefined);
    const end = explicit === undefined ? k + 2 : tokens[k + 2]?.text === ',' ? k + 4 : k + 3;
    const year = explicit ?? anchor?.year;
    if (year === undefined || !isValid(year, month, day)) return undefined;
    return { first: k, end, date: formatDate({ year, month, day }), endDate: null, inferred: explicit === undefined };
  }
  const d = dayNumber(tokens[k + 1]);
  if (d === undefined) return undefined;
  const explicit = tokens[k + 2]?.text === ',' ? yearNumber(tokens[k + 3]) : yearNumber(tokens[k + 2]);
  const end = explicit === undefined ? k + 2 : tokens[k + 2]?.text === ',' ? k + 4 : k + 3;
  const year = explicit ?? anchor?.year;
  if (year === undefined || !isValid(year, month, d)) return undefined;
  return { first: k, end, date: formatDate({ year, month, day: d }), endDate: null, inferred: explicit === undefined };
}
