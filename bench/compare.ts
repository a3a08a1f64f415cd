/**
 * Two builds of the engine side by side, for accuracy work that must not cost speed: the samples
 * and the seed analysed by this build and by a baseline in turns, in one process, so the
 * machine's load falls on both alike.
 *
 *   git worktree add /tmp/baseline <commit> && (cd /tmp/baseline && npm ci && npm run build:tests)
 *   npm run build:tests && node out/bench/compare.js /tmp/baseline/out/src/core [rounds]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { Analysis, AnalyzeOptions } from '../src/core/model';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'sco-secretary-general-meets-le-yucheng-2019-11-12.txt');

function main(): void {
  const baselineDir = process.argv[2];
  if (!baselineDir) throw new Error('usage: compare BASELINE_CORE_DIR [rounds]');
  const rounds = Number(process.argv[3] ?? 8);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build chosen at run time
  const baseline = (require(path.resolve(baselineDir, 'analyze.js')) as { analyze: (text: string, options?: AnalyzeOptions) => Analysis }).analyze;
  const samples = path.join(REPO_ROOT, 'samples');
  const texts = fs.readdirSync(samples).filter((f) => /\.(press|readout)$/.test(f)).sort().map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));
  texts.push(fs.readFileSync(SEED, 'utf8'));
  const engines = [analyze, baseline];
  const run = (fn: (text: string) => unknown, ms: number) => {
    let docs = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      for (const text of texts) fn(text);
      docs += texts.length;
    }
    return (performance.now() - start) / docs;
  };
  for (const fn of engines) run(fn, 2000);
  const perDoc: number[][] = [[], []];
  for (let round = 0; round < rounds; round++) engines.forEach((fn, k) => (perDoc[k] as number[]).push(run(fn, 500) * 1000));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
  const [now, before] = perDoc.map(median) as [number, number];
  console.log(`µs per release, median of ${rounds} alternated rounds: this build ${now.toFixed(1)}, baseline ${before.toFixed(1)} (${((now / before - 1) * 100).toFixed(1)}%)`);
  console.log(`rounds, this build: ${perDoc[0]!.map((v) => v.toFixed(1)).join(' ')}`);
  console.log(`rounds, baseline:   ${perDoc[1]!.map((v) => v.toFixed(1)).join(' ')}`);
}

main();
