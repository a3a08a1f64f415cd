/**
 * Tokeniser for press-release prose: one pass over character codes, no regular expressions, so
 * its cost is linear in the length of the text whatever the input.
 *
 * Tokens keep their offsets into the text. Words keep abbreviations whole ("H.E.", "U.S.",
 * "a.i."), hyphenated and apostrophe forms whole ("Secretary-General", "O'Brien", "Le Yucheng's"
 * is "Yucheng" followed by a possessive marker), and every quotation mark is its own token.
 */

export const enum TokenType {
  Word = 1,
  Number = 2,
  Punct = 3,
  Quote = 4,
  /** A single line break. */
  Newline = 5,
  /** Two or more line breaks: the end of a paragraph. */
  Paragraph = 6,
  /** The possessive `'s` (or a lone `'` after a plural) attached to the preceding word. */
  Possessive = 7,
}

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** The token as written (after normalisation of spaces and apostrophes). */
  text: string;
  /** Lower-case form, for lexicon look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case and there are at least two letters ("SCO", "CSTO"). */
  allCaps: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin-1 letters, Latin Extended, Greek, Cyrillic and beyond: treat everything above U+00BF
  // that is not punctuation or a space as a letter.
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, symbols, arrows
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff20) return false;
  return true;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const QUOTE_CHARS = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u2018', '\u201e', '\u201f', '\u2039', '\u203a']);

/**
 * Splits normalised text (see `normalizeForAnalysis`) into tokens. Sentence indices are filled
 * in by {@link assignSentences}.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // Whitespace and line breaks.
    if (code === 10 || code === 13) {
      const start = i;
      let breaks = 0;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === 10) {
          breaks++;
          i++;
        } else if (c === 13 || c === 32 || c === 9) {
          i++;
        } else {
          break;
        }
      }
      const type = breaks >= 2 ? TokenType.Paragraph : TokenType.Newline;
      tokens.push(makeToken(type, start, i, '\n'));
      continue;
    }
    if (code === 32 || code === 9 || code === 0x2028 || code === 0x2029) {
      i++;
      continue;
    }
    if (isLetterCode(code)) {
      const start = i;
      i++;
      for (;;) {
        while (i < length) {
          const c = text.charCodeAt(i);
          if (isLetterCode(c) || isDigitCode(c)) i++;
          else break;
        }
        if (i + 1 >= length) break;
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        // Hyphenated words: Secretary-General, Chairperson-in-Office, Heads-of-State.
        if (c === 45 && (isLetterCode(next) || isDigitCode(next))) {
          i += 2;
          continue;
        }
        // Apostrophes inside names: O'Brien, d'Affaires. "'s" at the end is a possessive token.
        if (c === 39 && isLetterCode(next)) {
          const after = i + 2 < length ? text.charCodeAt(i + 2) : 32;
          if ((next === 115 || next === 83) && !isLetterCode(after)) break;
          i += 2;
          continue;
        }
        // Abbreviations with inner dots: H.E., U.S., a.i.
        if (c === 46 && isLetterCode(next) && i + 2 < length && text.charCodeAt(i + 2) === 46 && i - start <= 2) {
          i += 3;
          continue;
        }
        break;
      }
      // Keep the final dot of a dotted abbreviation ("H.E.", "a.i.").
      if (i < length && text.charCodeAt(i) === 46 && text.slice(start, i).includes('.')) i++;
      const word = text.slice(start, i);
      tokens.push(makeToken(TokenType.Word, start, i, word));
      continue;
    }
    if (isDigitCode(code)) {
      const start = i;
      i++;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (isDigitCode(c)) i++;
        else if ((c === 44 || c === 46) && i + 1 < length && isDigitCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      // Ordinals: 1st, 2nd, 12th.
      while (i < length && isLetterCode(text.charCodeAt(i))) i++;
      tokens.push(makeToken(TokenType.Number, start, i, text.slice(start, i)));
      continue;
    }
    const ch = text[i] as string;
    if (code === 39) {
      // A possessive 's or a bare apostrophe after a plural ("the parties' positions").
      const prev = tokens[tokens.length - 1];
      if (prev && prev.end === i && prev.type === TokenType.Word) {
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 32;
        if ((next === 115 || next === 83) && !(i + 2 < length && isLetterCode(text.charCodeAt(i + 2)))) {
          tokens.push(makeToken(TokenType.Possessive, i, i + 2, "'s"));
          i += 2;
          continue;
        }
        if (!isLetterCode(next)) {
          tokens.push(makeToken(TokenType.Possessive, i, i + 1, "'"));
          i++;
          continue;
        }
      }
      // Otherwise an apostrophe used as a single quotation mark.
      tokens.push(makeToken(TokenType.Quote, i, i + 1, ch));
      i++;
      continue;
    }
    if (QUOTE_CHARS.has(ch)) {
      tokens.push(makeToken(TokenType.Quote, i, i + 1, ch));
      i++;
      continue;
    }
    // Surrogate pairs and anything else: one punctuation token per code point.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    tokens.push(makeToken(TokenType.Punct, i, i + width, text.slice(i, i + width)));
    i += width;
  }
  return tokens;
}

function makeToken(type: TokenType, start: number, end: number, text: string): Token {
  if (type !== TokenType.Word) return { type, start, end, text, lower: text, cap: false, allCaps: false, sentence: 0 };
  // One scan for case: ASCII by char code, anything else through toUpperCase/toLowerCase.
  let upper = 0;
  let lowerCount = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lowerCount++;
    else if (c >= 0xc0) {
      const ch = text.charAt(k);
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lowerCount++;
    }
  }
  const first = text.charCodeAt(0);
  const cap = first >= 65 && first <= 90 ? true : first >= 0xc0 ? isUpperChar(text.charAt(0)) : false;
  const allCaps = cap && lowerCount === 0 && upper >= 2;
  return { type, start, end, text, lower: upper === 0 ? text : text.toLowerCase(), cap, allCaps, sentence: 0 };
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rev', 'hon', 'sen', 'rep', 'gov',
  'amb', 'no', 'nos', 'vol', 'art', 'para', 'paras', 'p', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'dept', 'inc', 'ltd', 'co', 'jr', 'sr',
]);

/**
 * Marks sentence boundaries: after `.`, `!` or `?` followed by a capital, a quotation mark or a
 * paragraph break; at every paragraph break; and at the line break after a headline. Returns the
 * start token index of each sentence.
 */
