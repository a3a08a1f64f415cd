/**
 * Direct quotations and who said them.
 *
 * Quotation marks are paired with a stack per paragraph: straight "…", curly “…”, guillemets
 * «…», single ‘…’ inside them, quotes that run over paragraphs (the English convention: no
 * closing mark at the end of the first paragraph, an opening one at the start of the next), and
 * quotes split around their attribution ("…," he said, "…"). Scare quotes and quoted titles
 * are not speech. The speaker comes from the cue (a speech verb) next to the quote and the
 * mention next to the cue.
 */
import { AnalysisContext, Claim } from './context';
import { memoizeString } from './memo';
import { Accept } from './phraseTrie';
import type { EntityFindings } from './entities';
import type { Official, Quote, QuoteCue, Span } from './model';
import { isSpaceCode } from './text';
import { TokenType, type Token } from './tokens';
import { vocabulary } from './vocabulary';
import { W } from './wordClass';

export interface QuoteSpan {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the last token when the quote was never closed. */
  close: number;
  /** Content spans (one per paragraph the quote runs over). */
  parts: Span[];
  closed: boolean;
}

const OPENERS: Record<string, string> = {
  '\u201c': '\u201d',
  '\u00ab': '\u00bb',
  '\u201e': '\u201c',
  '\u2018': "'",
  '\u2039': '\u203a',
  '"': '"',
  "'": "'",
};

/** Deeper nesting than this is garbage; ignoring it keeps pairing linear. */
const MAX_NESTING = 6;
/** How far (in tokens) attribution looks around a quote: a long sentence, not a whole document. */
const LOOKAROUND = 80;

/** Finds the outermost quotations and marks the tokens inside them as quoted. */
export function findQuoteSpans(ctx: AnalysisContext): QuoteSpan[] {
  const tokens = ctx.tokens;
  const text = ctx.normalized;
  const spans: QuoteSpan[] = [];
  interface Open {
    index: number;
    closer: string;
  }
  let stack: Open[] = [];
  let current: QuoteSpan | undefined;
  let partStart = 0;

  const closeOuter = (closeIndex: number, closed: boolean, contentEnd: number) => {
    if (!current) return;
    current.close = closeIndex;
    current.closed = closed;
    current.parts.push({ start: partStart, end: contentEnd });
    spans.push(current);
    current = undefined;
    stack = [];
  };

  // Only quotation marks, apostrophes and paragraph ends matter here: the tokeniser lists them
  // with the other marks, so the words between are never read.
  const marks = ctx.marks;
  // The first token not yet passed (a paragraph that continues a quote passes the mark after it).
  let after = 0;
  for (let m = 0; m < marks.length; m++) {
    const k = marks[m] as number;
    if (k < after) continue;
    const token = tokens[k] as Token;
    const type = token.type;
    if (type !== TokenType.Quote && type !== TokenType.Paragraph && type !== TokenType.Possessive) continue;
    if (type === TokenType.Paragraph) {
      if (current) {
        // Unclosed at the paragraph end: continued if the next paragraph opens with a quote mark.
        const next = tokens[k + 1];
        const outer = stack[0] as Open;
        if (next && next.type === TokenType.Quote && OPENERS[next.text] === outer.closer && looksLikeOpener(text, next.start)) {
          current.parts.push({ start: partStart, end: trimEnd(text, token.start) });
          stack = [outer];
          partStart = next.end;
          after = k + 2;
          continue;
        }
        closeOuter(k - 1, false, trimEnd(text, token.start));
      }
      continue;
    }
    // (No closures in this loop: V8 may allocate one per token even when the branch is not taken.)
    const isMark = token.type === TokenType.Quote || (token.type === TokenType.Possessive && token.text === "'" && levelOf(stack, "'") >= 0);
    if (!isMark) continue;
    const ch = token.text;
    const top = stack[stack.length - 1];
    // Closing the innermost open quote?
    if (top && ch === top.closer && (ch !== '"' && ch !== "'" ? true : looksLikeCloser(text, token.start))) {
      stack.pop();
      if (stack.length === 0) closeOuter(k, true, token.start);
      continue;
    }
    // A closer for an outer level (an inner quote left open): unwind to it.
    const level = levelOf(stack, ch);
    if (level >= 0 && ch !== '"' && ch !== "'") {
      stack.length = level;
      if (stack.length === 0) closeOuter(k, true, token.start);
      continue;
    }
    const closer = OPENERS[ch];
    if (closer === undefined) continue; // a stray closing mark
    if (stack.length >= MAX_NESTING) continue; // real quotes never nest this deep
    if ((ch === '"' || ch === "'") && !looksLikeOpener(text, token.start)) continue;
    if (ch === "'" && stack.length === 0) continue; // single quotes only nest inside double ones
    stack.push({ index: k, closer });
    if (stack.length === 1) {
      current = { open: k, close: k, parts: [], closed: false };
      partStart = token.end;
    }
  }
  if (current) closeOuter(tokens.length - 1, false, trimEnd(text, text.length));

  for (const span of spans) {
    ctx.quoted.fill(1, span.open, Math.min(span.close + 1, tokens.length));
  }
  return spans;
}

