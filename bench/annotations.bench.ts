/**
 * `npm run bench` (tagging part): what tags cost on a large document.
 *
 *   live edits        one keystroke moving 500 tags in a 1 MB document (applyEdits), median and p95
 *   re-anchoring      100 tags found again in 1 MB after the file changed on disk: unchanged
 *                     positions, text inserted above them, words changed inside each passage,
 *                     passages deleted (orphans)
 *   exports           1,000 tags over 30 releases as CSV, W3C, QDPX and brat
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, describeRange, reanchorAll } from '../src/annotations/anchoring';
import { DEFAULT_CODEBOOK } from '../src/annotations/codebook';
import { exportBrat, exportCsv, exportQdpx, exportW3c, type ExportInput } from '../src/annotations/export';
import type { Annotation } from '../src/annotations/model';
import { sentenceRanges } from '../src/annotations/passages';
import { analyze } from '../src/core/analyze';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'sco-secretary-general-meets-le-yucheng-2019-11-12.txt');

const now = () => Number(process.hrtime.bigint()) / 1e6;

function corpus(): Array<{ path: string; text: string }> {
  const samples = path.join(REPO_ROOT, 'samples');
  const files = fs
    .readdirSync(samples)
    .filter((file) => /\.(press|readout)$/.test(file))
    .sort()
    .map((file) => ({ path: file, text: fs.readFileSync(path.join(samples, file), 'utf8') }));
  files.push({ path: 'seed.press', text: fs.readFileSync(SEED, 'utf8') });
  return files;
}

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
  return `median ${at(50).toFixed(2)} ms, p95 ${at(95).toFixed(2)} ms`;
}

function timeIt(fn: () => unknown, rounds: number): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = now();
    fn();
    times.push(now() - start);
  }
  return times;
}

/** `count` tags on sentences spread evenly through `text`. */
function tagsOn(text: string, count: number): Annotation[] {
  const sentences = sentenceRanges(text);
  const step = Math.max(1, Math.floor(sentences.length / count));
  const out: Annotation[] = [];
  for (let i = 0; out.length < count && i < sentences.length; i += step) {
    const { quote, position } = describeRange(text, sentences[i]!);
    out.push({ id: `urn:uuid:bench-${i}`, codes: ['praise'], note: '', author: 'bench', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', quote, position, orphaned: false });
  }
  return out;
}

/**
 * About `size` characters of prose made of the corpus's words in a seeded random order: it reads
 * like the genre to the matcher, but no sentence has a twin a deleted passage could be found on.
 */
function uniqueProse(source: string, size: number): string {
  const words = source.split(/\s+/).filter((word) => /^[\p{L}'’-]+$/u.test(word));
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const paragraphs: string[] = [];
  for (let size_ = 0; size_ < size; ) {
    const sentences: string[] = [];
    for (let s = 0, count = 2 + Math.floor(random() * 4); s < count; s++) {
      const sentence: string[] = [];
      for (let w = 0, length = 12 + Math.floor(random() * 20); w < length; w++) sentence.push(words[Math.floor(random() * words.length)]!);
      const first = sentence[0]!;
      sentence[0] = first[0]!.toUpperCase() + first.slice(1);
      sentences.push(`${sentence.join(' ')}.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size_ += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function main(): void {
  const files = corpus();
  const big = uniqueProse(files.map((file) => file.text).join(' '), 1_000_000);
  console.log(`Tagging on a ${(big.length / 1e6).toFixed(2)} MB document`);

  const many = tagsOn(big, 500);
  let text = big;
  let tags = many;
  let k = 0;
  const keystrokes = timeIt(() => {
    const at = (k++ * 7919) % text.length;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    tags = applyEdits(tags, [{ start: at, end: at, text: 'x' }], text);
  }, 200);
  console.log(`  keystroke moving ${many.length} tags (applyEdits): ${stats(keystrokes)}`);

  const hundred = tagsOn(big, 100);
  const inserted = `A new first paragraph written after the tags were made.\n\n${big}`;
  let changedInside = big;
  for (const tag of [...hundred].reverse()) {
    const middle = Math.floor((tag.position.start + tag.position.end) / 2);
    changedInside = `${changedInside.slice(0, middle)} indeed${changedInside.slice(middle)}`;
  }
  let deleted = big;
  for (const tag of [...hundred].reverse()) deleted = deleted.slice(0, tag.position.start) + deleted.slice(tag.position.end);
  const cases: Array<[string, string]> = [
    ['unchanged text', big],
    ['a paragraph inserted above', inserted],
    ['a word added inside each passage', changedInside],
    ['every passage deleted', deleted],
  ];
  for (const [label, changed] of cases) {
    let result: Annotation[] = [];
    const times = timeIt(() => (result = reanchorAll(changed, hundred)), 5);
    const orphans = result.filter((annotation) => annotation.orphaned).length;
    console.log(`  re-anchoring 100 tags, ${label}: ${stats(times)} (${100 - orphans} placed, ${orphans} orphaned)`);
  }

  const sources = files.map((file) => ({ path: file.path, text: file.text, analysis: analyze(file.text), annotations: tagsOn(file.text, 34) }));
  const input: ExportInput = { sources, codebook: DEFAULT_CODEBOOK, now: '2026-01-01T00:00:00Z', author: 'bench', projectName: 'bench' };
  const total = sources.reduce((sum, source) => sum + source.annotations.length, 0);
  console.log(`Exports of ${total} tags over ${sources.length} releases`);
  for (const [label, run] of [
    ['CSV', () => exportCsv(input)],
    ['W3C JSON-LD', () => exportW3c(input)],
    ['QDPX', () => exportQdpx(input)],
    ['brat', () => exportBrat(input)],
  ] as Array<[string, () => unknown]>) {
    console.log(`  ${label}: ${stats(timeIt(run, 10))}`);
  }
}

main();
