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
  return text.replace(SPACE_LIKE, ' ').replace(APOSTROPHE_LIKE, "'").replace(HYPHEN_LIKE, '-');
}

/** Counts the characters that {@link normalizeForAnalysis} would fold, by kind. */
export function countFoldedCharacters(text: string): { spaces: number; apostrophes: number; hyphens: number } {
  return {
    spaces: text.match(SPACE_LIKE)?.length ?? 0,
    apostrophes: text.match(APOSTROPHE_LIKE)?.length ?? 0,
    hyphens: text.match(HYPHEN_LIKE)?.length ?? 0,
  };
}
