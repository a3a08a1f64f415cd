/**
 * Random edits against a reference model, on the seed and some samples.
 *
 * (a) Live edits through `applyEdits`: the model gives every character an identity and follows
 *     it through the edits. A passage is the span from its first to its last surviving character,
 *     which takes in text inserted strictly inside it; it is orphaned exactly when none of its
 *     characters survive. Every annotation must match the model after every batch of edits.
 * (b) External changes through `reanchorAll`: every annotation is either on text close enough to
 *     its original quote or orphaned, none is lost, and a passage whose quote and context survive
 *     intact (and are unique) is found exactly.
 *
 * The generator is seeded, so a failure reproduces; the message names the document and the step.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, describeRange, MIN_QUOTE_SIMILARITY, reanchorAll, similarityOf } from '../../../src/annotations/anchoring';
import type { Annotation, TextEdit, TextRange } from '../../../src/annotations/model';
import { addTags, sentenceRanges } from '../../../src/annotations/passages';
import { analyze } from '../../../src/core/analyze';
import { readSeed, SAMPLES_DIR } from '../../fixtures/seed';

/** Mulberry32: a small seeded generator, good enough to pick edits. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE_FILES = [
  'wire-report-talks-in-tashkent-2024-10-03.readout',
  'mofa-japan-courtesy-call-parliamentary-vice-minister-2024-02-27.press',
  'au-eu-joint-communique-2022-11-28.press',
  'eeas-eu-central-asia-ministerial-meeting-luxembourg-2023-10-23.press',
];

const LIVE_EDITS_PER_DOCUMENT = 1200;
const EXTERNAL_ROUNDS_PER_DOCUMENT = 60;
const ANNOTATIONS_PER_DOCUMENT = 20;
/** What random insertions are made of: letters, spaces, punctuation, a line break, a non-breaking space. */
const ALPHABET = 'aeiou tnsrl TS.,;\'"\n\u00a0';