export function assignSentences(tokens: Token[]): number[] {
  const starts: number[] = [0];
  let sentence = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    token.sentence = sentence;
    let boundary = false;
    if (token.type === TokenType.Paragraph || token.type === TokenType.Newline) {
      boundary = true;
    } else if (token.type === TokenType.Punct && (token.text === '.' || token.text === '!' || token.text === '?')) {
      boundary = endsSentence(tokens, k);
    } else if (token.type === TokenType.Word && token.text.endsWith('.') && token.text.length > 2) {
      // "...in the U.S." at the end of a sentence.
      const next = nextSignificant(tokens, k);
      boundary = next === undefined || next.type === TokenType.Paragraph;
    }
    if (boundary) {
      // Closing quotation marks right after the full stop belong to this sentence.
      while (k + 1 < tokens.length && isClosingQuoteAfterStop(tokens, k + 1)) {
        k++;
        (tokens[k] as Token).sentence = sentence;
      }
      sentence++;
      starts.push(k + 1);
    }
  }
  if (starts.length > 1 && starts[starts.length - 1] === tokens.length) starts.pop();
  return starts;
}

function isClosingQuoteAfterStop(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (token.type !== TokenType.Quote) return false;
  const prev = tokens[k - 1] as Token;
  if (prev.end !== token.start) return false;
  if (token.text === '\u201d' || token.text === '\u00bb' || token.text === "'") return true;
  if (token.text === '"') {
    const next = tokens[k + 1];
    return next === undefined || next.start > token.end || next.type !== TokenType.Word;
  }
  return false;
}

function nextSignificant(tokens: Token[], k: number): Token | undefined {
  return tokens[k + 1];
}

function endsSentence(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  const prev = tokens[k - 1];
  let next = tokens[k + 1];
  // Skip closing quotes and brackets to see what follows.
  let j = k + 1;
  while (next && (next.type === TokenType.Quote || next.text === ')') && next.start === (tokens[j - 1] as Token).end) {
    j++;
    next = tokens[j];
  }
  if (next === undefined) return true;
  if (next.type === TokenType.Paragraph || next.type === TokenType.Newline) return true;
  if (token.text !== '.') return next.cap || next.type === TokenType.Quote || next.type === TokenType.Number;
  if (prev && prev.type === TokenType.Word && prev.end === token.start) {
    if (ABBREVIATIONS.has(prev.lower)) return false;
    // A single capital initial: "J. Smith".
    if (prev.text.length === 1 && prev.cap) return false;
  }
  if (prev && prev.type === TokenType.Number && next.type === TokenType.Number) return false;
  return next.cap || next.type === TokenType.Quote || next.type === TokenType.Number || next.type === TokenType.Punct;
}