/** Index of the first open quote on the stack that `closer` closes, or -1. */
function levelOf(stack: ReadonlyArray<{ closer: string }>, closer: string): number {
  for (let level = 0; level < stack.length; level++) if ((stack[level] as { closer: string }).closer === closer) return level;
  return -1;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}

function looksLikeOpener(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (isSpace(after)) return false;
  return isSpace(before) || before === '(' || before === '[' || before === '\u2014' || before === '\u2013' || before === '-' || before === ':' || before === '"' || before === '\u201c' || before === '\u00ab';
}

function looksLikeCloser(text: string, at: number): boolean {
  const before = text[at - 1];
  return !isSpace(before);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && isSpace(text[e - 1])) e--;
  return e;
}

interface Speaker {
  kind: 'official' | 'organization';
  id: string | null;
  name: string;
  /** Token range of the mention. */
  first: number;
  end: number;
}

/**
 * Turns quote spans into quotes: drops scare quotes and titles, joins quotes split around their
 * attribution, and finds each one's cue and speaker.
 */
export function attributeQuotes(ctx: AnalysisContext, spans: QuoteSpan[], entities: EntityFindings, officials: Official[]): Quote[] {
  const tokens = ctx.tokens;
  const quotes: Quote[] = [];
  let previous: { quote: Quote; close: number } | undefined;
  // findCueAfter of the span at `nextIndex`, when the one before looked for it (it is pure).
  let nextIndex = -1;
  let nextCueAfter: CueMatch | undefined;

  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as QuoteSpan;
    // The quote's content is its parts joined by spaces; the tests below read it in place.
    const end = contentEnd(ctx.text, span.parts);
    // What the quote's own words say first: no cue is looked for when they rule speech out.
    const speech = speechOf(ctx, span, end);
    if (speech === Speech.No) continue;
    const found = nextIndex === i ? nextCueAfter : findCueAfter(ctx, span, entities, officials);
    // `"…" X tweeted: "…"`: an attribution that ends on a colon introduces the next quote.
    let cueAfter = found && !introducesNext(tokens, found.end) ? found : undefined;
    // `the Minister tweeted, "…," he tweeted`: a pronoun after the quote repeats the speaker named
    // before it, who wins over whoever the pronoun would be resolved to.
    let cueBefore = cueAfter && !pronounAfter(tokens, span.close) ? undefined : findCueBefore(ctx, span, entities, officials);
    if (cueAfter && cueBefore?.speaker) cueAfter = undefined;
    else if (cueAfter) cueBefore = undefined;
    const cue = cueAfter ?? cueBefore;
    // Short quotations are speech only when a speech cue attributes them.
    if (speech === Speech.IfAttributed && cue === undefined) continue;

    // "…," he said, "…": the second half joins the first.
    const parts = span.parts.slice();
    let close = span.close;
    let closed = span.closed;
    if (cueAfter) {
      const next = spans[i + 1];
      const split = (end.last === 44 || end.last === 0x2026) && next !== undefined && sameSentenceRun(ctx, cueAfter.end, next.open);
      // “…,” X said. “…” — the speaker goes on in the next sentence; that quote has no cue of its own.
      let continued = false;
      if (!split && next !== undefined && continuesAfterAttribution(ctx, span.close, next.open)) {
        nextIndex = i + 1;
        nextCueAfter = findCueAfter(ctx, next, entities, officials);
        continued = !nextCueAfter;
      }
      if (next && (split || continued)) {
        parts.push(...next.parts);
        close = next.close;
        closed = next.closed;
        i++;
      }
    }

    const openToken = tokens[span.open] as Token;
    const closeToken = tokens[close] as Token;
    const quote: Quote = {
      start: openToken.start,
      end: closed ? closeToken.end : (parts[parts.length - 1] as Span).end,
      text: partsText(ctx.text, parts),
      parts,
      speaker: null,
      speakerName: null,
      speakerKind: null,
      cue: null,
      evidence: 'no attribution found',
    };
    if (cue) {
      quote.cue = cue.cue;
      if (cue.speaker && jointSubject(ctx, cue.cue.start)) {
        // "He and Kerry had stressed '…'": words two people said together, or one of them; which
        // one is not told.
        quote.evidence = '"' + cue.cue.verb + '" with two people as its subject';
      } else if (cue.speaker) {
        quote.speaker = cue.speaker.kind === 'official' ? cue.speaker.id : null;
        quote.speakerName = cue.speaker.name;
        quote.speakerKind = cue.speaker.kind;
        // (`"verb" after the quote, with X as its subject`, from fewer pieces: each joint makes a string.)
        quote.evidence = '"' + cue.cue.verb + (cue.position === 'after' ? '" after the quote, with ' : '" before the quote, with ') + cue.speaker.name + ' as its subject';
      } else {
        quote.evidence = '"' + cue.cue.verb + (cue.position === 'after' ? '" after the quote, but no speaker next to it' : '" before the quote, but no speaker next to it');
      }
    } else {
      const subject = sentenceSubject(ctx, span.open, officials);
      if (subject) {
        quote.speaker = subject.id;
        quote.speakerName = subject.name;
        quote.speakerKind = 'official';
        quote.evidence = `${subject.name} is the subject of the sentence that holds the quote`;
      } else if (previous && previous.quote.speakerName && isFullQuote(previous.quote.text) && paragraphBreaks(tokens, previous.close, span.open) === 1 && !speaksOfSomeoneElse(ctx.text, span.parts)) {
        quote.speaker = previous.quote.speaker;
        quote.speakerName = previous.quote.speakerName;
        quote.speakerKind = previous.quote.speakerKind;
        quote.evidence = `continues the words of ${previous.quote.speakerName} in the previous paragraph`;
      } else if (previous && previous.quote.speaker && isFullQuote(previous.quote.text) && firstPerson(ctx.text, span.parts) && !othersBetween(officials, previous.quote.speaker, (tokens[previous.close] as Token).end, openToken.start)) {
        // A speaker introduced once, then paragraphs of quotes in the first person ("We …"),
        // with nobody else named between.
        quote.speaker = previous.quote.speaker;
        quote.speakerName = previous.quote.speakerName;
        quote.speakerKind = previous.quote.speakerKind;
        quote.evidence = `first-person words going on from ${previous.quote.speakerName}, with nobody else named since`;
      }
    }
    quotes.push(quote);
    previous = { quote, close };
  }
  return quotes;
}