function documents(): Array<{ name: string; text: string }> {
  const seed = readSeed();
  // The seed again with characters outside the Basic Multilingual Plane scattered through it.
  const astral = seed.replace(/\. /g, '. 🤝 ').replace(/SCO/g, '𝐒CO').replace(/China/g, 'China 🇨🇳');
  return [
    { name: 'seed', text: seed },
    { name: 'seed with emoji', text: astral },
    ...SAMPLE_FILES.map((name) => ({ name, text: fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8') })),
  ];
}

/** About 20 annotations on random sentences, quotes and words of `text`. */
function randomAnnotations(text: string, random: () => number): Annotation[] {
  const sentences = sentenceRanges(text);
  const quotes: TextRange[] = analyze(text).quotes.map((q) => ({ start: q.start, end: q.end }));
  const words: TextRange[] = [...text.matchAll(/\p{L}{3,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const ranges: TextRange[] = [];
  while (ranges.length < ANNOTATIONS_PER_DOCUMENT) {
    const roll = random();
    const range = roll < 0.45 || (quotes.length === 0 && roll < 0.6) ? pick(sentences) : roll < 0.6 ? pick(quotes) : pick(words);
    if (!ranges.some((r) => r.start === range.start && r.end === range.end)) ranges.push(range);
  }
  let n = 0;
  return addTags([], text, ranges, ['praise'], { author: 'fuzz', now: '2024-01-01T00:00:00.000Z', newId: () => `urn:uuid:fuzz-${++n}` }).annotations;
}

/** A random edit of `text`, aimed at the edges and insides of `targets` more often than not. */
function randomEdit(text: string, targets: TextRange[], random: () => number): TextEdit {
  const int = (n: number): number => Math.floor(random() * n);
  let at: number;
  const target = targets.length > 0 ? targets[int(targets.length)]! : null;
  const roll = random();
  if (target && roll < 0.4) at = (random() < 0.5 ? target.start : target.end) + int(7) - 3;
  else if (target && roll < 0.65) at = target.start + int(target.end - target.start + 1);
  else at = int(text.length + 1);
  at = Math.max(0, Math.min(text.length, at));
  const insert = (): string => {
    const length = random() < 0.1 ? 10 + int(30) : 1 + int(6);
    let out = '';
    for (let i = 0; i < length; i++) out += ALPHABET[int(ALPHABET.length)];
    return out;
  };
  const removeLength = (): number => {
    const length = random() < 0.15 ? 10 + int(120) : 1 + int(8);
    return Math.min(length, text.length - at);
  };
  const kind = random();
  if (kind < 0.4 || at === text.length) return { start: at, end: at, text: insert() };
  if (kind < 0.7) return { start: at, end: at + removeLength(), text: '' };
  return { start: at, end: at + removeLength(), text: insert() };
}

function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * The reference model: a character identity per position and, per annotation, the identities it
 * covers. After an edit a passage is re-spanned from its first to its last surviving character.
 */
class Model {
  private chars: number[];
  private nextId: number;
  private readonly members: Uint8Array[];
  readonly orphaned: boolean[];

  constructor(
    text: string,
    ranges: TextRange[],
    private readonly capacity: number,
  ) {
    this.chars = Array.from({ length: text.length }, (_, i) => i);
    this.nextId = text.length;
    this.members = [];
    this.orphaned = [];
    for (const range of ranges) this.add(range);
  }

  /** Starts following a new passage at `range` of the current text. */
  add(range: TextRange): void {
    const member = new Uint8Array(this.capacity);
    for (let p = range.start; p < range.end; p++) member[this.chars[p]!] = 1;
    this.members.push(member);
    this.orphaned.push(false);
  }

  apply(edit: TextEdit): void {
    const inserted = Array.from({ length: edit.text.length }, () => this.nextId++);
    this.chars.splice(edit.start, edit.end - edit.start, ...inserted);
    this.members.forEach((member, k) => {
      if (this.orphaned[k]) return;
      const span = this.span(k);
      if (!span) {
        this.orphaned[k] = true;
        return;
      }
      for (let p = span.start; p < span.end; p++) member[this.chars[p]!] = 1;
    });
  }

  /** Positions from the first to the last character annotation `k` covers, or null when none survive. */
  span(k: number): TextRange | null {
    const member = this.members[k]!;
    let first = -1;
    let last = -1;
    for (let p = 0; p < this.chars.length; p++) {
      if (member[this.chars[p]!] === 1) {
        if (first < 0) first = p;
        last = p;
      }
    }
    return first < 0 ? null : { start: first, end: last + 1 };
  }
}

describe('anchoring under random edits (fuzz)', function () {
  this.timeout(20_000);
  const docs = documents();

  it('applyEdits keeps every passage on exactly its surviving characters, and orphans exactly the removed ones', () => {
    const random = generator(20241128);
    const totals = { edits: 0, created: 0, anchored: 0, orphaned: 0 };
    for (const doc of docs) {
      let text = doc.text;
      let annotations = randomAnnotations(text, random);
      const model = new Model(text, annotations.map((a) => a.position), text.length + LIVE_EDITS_PER_DOCUMENT * 40);
      let edits = 0;
      let created = annotations.length;
      for (let step = 0; edits < LIVE_EDITS_PER_DOCUMENT; step++) {
        // A batch as one change event: one to three edits, each on the text the previous left.
        const batch: TextEdit[] = [];
        const size = 1 + Math.floor(random() * 3);
        for (let i = 0; i < size; i++) {
          const live = annotations.filter((a) => !a.orphaned).map((a) => a.position);
          const edit = randomEdit(text, live, random);
          batch.push(edit);
          text = applyEdit(text, edit);
          model.apply(edit);
        }
        edits += batch.length;
        const before = annotations;
        annotations = applyEdits(annotations, batch, text);
        assert.equal(annotations.length, before.length);
        annotations.forEach((annotation, k) => {
          const where = `${doc.name}, step ${step}, ${annotation.id}, edits ${JSON.stringify(batch)}`;
          assert.equal(annotation.orphaned, model.orphaned[k], `orphaned: ${where}`);
          if (annotation.orphaned) {
            if (before[k]!.orphaned) assert.equal(annotation, before[k], `orphans are left alone: ${where}`);
            return;
          }
          const span = model.span(k)!;
          assert.deepEqual({ start: annotation.position.start, end: annotation.position.end }, span, `range: ${where}`);
          assert.deepEqual({ quote: annotation.quote, position: annotation.position }, describeRange(text, span), `selectors: ${where}`);
          assert.equal(annotation.modified, before[k]!.modified);
        });
        // Keep about half of them alive: tag new passages of the edited text as others are lost.
        const live = annotations.filter((a) => !a.orphaned).length;
        if (live < ANNOTATIONS_PER_DOCUMENT / 2) {
          const sentences = sentenceRanges(text);
          const words = [...text.matchAll(/\p{L}{3,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
          const pool = random() < 0.5 && sentences.length > 0 ? sentences : words;
          if (pool.length > 0) {
            const range = pool[Math.floor(random() * pool.length)]!;
            const tagged = addTags(annotations, text, [range], ['praise'], { author: 'fuzz', now: '2024-01-02T00:00:00.000Z', newId: () => `urn:uuid:fuzz-late-${step}` });
            for (const added of tagged.added) model.add(added.position);
            annotations = tagged.annotations;
            created += tagged.added.length;
          }
        }
      }
      // Whatever survived can still be found by its selectors in the final text.
      for (const annotation of reanchorAll(text, annotations)) if (!annotation.orphaned) assert.ok(text.slice(annotation.position.start, annotation.position.end) === annotation.quote.exact);
      const orphaned = annotations.filter((a) => a.orphaned).length;
      totals.edits += edits;
      totals.created += created;
      totals.anchored += annotations.length - orphaned;
      totals.orphaned += orphaned;
      console.log(`      live ${doc.name}: ${edits} edits, ${created} annotations, ${annotations.length - orphaned} still anchored, ${orphaned} orphaned`);
    }
    console.log(`      live total: ${totals.edits} edits, ${totals.created} annotations, ${totals.anchored} still anchored, ${totals.orphaned} orphaned`);
  });

  it('reanchorAll after an external change finds every passage close to its quote or orphans it, and loses none', () => {
    const random = generator(7);
    const totals = { rounds: 0, edits: 0, anchored: 0, orphaned: 0, exact: 0 };
    for (const doc of docs) {
      const original = randomAnnotations(doc.text, random);
      const counts = { edits: 0, anchored: 0, orphaned: 0, exact: 0 };
      for (let round = 0; round < EXTERNAL_ROUNDS_PER_DOCUMENT; round++) {
        let text = doc.text;
        const count = 1 + Math.floor(random() * (round % 3 === 0 ? 60 : 12));
        for (let i = 0; i < count; i++) text = applyEdit(text, randomEdit(text, original.map((a) => a.position), random));
        counts.edits += count;
        const result = reanchorAll(text, original);
        assert.equal(result.length, original.length);
        result.forEach((annotation, k) => {
          const before = original[k]!;
          const where = `${doc.name}, round ${round}, ${annotation.id}`;
          assert.equal(annotation.id, before.id);
          assert.equal(annotation.modified, before.modified);
          if (annotation.orphaned) {
            counts.orphaned++;
            assert.deepEqual(annotation.quote, before.quote, where);
            assert.deepEqual(annotation.position, before.position, where);
            return;
          }
          counts.anchored++;
          const { start, end } = annotation.position;
          assert.equal(text.slice(start, end), annotation.quote.exact, where);
          assert.deepEqual({ quote: annotation.quote, position: annotation.position }, describeRange(text, { start, end }), where);
          const similarity = similarityOf(annotation.quote.exact, before.quote.exact);
          assert.ok(similarity >= MIN_QUOTE_SIMILARITY, `${where}: similarity ${similarity.toFixed(2)} of "${annotation.quote.exact}" to "${before.quote.exact}"`);
          // A passage whose quote and context survived intact, once in the text, is found exactly there
          // (unless its old place still holds the same words, which is taken first).
          const window = before.quote.prefix + before.quote.exact + before.quote.suffix;
          const at = text.indexOf(window);
          if (at >= 0 && text.indexOf(window, at + 1) < 0 && !text.startsWith(before.quote.exact, before.position.start)) {
            counts.exact++;
            assert.equal(start, at + before.quote.prefix.length, `${where}: found elsewhere than its intact context`);
          }
        });
      }
      totals.rounds += EXTERNAL_ROUNDS_PER_DOCUMENT;
      totals.edits += counts.edits;
      totals.anchored += counts.anchored;
      totals.orphaned += counts.orphaned;
      totals.exact += counts.exact;
      console.log(`      external ${doc.name}: ${EXTERNAL_ROUNDS_PER_DOCUMENT} changes of ${counts.edits} edits, ${counts.anchored} anchored (${counts.exact} checked exactly), ${counts.orphaned} orphaned`);
    }
    console.log(`      external total: ${totals.rounds} changes of ${totals.edits} edits, ${totals.anchored} anchored (${totals.exact} checked exactly), ${totals.orphaned} orphaned`);
  });
});
