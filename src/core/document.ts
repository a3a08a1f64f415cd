/**
 * The parts of a release around its body: the headline, the dateline ("TASHKENT, 12 November
 * 2019 –", "BEIJING, March 4 (Agency) --") and the publisher when the text states it.
 */
import { AnalysisContext, Claim } from './context';
import { dateAt, isValidDay, type YearMonthDay } from './dates';
import type { Dateline, DocumentInfo, Span } from './model';
import { isSpaceCode } from './text';
import { TokenType, type Token } from './tokens';
import { isPlaceName } from './lexicon';
import { vocabulary } from './vocabulary';

/** Lines at the top of a release that are not its headline. */
const NOT_A_HEADLINE = /^(press release|news release|for immediate release|statement|readout|communiqu[eé]|unofficial translation)$/i;
/** The longest line {@link NOT_A_HEADLINE} matches ("unofficial translation"). */
const NOT_A_HEADLINE_LENGTH = 22;

/**
 * `text.slice(start, end).split(/\s+/).length` for a trimmed range (its runs of spaces, plus one),
 * counted up to `limit`: a long line is not read to its end.
 */
function wordCount(text: string, start: number, end: number, limit: number): number {
  let words = 1;
  for (let k = start; k < end && words < limit; k++) {
    if (isSpaceCode(text.charCodeAt(k))) {
      words++;
      while (k + 1 < end && isSpaceCode(text.charCodeAt(k + 1))) k++;
    }
  }
  return words;
}

export function findTitle(ctx: AnalysisContext): { title: string | null; span: Span | null; lineEnd: number } {
  const tokens = ctx.tokens;
  let k = 0;
  while (k < tokens.length && ctx.isBreak(k)) k++;
  for (let guard = 0; guard < 3 && k < tokens.length; guard++) {
    const lineStart = k;
    while (k < tokens.length && !ctx.isBreak(k)) k++;
    const span = ctx.spanOf(lineStart, k);
    // The line, trimmed (`text.slice(span.start, span.end).trim()`), as a range: the string is
    // made only for the headline itself and the short lines NOT_A_HEADLINE could match.
    let start = span.start;
    let end = span.end;
    while (start < end && isSpaceCode(ctx.text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(ctx.text.charCodeAt(end - 1))) end--;
    // The tests below only tell up to 30 words from more.
    const words = wordCount(ctx.text, start, end, 31);
    const last = tokens[k - 1] as Token;
    // A headline: a single short line that does not read as a finished sentence.
    if (end - start <= NOT_A_HEADLINE_LENGTH && NOT_A_HEADLINE.test(ctx.text.slice(start, end))) {
      while (k < tokens.length && ctx.isBreak(k)) k++;
      continue;
    }
    if (words <= 30 && !(last.type === TokenType.Punct && last.text === '.' && words > 15) && !looksLikeDatelineStart(ctx, lineStart)) {
      return { title: ctx.text.slice(start, end), span, lineEnd: k };
    }
    return { title: null, span: null, lineEnd: lineStart };
  }
  return { title: null, span: null, lineEnd: 0 };
}

function looksLikeDatelineStart(ctx: AnalysisContext, k: number): boolean {
  const tokens = ctx.tokens;
  let j = k;
  while (j < tokens.length && j < k + 4 && tokens[j]?.type === TokenType.Word && tokens[j]?.cap) j++;
  return j > k && tokens[j]?.text === ',' && (dateAt(ctx, j + 1, undefined) !== undefined || dateAt(ctx, j + 1, { year: 2000, month: 1, day: 1 }) !== undefined);
}

/** Agency names in brackets or slashes after the dateline: "(Xinhua)", "/TASS/". */
function agencyAfter(ctx: AnalysisContext, k: number): { name: string; end: number } | undefined {
  const tokens = ctx.tokens;
  let j = k;
  if (tokens[j]?.text === '.') j++;
  const open = tokens[j]?.text;
  if (open !== '(' && open !== '/') return undefined;
  const close = open === '(' ? ')' : '/';
  let m = j + 1;
  while (m < tokens.length && m < j + 8 && tokens[m]?.text !== close && !ctx.isBreak(m)) m++;
  if (tokens[m]?.text !== close || m === j + 1) return undefined;
  return { name: ctx.displayOf(j + 1, m), end: m + 1 };
}

/**
 * The dateline at the start of the body: a place in capitals or from the lexicon, a comma, and a
 * date, before a dash, a bracketed agency or a line break. `anchor` gives a year when the
 * dateline has none.
 */
export function findDateline(ctx: AnalysisContext, from: number, anchor: YearMonthDay | undefined): { dateline: Dateline | null; publisher: string | null } {
  const atTitle = datelineAt(ctx, from, anchor);
  if (atTitle.dateline) return atTitle;
  return leadDateline(ctx, from, anchor) ?? atTitle;
}

/** How far into a text its dateline is looked for when it is not right after the headline. */
const LEAD_LINES = 12;
const LEAD_CHARS = 1500;
/** "date 2017-09-15" or "21.09.2023" opening a line near the top. */
const LEAD_DATE = /(?:^|\n)[ \t]*(?:date[ \t]+(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\b/;
/** "Brussels, 19/06/2021" opening a line. */
const LEAD_NUMERIC = /(?:^|\n)[ \t]*([A-Z][A-Za-z'\u2019-]+(?:[ \t][A-Z][A-Za-z'\u2019-]+){0,2}),[ \t]*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** "ANKARA" alone, "LONDON (Reporter) –", "ASTANA. KAZINFORM –", "RIYADH, (Agency - 02nd Apr, 2020)". */
const LEAD_PLACE = /(?:^|\n)[ \t]*([A-Z][A-Z'\u2019.-]+(?:[ \t][A-Z][A-Z'\u2019.-]+){0,2})(,?[ \t]*\(([^)\n]{1,120})\)|\.[ \t]+[A-Z][A-Za-z]+[ \t]*[\u2013\u2014-]|[ \t]*[\u2013\u2014]|[ \t]*\n)/;

