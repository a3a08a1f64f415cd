/**
 * `npm run bench`: speed and memory of the engine, measured side by side in one run.
 *
 *   throughput        MB/s over the sample corpus, one release at a time, single thread,
 *                     next to compromise's `nlp(text).people()` on the same texts, the two
 *                     taking turns
 *   re-analysis       the 3 KB reference release analysed again and again (median, p95)
 *   passes            microseconds per release in each pass, to show where the time goes
 *   linearity         one document of 100 KB, 1 MB and 10 MB, three runs each: time per MB
 *                     should stay flat
 *   corpus index      heap used by an index of 10,000 releases
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core/analyze';
import { CorpusIndex } from '../src/core/corpus';
import { passBreakdown } from './passes';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'sco-secretary-general-meets-le-yucheng-2019-11-12.txt');

function corpus(): string[] {
  const samples = path.join(REPO_ROOT, 'samples');
  const texts = fs
    .readdirSync(samples)
    .filter((file) => /\.(press|readout)$/.test(file))
    .sort()
    .map((file) => fs.readFileSync(path.join(samples, file), 'utf8'));
  texts.push(fs.readFileSync(SEED, 'utf8'));
  return texts;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const now = () => Number(process.hrtime.bigint()) / 1e6;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number;
}

/** Runs `fn` over the texts for at least `ms` milliseconds; returns the bytes processed and the milliseconds taken. */
function runFor(texts: string[], total: number, fn: (text: string) => unknown, ms: number): { bytes: number; ms: number } {
  let processed = 0;
  const start = now();
  let elapsed: number;
  do {
    for (const text of texts) fn(text);
    processed += total;
    elapsed = now() - start;
  } while (elapsed < ms);
  return { bytes: processed, ms: elapsed };
}

/**
 * Steady throughput (MB/s) of each engine over the texts, side by side: each runs for `warmMs`
 * first (the engine compiles the hot code meanwhile: the first half-second runs at about half the
 * speed that follows), then the engines take turns in `rounds` slices of `sliceMs` each, so that
 * a change in the machine's load during the run falls on all of them alike. Returns MB/s per
 * engine over all its slices, and the ratio of the first engine's to each other's in every round.
 */
function throughputs(texts: string[], engines: Array<(text: string) => unknown>, rounds: number, sliceMs: number, warmMs = 2000): { mbps: number[]; ratios: number[][] } {
  const total = texts.reduce((sum, text) => sum + bytes(text), 0);
  for (const fn of engines) runFor(texts, total, fn, warmMs);
  const sums = engines.map(() => ({ bytes: 0, ms: 0 }));
  const ratios: number[][] = engines.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const rates = engines.map((fn, k) => {
      const slice = runFor(texts, total, fn, sliceMs);
      const sum = sums[k] as { bytes: number; ms: number };
      sum.bytes += slice.bytes;
      sum.ms += slice.ms;
      return slice.bytes / slice.ms;
    });
    rates.forEach((rate, k) => (ratios[k] as number[]).push((rates[0] as number) / rate));
  }
  return { mbps: sums.map((sum) => sum.bytes / 1e6 / (sum.ms / 1000)), ratios };
}

function repeatToSize(texts: string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const text = texts[i % texts.length] as string;
    parts.push(text);
    length += bytes(text) + 2;
  }
  return parts.join('\n\n');
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

async function main(): Promise<void> {
  const texts = corpus();
  const corpusBytes = texts.reduce((sum, text) => sum + bytes(text), 0);
  console.log(`Corpus: ${texts.length} releases, ${(corpusBytes / 1024).toFixed(1)} KB; Node ${process.version}\n`);

  // Throughput, side by side with compromise.
  const nlp = (await import('compromise')).default;
  const { mbps, ratios } = throughputs(texts, [(text) => analyze(text), (text) => nlp(text).people().out('array')], 6, 500);
  const [ours, theirs] = mbps as [number, number];
  const roundRatios = [...(ratios[1] as number[])].sort((a, b) => a - b);
  console.log('Throughput (single thread, one release at a time, after 2 s of warm-up each; six rounds of 0.5 s each, taken in turn)');
  console.log(`  readout analyze            ${ours.toFixed(2)} MB/s`);
  console.log(`  compromise people()        ${theirs.toFixed(3)} MB/s`);
  console.log(`  ratio                      ${(ours / theirs).toFixed(0)}×   (targets: ≥ 25 MB/s, ≥ 100×)`);
  console.log(`  ratio per round            ${(roundRatios[0] as number).toFixed(0)}–${(roundRatios[roundRatios.length - 1] as number).toFixed(0)}×\n`);

  // Re-analysis of the 3 KB reference release.
  const seed = fs.readFileSync(SEED, 'utf8');
  for (let i = 0; i < 200; i++) analyze(seed);
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = now();
    analyze(seed);
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`Re-analysis of the ${(bytes(seed) / 1024).toFixed(1)} KB reference release (2,000 runs)`);
  console.log(`  median ${percentile(times, 50).toFixed(3)} ms   p95 ${percentile(times, 95).toFixed(3)} ms   (target < 0.5 ms)\n`);

  // Where the time goes.
  console.log('Time per release in each pass');
  for (const { pass, microseconds, share } of passBreakdown(texts, 2000)) console.log(`  ${pass.padEnd(34)} ${microseconds.toFixed(1).padStart(6)} µs  ${(share * 100).toFixed(0).padStart(3)}%`);
  console.log('');

  // Linearity on one growing document.
  // Each size is analysed three times: a single run can take a major collection of the last
  // document's garbage, which makes one size look slower per MB than the next.
  console.log('One document of growing size (three runs of each; median, and the first run)');
  let perMb1 = 0;
  for (const size of [100_000, 1_000_000, 10_000_000]) {
    const text = repeatToSize(texts, size);
    const mb = bytes(text) / 1e6;
    analyze(text.slice(0, 200_000));
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = now();
      analyze(text);
      runs.push(now() - start);
    }
    const first = runs[0] as number;
    const median = [...runs].sort((a, b) => a - b)[1] as number;
    const perMb = median / mb;
    if (size === 100_000) perMb1 = perMb;
    console.log(`  ${mb.toFixed(1).padStart(5)} MB  median ${median.toFixed(1).padStart(7)} ms  ${perMb.toFixed(1).padStart(6)} ms/MB  (${(perMb / perMb1).toFixed(2)}× the 0.1 MB rate)   first run ${first.toFixed(1)} ms`);
  }
  console.log('  (target: 10 MB in under 1 s, cost linear in length)\n');

  // Corpus index memory.
  gc();
  const before = process.memoryUsage().heapUsed;
  const index = new CorpusIndex();
  const start = now();
  for (let i = 0; i < 10_000; i++) {
    const text = texts[i % texts.length] as string;
    index.update(`file:///corpus/release-${i}.press`, analyze(text));
  }
  const people = index.persons().length;
  const meetings = index.meetings().length;
  const ms = now() - start;
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log('Corpus index of 10,000 releases');
  console.log(`  built and linked in ${(ms / 1000).toFixed(2)} s; ${people} people, ${meetings} meetings`);
  console.log(`  heap used by the index ${((after - before) / 1024 / 1024).toFixed(1)} MB   (target < 200 MB)${(globalThis as { gc?: unknown }).gc ? '' : '  [run with --expose-gc for a precise figure]'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
