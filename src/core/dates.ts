/**
 * Dates as press releases write them: "12 November 2019", "November 12, 2019", "on 2 November",
 * "From May 17 to 19", "17-19 May 2023", "March 2024", "on Thursday", "today". Parsed from
 * tokens with calendar arithmetic in UTC; a date without a year takes it from the anchor (the
 * dateline, or the caller's reference date), and weekdays and "today" need that anchor.
 */
import { AnalysisContext, Claim } from './context';
import { TokenType, type Token } from './tokens';
import { DATE_WORDS, W } from './wordClass';

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5],
  ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);
/**
 * Whether `W.DateWord` marks every word a date found by {@link findDates} can start with, so a
 * word without the bit can be skipped. Checked here, where the words are.
 */
const DATE_BIT_COVERS = [...MONTHS.keys(), ...WEEKDAYS.keys(), 'today', 'yesterday', 'tomorrow', 'year', 'month'].every((word) => DATE_WORDS.has(word));

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

/** A date written `YYYY-MM-DD` (`/^(\d{4})-(\d{2})-(\d{2})$/`), read by char codes. */
export function parseIsoDate(iso: string | undefined | null): YearMonthDay | undefined {
  if (!iso || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  return { year, month, day };
}

/**
 * {@link parseIsoDate} of a day that exists (a month from 1 to 12, a day the month has), or
 * undefined: "2024-00-10" or "2024-02-30" anchors nothing.
 */
export function parseIsoDay(iso: string | undefined | null): YearMonthDay | undefined {
  const date = parseIsoDate(iso);
  return date !== undefined && isValidDay(date.year, date.month, date.day) ? date : undefined;
}

/** The number the `count` ASCII digits at `text[at]` write, or -1 if one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const digit = digitAt(text, k);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The texts of the dates made so far ({@link isoDate}, {@link monthDate}), by {@link dateKey}:
 * the same dates recur from release to release, and a kept text is not joined again. Emptied when
 * it grows past {@link DATE_TEXTS_KEPT} texts.
 */
const dateTexts = new Map<number, string>();
const DATE_TEXTS_KEPT = 4096;

/** A number for a year, a month (1–12) and a day (1–31, or 0 for the month alone): one for each. */
function dateKey(year: number, month: number, day: number): number {
  return (year * 13 + month) * 32 + day;
}

function keepDateText(key: number, text: string): string {
  if (dateTexts.size >= DATE_TEXTS_KEPT) dateTexts.clear();
  dateTexts.set(key, text);
  return text;
}

/** `YYYY-MM-DD` of a valid date (month 1–12, day 1–31), the year padded to four digits. */
function isoDate(year: number, month: number, day: number): string {
  const key = dateKey(year, month, day);
  const kept = dateTexts.get(key);
  if (kept !== undefined) return kept;
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return keepDateText(key, y + (month < 10 ? '-0' : '-') + month + (day < 10 ? '-0' : '-') + day);
}

/**
 * Whether the day exists, as `Date.UTC` would say (a date that rolls over is not), by arithmetic:
 * no Date objects. `Date.UTC` reads years 0–99 as 1900–1999, so leap years are counted as it does.
 */
/** Whether year, month and day make a day that exists. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (month === 2) {
    const y = year >= 0 && year <= 99 ? year + 1900 : year;
    return day <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * `YYYY-MM-DD` of the date `days` after `date`, as `Date.UTC` would roll it over, by the
 * day count of {@link utcDay} and back (the proleptic Gregorian calendar): no Date object.
 */
function dayAfter(date: YearMonthDay, days: number): string {
  const z = utcDay(date.year, date.month, date.day) + days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * The ISO day `days` days after `iso` (`YYYY-MM-DD`), as `Date` gives it (`new Date(iso +
 * 'T00:00:00Z')`, shifted by `setUTCDate` and written by `toISOString`). A day that exists, from
 * the year 1001 to 9998, shifted by 365 days at most (what releases write), is counted by
 * {@link dayAfter}, with no Date object; any other is left to a `Date`, whose reading the
 * arithmetic does not copy everywhere (it reads a year before 100 as written, where `Date.UTC`,
 * which the arithmetic follows, reads 1900–1999). Null where `Date` reads no day, as for a month
 * 00 or 13 or a day 00 or 32 (where `toISOString` would throw): `analyze` makes no such date, as
 * it takes a reference date only when it is a day, but the function holds for any text.
 */
export function shiftIsoDay(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  if (date !== undefined && date.year > 1000 && date.year < 9999 && days >= -365 && days <= 365 && isValidDay(date.year, date.month, date.day)) return dayAfter(date, days);
  const shifted = new Date(`${iso}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return Number.isNaN(shifted.getTime()) ? null : shifted.toISOString().slice(0, 10);
}

/** `getUTCDay()` of the date, from {@link utcDay} (1 January 1970, day 0, was a Thursday): no Date object. */
function weekday(date: YearMonthDay): number {
  return (((utcDay(date.year, date.month, date.day) + 4) % 7) + 7) % 7;
}

/** A day of the month written as `/^(\d{1,2})(st|nd|rd|th)?$/i`, read by char codes. */
function dayNumber(token: Token | undefined): number | undefined {
  if (!token || token.type !== TokenType.Number) return undefined;
  const text = token.text;
  const first = digitAt(text, 0);
  if (first < 0) return undefined;
  const second = digitAt(text, 1);
  const digits = second < 0 ? 1 : 2;
  if (text.length !== digits && !(text.length === digits + 2 && isOrdinalSuffix(text.charCodeAt(digits) | 32, text.charCodeAt(digits + 1) | 32))) return undefined;
  const value = second < 0 ? first : first * 10 + second;
  return value >= 1 && value <= 31 ? value : undefined;
}

/** The ASCII digit at `text[at]` as a number, or -1. */
function digitAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57 ? c - 48 : -1;
}

/** "st", "nd", "rd" or "th", given the two letters' codes in lower case (`| 32`). */
function isOrdinalSuffix(a: number, b: number): boolean {
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** A year 1900–2100 written as four digits. */
function yearNumber(token: Token | undefined): number | undefined {
  if (!token || token.type !== TokenType.Number || token.text.length !== 4) return undefined;
  const text = token.text;
  const a = digitAt(text, 0);
  const b = digitAt(text, 1);
  const c = digitAt(text, 2);
  const d = digitAt(text, 3);
  if (a < 0 || b < 0 || c < 0 || d < 0) return undefined;
  const value = a * 1000 + b * 100 + c * 10 + d;
  return value >= 1900 && value <= 2100 ? value : undefined;
}

function monthAt(token: Token | undefined): number | undefined {
  if (!token || token.type !== TokenType.Word || !token.cap) return undefined;
  // Month names have the date-word bit (checked at load: DATE_BIT_COVERS).
  if (DATE_BIT_COVERS && (token.flags & W.DateWord) === 0) return undefined;
  const lower = token.lower.charCodeAt(token.lower.length - 1) === 46 ? token.lower.slice(0, -1) : token.lower;
  // "May" is a month only next to a number; the caller checks that.
  return MONTHS.get(lower);
}

/** Words after which a bare month or year is a date: "in September", "until 2030". */
const MONTH_LEAD = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'from', 'early', 'late', 'mid', 'mid-', 'before', 'after', 'through', 'throughout', 'for', 'of', 'end', 'beginning']);
const YEAR_LEAD = new Set(['in', 'during', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'through', 'throughout', 'for']);

/** "last", "next", "this" before "year", "month" or a month name: the shift in years or months. */
const RELATIVE = new Map<string, number>([
  ['last', -1], ['previous', -1], ['past', -1], ['next', 1], ['coming', 1], ['this', 0], ['current', 0],
]);
/** Parts of a year that "of" joins to a year: "the first half of 2024", "the end of 2025". */
const YEAR_PARTS = new Set(['half', 'end', 'beginning', 'start', 'middle', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/**
 * Words that make a sentence speak of a plan: dates in it without a year or weekday look ahead.
 * "will", "shall", "'ll", "scheduled", "upcoming", "forthcoming", "planned", "due": compared by
 * length first (a set would hash each of the words looked at, most of which are none).
 */
function isFutureWord(lower: string): boolean {
  switch (lower.length) {
    case 3:
      return lower === "'ll" || lower === 'due';
    case 4:
      return lower === 'will';
    case 5:
      return lower === 'shall';
    case 7:
      return lower === 'planned';
    case 8:
      return lower === 'upcoming';
    case 9:
      return lower === 'scheduled';
    case 11:
      return lower === 'forthcoming';
    default:
      return false;
  }
}

/** `YYYY-MM` of a month (1–12). (The year as `String` gives it: not padded.) */
function monthDate(year: number, month: number): string {
  const key = dateKey(year, month, 0);
  const kept = dateTexts.get(key);
  if (kept !== undefined) return kept;
  return keepDateText(key, year + (month < 10 ? '-0' : '-') + month);
}

/**
 * True when the words just before token k, in its sentence, speak of a plan: "will", "is
 * scheduled", "to be held". Looks back at most twenty tokens.
 */
function isFuture(ctx: AnalysisContext, k: number): boolean {
  const tokens = ctx.tokens;
  const sentence = tokens[k]?.sentence;
  for (let j = k - 1; j >= 0 && j >= k - 20 && tokens[j]?.sentence === sentence; j--) {
    const lower = (tokens[j] as Token).lower;
    if (isFutureWord(lower)) return true;
    if (lower === 'be' && tokens[j - 1]?.lower === 'to') return true;
  }
  return false;
}

/**
 * `Date.UTC(year, month - 1, day)` in days rather than milliseconds, by arithmetic (the proleptic
 * Gregorian day count). As `Date.UTC` does, years 0–99 read as 1900–1999, and months and days
 * out of range roll over (an anchor from a caller's reference date is not checked).
 */
function utcDay(year: number, month: number, day: number): number {
  const monthIndex = month - 1;
  const m = (((monthIndex % 12) + 12) % 12) + 1;
  const y = (year >= 0 && year <= 99 ? year + 1900 : year) + Math.floor(monthIndex / 12) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The year, of the anchor's and the two around it, that puts month/day nearest the anchor; plans look ahead. */
function nearestYear(anchor: YearMonthDay, month: number, day: number, future: boolean): number {
  const target = utcDay(anchor.year, anchor.month, anchor.day);
  const monthStart = utcDay(anchor.year, anchor.month, 1);
  let best = anchor.year;
  let bestDistance = Infinity;
  for (let year = anchor.year - 1; year <= anchor.year + 1; year++) {
    const at = utcDay(year, month, Math.min(day, 28));
    // A plan is not in the past: a month or day before the anchor's month is next year's.
    if (future && at < monthStart) continue;
    const distance = Math.abs(at - target);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = year;
    }
  }
  return best;
}

function isRangeJoiner(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '-' || token.text === '\u2013' || token.text === '\u2014' || token.lower === 'to' || token.lower === 'and' || token.lower === 'till' || token.lower === 'until');
}

/**
 * A day or month without a year is the one nearest the anchor: "on 13 October" in a December
 * release is this year's, "in May" in a January release about plans is this year's too, "on 29
 * December" in a January release is last year's. Plans ("to be held in March", "will meet on
 * Wednesday") look forward from the anchor. Without an anchor, the last year the text gave.
 */
function resolveYear(ctx: AnalysisContext, anchor: YearMonthDay | undefined, lastYear: number | undefined, explicit: number | undefined, month: number, day: number, k: number): number | undefined {
  return explicit ?? (anchor ? nearestYear(anchor, month, day, isFuture(ctx, k)) : lastYear);
}

/**
 * The first token from `k` on where a date can start: a number or a word (a month, a weekday,
 * "year", "today"…). One bit says whether a token can be one (a date word, or a number that can
 * be a day or a year). A loop of its own, so skipping the other tokens stays tight.
 */
function nextDateStart(tokens: readonly Token[], k: number): number {
  if (DATE_BIT_COVERS) {
    while (k < tokens.length && ((tokens[k] as Token).flags & W.DateStart) === 0) k++;
  } else {
    while (k < tokens.length && (tokens[k] as Token).type !== TokenType.Number && (tokens[k] as Token).type !== TokenType.Word) k++;
  }
  return k;
}

/** Finds every date in the text. `anchor` supplies a missing year and resolves weekdays. */
export function findDates(ctx: AnalysisContext, anchor: YearMonthDay | undefined): DateMention[] {
  const tokens = ctx.tokens;
  const found: DateMention[] = [];
  let lastYear = anchor?.year;
  // Years are resolved by resolveYear (a function, not a closure: a closure would keep
  // `lastYear` in a context object).

  for (let k = nextDateStart(tokens, 0); k < tokens.length; k = nextDateStart(tokens, k + 1)) {
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
        const year = resolveYear(ctx, anchor, lastYear, explicit, month, day, k);
        if (year !== undefined && isValidDay(year, month, day)) {
          if (explicit !== undefined) lastYear = explicit;
          const date = isoDate(year, month, day);
          const endDate = endDay !== undefined && isValidDay(year, month, endDay) ? isoDate(year, month, endDay) : null;
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
        const year = resolveYear(ctx, anchor, lastYear, explicit, month, startDay, k);
        if (year !== undefined && isValidDay(year, month, startDay)) {
          if (explicit !== undefined) lastYear = explicit;
          const endDate = endDay !== undefined && isValidDay(year, month, endDay) ? isoDate(year, month, endDay) : null;
          found.push({ first: k, end, date: isoDate(year, month, startDay), endDate, inferred: explicit === undefined });
          ctx.claim(k, end, Claim.Date, found.length - 1);
          k = end - 1;
          continue;
        }
      }
      const explicit = yearNumber(tokens[k + 1]);
      if (explicit !== undefined && token.lower !== 'may') {
        lastYear = explicit;
        found.push({ first: k, end: k + 2, date: monthDate(explicit, month), endDate: null, inferred: false });
        ctx.claim(k, k + 2, Claim.Date, found.length - 1);
        k++;
        continue;
      }
    }
    // "July last year", "in May next year": the month of the year named relative to the anchor.
    if (month !== undefined && anchor && tokens[k + 2]?.lower === 'year' && dayNumber(tokens[k + 1]) === undefined) {
      const shift = RELATIVE.get(tokens[k + 1]?.lower ?? '');
      if (shift !== undefined) {
        found.push({ first: k, end: k + 3, date: monthDate(anchor.year + shift, month), endDate: null, inferred: true });
        ctx.claim(k, k + 3, Claim.Date, found.length - 1);
        k += 2;
        continue;
      }
    }
    // "last December", "next March", "this June": the nearest such month before or after the anchor.
    if (month !== undefined && anchor && dayNumber(tokens[k + 1]) === undefined) {
      const which = tokens[k - 1]?.lower ?? '';
      const shift = RELATIVE.get(which);
      if (shift !== undefined && which !== 'coming' && (token.lower !== 'may' || shift !== 0)) {
        const year = shift < 0 ? (month < anchor.month ? anchor.year : anchor.year - 1) : shift > 0 ? (month > anchor.month ? anchor.year : anchor.year + 1) : anchor.year;
        found.push({ first: k - 1, end: k + 1, date: monthDate(year, month), endDate: null, inferred: true });
        ctx.claim(k - 1, k + 1, Claim.Date, found.length - 1);
        continue;
      }
    }
    // A month alone after a preposition: "in September", "since March", "early May".
    if (month !== undefined && MONTH_LEAD.has(tokens[k - 1]?.lower ?? '') && dayNumber(tokens[k + 1]) === undefined && lastYear !== undefined) {
      const year = anchor ? nearestYear(anchor, month, 15, isFuture(ctx, k)) : lastYear;
      found.push({ first: k - 1, end: k + 1, date: monthDate(year, month), endDate: null, inferred: true });
      ctx.claim(k, k + 1, Claim.Date, found.length - 1);
      continue;
    }
    // A year alone after a preposition: "in 2025", "until 2030".
    const yearAlone = yearNumber(token);
    // "in the first half of 2024", "by the end of 2025": "of" leads a year after a part of one.
    // Looked at only when the token is a year.
    const yearLead = yearAlone !== undefined && (YEAR_LEAD.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'of' && YEAR_PARTS.has(tokens[k - 2]?.lower ?? '')));
    if (yearAlone !== undefined && yearLead && monthAt(tokens[k - 2]) === undefined) {
      lastYear = yearAlone;
      found.push({ first: k - 1, end: k + 1, date: String(yearAlone), endDate: null, inferred: false });
      ctx.claim(k, k + 1, Claim.Date, found.length - 1);
      continue;
    }
    // "last year", "next month", "earlier this month", anchored on the dateline.
    if (anchor && (token.lower === 'year' || token.lower === 'month')) {
      const which = tokens[k - 1]?.lower ?? '';
      // "before the end of the year", "later in the year": the anchor's year.
      const theYear = token.text === 'year' && which === 'the' && (tokens[k - 2]?.lower === 'of' || tokens[k - 2]?.lower === 'in') && yearNumber(tokens[k + 1]) === undefined;
      const shift = theYear ? 0 : RELATIVE.get(which);
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
      let date: string | undefined;
      if (wd !== undefined) {
        const prev = tokens[k - 1]?.lower;
        const diff = (weekday(anchor) - wd + 7) % 7;
        // Weekdays look back from the anchor ("met on Tuesday"), unless the text speaks of a plan
        // ("will meet on Wednesday", "next Monday").
        const ahead = prev === 'next' || prev === 'coming' || (diff !== 0 && isFuture(ctx, k));
        date = ahead ? dayAfter(anchor, (wd - weekday(anchor) + 7) % 7 || 7) : dayAfter(anchor, -diff);
      } else if (token.lower === 'today') {
        // (An anchor is a day that exists: a dateline's date, or a reference date `analyze` took.)
        date = isoDate(anchor.year, anchor.month, anchor.day);
      } else if (token.lower === 'yesterday') {
        date = dayAfter(anchor, -1);
      } else if (token.lower === 'tomorrow') {
        date = dayAfter(anchor, 1);
      }
      if (date !== undefined) {
        found.push({ first: k, end: k + 1, date, endDate: null, inferred: true });
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
    if (year === undefined || !isValidDay(year, month, day)) return undefined;
    return { first: k, end, date: isoDate(year, month, day), endDate: null, inferred: explicit === undefined };
  }
  const d = dayNumber(tokens[k + 1]);
  if (d === undefined) return undefined;
  const explicit = tokens[k + 2]?.text === ',' ? yearNumber(tokens[k + 3]) : yearNumber(tokens[k + 2]);
  const end = explicit === undefined ? k + 2 : tokens[k + 2]?.text === ',' ? k + 4 : k + 3;
  const year = explicit ?? anchor?.year;
  if (year === undefined || !isValidDay(year, month, d)) return undefined;
  return { first: k, end, date: isoDate(year, month, d), endDate: null, inferred: explicit === undefined };
}
