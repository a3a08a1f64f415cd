/**
 * Tokeniser for press-release prose: one pass over character codes, no regular expressions, so
 * its cost is linear in the length of the text whatever the input.
 *
 * Tokens keep their offsets into the text. Words keep abbreviations whole ("H.E.", "U.S.",
 * "a.i."), hyphenated and apostrophe forms whole ("Secretary-General", "O'Brien", "Le Yucheng's"
 * is "Yucheng" followed by a possessive marker), and every quotation mark is its own token.
 */

import { foldedCodeUnit, normalizeForAnalysis } from './text';

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
  /**
   * Word-class bits (see `wordClass.ts`): which lexicons and rules the word can take part in.
   * Filled when the caller passes a classifier to {@link tokenize}, 0 otherwise.
   */
  flags: number;
}

/**
 * What the tokeniser knows about one distinct token text. Shared by every token with that text,
 * in every document, so the strings and the case scan are made once per process.
 */
export interface TokenForm {
  text: string;
  lower: string;
  cap: boolean;
  allCaps: boolean;
  /** Word-class bits, -1 until a classifier has seen this form. */
  flags: number;
}

/** Computes the word-class bits of a form; see `wordClass.ts`. */
export type FormClassifier = (form: TokenForm) => number;

/*
 * Classes of the UTF-16 code units, one byte each in a table of all 65,536 of them, so the
 * scanner dispatches on one load instead of a chain of range tests. Built once from the
 * predicates below, which stay the definition.
 */
const CLASS_LETTER = 1;
const CLASS_DIGIT = 2;
/** Letters and digits: the characters that continue a word. */
const CLASS_WORD = CLASS_LETTER | CLASS_DIGIT;
/** Spaces skipped between tokens: space, line and paragraph separators. */
const CLASS_SPACE = 4;
/** `\n` and `\r`: the start of a line break. */
const CLASS_BREAK = 8;
/** Quotation marks other than the apostrophe (see {@link isQuoteCode}). */
const CLASS_QUOTE = 16;
const CHAR_CLASS = buildCharClasses();
/** What `normalizeForAnalysis` turns each code unit into, for folding as the text is copied. */
const FOLDED_UNIT = buildFoldedUnits();

function buildCharClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c === 10 || c === 13) table[c] = CLASS_BREAK;
    else if (c === 9 || c === 32 || c === 0x2028 || c === 0x2029) table[c] = CLASS_SPACE;
    else if (isLetterCode(c)) table[c] = CLASS_LETTER;
    else if (isDigitCode(c)) table[c] = CLASS_DIGIT;
    else if (isQuoteCode(c)) table[c] = CLASS_QUOTE;
  }
  return table;
}