/** Whether a quotation is words of speech (four words or more), not a phrase quoted inside a report ("strong and consistent"). */
function isFullQuote(text: string): boolean {
  return /^\s*\S+\s+\S+\s+\S+\s+\S+/.test(text);
}

/** Auxiliaries between a subject and its speech verb ("He and Kerry had stressed"). */
const AUXILIARIES = new Set(['had', 'have', 'has', 'also', 'both', 'jointly', 'together', 'then', 'later']);

/** Whether the speech verb starting at offset `cueStart` has a subject of two people joined by "and". */
function jointSubject(ctx: AnalysisContext, cueStart: number): boolean {
  const tokens = ctx.tokens;
  let j = ctx.tokenAtOrAfter(cueStart) - 1;
  while (j >= 0 && AUXILIARIES.has((tokens[j] as Token).lower)) j--;
  // Back over the subject nearest the verb (a name or a pronoun), then look for "and".
  let words = 0;
  while (j >= 0 && words < 4 && (tokens[j] as Token).type === TokenType.Word && ((tokens[j] as Token).cap || (tokens[j] as Token).lower === 'he' || (tokens[j] as Token).lower === 'she')) {
    j--;
    words++;
  }
  return words > 0 && tokens[j]?.lower === 'and' && (tokens[j - 1]?.cap === true || tokens[j - 1]?.lower === 'he' || tokens[j - 1]?.lower === 'she');
}

