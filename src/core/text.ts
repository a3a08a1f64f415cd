/**
 * Text normalisation for analysis.
 *
 * Press releases are usually copied from web pages, so they are full of non-breaking spaces and
 * typographic apostrophes. The engine treats every Unicode space as a plain space and every
 * apostrophe form as `'`. Each replacement is one UTF-16 code unit for one, so an offset into the
 * normalised text is the same offset into the original: results always point at what the user sees.
 */

/** Characters read as a plain space: Unicode space separators plus tab and the BOM. */
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;

/**
 * Characters read as an apostrophe. U+2019 doubles as the closing single quotation mark; in this
 * genre it is far more often an apostrophe (“Le Yucheng’s”), and quote detection works on the
 * normalised text knowing that.
 */
const APOSTROPHE_LIKE = /[\u2019\u02bc\u02b9\u2032\uff07]/g;

/** Hyphen variants read as `-` (en and em dashes are punctuation of their own and stay). */
const HYPHEN_LIKE = /[\u2010\u2011\u00ad]/g;

/** Returns `text` with spaces, apostrophes and hyphens folded to ASCII; the length is unchanged. */
export function normalizeForAnalysis(text: string): string {
  // Most texts have nothing to fold: one search by the regular-expression engine, which scans
  // faster than a loop over char codes, says so.
  FOLDED.lastIndex = 0;
  if (!FOLDED.test(text)) return text;
  // The regular-expression replacement beats any loop here on texts with many to fold.
  return text.replace(FOLDED, fold);
}

/** Whether {@link normalizeForAnalysis} folds the code unit `c` (a tab, a space, an apostrophe or a hyphen form). */
export function isFoldedCodeUnit(c: number): boolean {
  return c === 9 || (c >= 0xa0 && isFoldedCode(c));
}

/** Whether a code unit at or above U+00A0 is one of those folded (tab is tested apart). */
function isFoldedCode(c: number): boolean {
  return (
    c === 0xa0 || c === 0xad || c === 0x2b9 || c === 0x2bc || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 ||
    c === 0x2019 || c === 0x202f || c === 0x2032 || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0xff07
  );
}

function fold(ch: string): string {
  return foldedChar(ch.charCodeAt(0));
}

/** The code unit {@link normalizeForAnalysis} turns `c` into (`c` itself when it is not folded). */
export function foldedCodeUnit(c: number): number {
  return isFoldedCodeUnit(c) ? foldedChar(c).charCodeAt(0) : c;
}

/** What a folded code unit becomes: a hyphen, an apostrophe or a space (see the classes above). */
function foldedChar(c: number): string {
  if (c === 0x2010 || c === 0x2011 || c === 0xad) return '-';
  if (c === 0x2019 || c === 0x2bc || c === 0x2b9 || c === 0x2032 || c === 0xff07) return "'";
  return ' ';
}

/** Every character {@link normalizeForAnalysis} folds, as one character class (the quickest to search). */
const FOLDED = new RegExp(`[${[SPACE_LIKE, APOSTROPHE_LIKE, HYPHEN_LIKE].map((re) => re.source.slice(1, -1)).join('')}]`, 'g');

/** Counts the characters that {@link normalizeForAnalysis} would fold, by kind. */
export function countFoldedCharacters(text: string): { spaces: number; apostrophes: number; hyphens: number } {
  return {
    spaces: text.match(SPACE_LIKE)?.length ?? 0,
    apostrophes: text.match(APOSTROPHE_LIKE)?.length ?? 0,
    hyphens: text.match(HYPHEN_LIKE)?.length ?? 0,
  };
}

/** Whether `\s` matches the code unit `c` (what `trim()` removes and `/\s+/` collapses). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
