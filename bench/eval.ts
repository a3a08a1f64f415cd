/**
 * `npm run eval`: scores the engine against the gold beside the samples (`samples/*.gold.json`)
 * and the seed's (`test/fixtures/seed.gold.json`), every field a user meets (see `score.ts`).
 * `npm run eval:real` does the same on real releases (`evalReal.ts`).
 *
 * `--check` exits 1 when a score is below its target; `--verbose` lists every miss.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core/analyze';
import { slugify } from '../src/core/context';
import { referenceDateFromFileName } from '../src/core/referenceDate';
import { addScores, emptyScores, errorClasses, f1, Gold, GoldEvent, GoldMeeting, GoldOfficial, ratio, report, score, Scores } from './score';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SEED_TEXT = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'sco-secretary-general-meets-le-yucheng-2019-11-12.txt');

/** The samples' gold as written: quotes by their opening words, events among the meetings. */
interface SampleGold {
  officials: GoldOfficial[];
  quotes: Array<{ startsWith: string; speaker: string | null }>;
  meetings: GoldMeeting[];
  events?: GoldEvent[];
}

interface Case {
  name: string;
  textFile: string;
  gold: SampleGold;
}

function cases(): Case[] {
  const result: Case[] = [];
  const samples = path.join(REPO_ROOT, 'samples');
  for (const file of fs.readdirSync(samples).sort()) {
    if (!file.endsWith('.gold.json')) continue;
    const base = file.slice(0, -'.gold.json'.length);
    const textFile = ['.press', '.readout', '.txt'].map((ext) => path.join(samples, base + ext)).find((candidate) => fs.existsSync(candidate));
    if (!textFile) throw new Error(`${file} has no text file beside it`);
    result.push({ name: base, textFile, gold: JSON.parse(fs.readFileSync(path.join(samples, file), 'utf8')) as SampleGold });
  }
  // The seed is part of the check: when it is missing, that is an error, not a skip.
  if (!fs.existsSync(SEED_TEXT)) throw new Error(`the seed release is missing: ${SEED_TEXT}`);
  const seedGold = path.join(REPO_ROOT, 'test', 'fixtures', 'seed.gold.json');
  result.push({ name: 'seed: sco-secretary-general-meets-le-yucheng', textFile: SEED_TEXT, gold: JSON.parse(fs.readFileSync(seedGold, 'utf8')) as SampleGold });
  return result;
}

/** Turns a sample's gold into offsets: a quote starts where its opening words are. */
export function toGold(sample: SampleGold, text: string, label: string): Gold {
  const quotes = sample.quotes.map((q) => {
    let start = text.indexOf(q.startsWith);
    if (start < 0) {
      // Spaces or quotation marks written another way: find the words on a folded copy, whose
      // offsets are the text's (folding is one character for one).
      const folded = text.replace(/[\u2018\u2019\u201c\u201d"'«»\s]/g, ' ').toLowerCase();
      start = folded.indexOf(q.startsWith.replace(/[\u2018\u2019\u201c\u201d"'«»\s]/g, ' ').toLowerCase());
    }
    if (start < 0) throw new Error(`${label}: the gold quote "${q.startsWith}" is not in the text`);
    // The quote runs to the next closing mark at the end of its words.
    const closing = /[\u201d\u00bb"]/g;
    closing.lastIndex = start + q.startsWith.length;
    const close = closing.exec(text);
    // The samples name an organisation that speaks; the gold rules give such a quote no speaker.
    const person = q.speaker !== null && sample.officials.some((o) => slugify(o.name) === slugify(q.speaker!));
    return { start, end: close ? close.index : start + q.startsWith.length, speaker: person ? q.speaker : null };
  });
  return {
    officials: sample.officials,
    quotes,
    meetings: sample.meetings.filter((m) => m.participants.length > 0),
    events: [...(sample.events ?? []), ...sample.meetings.filter((m) => m.participants.length === 0)],
  };
}

/** Targets on `samples/`: a regression below them fails `npm test`. */
export const SAMPLE_TARGETS = { officialsF1: 0.97, quoteSpeaker: 0.97, meetingsF1: 0.97 };

function main(): number {
  const verbose = process.argv.includes('--verbose');
  const check = process.argv.includes('--check');
  const all = cases();
  const total: Scores = emptyScores();
  const rows: string[] = [];
  for (const c of all) {
    const text = fs.readFileSync(c.textFile, 'utf8');
    const referenceDate = referenceDateFromFileName(c.textFile);
    const analysis = analyze(text, referenceDate ? { referenceDate } : {});
    const s = score(analysis, toGold(c.gold, text, c.name), text, c.name);
    addScores(total, s);
    rows.push(`${c.name.padEnd(70)} officials F1 ${f1(s.officials).f.toFixed(2)}  speakers ${s.speakers.hit}/${s.speakers.of}  meetings F1 ${f1(s.meetings).f.toFixed(2)}`);
  }
  console.log(rows.join('\n'));
  if (verbose && total.misses.length > 0) console.log(`\nMisses:\n  ${total.misses.map((m) => `[${m.kind}] ${m.detail}`).join('\n  ')}`);
  console.log(`\nDocuments: ${all.length}`);
  console.log(report(total).join('\n'));
  console.log(`Error classes: ${errorClasses(total.misses).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  const scores = { officialsF1: f1(total.officials).f, quoteSpeaker: ratio(total.speakers), meetingsF1: f1(total.meetings).f };
  const below = (Object.keys(SAMPLE_TARGETS) as Array<keyof typeof SAMPLE_TARGETS>).filter((k) => scores[k] < SAMPLE_TARGETS[k]);
  console.log(`Targets: ${(Object.keys(SAMPLE_TARGETS) as Array<keyof typeof SAMPLE_TARGETS>).map((k) => `${k} ${scores[k].toFixed(3)} ≥ ${SAMPLE_TARGETS[k]}`).join(', ')}`);
  if (check && below.length > 0) {
    console.error(`Below target: ${below.join(', ')}`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exit(main());