/** Whether the attribution right after a quote's closing mark opens with a personal pronoun (`," he said`). */
function pronounAfter(tokens: readonly Token[], close: number): boolean {
  let k = close + 1;
  if (tokens[k]?.text === ',') k++;
  const lower = tokens[k]?.lower;
  return lower === 'he' || lower === 'she' || lower === 'they';
}

/** Whether a quotation speaks of a third person early on ("He is thankful …", "he told me"): not the previous speaker going on. */
function speaksOfSomeoneElse(text: string, parts: readonly Span[]): boolean {
  const first = parts[0];
  return first !== undefined && /\b(he|she)\b/i.test(text.slice(first.start, Math.min(first.end, first.start + 60)));
}

/** Whether a quotation opens in the first person ("We …", "Our …", "I …"). */
function firstPerson(text: string, parts: readonly Span[]): boolean {
  const first = parts[0];
  if (!first) return false;
  return /^\s*(we|our|i|my|us)\b/i.test(text.slice(first.start, Math.min(first.end, first.start + 12)));
}

/** Whether an official other than `speaker` is mentioned (by name, role or pronoun) in [from, to). */
function othersBetween(officials: readonly Official[], speaker: string, from: number, to: number): boolean {
  for (const official of officials) {
    if (official.id === speaker) continue;
    for (const mention of official.mentions) if (mention.start >= from && mention.start < to) return true;
  }
  return false;
}

/** Whether the attribution ending before token `end` ends on a colon (perhaps after a word or two: "wrote on X:"). */
function introducesNext(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.text === ':') return true;
    if (token.type !== TokenType.Word) return false;
  }
  return false;
}

/** The parts' texts, each trimmed, joined by " … ". */
function partsText(text: string, parts: readonly Span[]): string {
  let joined = '';
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as Span;
    // `text.slice(start, end).trim()`, trimmed before slicing.
    let start = part.start;
    let end = part.end;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    joined = p === 0 ? text.slice(start, end) : joined + ' \u2026 ' + text.slice(start, end);
  }
  return joined;
}

/**
 * How many paragraph breaks lie between token `from` (included) and token `to`, counted up to 2:
 * the one comparison made with it needs no more, so no paragraph index of the whole document.
 */
function paragraphBreaks(tokens: readonly Token[], from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to && breaks < 2; k++) if ((tokens[k] as Token).type === TokenType.Paragraph) breaks++;
  return breaks;
}

function sameSentenceRun(ctx: AnalysisContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.type === TokenType.Paragraph) return false;
    if (token.type === TokenType.Punct && (token.text === '.' || token.text === '!' || token.text === '?')) return false;
  }
  return to - from <= 3;
}

/**
 * The next quote opens the sentence right after the one holding the attribution, in the same
 * paragraph: “…,” Mthembu told reporters after the meeting. “…”
 */
function continuesAfterAttribution(ctx: AnalysisContext, close: number, nextOpen: number): boolean {
  const tokens = ctx.tokens;
  const closeSentence = (tokens[close] as Token).sentence;
  const nextSentence = (tokens[nextOpen] as Token).sentence;
  if (nextSentence !== closeSentence + 1) return false;
  const start = sentenceStart(ctx, nextSentence);
  // In the same paragraph: no paragraph break between the two.
  return start === nextOpen && nextOpen - close <= 16 && paragraphBreaks(tokens, close, nextOpen) === 0;
}

/** Words that make a short quotation a name or a label rather than speech. */
const LABEL_AFTER = new Set(['format', 'initiative', 'forum', 'declaration', 'programme', 'program', 'project', 'concept', 'strategy', 'plan', 'doctrine', 'formula', 'mechanism', 'platform', 'agenda', 'principle', 'principles', 'policy', 'campaign', 'series', 'festival', 'exercise', 'exercises', 'award', 'prize', 'group', 'model', 'document', 'documents', 'agreement', 'treaty', 'memorandum', 'roadmap', 'road', 'map', 'partnership', 'dialogue', 'summit', 'conference', 'meeting', 'session', 'exhibition', 'contest', 'competition', 'operation']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * The end of a quote's content (its parts joined by single spaces, then trimmed): the code of its
 * last character and of the one before it, -1 when there is none. The character before the
 * first one of a part is the joining space, never one the tests below look for: read as -1.
 */
interface ContentEnd {
  last: number;
  before: number;
}

function contentEnd(text: string, parts: readonly Span[]): ContentEnd {
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p] as Span;
    let k = part.end - 1;
    while (k >= part.start && isSpaceCode(text.charCodeAt(k))) k--;
    if (k >= part.start) return { last: text.charCodeAt(k), before: k > part.start ? text.charCodeAt(k - 1) : -1 };
  }
  return { last: -1, before: -1 };
}

