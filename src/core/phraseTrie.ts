/**
 * Multi-word phrase look-up over tokens: the longest phrase starting at a token, in time
 * proportional to the phrase length. Keys are lower-case word forms.
 */
import { tokenize, TokenType, type Token } from './tokens';
import { normalizeForAnalysis } from './text';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first token. */
  start: number;
  /** Index after the last token. */
  end: number;
  values: T[];
}

/**
 * Splits a phrase into the lower-case token forms the tokeniser produces, so phrases match
 * exactly what documents turn into: "People's Republic" → people, 's, republic; "St. Petersburg"
 * → st, ., petersburg.
 */
export function phraseWords(phrase: string): string[] {
  return tokenize(normalizeForAnalysis(phrase))
    .filter((token) => token.type !== TokenType.Newline && token.type !== TokenType.Paragraph)
    .map((token) => token.lower);
}

function matchable(token: Token): boolean {
  return token.type === TokenType.Word || token.type === TokenType.Number || token.type === TokenType.Possessive || token.type === TokenType.Punct;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };
  /** Longest phrase, in words. */
  maxWords = 0;

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) {
        child = { children: new Map(), values: [] };
        node.children.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  has(word: string): boolean {
    return this.root.children.has(word);
  }

  /**
   * The longest phrase that starts at `tokens[start]`, stopping before `limit`. Only words and
   * numbers take part; a token for which `accept` returns false ends the match.
   */
  longest(tokens: readonly Token[], start: number, limit = tokens.length, accept?: (token: Token, index: number) => boolean): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    // The best match so far, as an end and its values: one result object, made at the end.
    let bestEnd = -1;
    let bestValues: T[] | undefined;
    for (let k = start; k < limit && node; k++) {
      const token = tokens[k] as Token;
      if (!matchable(token)) break;
      if (accept && !accept(token, k)) break;
      node = node.children.get(token.lower);
      if (node && node.values.length > 0) {
        bestEnd = k + 1;
        bestValues = node.values;
      }
    }
    return bestValues === undefined ? undefined : { start, end: bestEnd, values: bestValues };
  }
}
