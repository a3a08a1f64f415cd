/**
 * Officials: the display text of names and titles, made from the tokens' own texts. Runs of
 * words joined by single spaces are kept from document to document, so that a name seen again
 * is the same string.
 */
import { AnalysisContext } from '../context';
import { isSpaceCode } from '../text';
import { TokenType, type Token } from '../tokens';

/**
 * `ctx.displayOf(first, end)` for a name or a title, from the tokens' own texts: words and
 * numbers hold no white space (the normalised text has none but ASCII spaces and line breaks,
 * which end them), so the display form is the tokens joined by a space where one space
 * separates them and by nothing where nothing does. A one-word name is its token's shared text,
 * no new string. Possessives, quotation marks, line breaks, white-space punctuation and any other
 * gap are left to displayOf.
 */
export function displayText(ctx: AnalysisContext, first: number, end: number): string {
  const tokens = ctx.tokens;
  let previous = tokens[first] as Token;
  if (!spaceFree(previous)) return ctx.displayOf(first, end);
  if (end - first === 1) return previous.text;
  // Words joined by single spaces are looked up in the shared texts; once two tokens touch (rare),
  // the rest is added to the text.
  let node = spacedRoot(previous.text);
  let text: string | undefined;
  for (let k = first + 1; k < end; k++) {
    const token = tokens[k] as Token;
    if (!spaceFree(token)) return ctx.displayOf(first, end);
    const gap = token.start - previous.end;
    if (gap === 1 && ctx.normalized.charCodeAt(previous.end) === 32) {
      if (text === undefined) node = spacedNext(node, token.text);
      else text = `${text} ${token.text}`;
    } else if (gap === 0) text = (text ?? node.text) + token.text;
    else return ctx.displayOf(first, end);
    previous = token;
  }
  return text ?? node.text;
}

/**
 * A run of words joined by single spaces, as a node of {@link spacedTexts}: its display text and
 * the runs one more word makes.
 */
interface SpacedText {
  text: string;
  /** The word and run of the only longer run, while there is one (most runs): a step there is one string comparison. */
  onlyWord: string | undefined;
  onlyNext: SpacedText | undefined;
  /** The longer runs by their last word, once there are two or more. */
  next: Map<string, SpacedText> | undefined;
}

/**
 * The display texts of runs of words joined by single spaces, kept from document to document
 * (names and titles recur across releases), keyed by the words' texts: each is made once, and a
 * name mentioned again is the same string, its hash known to the id look-up. Emptied when it
 * grows past {@link SPACED_TEXTS_KEPT} runs.
 */
let spacedTexts = new Map<string, SpacedText>();
let spacedTextCount = 0;
const SPACED_TEXTS_KEPT = 20_000;

/** The run of one word. */
function spacedRoot(word: string): SpacedText {
  let node = spacedTexts.get(word);
  if (node === undefined) {
    keepSpacedText();
    node = { text: word, onlyWord: undefined, onlyNext: undefined, next: undefined };
    spacedTexts.set(word, node);
  }
  return node;
}

/** The run of `node`'s words and `word`. */
function spacedNext(node: SpacedText, word: string): SpacedText {
  if (word === node.onlyWord) return node.onlyNext as SpacedText;
  let child = node.next?.get(word);
  if (child === undefined) {
    keepSpacedText();
    child = { text: `${node.text} ${word}`, onlyWord: undefined, onlyNext: undefined, next: undefined };
    if (node.onlyWord === undefined && node.next === undefined) {
      node.onlyWord = word;
      node.onlyNext = child;
    } else {
      if (node.next === undefined) {
        node.next = new Map([[node.onlyWord as string, node.onlyNext as SpacedText]]);
        node.onlyWord = undefined;
        node.onlyNext = undefined;
      }
      node.next.set(word, child);
    }
  }
  return child;
}

/** Counts a run made, emptying the runs kept when there are too many (the one being made is then kept only for its caller). */
function keepSpacedText(): void {
  if (++spacedTextCount <= SPACED_TEXTS_KEPT) return;
  spacedTexts = new Map();
  spacedTextCount = 1;
}

/**
 * Whether a token's text is as written and holds no white space: a word, a number, or a mark that
 * is not a space. (Possessives share one text, "'s", whatever the case written.)
 */
function spaceFree(token: Token): boolean {
  const type = token.type;
  if (type === TokenType.Word || type === TokenType.Number) return true;
  return type === TokenType.Punct && !isSpaceCode(token.text.charCodeAt(0));
}