/** `.`, `!` or `?`. */
function isStopCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** `"`, `'`, `’`, `”` or `»`. */
function isCloseQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

/**
 * The words of a quote as {@link speechOf} counts them: runs of non-spaces with a letter or a
 * digit, counted until there are more than `most`; with `titles`, also whether every one is
 * capitalised or a minor word (as in "Belt and Road"), and once one is not, counted until there
 * are more than `untitledMost`. Read from the text in place: the runs of the parts joined by
 * spaces are the runs of each part.
 */
interface WordCounts {
  words: number;
  titled: boolean;
}

/** Classes of the ASCII code units for {@link countWords}: space, letter or digit (capital or digit, too), or 0. */
const ASCII_SPACE = 1;
const ASCII_ALPHANUMERIC = 2;
const ASCII_CAPITAL = 4;
const ASCII_CLASSES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const digit = c >= 48 && c <= 57;
  const upper = c >= 65 && c <= 90;
  if (c === 32 || (c >= 9 && c <= 13)) ASCII_CLASSES[c] = ASCII_SPACE;
  else if (digit || upper || (c >= 97 && c <= 122)) ASCII_CLASSES[c] = ASCII_ALPHANUMERIC | (digit || upper ? ASCII_CAPITAL : 0);
}

function countWords(text: string, parts: readonly Span[], most: number, titles: boolean, untitledMost: number): WordCounts {
  let words = 0;
  let titled = titles;
  for (let p = 0; p < parts.length && words <= most; p++) {
    const part = parts[p] as Span;
    const end = part.end;
    let k = part.start;
    while (k < end && words <= most) {
      while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
      if (k >= end) break;
      const start = k;
      // Whether the run has an ASCII letter or digit; else, whether it has any non-ASCII character.
      let alphanumeric = false;
      let other = false;
      for (; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c < 128) {
          const kind = ASCII_CLASSES[c] as number;
          if (kind === ASCII_SPACE) break;
          if (kind !== 0) {
            alphanumeric = true;
            break;
          }
        } else {
          if (isSpaceCode(c)) break;
          other = true;
        }
      }
      // The rest of a run with a letter or a digit is only looked at for its end.
      if (alphanumeric) while (k < end && !isSpaceCode(text.charCodeAt(k))) k++;
      else if (!(other && LETTER_OR_DIGIT.test(text.slice(start, k)))) continue;
      words++;
      // Once a word is neither, the quote is no title: the rest need not be looked at.
      if (titled) {
        const first = text.charCodeAt(start);
        const capitalised = first < 128 ? ((ASCII_CLASSES[first] as number) & ASCII_CAPITAL) !== 0 : CAPITALISED.test(text.slice(start, k));
        titled = capitalised || isMinorWord(text, start, k);
        if (!titled) most = untitledMost;
      }
    }
  }
  return { words, titled };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/**
 * Words that do not count against a title being all capitalised ("Belt and Road"), by length.
 * (Dashes, once in this list, are not words: they have no letter.)
 */
const MINOR_WORDS_BY_LENGTH: ReadonlyArray<readonly string[]> = [[], ['a'], ['of', 'in', 'on', 'to', 'an', 'at', 'by'], ['the', 'and', 'for'], ['with']];

function isMinorWord(text: string, start: number, end: number): boolean {
  const words = MINOR_WORDS_BY_LENGTH[end - start];
  if (words === undefined) return false;
  const first = text.charCodeAt(start);
  for (const word of words) if (word.charCodeAt(0) === first && text.startsWith(word, start)) return true;
  return false;
}

/** Whether a quotation is speech, from its words and those around it: yes, no, or only if a speech cue attributes it. */
const enum Speech {
  No = 0,
  Yes = 1,
  IfAttributed = 2,
}