/**
 * The dateline when it is not right after the headline: a dateline further down the first
 * lines (below a byline or a photo caption), else a place in capitals opening a line and a date
 * line ("date 2017-09-15", "21.09.2023") near the top, either of which may be missing.
 */
function leadDateline(ctx: AnalysisContext, from: number, anchor: YearMonthDay | undefined): { dateline: Dateline; publisher: string | null } | undefined {
  const tokens = ctx.tokens;
  let lines = 0;
  // A full date alone on its line ("March 31, 2024" under the headline and a photo caption) is
  // the dateline only when no line near the top has a place: a site's own date may come first.
  let dateOnly: { dateline: Dateline; publisher: string | null } | undefined;
  for (let k = 0; k < tokens.length && lines < LEAD_LINES && (tokens[k] as Token).start < LEAD_CHARS; k++) {
    if (k > 0 && !ctx.isBreak(k - 1)) continue;
    if (ctx.isBreak(k)) continue;
    lines++;
    if (k === from) continue;
    const found = datelineAt(ctx, k, anchor);
    if (found.dateline?.place) return found as { dateline: Dateline; publisher: string | null };
    // A date without its year further down may be anything.
    if (!dateOnly && found.dateline?.date && /\d{4}/.test(ctx.text.slice(found.dateline.start, found.dateline.end))) dateOnly = found as { dateline: Dateline; publisher: string | null };
  }
  const lead = ctx.text.slice(0, LEAD_CHARS);
  // "Brussels, 19/06/2021": a place and a date in figures, day first unless the month cannot be.
  const numeric = LEAD_NUMERIC.exec(lead);
  if (numeric) {
    let [day, month] = [Number(numeric[2]), Number(numeric[3])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const year = Number(numeric[4]);
    if (isValidDay(year, month, day)) {
      const start = numeric.index + numeric[0].indexOf(numeric[1] as string);
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { dateline: { start, end: numeric.index + numeric[0].length, place: numeric[1] as string, date: iso }, publisher: null };
    }
  }
  if (dateOnly) return dateOnly;
  const placeMatch = LEAD_PLACE.exec(lead);
  let place: string | null = null;
  let span: Span | undefined;
  let date: string | null = null;
  if (placeMatch) {
    // "ASTANA. KAZINFORM –": the place is what comes before the agency.
    const written = placeMatch[1] as string;
    const firstPart = written.split(/\.[ \t]/)[0]!;
    const beforeAgency = /^[ \t]*[\u2013\u2014]/.test(placeMatch[2] as string) && !isPlaceName(written) ? firstPart : written;
    const name = beforeAgency.replace(/[.,]+$/, '');
    const known = isPlaceName(name);
    // A place alone on its line must be a known one; before an agency or a dash, any capitals.
    if (known || !/\n$/.test(placeMatch[2] as string)) {
      const start = placeMatch.index + placeMatch[0].indexOf(placeMatch[1] as string);
      place = titleCase(name, true);
      span = { start, end: start + name.length };
      const inBrackets = placeMatch[3];
      if (inBrackets) {
        const bracketStart = placeMatch.index + placeMatch[0].indexOf(inBrackets);
        date = dateInRange(ctx, bracketStart, bracketStart + inBrackets.length, anchor);
      }
    }
  }
  const dateMatch = date === null ? LEAD_DATE.exec(lead) : null;
  if (dateMatch) {
    const [year, month, day] = dateMatch[1] ? [dateMatch[1], dateMatch[2], dateMatch[3]] : [dateMatch[6], dateMatch[5], dateMatch[4]];
    const iso = `${year}-${(month as string).padStart(2, '0')}-${(day as string).padStart(2, '0')}`;
    if (isValidDay(Number(year), Number(month), Number(day))) {
      date = iso;
      if (!span) {
        const start = dateMatch.index + dateMatch[0].length - dateMatch[0].trimStart().length;
        span = { start, end: dateMatch.index + dateMatch[0].length };
      }
    }
  }
  if (!span || (place === null && date === null)) return undefined;
  return { dateline: { start: span.start, end: span.end, place, date }, publisher: null };
}

/** The first date written in full among the tokens of [start, end) (character offsets). */
function dateInRange(ctx: AnalysisContext, start: number, end: number, anchor: YearMonthDay | undefined): string | null {
  const tokens = ctx.tokens;
  for (let k = 0; k < tokens.length && (tokens[k] as Token).start < end; k++) {
    if ((tokens[k] as Token).start < start) continue;
    const found = dateAt(ctx, k, anchor);
    if (found && !found.inferred) return found.date;
  }
  return null;
}

function datelineAt(ctx: AnalysisContext, from: number, anchor: YearMonthDay | undefined): { dateline: Dateline | null; publisher: string | null } {
  const tokens = ctx.tokens;
  let k = from;
  while (k < tokens.length && ctx.isBreak(k)) k++;
  const start = k;
  // Place: up to four capitalised words ("ADDIS ABABA", "New York", "St. Petersburg").
  let j = k;
  while (j < tokens.length && j < k + 4 && tokens[j]?.type === TokenType.Word && tokens[j]?.cap) j++;
  let place: string | null = null;
  let dateIndex = k;
  if (j > k && tokens[j]?.text === ',') {
    let allCaps = true;
    for (let m = k; m < j && allCaps; m++) allCaps = (tokens[m] as Token).allCaps || (tokens[m] as Token).text.length === 1;
    // The lexicons are looked at only when the place is not in capitals.
    const known = allCaps ? undefined : (vocabulary().places.longest(tokens, k) ?? vocabulary().countries.longest(tokens, k));
    if (allCaps || (known && known.end === j)) {
      place = titleCase(ctx.displayOf(k, j), allCaps);
      dateIndex = j + 1;
    }
  }
  // Without an anchor a dateline such as "October 3" is still a dateline, with an unknown date.
  const date = dateAt(ctx, dateIndex, anchor ?? { year: 2000, month: 1, day: 1 });
  if (!date || (place === null && dateIndex === k && !isDateOnlyLine(ctx, date.end))) {
    return { dateline: null, publisher: null };
  }
  let end = date.end;
  const agency = agencyAfter(ctx, end);
  if (agency) end = agency.end;
  const span = ctx.spanOf(start, end);
  const dateline: Dateline = { start: span.start, end: span.end, place, date: date.inferred && !anchor ? null : date.date };
  if (place) {
    // The dateline's place is a place mention even when the lexicon does not know it.
    for (let m = start; m < dateIndex - 1; m++) if (ctx.claims[m] === Claim.None) ctx.claims[m] = Claim.Place;
  }
  return { dateline, publisher: agency?.name ?? null };
}

/** "12 November 2019" alone on a line (a date-only dateline). */
function isDateOnlyLine(ctx: AnalysisContext, end: number): boolean {
  const next = ctx.tokens[end];
  return next === undefined || ctx.isBreak(end) || next.text === '\u2013' || next.text === '\u2014' || next.text === '-';
}

function titleCase(text: string, fromCaps: boolean): string {
  if (!fromCaps) return text;
  const lower = text.toLowerCase();
  // ASCII names ("ADDIS ABABA", "NEW YORK") by char codes; anything else through the regex.
  let cased = '';
  let from = 0;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 128) return lower.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    const previous = k === 0 ? 32 : lower.charCodeAt(k - 1);
    if (c >= 97 && c <= 122 && (previous === 32 || previous === 45 || (previous >= 9 && previous <= 13))) {
      cased += lower.slice(from, k) + String.fromCharCode(c - 32);
      from = k + 1;
    }
  }
  return cased + lower.slice(from);
}

export function documentInfo(title: ReturnType<typeof findTitle>, dateline: ReturnType<typeof findDateline>): DocumentInfo {
  return { title: title.title, titleSpan: title.span, dateline: dateline.dateline, publisher: dateline.publisher };
}
