/**
 * Multi-word phrase look-up over tokens: the longest phrase starting at a token, in time
 * proportional to the phrase length. Keys are lower-case word forms.
 */
import { tokenize, TokenType, type Token } from './tokens';
import { normalizeForAnalysis } from './text';
import { WordSlots } from './wordSlots';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
  /**
   * The word and node of the only child, when there is just one (most nodes past a phrase's
   * first word): a step there is one string comparison, not a look-up in the children's map.
   */
  onlyWord: string | undefined;
  onlyChild: TrieNode<T> | undefined;
  /**
   * No children (the end of most phrases): kept on the node, so a walk that reaches one stops
   * there without testing and looking up the next token.
   */
  leaf: boolean;
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), values: [], onlyWord: undefined, onlyChild: undefined, leaf: true };
}

/** The child of `node` for `word`, or undefined. */
function childOf<T>(node: TrieNode<T>, word: string): TrieNode<T> | undefined {
  if (node.onlyWord !== undefined) return word === node.onlyWord ? node.onlyChild : undefined;
  return node.children.get(word);
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

/** Whether a token can be part of a phrase: words, numbers, possessives and punctuation. */
export function matchable(token: Token): boolean {
  return token.type === TokenType.Word || token.type === TokenType.Number || token.type === TokenType.Possessive || token.type === TokenType.Punct;
}

/**
 * Which tokens {@link PhraseTrie.matchEnd} lets into a phrase, as bits: the common conditions of
 * the callers, tested in the walk instead of through a callback (a callback shared by many call
 * sites is a megamorphic call at every step).
 */
export const enum Accept {
  /** Every word, number, possessive and punctuation token. */
  Any = 0,
  /** The first token is capitalised. */
  FirstCap = 1,
  /** Tokens after the first are capitalised or have one of the `extra` word-class bits. */
  RestCap = 2,
  /** Every token is unclaimed (`claims[index] === 0`). */
  Unclaimed = 4,
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  /**
   * The root's children through {@link WordSlots}: the same words start phrases from document to
   * document. Only words the root has are kept: most words looked up start no phrase, and the
   * trie may grow.
   */
  private readonly firstSlots = new WordSlots(this.root.children, false);
  /** Longest phrase, in words. */
  maxWords = 0;
  /**
   * The values of the phrase {@link matchEnd} last found. Read it right after the call: the next
   * call on this trie replaces it.
   */
  lastValues: T[] = [];

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) {
        child = newNode();
        node.children.set(word, child);
        node.leaf = false;
        // Only while the node has this one child.
        node.onlyWord = node.children.size === 1 ? word : undefined;
        node.onlyChild = node.children.size === 1 ? child : undefined;
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** Calls `visit` with the words and values of every phrase, depth first (children in insertion order). */
  forEachPhrase(visit: (words: readonly string[], values: readonly T[]) => void): void {
    const words: string[] = [];
    const walk = (node: TrieNode<T>) => {
      if (node.values.length > 0) visit(words, node.values);
      for (const [word, child] of node.children) {
        words.push(word);
        walk(child);
        words.pop();
      }
    };
    walk(this.root);
  }

  has(word: string): boolean {
    return this.root.children.has(word);
  }

  /**
   * {@link longest} without a result object: the end (index after the last token) of the longest
   * phrase that starts at `tokens[start]`, stopping before `limit`, or -1 when none does; its
   * values in {@link lastValues}. `accept` says which tokens may take part (see {@link Accept});
   * `extra` are the word-class bits that let an uncapitalised token through with
   * {@link Accept.RestCap}; `claims` is read with {@link Accept.Unclaimed}.
   */
  matchEnd(tokens: readonly Token[], start: number, limit: number, accept: Accept, extra = 0, claims?: Uint8Array): number {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    for (let k = start; k < limit; k++) {
      const token = tokens[k] as Token;
      if (!matchable(token)) break;
      if (accept !== Accept.Any) {
        if (k === start ? (accept & Accept.FirstCap) !== 0 && !token.cap : (accept & Accept.RestCap) !== 0 && !token.cap && (token.flags & extra) === 0) break;
        if ((accept & Accept.Unclaimed) !== 0 && (claims as Uint8Array)[k] !== 0) break;
      }
      node = k === start ? this.firstSlots.get(token.lower) : childOf(node, token.lower);
      if (node === undefined) break;
      if (node.values.length > 0) {
        bestEnd = k + 1;
        this.lastValues = node.values;
      }
      if (node.leaf) break;
    }
    return bestEnd;
  }

  /**
   * The longest phrase that starts at `tokens[start]`, stopping before `limit`. Only words and
   * numbers take part; a token for which `accept` returns false ends the match.
   */
  longest(tokens: readonly Token[], start: number, limit = tokens.length, accept?: (token: Token, index: number) => boolean): PhraseMatch<T> | undefined {
    let node: TrieNode<T> = this.root;
    // The best match so far, as an end and its values: one result object, made at the end.
    let bestEnd = -1;
    let bestValues: T[] | undefined;
    for (let k = start; k < limit; k++) {
      const token = tokens[k] as Token;
      if (!matchable(token)) break;
      if (accept && !accept(token, k)) break;
      const child = k === start ? this.firstSlots.get(token.lower) : childOf(node, token.lower);
      if (child === undefined) break;
      node = child;
      if (node.values.length > 0) {
        bestEnd = k + 1;
        bestValues = node.values;
      }
      if (node.leaf) break;
    }
    return bestValues === undefined ? undefined : { start, end: bestEnd, values: bestValues };
  }
}