function speechOf(ctx: AnalysisContext, span: QuoteSpan, end: ContentEnd): Speech {
  const tokens = ctx.tokens;
  const before = tokens[span.open - 1];
  const after = tokens[span.close + 1];
  // "the so-called 'three evil forces'".
  if (before && (before.lower === 'so-called' || before.lower === 'called' || before.lower === 'named' || before.lower === 'entitled' || before.lower === 'titled' || before.lower === 'dubbed' || before.lower === 'themed')) return Speech.No;
  const labelAfter = after !== undefined && after.type === TokenType.Word && LABEL_AFTER.has(after.lower);
  // Words are counted only as far as the tests below tell counts apart: a quotation that ends
  // with a full stop, an exclamation or a question mark is a label only before a label word;
  // past five words, another is a label only before a label word or as a title.
  const stop = isStopCode(end.last);
  const most = labelAfter ? 8 : stop ? 0 : 5;
  const { words, titled } = stop ? countWords(ctx.text, span.parts, most, false, most) : countWords(ctx.text, span.parts, 10, true, most);
  if (words === 0) return Speech.No;
  if (labelAfter && words <= 8) return Speech.No;
  // "against the “three evil forces”": a determiner before a short phrase makes it a label.
  const determiner = before && DETERMINERS.has(before.lower);
  if (determiner && words <= 5 && !stop) return Speech.No;
  // Titles: every word capitalised ("Samarkand Declaration", "Central Asia – China").
  // Counted only for the short quotations the test applies to.
  if (words <= 10) {
    // (A minor word is never capitalised: "every word is one or the other" is the count test.)
    if (titled && !stop) return Speech.No;
  }
  // Ends with a full stop, an exclamation or a question mark, maybe before a closing quote mark.
  if (words >= 6 || stop || (isCloseQuoteCode(end.last) && isStopCode(end.before))) return Speech.Yes;
  // Short quotations are speech only when a speech cue attributes them.
  return words >= 3 ? Speech.IfAttributed : Speech.No;
}

interface CueMatch {
  cue: QuoteCue;
  speaker: Speaker | undefined;
  position: 'after' | 'before';
  /** Token index after the attribution. */
  end: number;
}

/** `," the Secretary-General added.` — `", said Wang Yi.` — `," he told reporters, "…` */
function findCueAfter(ctx: AnalysisContext, span: QuoteSpan, entities: EntityFindings, officials: Official[]): CueMatch | undefined {
  const tokens = ctx.tokens;
  let k = span.close + 1;
  if (tokens[k]?.text === ',') k++;
  const limit = Math.min(tokens.length, k + 12);
  // [speaker] [cue]
  const speakerFirst = speakerAt(ctx, k, entities, officials);
  if (speakerFirst) {
    let j = speakerFirst.end;
    if (tokens[j]?.text === ',') j = skipAside(ctx, j);
    const cue = speechCueAt(ctx, j);
    if (cue) return { cue: cue.cue, speaker: speakerFirst, position: 'after', end: cue.end };
  }
  // [cue] [speaker]
  const cue = speechCueAt(ctx, k);
  if (cue) {
    const speaker = speakerAt(ctx, cue.end, entities, officials);
    return { cue: cue.cue, speaker, position: 'after', end: speaker ? speaker.end : cue.end };
  }
  // "…," the minister of X later said → allow a few words between.
  for (let j = k; j < limit; j++) {
    const token = tokens[j] as Token;
    if (token.type === TokenType.Paragraph || token.type === TokenType.Quote || (token.type === TokenType.Punct && token.text !== ',')) break;
    const later = speechCueAt(ctx, j);
    if (later) {
      const speaker = nearestSpeakerBefore(ctx, j, k, entities, officials);
      if (speaker) return { cue: later.cue, speaker, position: 'after', end: later.end };
      break;
    }
  }
  return undefined;
}

