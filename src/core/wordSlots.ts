/**
 * A map from words, with in front of it the last word looked up in each of {@link SLOTS} slots
 * ({@link slotOf}) and its value. Tokens of one form share one lower-case string, and the same
 * words are looked up again and again (in a text and from one text to the next), so a repeated
 * word is found by one comparison of strings in its slot instead of by hashing it in the map.
 */

/** How many words a {@link WordSlots} keeps (a power of two). */
export const SLOTS = 256;

/**
 * The slot of a word, from its length and first and last letters: frequent short words ("the",
 * "this", "that", "his", "her", "on", "in", "is", "at", "an") fall in different slots.
 */
export function slotOf(word: string): number {
  return (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 7 + word.length) & (SLOTS - 1);
}

export class WordSlots<T> {
  private readonly words = new Array<string>(SLOTS).fill('');
  private readonly values: Array<T | undefined>;

  /**
   * With `keepMisses` false only words the map has are kept: for a map looked up with many words
   * it lacks, which would push out those it has, and for a map that grows (an entry never goes
   * stale, as long as the map never loses one). With `keepMisses`, `map` must not change.
   */
  constructor(
    private readonly map: ReadonlyMap<string, T>,
    private readonly keepMisses = true,
  ) {
    this.values = new Array<T | undefined>(SLOTS).fill(map.get(''));
  }

  /** `map.get(word)`. */
  get(word: string): T | undefined {
    const slot = slotOf(word);
    if (this.words[slot] === word) return this.values[slot];
    const value = this.map.get(word);
    if (value !== undefined || this.keepMisses) {
      this.words[slot] = word;
      this.values[slot] = value;
    }
    return value;
  }
}
