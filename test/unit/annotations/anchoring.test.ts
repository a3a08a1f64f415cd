import * as assert from 'node:assert/strict';
import { anchor, applyEdits, describeRange, editDistance, QUOTE_CONTEXT, reanchorAll, similarityOf } from '../../../src/annotations/anchoring';
import type { Annotation, TextEdit, TextRange } from '../../../src/annotations/model';
import { normalizeForAnalysis } from '../../../src/core/text';
import { readSeed } from '../../fixtures/seed';

/** An annotation on `range` of `text`, the way addTags makes one. */
function annotate(text: string, range: TextRange, id = 'urn:uuid:1'): Annotation {
  return {
    id,
    codes: ['praise'],
    note: '',
    author: 'analyst',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    ...describeRange(text, range),
    orphaned: false,
  };
}

/** The range of the first occurrence of `passage` in `text`, reading the seed's non-breaking spaces as spaces. */
function rangeOf(text: string, passage: string, from = 0): TextRange {
  const start = normalizeForAnalysis(text).indexOf(passage, from);
  assert.ok(start >= 0, `"${passage}" is in the text`);
  return { start, end: start + passage.length };
}

/** The text of `range`, non-breaking spaces read as spaces. */
function textOf(text: string, range: TextRange | null): string | null {
  return range && normalizeForAnalysis(text.slice(range.start, range.end));
}

/** Applies edits in order, each to the result of the previous ones. */
function edit(text: string, edits: TextEdit[]): string {
  return edits.reduce((current, e) => current.slice(0, e.start) + e.text + current.slice(e.end), text);
}