/** `X said: "…"` — `X stressed that "…"` — `According to X, "…"` — `He praised …: "…"` */
function findCueBefore(ctx: AnalysisContext, span: QuoteSpan, entities: EntityFindings, officials: Official[]): CueMatch | undefined {
  const tokens = ctx.tokens;
  const sentence = (tokens[span.open] as Token).sentence;
  let first = sentenceStart(ctx, sentence);
  // The quote may open a new sentence after "X said:" + line break.
  const prevToken = tokens[span.open - 1];
  if (first === span.open && prevToken && (prevToken.text === ':' || prevToken.type === TokenType.Newline)) {
    first = sentenceStart(ctx, Math.max(0, sentence - 1));
  }
  first = Math.max(first, span.open - LOOKAROUND);
  for (let j = span.open - 1; j >= first; j--) {
    if (ctx.quoted[j]) break;
    // Only a word that starts a cue can (speechCueAt's own first test, kept in this loop).
    if (((tokens[j] as Token).flags & W.SpeechCueStart) === 0) continue;
    const cue = speechCueAt(ctx, j);
    if (!cue || cue.end > span.open) continue;
    // "according to X": the speaker follows the cue.
    if (startsLowered(cue.cue.verb, 'according')) {
      const speaker = speakerAt(ctx, cue.end, entities, officials);
      return { cue: cue.cue, speaker, position: 'before', end: cue.end };
    }
    const speaker = nearestSpeakerBefore(ctx, j, first, entities, officials) ?? speakerAt(ctx, cue.end, entities, officials);
    return { cue: cue.cue, speaker, position: 'before', end: cue.end };
  }
  return undefined;
}

/**
 * `text.toLowerCase().startsWith(prefix)` for a lower-case ASCII `prefix`, without lowering the
 * text while its first characters are ASCII (each of those lowers alone).
 */
