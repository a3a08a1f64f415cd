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
  // Most texts have nothing to fold: one scan of char codes says so without running the regex.
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 9 || (c >= 0xa0 && isFoldedCode(c))) return text.replace(FOLDED, fold);
  }
  return text;
}

/** Whether a code unit at or above U+00A0 is one {@link FOLDED} matches (tab is tested apart). */
function isFoldedCode(c: number): boolean {
  return (
    c === 0xa0 || c === 0xad || c === 0x2b9 || c === 0x2bc || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 ||
    c === 0x2019 || c === 0x202f || c === 0x2032 || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0xff07
  );
}

/** Every character {@link normalizeForAnalysis} folds, for a single pass over the text. */
const FOLDED = new RegExp(`${SPACE_LIKE.source}|${APOSTROPHE_LIKE.source}|${HYPHEN_LIKE.source}`, 'g');

function fold(ch: string): string {
  if (ch === '\u2010' || ch === '\u2011' || ch === '\u00ad') return '-';
  if (ch === '\u2019' || ch === '\u02bc' || ch === '\u02b9' || ch === '\u2032' || ch === '\uff07') return "'";
  return ' ';
}

/** Counts the characters that {@link normalizeForAnalysis} would fold, by kind. */
export function countFoldedCharacters(text: string): { spaces: number; apostrophes: number; hyphens: number } {
  return {
    spaces: text.match(SPACE_LIKE)?.length ?? 0,
    apostrophes: text.match(APOSTROPHE_LIKE)?.length ?? 0,
    hyphens: text.match(HYPHEN_LIKE)?.length ?? 0,
  };
}
