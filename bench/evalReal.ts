/**
 * `npm run eval:real`: scores the engine on real releases it was not written on (see
 * `bench/real/README.md`). The texts are restored into `.cache/real/texts/`; what is missing is
 * listed with how to restore it, and what is present is scored.
 *
 *   --split dev|test|all   which documents (default dev)
 *   --verbose              list every miss (dev only: test errors are never read)
 *   --json FILE            write the totals as JSON
 */
import * as fs from 'node:fs';
import { analyze } from '../src/core/analyze';
import { goldFile, readIndex, textFile, verify, type IndexEntry } from './real/corpus';
import { addScores, emptyScores, errorClasses, f1, Gold, ratio, report, score, Scores } from './score';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const split = option('split') ?? 'dev';
  if (!['dev', 'test', 'all'].includes(split)) throw new Error('--split must be dev, test or all');
  const verbose = process.argv.includes('--verbose');
  if (verbose && split !== 'dev') {
    console.error('--verbose lists errors of the dev split only: the test split is scored, never studied.');
    return 2;
  }
  const index = readIndex();
  const chosen = index.documents.filter((d) => split === 'all' || d.split === split);
  const missing: IndexEntry[] = [];
  const changed: string[] = [];
  const noGold: string[] = [];
  const total: Scores = emptyScores();
  const byGenre = new Map<string, Scores>();
  let scored = 0;
  for (const entry of chosen) {
    if (!fs.existsSync(textFile(entry.id))) {
      missing.push(entry);
      continue;
    }
    const text = fs.readFileSync(textFile(entry.id), 'utf8');
    const check = verify(entry, text);
    if (!check.ok) {
      changed.push(`${entry.id}: ${check.problem}`);
      continue;
    }
    if (!fs.existsSync(goldFile(entry.id))) {
      noGold.push(entry.id);
      continue;
    }
    const gold = JSON.parse(fs.readFileSync(goldFile(entry.id), 'utf8')) as Gold;
    gold.events ??= [];
    const s = score(analyze(text), gold, text, entry.id);
    addScores(total, s);
    const genre = byGenre.get(entry.genre) ?? emptyScores();
    addScores(genre, s);
    byGenre.set(entry.genre, genre);
    scored++;
  }
  if (missing.length > 0) {
    console.log(`${missing.length} of ${chosen.length} texts are not in .cache/real/texts. To restore them, see bench/real/README.md ("Restoring the texts"): save the search answers for their queries, then run node out/bench/real/restore.js.`);
  }
  if (changed.length > 0) console.log(`Not scored, the text differs from the indexed one:\n  ${changed.join('\n  ')}`);
  if (noGold.length > 0) console.log(`Not scored, no gold yet: ${noGold.join(', ')}`);
  if (scored === 0) {
    console.log('Nothing to score.');
    return 0;
  }
  if (verbose) console.log(`Misses:\n  ${total.misses.map((m) => `[${m.kind}] ${m.detail}`).join('\n  ')}\n`);
  console.log(`Split: ${split}, ${scored} documents scored from ${new Set(chosen.map((d) => d.publisher)).size} publishers`);
  console.log(report(total).join('\n'));
  console.log('\nBy genre (documents: officials F1, quote → speaker, meetings F1):');
  for (const [genre, s] of [...byGenre].sort()) {
    const n = chosen.filter((d) => d.genre === genre && fs.existsSync(textFile(d.id))).length;
    console.log(`  ${genre.padEnd(16)} ${String(n).padStart(3)}: ${f1(s.officials).f.toFixed(3)}  ${ratio(s.speakers).toFixed(3)}  ${f1(s.meetings).f.toFixed(3)}`);
  }
  if (split === 'dev') console.log(`\nError classes: ${errorClasses(total.misses).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const json = option('json');
  if (json) {
    const { misses, ...totals } = total;
    void misses;
    fs.writeFileSync(json, JSON.stringify({ split, documents: scored, ...totals }, null, 2) + '\n');
  }
  return 0;
}

process.exit(main());
