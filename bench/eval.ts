/**
 * `npm run eval`: scores the engine against the gold annotations beside the samples
 * (`samples/*.gold.json`) and the reference seed (`test/fixtures/seed.gold.json`).
 *
 *   officials   precision / recall / F1 by full name
 *   quotes      detection P/R, and attribution accuracy: gold quotes whose speaker is right
 *   meetings    precision / recall / F1, a match needing the same date and participants
 *
 * `--check` exits 1 when a score is below the targets; `--verbose` lists every miss.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core/analyze';
import { slugify } from '../src/core/context';
import type { Analysis } from '../src/core/model';
import { referenceDateFromFileName } from '../src/core/referenceDate';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TARGETS = { officialsF1: 0.97, quoteAttribution: 0.97, meetingsF1: 0.93 };

interface Gold {
  officials: Array<{ name: string; titles?: string[]; affiliation?: string | null; mentions?: string[] }>;
  quotes: Array<{ startsWith: string; speaker: string | null }>;
  meetings: Array<{ date: string | null; place?: string | null; kind?: string; participants: string[]; reported?: boolean }>;
}

interface Case {
  name: string;
  textFile: string;
  gold: Gold;
}

function cases(): Case[] {
  const result: Case[] = [];
  const samples = path.join(REPO_ROOT, 'samples');
  for (const file of fs.readdirSync(samples).sort()) {
    if (!file.endsWith('.gold.json')) continue;
    const base = file.slice(0, -'.gold.json'.length);
    const textFile = ['.press', '.readout', '.txt'].map((ext) => path.join(samples, base + ext)).find((candidate) => fs.existsSync(candidate));
    if (!textFile) throw new Error(`${file} has no text file beside it`);
    result.push({ name: base, textFile, gold: JSON.parse(fs.readFileSync(path.join(samples, file), 'utf8')) as Gold });
  }
  const seedGold = path.join(REPO_ROOT, 'test', 'fixtures', 'seed.gold.json');
  const seedText = path.resolve(REPO_ROOT, '..', 'shared', 'seed', 'sco-secretary-general-meets-le-yucheng-2019-11-12.txt');
  if (fs.existsSync(seedGold) && fs.existsSync(seedText)) {
    result.push({ name: 'seed: sco-secretary-general-meets-le-yucheng', textFile: seedText, gold: JSON.parse(fs.readFileSync(seedGold, 'utf8')) as Gold });
  }
  return result;
}

const normalizeQuote = (text: string) => text.replace(/[\u2018\u2019\u201c\u201d"'«»]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export interface Scores {
  officials: { tp: number; fp: number; fn: number };
  quotes: { detected: number; gold: number; predicted: number; attributed: number };
  meetings: { tp: number; fp: number; fn: number };
  misses: string[];
}

export function score(analysis: Analysis, gold: Gold, label: string): Scores {
  const misses: string[] = [];
  // Officials by full name.
  const goldNames = new Set(gold.officials.map((o) => slugify(o.name)));
  const predicted = new Set(analysis.officials.map((o) => slugify(o.name)));
  const officials = { tp: 0, fp: 0, fn: 0 };
  for (const name of predicted) {
    if (goldNames.has(name)) officials.tp++;
    else {
      officials.fp++;
      misses.push(`${label}: extra official ${name}`);
    }
  }
  for (const name of goldNames) {
    if (!predicted.has(name)) {
      officials.fn++;
      misses.push(`${label}: missed official ${name}`);
    }
  }
  // Quotes: matched by their opening words.
  const quotes = { detected: 0, gold: gold.quotes.length, predicted: analysis.quotes.length, attributed: 0 };
  for (const goldQuote of gold.quotes) {
    const prefix = normalizeQuote(goldQuote.startsWith);
    const match = analysis.quotes.find((q) => normalizeQuote(q.text).startsWith(prefix));
    if (!match) {
      misses.push(`${label}: missed quote "${goldQuote.startsWith}"`);
      continue;
    }
    quotes.detected++;
    const expected = goldQuote.speaker === null ? null : slugify(goldQuote.speaker);
    const actual = match.speakerName === null ? null : slugify(match.speakerName);
    if (expected === actual) quotes.attributed++;
    else misses.push(`${label}: quote "${goldQuote.startsWith}" attributed to ${actual ?? 'nobody'}, expected ${expected ?? 'nobody'} (${match.evidence})`);
  }
  for (const q of analysis.quotes) {
    if (!gold.quotes.some((g) => normalizeQuote(q.text).startsWith(normalizeQuote(g.startsWith)))) misses.push(`${label}: extra quote "${q.text.slice(0, 50)}"`);
  }
  // Meetings: same date and the same participants.
  const meetings = { tp: 0, fp: 0, fn: 0 };
  const key = (date: string | null, participants: string[]) => `${date ?? 'undated'}|${[...participants].sort().join(',')}`;
  const goldKeys = gold.meetings.map((m) => key(m.date, m.participants.map(slugify)));
  const used = new Set<number>();
  for (const meeting of analysis.meetings) {
    const k = key(meeting.date, meeting.participants);
    const index = goldKeys.findIndex((g, i) => g === k && !used.has(i));
    if (index >= 0) {
      used.add(index);
      meetings.tp++;
    } else {
      meetings.fp++;
      misses.push(`${label}: extra meeting ${k} (${meeting.evidence}: "${meeting.sentence.slice(0, 70)}")`);
    }
  }
  goldKeys.forEach((g, i) => {
    if (!used.has(i)) {
      meetings.fn++;
      misses.push(`${label}: missed meeting ${g}`);
    }
  });
  return { officials, quotes, meetings, misses };
}

function f1(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function main(): number {
  const verbose = process.argv.includes('--verbose');
  const check = process.argv.includes('--check');
  const all = cases();
  const total: Scores = { officials: { tp: 0, fp: 0, fn: 0 }, quotes: { detected: 0, gold: 0, predicted: 0, attributed: 0 }, meetings: { tp: 0, fp: 0, fn: 0 }, misses: [] };
  const rows: string[] = [];
  for (const c of all) {
    const text = fs.readFileSync(c.textFile, 'utf8');
    const referenceDate = referenceDateFromFileName(c.textFile);
    const analysis = analyze(text, referenceDate ? { referenceDate } : {});
    const s = score(analysis, c.gold, c.name);
    for (const part of ['tp', 'fp', 'fn'] as const) {
      total.officials[part] += s.officials[part];
      total.meetings[part] += s.meetings[part];
    }
    total.quotes.detected += s.quotes.detected;
    total.quotes.gold += s.quotes.gold;
    total.quotes.predicted += s.quotes.predicted;
    total.quotes.attributed += s.quotes.attributed;
    total.misses.push(...s.misses);
    const o = f1(s.officials.tp, s.officials.fp, s.officials.fn);
    const m = f1(s.meetings.tp, s.meetings.fp, s.meetings.fn);
    rows.push(`${c.name.padEnd(60)} officials F1 ${o.f.toFixed(2)}  quotes ${s.quotes.attributed}/${s.quotes.gold}  meetings F1 ${m.f.toFixed(2)}`);
  }
  const o = f1(total.officials.tp, total.officials.fp, total.officials.fn);
  const m = f1(total.meetings.tp, total.meetings.fp, total.meetings.fn);
  const attribution = total.quotes.gold === 0 ? 1 : total.quotes.attributed / total.quotes.gold;
  const quoteRecall = total.quotes.gold === 0 ? 1 : total.quotes.detected / total.quotes.gold;
  const quotePrecision = total.quotes.predicted === 0 ? 1 : Math.min(1, total.quotes.detected / total.quotes.predicted);
  console.log(rows.join('\n'));
  if (verbose && total.misses.length > 0) console.log(`\nMisses:\n  ${total.misses.join('\n  ')}`);
  console.log(`\nDocuments: ${all.length}`);
  console.log(`Officials: precision ${o.p.toFixed(3)}  recall ${o.r.toFixed(3)}  F1 ${o.f.toFixed(3)}  (target ≥ ${TARGETS.officialsF1})`);
  console.log(`Quotes:    detection precision ${quotePrecision.toFixed(3)}  recall ${quoteRecall.toFixed(3)}  attribution accuracy ${attribution.toFixed(3)}  (target ≥ ${TARGETS.quoteAttribution})`);
  console.log(`Meetings:  precision ${m.p.toFixed(3)}  recall ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}  (target ≥ ${TARGETS.meetingsF1})`);
  const pass = o.f >= TARGETS.officialsF1 && attribution >= TARGETS.quoteAttribution && m.f >= TARGETS.meetingsF1;
  if (check && !pass) {
    console.error('Below target.');
    return 1;
  }
  return 0;
}

if (require.main === module) process.exit(main());