function buildFoldedUnits(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = foldedCodeUnit(c);
  return table;
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

function isQuoteCode(code: number): boolean {
  return (
    code === 34 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb || code === 0x2018 || code === 0x201e || code === 0x201f || code === 0x2039 || code === 0x203a
  );
}

/*
 * The form table: an open-addressing hash table from token text to its shared TokenForm, looked
 * up straight from the character codes of the document, so a word seen before costs no string
 * allocation, no toLowerCase and no case scan. Press releases reuse a few thousand words; the
 * table is emptied when it grows past FORM_LIMIT (random text could otherwise fill it forever).
 */
const FORM_LIMIT = 100_000;
const FORM_SLOT = 4;
let formCapacity = 1 << 12;
let formMask = formCapacity - 1;
/**
 * Four numbers per slot (FORM_SLOT of them), side by side so that a probe touches one cache
 * line: the form's hash, its id plus one (0 marks an empty slot), where its characters start in
 * {@link formChars} and its length.
 */
let formSlots = new Int32Array(formCapacity * FORM_SLOT);
/** The forms by id (ids count up from 0 in order of first sight). */
let formList: TokenForm[] = [];
/**
 * The characters of every form, one after the other. Comparing against this dense array instead
 * of each form's own string keeps look-ups in a few cache lines; profiles showed the scattered
 * strings costing more than the hashing.
 */
let formChars = new Uint16Array(1 << 15);
let formCharsUsed = 0;

/*
 * The hash of a form: FNV-1a over its code units from {@link HASH_SEED}, then {@link finishHash}
 * with the length. The tokeniser folds each code unit in as it scans a token, so the token's
 * characters are read once for both.
 */
const HASH_SEED = 0x811c9dc5;

function mixHash(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function finishHash(h: number, length: number): number {
  const mixed = h ^ length;
  return mixed ^ (mixed >>> 15);
}


/** Whether the form stored at `offset` in {@link formChars} is the `length` code units of `codes` from `start`. */
function sameChars(offset: number, length: number, codes: Uint16Array, start: number): boolean {
  const chars = formChars;
  for (let k = 0; k < length; k++) if (chars[offset + k] !== codes[start + k]) return false;
  return true;
}

/** Doubles the slot table, placing every form again by its stored hash. */
function growForms(): void {
  const oldSlots = formSlots;
  formCapacity *= 2;
  formMask = formCapacity - 1;
  formSlots = new Int32Array(formCapacity * FORM_SLOT);
  for (let k = 0; k < oldSlots.length; k += FORM_SLOT) {
    if (oldSlots[k + 1] === 0) continue;
    let slot = (oldSlots[k] as number) & formMask;
    while (formSlots[FORM_SLOT * slot + 1] !== 0) slot = (slot + 1) & formMask;
    formSlots.set(oldSlots.subarray(k, k + FORM_SLOT), FORM_SLOT * slot);
  }
}

function clearForms(): void {
  formSlots.fill(0);
  formList = [];
  formCharsUsed = 0;
}

/** Appends the `length` code units of `codes` from `start` to {@link formChars}; returns their offset. */
function storeChars(codes: Uint16Array, start: number, length: number): number {
  if (formCharsUsed + length > formChars.length) {
    const grown = new Uint16Array(Math.max(formChars.length * 2, formCharsUsed + length));
    grown.set(formChars.subarray(0, formCharsUsed));
    formChars = grown;
  }
  const offset = formCharsUsed;
  for (let k = 0; k < length; k++) formChars[formCharsUsed++] = codes[start + k] as number;
  return offset;
}


/**
 * `text.slice(start, end)` as a string of its own. V8 makes longer slices views into the whole
 * text, and a view kept in the process-wide form table would keep the whole document alive.
 */
function ownString(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string);
}

function plainForm(text: string): TokenForm {
  return { text, lower: text, cap: false, allCaps: false, flags: -1 };
}

/** Forms longer than this are not worth keeping (and could be whole garbage documents). */
const MAX_FORM_LENGTH = 64;

/**
 * The shared form of `text.slice(start, end)`, whose code units are in `codes` at the same
 * offsets; `word` says whether it is a Word token, `h` is its hash (see {@link finishHash}).
 */
function formOfHashed(text: string, codes: Uint16Array, start: number, end: number, word: boolean, h: number): TokenForm {
  const length = end - start;
  if (length > MAX_FORM_LENGTH) return makeForm(text, codes, start, end, word, h, false);
  return knownForm(h, length, codes, start) ?? makeForm(text, codes, start, end, word, h, true);
}

/**
 * The form in the table for the `length` code units of `codes` from `start`, hashed `h`, if any. The
 * path every repeated token takes: kept small, apart from {@link makeForm}, so that it is inlined
 * into the tokeniser's loop whatever the engine decides about the rest.
 */
function knownForm(h: number, length: number, codes: Uint16Array, start: number): TokenForm | undefined {
  const slots = formSlots;
  const mask = formMask;
  let slot = h & mask;
  for (;;) {
    const at = FORM_SLOT * slot;
    const id = (slots[at + 1] as number) - 1;
    if (id < 0) return undefined;
    if (slots[at] === h && slots[at + 3] === length && sameChars(slots[at + 2] as number, length, codes, start)) return formList[id] as TokenForm;
    slot = (slot + 1) & mask;
  }
}

/**
 * Makes the form of `text[start, end)` (whose code units are in `codes` at the same offsets),
 * and with `file` files it in the table under the hash `h`. Runs once per distinct form.
 */
function makeForm(text: string, codes: Uint16Array, start: number, end: number, word: boolean, h: number, file: boolean): TokenForm {
  const length = end - start;
  const own = file ? ownString(text, start, end) : text.slice(start, end);
  const entry = word ? wordForm(own) : plainForm(own);
  if (!file) return entry;
  if (formList.length >= FORM_LIMIT) clearForms();
  else if ((formList.length + 1) * 2 > formCapacity) growForms();
  let slot = h & formMask;
  while (formSlots[FORM_SLOT * slot + 1] !== 0) slot = (slot + 1) & formMask;
  formList.push(entry);
  const at = FORM_SLOT * slot;
  formSlots[at] = h;
  formSlots[at + 1] = formList.length;
  formSlots[at + 2] = storeChars(codes, start, length);
  formSlots[at + 3] = length;
  return entry;
}

/**
 * Forms of the one-character ASCII punctuation and quotation-mark tokens, by char code, made on
 * first sight. They are never words, so they need no place in the form table.
 */
const ASCII_MARK_FORMS: Array<TokenForm | undefined> = new Array<TokenForm | undefined>(128).fill(undefined);

function wordForm(text: string): TokenForm {
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
  return { text, lower: upper === 0 ? text : text.toLowerCase(), cap, allCaps, flags: -1 };
}

const NEWLINE_FORM: TokenForm = { text: '\n', lower: '\n', cap: false, allCaps: false, flags: -1 };
const POSSESSIVE_S_FORM: TokenForm = { text: "'s", lower: "'s", cap: false, allCaps: false, flags: -1 };
const APOSTROPHE_FORM: TokenForm = { text: "'", lower: "'", cap: false, allCaps: false, flags: -1 };

/**
 * A token of `form`. Every token is built here, with one object shape, so the passes that read
 * them stay monomorphic. The form's word-class bits are computed on its first token.
 */
function makeToken(type: TokenType, start: number, end: number, form: TokenForm, classify: FormClassifier | undefined): Token {
  let flags = form.flags;
  if (flags < 0) {
    if (classify) flags = form.flags = classify(form);
    else flags = 0;
  }
  return { type, start, end, text: form.text, lower: form.lower, cap: form.cap, allCaps: form.allCaps, sentence: 0, flags };
}

/**
 * Splits normalised text (see `normalizeForAnalysis`) into tokens. Sentence indices are filled
 * in by {@link assignSentences}; word-class bits by `classify`, once per distinct form.
 */
export function tokenize(text: string, classify?: FormClassifier): Token[] {
  return scanTokens(text, text.length, classify, false);
}

/**
 * `normalizeForAnalysis(text)` and its tokens: the same as normalising, then calling
 * {@link tokenize}, with the folding done as the text's code units are copied for the scan, so
 * that a text with nothing to fold (most are) is not searched for it apart. With the sentences'
 * first tokens, and `marks`: the indices of the tokens that may end a sentence or open or close a
 * quotation (line breaks, `.`, `!`, `?`, words with dots, quotation marks and apostrophes).
 */
export function tokenizeForAnalysis(text: string, classify?: FormClassifier): { normalized: string; tokens: Token[]; sentenceStarts: number[]; marks: number[] } {
  const tokens = scanTokens(text, text.length, classify, true);
  const normalized = scannedText;
  const marks = scannedMarks;
  const sentenceStarts = assignSentences(tokens, normalized, marks);
  return { normalized, tokens, sentenceStarts, marks };
}

/** The normalised text of the last {@link scanTokens} with `folding` (set as it returns). */
let scannedText = '';
/**
 * The tokens of the last {@link scanTokens} that may end a sentence or open or close a quotation,
 * in order (set as it returns): line breaks, `.`, `!` and `?`, words with dots ("U.S."),
 * quotation marks and apostrophes. The others never do either.
 */
let scannedMarks: number[] = [];

/**
 * The tokeniser. With `folding`, `text` may hold characters `normalizeForAnalysis` folds: they are
 * folded as the code units are copied, so the scan reads the normalised text, and the normalised
 * string (for the tokens' texts and for the passes) is made from them only when something was
 * folded. The normalised text is left in {@link scannedText}.
 */
function scanTokens(text: string, length: number, classify: FormClassifier | undefined, folding: boolean): Token[] {
  const tokens: Token[] = [];
  // Indices of the tokens that may end a sentence or a quotation (see scannedMarks), in order.
  const marks: number[] = [];
  // A classifier may tokenise too (a word's bits can depend on a lexicon look-up): a nested scan
  // gets code units of its own.
  const shared = !codesBusy;
  codesBusy = true;
  try {
    const codes = codeUnitsOf(text, length, shared, folding);
    // The folded code units are the normalised text: decoded back into a string, which is
    // quicker than normalising the text again with regular expressions. Only for a text with
    // code units from U+0100 to U+7FFF: the decoder makes two bytes of every character, where the
    // engine keeps a text of Latin-1 characters in one (names and titles kept in the index are
    // copied from it); and from U+8000 a code unit could be half of a broken surrogate pair,
    // which the decoder would replace.
    if (codesFolded) text = codesWide ? UTF16.decode(codes.subarray(0, length)) : normalizeForAnalysis(text);
    scanRange(text, codes, length, classify, tokens, marks);
  } finally {
    if (shared) codesBusy = false;
  }
  scannedText = text;
  scannedMarks = marks;
  return tokens;
}

/**
 * The code units of the text being scanned, copied once into a typed array that is reused from
 * one document to the next: the scanner reads each code unit two or three times, and a typed
 * array read is a plain load where `charCodeAt` has to check what kind of string it reads each
 * time.
 */
let codeUnits = new Uint16Array(1 << 16);
/** Whether a scan is reading {@link codeUnits}. */
let codesBusy = false;
/** Texts longer than this get a buffer of their own, so that one huge document does not hold a huge buffer. */
const SHARED_CODES_LIMIT = 1 << 20;

/**
 * Node's `Buffer`, when the engine runs in Node on a little-endian machine: its `write` with
 * UTF-16LE copies a string's code units into memory in one native call, some twenty times faster
 * than reading them one by one with `charCodeAt`. Elsewhere the copy is made code unit by code unit.
 */
interface CodeUnitWriter {
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const NODE_BUFFER = LITTLE_ENDIAN
  ? (globalThis as { Buffer?: { from(buffer: ArrayBuffer, byteOffset: number, length: number): CodeUnitWriter } }).Buffer
  : undefined;
/** A `Buffer` over {@link codeUnits}, made again when that grows. */
let codeUnitsWriter: CodeUnitWriter | undefined;

/** Copies the first `length` code units of `text` into `codes`. */
function copyCodeUnits(text: string, length: number, codes: Uint16Array, shared: boolean): void {
  if (NODE_BUFFER) {
    let writer = shared ? codeUnitsWriter : undefined;
    if (!writer) {
      writer = NODE_BUFFER.from(codes.buffer as ArrayBuffer, codes.byteOffset, codes.byteLength);
      if (shared) codeUnitsWriter = writer;
    }
    writer.write(text, 0, 2 * length, 'utf16le');
    return;
  }
  for (let k = 0; k < length; k++) codes[k] = text.charCodeAt(k);
}

/** Makes strings of UTF-16 code units, in the byte order of the platform's typed arrays. */
const UTF16 = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });

