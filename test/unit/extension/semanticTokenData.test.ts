import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { AbsoluteTokens, TextEdit } from '../../../src/extension/semanticTokenData';
import { absoluteTokens, encodeTokens, lineStarts, shiftTokens } from '../../../src/extension/semanticTokenData';
import { readSeed } from '../../fixtures/seed';

interface Token {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

function unpack(tokens: AbsoluteTokens): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 5) {
    const [line, character, length, type, modifiers] = tokens.subarray(i, i + 5) as unknown as [number, number, number, number, number];
    out.push({ line, character, length, type, modifiers });
  }
  return out;
}

/** VS Code's relative encoding back to absolute tokens. */
function decode(data: Uint32Array): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.subarray(i, i + 5) as unknown as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push({ line, character, length, type, modifiers });
  }
  return out;
}

function offsetOf(text: string, line: number, character: number): number {
  return (lineStarts(text)[line] as number) + character;
}

function tokenText(text: string, token: Token): string {
  const start = offsetOf(text, token.line, token.character);
  return text.slice(start, start + token.length);
}

/** The edit replacing `[start, end)` of `text` with `insert`, as VS Code would report it. */
function editAt(text: string, start: number, end: number, insert: string): TextEdit {
  const starts = lineStarts(text);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    return { line, character: offset - (starts[line] as number) };
  };
  return { range: { start: position(start), end: position(end) }, text: insert };
}

describe('semantic token data', () => {
  const text = readSeed();
  const tokens = absoluteTokens(analyze(text), text);

  it('puts every token on the words of its mention, in order and without overlaps', () => {
    const list = unpack(tokens);
    assert.ok(list.length > 20);
    const words = list.map((token) => tokenText(text, token));
    for (const expected of ['Vladimir Norov', 'Le Yucheng', 'SCO', 'He', 'the Vice Minister']) assert.ok(words.includes(expected), `a token on ${expected}`);
    for (let k = 1; k < list.length; k++) {
      const [a, b] = [list[k - 1] as Token, list[k] as Token];
      assert.ok(a.line < b.line || (a.line === b.line && a.character + a.length <= b.character), `token ${k} follows token ${k - 1}`);
    }
  });

  it('counts \\r\\n and \\r as one line break each', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(unpack(absoluteTokens(analyze(crlf), crlf)), unpack(tokens));
    const cr = 'Norov meets Le\r\rTASHKENT, 12 November 2019 – SCO Secretary-General Vladimir Norov met Le Yucheng.\r';
    for (const token of unpack(absoluteTokens(analyze(cr), cr))) assert.doesNotMatch(tokenText(cr, token), /[\r\n]/);
  });

  it('encodes the whole document or a range of lines the way VS Code decodes it', () => {
    assert.deepEqual(decode(encodeTokens(tokens)), unpack(tokens));
    const list = unpack(tokens);
    const from = (list[3] as Token).line;
    const to = (list[10] as Token).line;
    assert.deepEqual(
      decode(encodeTokens(tokens, from, to)),
      list.filter((token) => token.line >= from && token.line <= to),
    );
    assert.equal(encodeTokens(tokens, 100_000, 100_010).length, 0);
  });

  it('moves tokens with the text through an edit and drops only those it touched', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(40), fc.constantFrom('', 'x', ' ', 'Mr ', '\n', '\n\n', 'a\nb', '\r\n', 'Vladimir Norov'), (start, span, insert) => {
        const end = Math.min(text.length, start + span);
        const edited = text.slice(0, start) + insert + text.slice(end);
        const shifted = unpack(shiftTokens(tokens, editAt(text, start, end, insert)));
        const survivors = unpack(tokens).filter((token) => {
          const from = offsetOf(text, token.line, token.character);
          return from + token.length <= start || from >= end;
        });
        assert.equal(shifted.length, survivors.length);
        shifted.forEach((token, k) => {
          const before = survivors[k] as Token;
          assert.equal(tokenText(edited, token), tokenText(text, before));
          assert.equal(token.type, before.type);
          assert.equal(token.modifiers, before.modifiers);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a token when typing right before or right after it', () => {
    const at = text.indexOf('Le Yucheng');
    const target = unpack(tokens).findIndex((token) => tokenText(text, token) === 'Le Yucheng' && offsetOf(text, token.line, token.character) === at);
    assert.ok(target >= 0);
    for (const offset of [at, at + 'Le Yucheng'.length]) {
      const edited = text.slice(0, offset) + 'x' + text.slice(offset);
      const shifted = unpack(shiftTokens(tokens, editAt(text, offset, offset, 'x')));
      assert.equal(shifted.length, tokens.length / 5);
      assert.equal(tokenText(edited, shifted[target] as Token), 'Le Yucheng');
    }
  });
});
