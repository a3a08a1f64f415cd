import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation, TextRange } from '../../../src/annotations/model';
import { addTags, findQuotesBy, findRegexMatches, findTextMatches, MAX_REGEX_MATCHES, passageAt, sentenceRanges } from '../../../src/annotations/passages';
import { analyze } from '../../../src/core/analyze';
import { normalizeForAnalysis } from '../../../src/core/text';
import { readSeed, SAMPLES_DIR } from '../../fixtures/seed';

/** The texts of `ranges`, non-breaking spaces read as spaces. */
const texts = (text: string, ranges: TextRange[]): string[] => ranges.map((r) => normalizeForAnalysis(text.slice(r.start, r.end)));
const sample = (name: string): string => fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');

describe('passages', () => {
  const seed = readSeed();
  const analysis = analyze(seed);

  describe('sentenceRanges', () => {
    it('splits the seed into its title lines and sentences, each trimmed', () => {
      const sentences = texts(seed, sentenceRanges(seed));
      assert.equal(sentences.length, 15);
      assert.equal(sentences[0], "SCO Secretary-General's meeting with Vice Foreign Minister of China");
      assert.match(sentences[4]!, /^"China has consistently pursued .* the Secretary-General added\.$/);
      assert.equal(sentences.at(-1), 'The meeting took place in a friendly and constructive manner.');
      for (const sentence of sentences) assert.equal(sentence, sentence.trim());
    });

    it('ends a sentence after closing quotes and brackets, before a capital, a digit or an opening quote', () => {
      const text = 'He said "Yes." Then (it ended.) 36 documents followed! \u201cWe agree,\u201d she said? \u00abOui.\u00bb';
      assert.deepEqual(texts(text, sentenceRanges(text)), ['He said "Yes."', 'Then (it ended.)', '36 documents followed!', '\u201cWe agree,\u201d she said?', '\u00abOui.\u00bb']);
    });

    it('does not end a sentence after titles, months, initials, dotted short forms or a lower-case word', () => {
      const text =
        'Mr. Diallo met Ms. Vestergaard and Dr. Lee on Jan. 5 in St. Petersburg. H.E. Mr. Otabek Ismoilov met V. Putin and the U.S. Ambassador. The chargé d\u2019affaires a.i. Ivan Petrov spoke at 4 p.m. on Resolution No. 5. It ended. then it resumed.';
      assert.deepEqual(texts(text, sentenceRanges(text)), [
        'Mr. Diallo met Ms. Vestergaard and Dr. Lee on Jan. 5 in St. Petersburg.',
        'H.E. Mr. Otabek Ismoilov met V. Putin and the U.S. Ambassador.',
        "The chargé d'affaires a.i. Ivan Petrov spoke at 4 p.m. on Resolution No. 5.",
        'It ended. then it resumed.',
      ]);
    });

    it('treats every line as a paragraph and skips blank ones, with list numbers kept on their item', () => {
      const text = '  Title line  \n\n1. On February 27, they met. The overview is as follows.\r\n2. At the outset\n\n\n';
      assert.deepEqual(texts(text, sentenceRanges(text)), ['Title line', '1. On February 27, they met.', 'The overview is as follows.', '2. At the outset']);
    });

    it('handles every sample without empty or overlapping ranges, in linear time', () => {
      for (const file of fs.readdirSync(SAMPLES_DIR).filter((f) => /\.(press|readout)$/.test(f))) {
        const text = sample(file);
        const ranges = sentenceRanges(text);
        assert.ok(ranges.length > 2, file);
        let last = 0;
        for (const r of ranges) {
          assert.ok(r.start >= last && r.end > r.start, `${file}: ${JSON.stringify(r)}`);
          assert.doesNotMatch(text.slice(r.start, r.end), /^\s|\s$|\n/);
          last = r.end;
        }
      }
      const big = seed.repeat(400);
      const began = performance.now();
      assert.equal(sentenceRanges(big).length > 5000, true);
      assert.ok(performance.now() - began < 500);
      assert.deepEqual(sentenceRanges(''), []);
      assert.deepEqual(sentenceRanges('...'), [{ start: 0, end: 3 }]);
    });

    it('knows the sentences of the Japanese, Russian wire and AU samples', () => {
      const japan = texts(sample('mofa-japan-courtesy-call-parliamentary-vice-minister-2024-02-27.press'), sentenceRanges(sample('mofa-japan-courtesy-call-parliamentary-vice-minister-2024-02-27.press')));
      assert.ok(japan.some((s) => s.startsWith('1. On February 27, commencing at 4:15 p.m. for approximately 30 minutes, Ms. TAKAHASHI Mio')));
      assert.ok(japan.includes('The overview is as follows.'));
      const wire = sample('wire-report-talks-in-tashkent-2024-10-03.readout');
      assert.ok(texts(wire, sentenceRanges(wire)).includes('\u00abWe see the corridor not as a line on the map but as a chance for the whole region\u00bb, Lavrenov told reporters after the meeting.'));
      const au = sample('au-eu-joint-communique-2022-11-28.press');
      assert.ok(texts(au, sentenceRanges(au)).some((s) => s.startsWith('The delegations were led by the Chairperson of the African Union Commission, Mr. Amadou Diallo, and')));
    });
  });

  describe('passageAt', () => {
    it('gives the quote under the cursor, marks included', () => {
      const inside = seed.indexOf('peaceful foreign policy');
      const range = passageAt(seed, analysis, inside)!;
      assert.deepEqual(range, { start: analysis.quotes[0]!.start, end: analysis.quotes[0]!.end });
      assert.equal(seed[range.start], '"');
      assert.equal(seed[range.end - 1], '"');
    });

    it('gives the sentence under the cursor outside quotes', () => {
      const offset = normalizeForAnalysis(seed).indexOf('multimodal logistics');
      const [sentence] = texts(seed, [passageAt(seed, analysis, offset)!]);
      assert.match(sentence!, /^He specifically highlighted .* in the region\.$/);
      const afterQuote = normalizeForAnalysis(seed).indexOf('the Secretary-General added');
      assert.match(texts(seed, [passageAt(seed, analysis, afterQuote)!])[0]!, /^"China has consistently/);
    });

    it('gives the sentence at either edge and null between paragraphs', () => {
      const last = sentenceRanges(seed).at(-1)!;
      assert.deepEqual(passageAt(seed, analysis, last.start), last);
      assert.deepEqual(passageAt(seed, analysis, last.end), last);
      const blank = seed.indexOf('\n\n') + 1;
      assert.equal(passageAt(seed, analysis, blank), null);
      assert.equal(passageAt('', analyze(''), 0), null);
      const two = 'First one.   Second one.  ';
      const none = analyze(two);
      assert.deepEqual(passageAt(two, none, 11), { start: 13, end: 24 });
      assert.deepEqual(passageAt(two, none, 10), { start: 0, end: 10 });
      assert.deepEqual(passageAt(two, none, 26), { start: 13, end: 24 });
    });
  });

  describe('findTextMatches', () => {
    it('finds a phrase in any case by default, and only in the same case when asked', () => {
      const matches = findTextMatches(seed, 'the sco');
      assert.ok(matches.length >= 8, `${matches.length}`);
      for (const text of texts(seed, matches)) assert.equal(text.toLowerCase(), 'the sco');
      assert.equal(findTextMatches(seed, 'the sco', { caseSensitive: true }).length, 0);
      assert.equal(findTextMatches(seed, 'the SCO', { caseSensitive: true }).length, matches.length);
    });

    it('lets a typed space, apostrophe or hyphen match a non-breaking space, a curly apostrophe or a typographic hyphen', () => {
      const text = 'the\u00a0SCO Secretary\u2011General\u2019s meeting';
      assert.deepEqual(findTextMatches(text, "the SCO Secretary-General's"), [{ start: 0, end: 27 }]);
      assert.deepEqual(findTextMatches(text, 'the\u00a0SCO'), [{ start: 0, end: 7 }]);
    });

    it('takes the needle literally', () => {
      const text = 'Ministers (Prime) met. a.b+c? [x] $1 \\d';
      for (const needle of ['(Prime)', 'a.b+c?', '[x]', '$1', '\\d', '.']) {
        const [match] = findTextMatches(text, needle);
        assert.ok(match, needle);
        assert.equal(text.slice(match.start, match.end), needle);
      }
      assert.deepEqual(findTextMatches(text, ''), []);
      assert.deepEqual(findTextMatches('abc', '.*'), []);
    });

    it('matches whole words only when asked', () => {
      const text = 'SCO members: the SCOs, TransSCO and SCO-wide plans; sco.';
      assert.deepEqual(texts(text, findTextMatches(text, 'sco', { wholeWord: true })), ['SCO', 'SCO', 'sco']);
      assert.equal(findTextMatches(text, 'sco').length, 5);
      assert.deepEqual(findTextMatches('aaa', 'aa'), [{ start: 0, end: 2 }]);
    });

    it('keeps true offsets with characters outside the Basic Multilingual Plane and case folding', () => {
      const text = '🤝 İstanbul and 𝐀 ISTANBUL 😀 Straße';
      const matches = findTextMatches(text, 'istanbul');
      assert.deepEqual(texts(text, matches), ['ISTANBUL']);
      assert.deepEqual(texts(text, findTextMatches(text, '𝐀')), ['𝐀']);
      assert.deepEqual(texts(text, findTextMatches(text, 'STRASSE')), []);
      assert.deepEqual(texts(text, findTextMatches(text, 'straße', { wholeWord: true })), ['Straße']);
    });
  });

  describe('findRegexMatches', () => {
    it('finds the matches of a pattern, honouring the flags', () => {
      assert.deepEqual(texts(seed, findRegexMatches(seed, '\\d+ November \\d{4}')), ['12 November 2019', '2 November 2019', '2 November 2019']);
      assert.equal(findRegexMatches(seed, 'the sco').length, 0);
      assert.ok(findRegexMatches(seed, 'the sco', 'i').length > 0);
      assert.equal(findRegexMatches(seed, 'the sco', 'gi').length, findRegexMatches(seed, 'the sco', 'i').length);
    });

    it('skips empty matches, also between the halves of a surrogate pair', () => {
      assert.deepEqual(findRegexMatches('a1b22', '\\d*'), [
        { start: 1, end: 2 },
        { start: 3, end: 5 },
      ]);
      assert.deepEqual(findRegexMatches('😀x😀', 'x?', 'u'), [{ start: 2, end: 3 }]);
      assert.deepEqual(findRegexMatches('', '.*'), []);
    });

    it('throws a readable error for an invalid pattern or flags', () => {
      assert.throws(() => findRegexMatches(seed, '(unclosed'), /^Error: invalid regular expression \/\(unclosed\/: Unterminated group$/);
      assert.throws(() => findRegexMatches(seed, 'a', 'q'), /invalid regular expression \/a\/q/);
    });

    it('stops at 10,000 matches', () => {
      assert.equal(findRegexMatches('x'.repeat(20_000), 'x').length, MAX_REGEX_MATCHES);
    });
  });

  describe('findQuotesBy', () => {
    const le = analysis.quotes.filter((q) => q.speaker === 'le-yucheng').map((q) => ({ start: q.start, end: q.end }));

    it('finds quotes by id, full name or surname in any case', () => {
      assert.equal(le.length, 2);
      assert.deepEqual(findQuotesBy(analysis, 'le-yucheng'), le);
      assert.deepEqual(findQuotesBy(analysis, 'Le Yucheng'), le);
      assert.deepEqual(findQuotesBy(analysis, '  le   YUCHENG '), le);
      assert.deepEqual(findQuotesBy(analysis, 'Yucheng'), le);
      assert.deepEqual(findQuotesBy(analysis, 'norov').length, 1);
      assert.deepEqual(findQuotesBy(analysis, 'Vladimir'), []);
      assert.deepEqual(findQuotesBy(analysis, ''), []);
    });

    it('finds the speakers of a sample with guillemets', () => {
      const wire = sample('wire-report-talks-in-tashkent-2024-10-03.readout');
      const quotes = findQuotesBy(analyze(wire), 'Lavrenov');
      assert.equal(quotes.length, 1);
      assert.match(wire.slice(quotes[0]!.start, quotes[0]!.end), /^«We see the corridor.*region»$/);
    });
  });

  describe('addTags', () => {
    let counter = 0;
    const meta = { author: 'A', now: '2024-05-01T10:00:00.000Z', newId: () => `urn:uuid:${++counter}` };
    const sentences = sentenceRanges(seed).slice(2, 5);

    it('creates one annotation per range with fresh selectors', () => {
      const { annotations, added, updated } = addTags([], seed, sentences, ['praise', 'praise', 'agreement'], { ...meta, note: 'first pass' });
      assert.equal(annotations.length, 3);
      assert.deepEqual(added, annotations);
      assert.deepEqual(updated, []);
      const [first] = annotations;
      assert.deepEqual(first!.codes, ['praise', 'agreement']);
      assert.equal(first!.quote.exact, seed.slice(sentences[0]!.start, sentences[0]!.end));
      assert.deepEqual(first!.position, { type: 'TextPositionSelector', ...sentences[0]! });
      assert.equal(first!.note, 'first pass');
      assert.equal(first!.created, meta.now);
      assert.equal(first!.orphaned, false);
    });

    it('is idempotent: the same tags again change nothing', () => {
      const once = addTags([], seed, sentences, ['praise'], meta).annotations;
      const twice = addTags(once, seed, sentences, ['praise'], { ...meta, now: '2024-06-01T00:00:00.000Z' });
      assert.deepEqual(twice.added, []);
      assert.deepEqual(twice.updated, []);
      assert.deepEqual(twice.annotations, once);
    });

    it('adds missing codes to an annotation on exactly the same range instead of duplicating it', () => {
      const once = addTags([], seed, sentences, ['praise'], meta).annotations;
      const later = '2024-06-01T00:00:00.000Z';
      const result = addTags(once, seed, [sentences[1]!, { start: sentences[1]!.start, end: sentences[1]!.end - 1 }], ['praise', 'commitment'], { ...meta, now: later });
      assert.equal(result.annotations.length, 4);
      assert.equal(result.updated.length, 1);
      assert.deepEqual(result.updated[0]!.codes, ['praise', 'commitment']);
      assert.equal(result.updated[0]!.modified, later);
      assert.equal(result.updated[0]!.created, meta.now);
      assert.equal(result.added.length, 1);
      assert.equal(once[1]!.codes.length, 1, 'the input is not changed');
    });

    it('does not count an orphan on the same offsets as a tag of the passage, and skips empty ranges and duplicates', () => {
      const [orphan] = addTags([], seed, [sentences[0]!], ['praise'], meta).annotations;
      const orphaned: Annotation = { ...orphan!, orphaned: true };
      const result = addTags([orphaned], seed, [sentences[0]!, sentences[0]!, { start: 5, end: 5 }, { start: -1, end: 3 }], ['praise'], meta);
      assert.equal(result.annotations.length, 2);
      assert.equal(result.added.length, 1);
      assert.throws(() => addTags([], seed, sentences, [], meta), /at least one code/);
    });

    it('uses urn:uuid ids by default', () => {
      const { added } = addTags([], seed, [sentences[0]!], ['praise'], { author: 'A', now: meta.now });
      assert.match(added[0]!.id, /^urn:uuid:[0-9a-f-]{36}$/);
    });
  });
});