/** Whether the last {@link codeUnitsOf} folded any code unit. */
let codesFolded = false;
/** Whether the code units of the last {@link codeUnitsOf} with folding are all below U+8000 and some (folded) at or above U+0100. */
let codesWide = false;

/**
 * `text`'s code units in a typed array, followed by two zeros (never a character the scanner
 * looks for): in the shared buffer when `shared`, else in a new one; with `fold`, as
 * `normalizeForAnalysis` would make them (see {@link codesFolded}).
 */
function codeUnitsOf(text: string, length: number, shared: boolean, fold: boolean): Uint16Array {
  let codes: Uint16Array;
  const reuse = shared && length + 2 <= SHARED_CODES_LIMIT;
  if (reuse) {
    if (codeUnits.length < length + 2) {
      codeUnits = new Uint16Array(Math.min(SHARED_CODES_LIMIT, Math.max(length + 2, codeUnits.length * 2)));
      codeUnitsWriter = undefined;
    }
    codes = codeUnits;
  } else {
    codes = new Uint16Array(length + 2);
  }
  copyCodeUnits(text, length, codes, reuse);
  let changed = 0;
  let all = 0;
  let allFolded = 0;
  if (fold) {
    const folded = FOLDED_UNIT;
    for (let k = 0; k < length; k++) {
      const c = codes[k] as number;
      const f = folded[c] as number;
      codes[k] = f;
      changed |= c ^ f;
      all |= c;
      allFolded |= f;
    }
  }
  codesFolded = changed !== 0;
  codesWide = all < 0x8000 && allFolded >= 0x100;
  codes[length] = 0;
  codes[length + 1] = 0;
  return codes;
}

