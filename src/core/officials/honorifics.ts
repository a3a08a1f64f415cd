/**
 * Officials: honorifics before a name ("H.E. Mr.", "Dato'"), matched as they are written.
 */
import { AnalysisContext } from '../context';
import { isSpaceCode } from '../text';
import { Accept } from '../phraseTrie';
import { TokenType, type Token } from '../tokens';
import { vocabulary } from '../vocabulary';
import { W } from '../wordClass';

export function skipHonorifics(ctx: AnalysisContext, k: number): number {
  let j = k;
  for (;;) {
    const token = ctx.tokens[j];
    if (!token || token.type !== TokenType.Word || !token.cap || (token.flags & W.HonorificStart) === 0) return j;
    // The vocabulary is needed only here, after the test most calls stop at.
    const vocab = vocabulary();
    const end = vocab.honorifics.matchEnd(ctx.tokens, j, ctx.tokens.length, Accept.Any);
    if (end < 0) return j;
    // Honorifics match with their case: "HE" is His Excellency, "He" is a pronoun (or a surname).
    if (!writtenAsOneOf(ctx, j, end, vocab.honorifics.lastValues)) return j;
    j = end;
    // "Dato'" is written with an apostrophe the tokeniser reads as a possessive.
    if (ctx.tokens[j]?.type === TokenType.Possessive && ctx.tokens[j]?.text === "'") j++;
  }
}

/**
 * Whether the text of tokens [first, end), white space collapsed, is one of `values`, white space
 * collapsed: compared where it is written, with no string made.
 */
function writtenAsOneOf(ctx: AnalysisContext, first: number, end: number, values: readonly string[]): boolean {
  const text = ctx.text;
  const from = (ctx.tokens[first] as Token).start;
  const to = (ctx.tokens[end - 1] as Token).end;
  for (const value of values) if (sameButSpaces(text, from, to, value)) return true;
  return false;
}

/**
 * Whether `text.slice(from, to)` and `value` are the same once each run of white space in either
 * is one space (`replace(/\s+/g, ' ')`; isSpaceCode is what `\s` matches).
 */
function sameButSpaces(text: string, from: number, to: number, value: string): boolean {
  let i = from;
  let j = 0;
  while (i < to && j < value.length) {
    const a = text.charCodeAt(i);
    if (isSpaceCode(a)) {
      if (!isSpaceCode(value.charCodeAt(j))) return false;
      while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
      while (j < value.length && isSpaceCode(value.charCodeAt(j))) j++;
      continue;
    }
    if (a !== value.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return i === to && j === value.length;
}
