import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import { readSeed } from '../../fixtures/seed';

/** Every offset the analysis reports lies inside the text and spans forwards. */
function assertOffsetsValid(text: string, analysis: Analysis): void {
  const check = (start: number, end: number, what: string) => {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
    assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: ${start}..${end} within 0..${text.length}`);
  };
  for (const official of analysis.officials) for (const m of official.mentions) check(m.start, m.end, `mention of ${official.id}`);
  for (const quote of analysis.quotes) {
    check(quote.start, quote.end, 'quote');
    if (quote.cue) check(quote.cue.start, quote.cue.end, 'cue');
  }
  for (const meeting of analysis.meetings) check(meeting.start, meeting.end, 'meeting');
  for (const org of analysis.organizations) for (const m of org.mentions) check(m.start, m.end, `organisation ${org.id}`);
  JSON.stringify(analysis); // plain data
}

/** Analyses `text` and fails if it takes longer than `limitMs`. */
function analyzeWithin(text: string, limitMs: number): Analysis {
  const start = process.hrtime.bigint();
  const analysis = analyze(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.ok(ms < limitMs, `analysis of ${text.length} characters took ${ms.toFixed(0)} ms (limit ${limitMs} ms)`);
  assertOffsetsValid(text, analysis);
  return analysis;
}

const words = ['Minister', 'Foreign', 'said', 'the', 'He', 'met', 'with', 'SCO', 'Secretary-General', 'of', 'China', 'Le', 'Yucheng', 'Norov', 'on', '12', 'November', '2019', 'in', 'Tashkent', 'talks', 'Mr.', 'H.E.', "d'Affaires", 'a.i.', 'according', 'to', 'her', 'visit'];
const marks = ['"', '“', '”', '«', '»', '‘', '’', "'", ',', '.', ':', '\n', '\n\n', ' ', '\u00a0', '(', ')', '—'];
const pressLike = fc.array(fc.constantFrom(...words, ...marks), { maxLength: 400 }).map((parts) => parts.join(' '));

describe('engine robustness', function () {
  this.timeout(120_000);

  it('never throws on arbitrary Unicode text, and its offsets stay in range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        analyzeWithin(text, 1000);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on press-release-like word salad with every kind of quotation mark', () => {
    fc.assert(
      fc.property(pressLike, (text) => {
        analyzeWithin(text, 1000);
      }),
      { numRuns: 500 },
    );
  });

  it('survives random edits of the reference release', () => {
    const seed = readSeed();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seed.length }), fc.integer({ min: 0, max: 200 }), fc.string({ maxLength: 50 }), (at, removed, inserted) => {
        analyzeWithin(seed.slice(0, at) + inserted + seed.slice(at + removed), 1000);
      }),
      { numRuns: 300 },
    );
  });

  it('handles the empty text', () => {
    const analysis = analyzeWithin('', 100);
    assert.deepEqual(analysis.officials, []);
    assert.equal(analysis.document.title, null);
  });

  it('handles binary garbage', () => {
    const bytes = new Uint8Array(200_000);
    let seed = 12345;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    analyzeWithin(new TextDecoder('latin1').decode(bytes), 3000);
  });

  it('handles 10 MB on one line', () => {
    const line = readSeed().replace(/\s+/g, ' ');
    analyzeWithin(line.repeat(Math.ceil(10_000_000 / line.length)).slice(0, 10_000_000), 20_000);
  });

  it('handles unbalanced and deeply nested quotes', () => {
    analyzeWithin('“'.repeat(50_000) + 'said he' + '”'.repeat(10_000), 3000);
    analyzeWithin('«« « "'.repeat(20_000), 3000);
    analyzeWithin('He said: "'.repeat(20_000), 3000);
    analyzeWithin('"a" '.repeat(50_000), 3000);
  });

  it('handles all-caps text', () => {
    analyzeWithin(readSeed().toUpperCase().repeat(50), 3000);
  });

  it('handles 100,000 capitalised words in a row', () => {
    const names = ['Vladimir', 'Norov', 'Minister', 'Le', 'Yucheng', 'Foreign', 'Affairs', 'China', 'Secretary-General', 'Alpha'];
    const text = Array.from({ length: 100_000 }, (_, i) => names[(i * 7) % names.length]).join(' ');
    analyzeWithin(text, 5000);
  });
});