/**
 * Scans `text` (whose code units are in `codes`) for tokens, appending them to `tokens` (and
 * sentence-end candidates to `marks`).
 */
function scanRange(text: string, codes: Uint16Array, length: number, classify: FormClassifier | undefined, tokens: Token[], marks: number[]): void {
  // Each branch below scans one token and leaves its type and either its form or its hash; the
  // token is made at one place, at the end of the loop.
  const classes = CHAR_CLASS;
  let i = 0;
  while (i < length) {
    const code = codes[i] as number;
    const cls = classes[code] as number;
    if (cls === CLASS_SPACE) {
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    // The token's form, or undefined when it is to be looked up by `h`, the hash of its code
    // units (see finishHash, here before the length is folded in).
    let form: TokenForm | undefined;
    let h = 0;
    if (cls === CLASS_LETTER) {
      i++;
      h = mixHash(HASH_SEED, code);
      // Whether the word has an inner dot (an abbreviation such as "H.E.").
      let dotted = false;
      for (;;) {
        while (i < length) {
          const c = codes[i] as number;
          if (((classes[c] as number) & CLASS_WORD) === 0) break;
          h = mixHash(h, c);
          i++;
        }
        if (i + 1 >= length) break;
        const c = codes[i] as number;
        // Only a hyphen, an apostrophe or a dot can carry the word on.
        if (c !== 45 && c !== 39 && c !== 46) break;
        const next = codes[i + 1] as number;
        const nextClass = classes[next] as number;
        // Hyphenated words: Secretary-General, Chairperson-in-Office, Heads-of-State.
        if (c === 45 && (nextClass & CLASS_WORD) !== 0) {
          h = mixHash(mixHash(h, c), next);
          i += 2;
          continue;
        }
        // Apostrophes inside names: O'Brien, d'Affaires. "'s" at the end is a possessive token.
        if (c === 39 && nextClass === CLASS_LETTER) {
          const after = i + 2 < length ? codes[i + 2] as number : 32;
          if ((next === 115 || next === 83) && classes[after] !== CLASS_LETTER) break;
          h = mixHash(mixHash(h, c), next);
          i += 2;
          continue;
        }
        // Abbreviations with inner dots: H.E., U.S., a.i.
        if (c === 46 && nextClass === CLASS_LETTER && i + 2 < length && codes[i + 2] as number === 46 && i - start <= 2) {
          h = mixHash(mixHash(mixHash(h, c), next), 46);
          i += 3;
          dotted = true;
          continue;
        }
        break;
      }
      // Keep the final dot of a dotted abbreviation ("H.E.", "a.i."). A word only holds a dot
      // through the abbreviation step above, so `dotted` is what scanning the slice would find.
      if (dotted) {
        if (i < length && codes[i] as number === 46) {
          h = mixHash(h, 46);
          i++;
        }
        marks.push(tokens.length);
      }
      type = TokenType.Word;
    } else if (cls === CLASS_BREAK) {
      // Line breaks, with the spaces between them.
      let breaks = 0;
      while (i < length) {
        const c = codes[i] as number;
        if (c === 10) {
          breaks++;
          i++;
        } else if (c === 13 || c === 32 || c === 9) {
          i++;
        } else {
          break;
        }
      }
      type = breaks >= 2 ? TokenType.Paragraph : TokenType.Newline;
      form = NEWLINE_FORM;
      marks.push(tokens.length);
    } else if (cls === CLASS_DIGIT) {
      i++;
      h = mixHash(HASH_SEED, code);
      while (i < length) {
        const c = codes[i] as number;
        if (classes[c] === CLASS_DIGIT) {
          h = mixHash(h, c);
          i++;
        } else if ((c === 44 || c === 46) && i + 1 < length && classes[codes[i + 1] as number] === CLASS_DIGIT) {
          const next = codes[i + 1] as number;
          h = mixHash(mixHash(h, c), next);
          i += 2;
        } else {
          break;
        }
      }
      // Ordinals: 1st, 2nd, 12th.
      while (i < length) {
        const c = codes[i] as number;
        if (classes[c] !== CLASS_LETTER) break;
        h = mixHash(h, c);
        i++;
      }
      type = TokenType.Number;
    } else if (code === 39) {
      // A possessive 's or a bare apostrophe after a plural ("the parties' positions"), or else an
      // apostrophe used as a single quotation mark.
      type = TokenType.Quote;
      form = APOSTROPHE_FORM;
      marks.push(tokens.length);
      i++;
      const prev = tokens[tokens.length - 1];
      if (prev && prev.end === start && prev.type === TokenType.Word) {
        const next = i < length ? codes[i] as number : 32;
        if ((next === 115 || next === 83) && !(i + 1 < length && classes[codes[i + 1] as number] === CLASS_LETTER)) {
          type = TokenType.Possessive;
          form = POSSESSIVE_S_FORM;
          i++;
        } else if (classes[next] !== CLASS_LETTER) {
          type = TokenType.Possessive;
        }
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      // Surrogate pairs: one punctuation token per code point.
      const low = codes[i + 1] as number;
      h = mixHash(mixHash(HASH_SEED, code), low);
      i += 2;
      type = TokenType.Punct;
    } else {
      // Quotation marks, and one punctuation token for anything else.
      i++;
      if (cls === CLASS_QUOTE) {
        type = TokenType.Quote;
        marks.push(tokens.length);
      } else {
        type = TokenType.Punct;
        if (code === 46 || code === 33 || code === 63) marks.push(tokens.length);
      }
      if (code < 128) form = ASCII_MARK_FORMS[code] ?? (ASCII_MARK_FORMS[code] = plainForm(String.fromCharCode(code)));
      else {
        h = mixHash(HASH_SEED, code);
      }
    }
    form ??= formOfHashed(text, codes, start, i, type === TokenType.Word, finishHash(h, i - start));
    tokens.push(makeToken(type, start, i, form, classify));
  }
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
 * start token index of each sentence. `text` is the text the tokens were cut from; `marks`, the
 * indices of the tokens that may end a sentence (and of quotation marks and apostrophes, which
 * end none), in order, as the tokeniser lists them: only those are looked at, and the tokens
 * between two boundaries take their sentence index in a row.
 */
function assignSentences(tokens: Token[], text: string, marks: number[]): number[] {
  const starts: number[] = [0];
  let sentence = 0;
  // The first token not given its sentence yet.
  let from = 0;
  for (let m = 0; m < marks.length; m++) {
    let k = marks[m] as number;
    if (k < from) continue;
    const token = tokens[k] as Token;
    let boundary = false;
    if (token.type === TokenType.Paragraph || token.type === TokenType.Newline) {
      boundary = true;
    } else if (token.type === TokenType.Punct && (token.text === '.' || token.text === '!' || token.text === '?')) {
      boundary = endsSentence(tokens, k);
    } else if (token.type === TokenType.Word && token.end - token.start > 2 && text.charCodeAt(token.end - 1) === 46) {
      // "...in the U.S." at the end of a sentence.
      const next = nextSignificant(tokens, k);
      boundary = next === undefined || next.type === TokenType.Paragraph;
    }
    if (boundary) {
      // Closing quotation marks right after the full stop belong to this sentence.
      while (k + 1 < tokens.length && isClosingQuoteAfterStop(tokens, k + 1)) k++;
      for (let j = from; j <= k; j++) (tokens[j] as Token).sentence = sentence;
      from = k + 1;
      sentence++;
      starts.push(k + 1);
    }
  }
  for (let j = from; j < tokens.length; j++) (tokens[j] as Token).sentence = sentence;
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