describe('anchoring', () => {
  const seed = readSeed();
  const passage = 'Uzbekistan undertook a great responsibility in preparing this event';

  describe('describeRange', () => {
    it('keeps the passage and 32 characters of context either side', () => {
      const { quote, position } = describeRange(seed, rangeOf(seed, passage));
      assert.equal(normalizeForAnalysis(quote.exact), passage);
      assert.equal(quote.prefix.length, QUOTE_CONTEXT);
      assert.equal(quote.suffix.length, QUOTE_CONTEXT);
      assert.ok(seed.slice(0, position.start).endsWith(quote.prefix));
      assert.ok(seed.slice(position.end).startsWith(quote.suffix));
      assert.equal(textOf(seed, position), passage);
    });

    it('shortens the context at the edges of the text and never cuts a surrogate pair', () => {
      const start = describeRange('abc', { start: 0, end: 2 });
      assert.deepEqual([start.quote.prefix, start.quote.exact, start.quote.suffix], ['', 'ab', 'c']);
      const text = `😀${'x'.repeat(QUOTE_CONTEXT - 1)}passage`;
      const at = text.indexOf('passage');
      const { quote } = describeRange(text, { start: at, end: at + 7 });
      assert.equal(quote.prefix, 'x'.repeat(QUOTE_CONTEXT - 1));
      const tail = `passage${'y'.repeat(QUOTE_CONTEXT - 1)}𝐀z`;
      assert.equal(describeRange(tail, { start: 0, end: 7 }).quote.suffix, 'y'.repeat(QUOTE_CONTEXT - 1));
    });
  });

  describe('editDistance and similarityOf', () => {
    it('counts insertions, deletions and substitutions', () => {
      assert.equal(editDistance('kitten', 'sitting'), 3);
      assert.equal(editDistance('', 'abc'), 3);
      assert.equal(editDistance('abc', 'abc'), 0);
      assert.equal(similarityOf('', ''), 1);
      assert.equal(similarityOf('abcd', 'abce'), 0.75);
    });
  });

  describe('anchor', () => {
    const annotation = annotate(seed, rangeOf(seed, passage));

    it('finds an unchanged passage where it was', () => {
      assert.deepEqual(anchor(seed, annotation), rangeOf(seed, passage));
    });

    it('follows a passage that moved, by its quote', () => {
      const moved = `A new first paragraph.\n\n${seed}`;
      assert.deepEqual(anchor(moved, annotation), rangeOf(moved, passage));
      const cut = seed.replace(/He\sspecifically\shighlighted/, 'He highlighted');
      assert.deepEqual(anchor(cut, annotation), rangeOf(cut, passage));
    });

    it('picks the occurrence whose context agrees when the quote appears more than once', () => {
      const repeated = 'cooperation within the SCO';
      const second = rangeOf(seed, repeated, rangeOf(seed, repeated).end);
      const target = annotate(seed, second);
      const shifted = `Preface.\n${seed}`;
      assert.deepEqual(anchor(shifted, target), { start: second.start + 9, end: second.end + 9 });
      // With the context changed on both sides, nearness still decides between two equal quotes.
      const first = annotate(seed, rangeOf(seed, repeated));
      assert.deepEqual(anchor(shifted, first), { start: rangeOf(seed, repeated).start + 9, end: rangeOf(seed, repeated).end + 9 });
    });

    it('finds a passage whose words changed a little', () => {
      const edited = seed.replace(/great(\s)responsibility/, 'huge$1responsibility');
      assert.equal(textOf(edited, anchor(edited, annotation)), 'Uzbekistan undertook a huge responsibility in preparing this event');
    });

    it('prefers the changed passage in its place to an identical quote elsewhere with another context', () => {
      const quoteText = 'development of a new type of international relations';
      const elsewhere = `${seed}\nIn another context entirely: ${quoteText}, they wrote.\n`;
      const target = annotate(elsewhere, rangeOf(elsewhere, quoteText));
      const changed = normalizeForAnalysis(elsewhere).replace('development of a new type of international', 'development of a new kind of international');
      assert.equal(textOf(changed, anchor(changed, target)), 'development of a new kind of international relations');
    });

    it('returns null when the passage is gone or changed beyond recognition', () => {
      const { start, end } = rangeOf(seed, passage);
      assert.equal(anchor(seed.slice(0, start) + seed.slice(end), annotation), null);
      assert.equal(anchor(`${seed.slice(0, start)}Kazakhstan hosted a modest gathering in spring this year${seed.slice(end)}`, annotation), null);
      assert.equal(anchor('', annotation), null);
      assert.equal(anchor(seed, { ...annotation, quote: { ...annotation.quote, exact: '' } }), null);
    });

    it('does not place a short quote approximately without its context', () => {
      const text = 'The talks went well. Nothing else happened at all today.';
      const target = annotate(text, rangeOf(text, 'talks'));
      assert.equal(anchor('Completely different words in a new order: walks.', target), null);
    });

    it('handles characters outside the Basic Multilingual Plane', () => {
      const text = 'Intro 🇺🇿 line.\nThe 𝐀ssembly welcomed 🤝 the agreement on 𝐀rticle 5 😀.\nEnd 🌍.';
      const target = annotate(text, rangeOf(text, 'welcomed 🤝 the agreement'));
      const shifted = `🎉🎉 ${text}`;
      assert.deepEqual(anchor(shifted, target), rangeOf(shifted, 'welcomed 🤝 the agreement'));
      const changed = shifted.replace('welcomed 🤝 the', 'welcomed 🤝🤝 the');
      const found = anchor(changed, target)!;
      assert.equal(changed.slice(found.start, found.end), 'welcomed 🤝🤝 the agreement');
      // A match that would start inside a surrogate pair is widened to the whole character.
      const emojiQuote = annotate(text, rangeOf(text, '𝐀ssembly welcomed'));
      const altered = text.replace('𝐀ssembly welcomed', '𝐀ssembly  welcomed').replace('The ', 'Thé ');
      const placed = anchor(altered, emojiQuote)!;
      assert.equal(altered.slice(placed.start, placed.end), '𝐀ssembly  welcomed');
    });

    it('anchors 100 passages in a 1 MB text in well under a second', () => {
      let big = '';
      for (let i = 0; big.length < 1_000_000; i++) big += `Paragraph ${i}. ${seed}\n`;
      const annotations: Annotation[] = [];
      for (let i = 0; i < 100; i++) {
        const start = Math.floor((i / 100) * (big.length - 200));
        annotations.push(annotate(big, { start, end: start + 40 + (i % 60) }, `urn:uuid:${i}`));
      }
      // Shift everything, change a third of the passages a little and delete a tenth of them.
      let changed = `Preface.\n${big}`;
      for (let i = annotations.length - 1; i >= 0; i--) {
        const { start, end } = annotations[i]!.position;
        const s = start + 9;
        const e = end + 9;
        if (i % 10 === 0) changed = changed.slice(0, s) + changed.slice(e);
        else if (i % 3 === 0) changed = `${changed.slice(0, s + 5)}~${changed.slice(s + 6)}`;
      }
      const began = performance.now();
      const result = reanchorAll(changed, annotations);
      const elapsed = performance.now() - began;
      const orphaned = result.filter((a) => a.orphaned).length;
      assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
      assert.ok(orphaned <= 10, `${orphaned} orphaned`);
      for (const a of result.filter((x) => !x.orphaned)) {
        const original = annotations.find((x) => x.id === a.id)!;
        assert.ok(similarityOf(a.quote.exact, original.quote.exact) >= 0.75);
      }
    });
  });

  describe('reanchorAll', () => {
    it('refreshes found passages, orphans lost ones, keeps every annotation and its modified time', () => {
      const kept = annotate(seed, rangeOf(seed, 'Le Yucheng emphasised the importance'), 'urn:uuid:kept');
      const lost = annotate(seed, rangeOf(seed, passage), 'urn:uuid:lost');
      const { start, end } = rangeOf(seed, passage);
      const changed = `Intro.\n${seed.slice(0, start)}Something else entirely${seed.slice(end)}`;
      const [a, b] = reanchorAll(changed, [kept, lost]);
      assert.equal(a!.orphaned, false);
      assert.equal(textOf(changed, a!.position), 'Le Yucheng emphasised the importance');
      assert.equal(a!.quote.prefix, changed.slice(a!.position.start - QUOTE_CONTEXT, a!.position.start));
      assert.equal(a!.modified, kept.modified);
      assert.equal(b!.orphaned, true);
      assert.deepEqual(b!.quote, lost.quote);
      assert.deepEqual(b!.position, lost.position);
      assert.notEqual(a, kept);
    });

    it('brings an orphan back when its passage returns', () => {
      const orphan = { ...annotate(seed, rangeOf(seed, passage)), orphaned: true };
      const [back] = reanchorAll(seed, [orphan]);
      assert.equal(back!.orphaned, false);
    });
  });

  describe('applyEdits', () => {
    const text = 'Alpha beta. The parties agreed to cooperate. Gamma delta epsilon zeta eta theta iota kappa.';
    const inner = 'parties agreed to cooperate';
    const base = annotate(text, rangeOf(text, inner));

    /** Applies `edits`, returns the annotation and the passage text it now covers. */
    const track = (edits: TextEdit[], annotation = base): { result: Annotation; covered: string; newText: string } => {
      const newText = edit(text, edits);
      const [result] = applyEdits([annotation], edits, newText);
      return { result: result!, covered: newText.slice(result!.position.start, result!.position.end), newText };
    };

    it('shifts a passage for an edit before it', () => {
      const { result, covered } = track([{ start: 0, end: 5, text: 'Omega!' }]);
      assert.equal(covered, inner);
      assert.equal(result.position.start, base.position.start + 1);
      assert.equal(result.quote.prefix, 'Omega! beta. The ');
    });

    it('leaves a passage alone for an edit after it, as the same object when the context did not change', () => {
      const far = text.length;
      const newText = `${text} More.`;
      const [result] = applyEdits([base], [{ start: far, end: far, text: ' More.' }], newText);
      assert.equal(result, base);
    });

    it('grows and shrinks a passage for edits inside it', () => {
      const at = base.position.start + 'parties'.length;
      assert.equal(track([{ start: at, end: at, text: ' both' }]).covered, 'parties both agreed to cooperate');
      assert.equal(track([{ start: at, end: at + ' agreed'.length, text: '' }]).covered, 'parties to cooperate');
      assert.equal(track([{ start: at + 1, end: at + 7, text: 'decided' }]).covered, 'parties decided to cooperate');
    });

    it('does not extend a passage for an insertion at either edge', () => {
      const { start, end } = base.position;
      assert.equal(track([{ start, end: start, text: 'two ' }]).covered, inner);
      assert.equal(track([{ start: end, end, text: ' closely' }]).covered, inner);
    });

    it('clips a passage to what survives an edit across one edge', () => {
      const { start, end } = base.position;
      assert.equal(track([{ start: start - 4, end: start + 8, text: 'X' }]).covered, 'agreed to cooperate');
      assert.equal(track([{ start: end - 9, end: end + 7, text: 'Y' }]).covered, 'parties agreed to ');
      // Replacing the first word from inside also leaves the new word outside: the passage starts at its first surviving character.
      assert.equal(track([{ start, end: start + 7, text: 'sides' }]).covered, ' agreed to cooperate');
    });

    it('orphans a passage that is deleted or replaced entirely, keeping its last text', () => {
      const { start, end } = base.position;
      for (const e of [
        { start, end, text: '' },
        { start: start - 2, end: end + 2, text: '' },
        { start, end, text: 'sides disagreed' },
      ]) {
        const { result } = track([e]);
        assert.equal(result.orphaned, true);
        assert.deepEqual(result.quote, base.quote);
        assert.deepEqual(result.position, base.position);
      }
    });

    it('applies several edits in order, each on the text the previous left', () => {
      const { start, end } = base.position;
      // As VS Code reports a multi-cursor change: from the end of the text backwards.
      const edits: TextEdit[] = [
        { start: end + 2, end: end + 7, text: 'Epsilon' },
        { start: start + 8, end: start + 8, text: 'quickly ' },
        { start: 0, end: 0, text: '>> ' },
      ];
      const { result, covered, newText } = track(edits);
      assert.equal(covered, 'parties quickly agreed to cooperate');
      assert.equal(result.quote.exact, covered);
      assert.equal(result.quote.suffix, newText.slice(result.position.end, result.position.end + QUOTE_CONTEXT));
      assert.equal(result.modified, base.modified);
    });

    it('leaves orphans untouched and never drops an annotation', () => {
      const orphan = { ...base, id: 'urn:uuid:orphan', orphaned: true };
      const result = applyEdits([orphan, base], [{ start: 0, end: text.length, text: 'Gone.' }], 'Gone.');
      assert.equal(result.length, 2);
      assert.equal(result[0], orphan);
      assert.equal(result[1]!.orphaned, true);
    });
  });
});