function startsLowered(text: string, prefix: string): boolean {
  for (let k = 0; k < prefix.length; k++) {
    if (k >= text.length) return false;
    const c = text.charCodeAt(k);
    if (c >= 128) return text.toLowerCase().startsWith(prefix);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** The token index where a sentence starts: `ctx.sentenceRange(sentence)[0]`, without the array. */
function sentenceStart(ctx: AnalysisContext, sentence: number): number {
  return ctx.sentenceStarts[sentence] ?? ctx.tokens.length;
}

/** Skips ", for his part," style asides after a speaker. */
function skipAside(ctx: AnalysisContext, comma: number): number {
  for (let j = comma + 1; j < Math.min(ctx.tokens.length, comma + 6); j++) {
    if (ctx.tokens[j]?.text === ',') return j + 1;
  }
  return comma;
}

function speechCueAt(ctx: AnalysisContext, k: number): { cue: QuoteCue; end: number } | undefined {
  // Only a word that starts a cue can (the trie's first step, as a bit).
  const token = ctx.tokens[k];
  if (token === undefined || (token.flags & W.SpeechCueStart) === 0) return undefined;
  // Quoted tokens end a cue: `quoted` read as claims (1 inside quotes), without a callback.
  const end = vocabulary().speechCues.matchEnd(ctx.tokens, k, ctx.tokens.length, Accept.Unclaimed, 0, ctx.quoted);
  if (end < 0) return undefined;
  return { cue: { start: token.start, end: (ctx.tokens[end - 1] as Token).end, verb: ctx.displayOf(k, end) }, end };
}

/** The official, organisation or country mentioned at token k. */
function speakerAt(ctx: AnalysisContext, k: number, entities: EntityFindings, officials: Official[]): Speaker | undefined {
  let j = k;
  if (ctx.tokens[j]?.lower === 'the' && ctx.claims[j] === Claim.None) {
    j++;
    // "the Department said", "the Ministry noted": the organisation last named with that word.
    const head = ctx.tokens[j];
    if (head && head.cap && ctx.claims[j] === Claim.None && ORGANIZATION_HEADS.has(head.lower)) {
      const org = lastOrganizationWith(ctx, entities, head.lower, k);
      if (org) return { kind: 'organization', id: org.id, name: org.name, first: k, end: j + 1 };
    }
  }
  const claim = ctx.claims[j];
  const ref = ctx.claimRefs[j] as number;
  if (claim === Claim.None || claim === Claim.Title || claim === Claim.Honorific) {
    // A title before a name: "said Foreign Minister Wang Yi".
    let m = j;
    while (m < ctx.tokens.length && m < j + 12 && (ctx.claims[m] === Claim.Title || ctx.claims[m] === Claim.Honorific)) m++;
    if (m > j && ctx.claims[m] === Claim.Name) return speakerAt(ctx, m, entities, officials);
    return undefined;
  }
  let end = j;
  while (end < ctx.tokens.length && ctx.claims[end] === claim && ctx.claimRefs[end] === ref) end++;
  if (claim === Claim.Name) {
    const official = officials[ref];
    if (official) return { kind: 'official', id: official.id, name: official.name, first: k, end };
  }
  if (claim === Claim.Organization) {
    const org = entities.organizations[ref];
    if (org) return { kind: 'organization', id: org.id, name: org.name, first: k, end };
  }
  if (claim === Claim.Country) {
    const country = entities.countries[ref];
    // "the Chinese side said", "Russia said": the country speaks.
    if (country) return { kind: 'organization', id: country.id, name: country.name, first: k, end };
  }
  return undefined;
}

const ORGANIZATION_HEADS = new Set(['department', 'ministry', 'secretariat', 'commission', 'committee', 'council', 'embassy', 'agency', 'organisation', 'organization', 'office', 'service', 'mission', 'government', 'presidency', 'administration', 'union', 'bank', 'fund']);

/** The lower-case words of an organisation's name, split at spaces and hyphens (names repeat across documents). */
const nameWords: (name: string) => readonly string[] = memoizeString((name) => name.toLowerCase().split(/[\s-]+/));

/** The organisation mentioned last before token `before` whose name contains `head`. */
function lastOrganizationWith(ctx: AnalysisContext, entities: EntityFindings, head: string, before: number): { id: string; name: string } | undefined {
  const limit = before > 0 ? (ctx.tokens[before - 1] as Token).end : 0;
  let best: { id: string; name: string; at: number } | undefined;
  for (const org of entities.organizations) {
    if (!nameWords(org.name).includes(head)) continue;
    for (const mention of org.mentions) {
      if (mention.start < limit && (!best || mention.start > best.at)) best = { id: org.id, name: org.name, at: mention.start };
    }
  }
  return best;
}

/** Words before an organisation or a country that make it an object, not the subject. */
const OBJECT_LEADS = new Set(['with', 'to', 'of', 'by', 'from', 'for', 'and']);
/** Words before any mention, a person's name too, that make it an object. */
const PERSON_OBJECT_LEADS = new Set(['with', 'to', 'of', 'from', 'for']);

/** The closest speaker mention before token `before`, not earlier than `first`. */
function nearestSpeakerBefore(ctx: AnalysisContext, before: number, from: number, entities: EntityFindings, officials: Official[]): Speaker | undefined {
  const first = Math.max(from, before - LOOKAROUND);
  for (let j = before - 1; j >= first; j--) {
    if (ctx.quoted[j]) continue;
    const claim = ctx.claims[j];
    if (claim === Claim.None && ctx.tokens[j - 1]?.lower === 'the' && ctx.tokens[j]?.cap && ORGANIZATION_HEADS.has(ctx.tokens[j]!.lower)) {
      const org = lastOrganizationWith(ctx, entities, ctx.tokens[j]!.lower, j - 1);
      if (org) return { kind: 'organization', id: org.id, name: org.name, first: j - 1, end: j + 1 };
    }
    if (claim === Claim.Name || claim === Claim.Organization || claim === Claim.Country) {
      let start = j;
      while (start > first && ctx.claims[start - 1] === claim && ctx.claimRefs[start - 1] === ctx.claimRefs[j]) start--;
      // Prefer the subject: keep going left while this is the object of a preposition.
      const prev = ctx.tokens[start - 1];
      if (prev && OBJECT_LEADS.has(prev.lower) && claim !== Claim.Name) {
        j = start;
        continue;
      }
      if (prev && PERSON_OBJECT_LEADS.has(prev.lower)) {
        j = start;
        continue;
      }
      return speakerAt(ctx, start, entities, officials);
    }
  }
  return undefined;
}

/** The first official mentioned before the quote in its sentence. */
function sentenceSubject(ctx: AnalysisContext, open: number, officials: Official[]): Official | undefined {
  const sentence = (ctx.tokens[open] as Token).sentence;
  const first = Math.max(sentenceStart(ctx, sentence), open - LOOKAROUND);
  for (let j = first; j < open; j++) {
    if (!ctx.quoted[j] && ctx.claims[j] === Claim.Name) return officials[ctx.claimRefs[j] as number];
  }
  return undefined;
}
