/**
 * Result equality of two builds of the engine, for work on its speed: every input is analysed by
 * this build and by a baseline, and the JSON of the two analyses must be the same.
 *
 *   git worktree add /tmp/baseline main && (cd /tmp/baseline && npm run build:tests)
 *   npm run build:tests && node out/bench/equality.js /tmp/baseline/out/src/core [variants]
 *
 * The inputs: the samples, the grammar snapshots and the shared seed (with and without a
 * reference date), then `variants` (4,000 by default) made from them by a seeded generator: cut
 * at random offsets, edited, concatenated, upper- and lower-cased, paragraphs and sentences
 * shuffled, quotation marks, spaces and line breaks changed, word salad and random Unicode, some
 * with a reference date or a knowledge base. Last, large and pathological texts, and the samples
 * again once random text has filled the tokeniser's form table. Exits 1 on any difference.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { Analysis, AnalyzeOptions } from '../src/core/model';

type Analyze = (text: string, options?: AnalyzeOptions) => Analysis;

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function readTexts(): string[] {
  const texts: string[] = [];
  const dirs = [path.join(REPO_ROOT, 'samples'), path.join(REPO_ROOT, 'test', 'grammar', 'snapshots'), path.resolve(REPO_ROOT, '..', 'shared', 'seed')];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).sort()) if (/\.(press|readout|txt)$/.test(file)) texts.push(fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  return texts;
}

/** A seeded generator, so every run checks the same inputs. */
function generator(seed: number) {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { random, int, pick };
}

const WORDS = [
  'Minister', 'Foreign', 'said', 'the', 'He', 'met', 'with', 'SCO', 'Secretary-General', 'of', 'China', 'Le', 'Yucheng', 'Norov', 'on', '12',
  'November', '2019', 'in', 'Tashkent', 'talks', 'Mr.', 'H.E.', "d'Affaires", 'a.i.', 'according', 'to', 'her', 'visit', 'she', 'his',
  'counterpart', 'Ambassador', 'Ministry', 'Embassy', 'U.S.', 'Wang', 'Yi', 'stressed', 'noted', 'Monday', 'May', 'next', 'year', 'last',
  'telephone', 'call', 'held',
];
const MARKS = ['"', '“', '”', '«', '»', '‘', '’', "'", ',', '.', ':', '\n', '\n\n', ' ', '\u00a0', '(', ')', '—', '-', '?', '!', ';', '\r\n'];
const PEOPLE = [
  { name: 'Vladimir Norov', aliases: ['Norov'], titles: ['Secretary-General'], affiliation: 'SCO' },
  { name: 'Le Yucheng' },
  { name: 'Wang Yi', aliases: ['Wang'] },
  { name: 'Jane Doe Smith' },
];

function inputs(texts: string[], variants: number): Array<[string, AnalyzeOptions | undefined]> {
  const { random, int, pick } = generator(42);
  const noise = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) {
      const r = random();
      s += r < 0.6 ? String.fromCharCode(32 + int(95)) : r < 0.8 ? pick(MARKS) : r < 0.9 ? String.fromCharCode(0xa0 + int(0x2100)) : String.fromCharCode(int(0xffff));
    }
    return s;
  };
  const shuffle = (parts: string[]) => parts.sort(() => random() - 0.5);
  const transforms: Array<(text: string) => string> = [
    (t) => t.slice(int(t.length), int(t.length) + int(t.length)),
    (t) => {
      const at = int(t.length);
      return t.slice(0, at) + noise(int(50)) + t.slice(at + int(200));
    },
    (t) => `${t}\n\n${pick(texts)}${random() < 0.5 ? '\n' : ' '}${pick(texts)}`,
    (t) => t.toUpperCase(),
    (t) => t.toLowerCase(),
    (t) => shuffle(t.split(/\n\s*\n/)).join('\n\n'),
    (t) => t.replace(/"/g, () => pick(['“', '”', '«', '»', "'"])),
    (t) => t.replace(/[“”]/g, '"').replace(/’/g, "'"),
    (t) => t.replace(/ /g, () => (random() < 0.05 ? '\u00a0' : random() < 0.02 ? '\t' : ' ')),
    (t) => t.replace(/\n/g, '\r\n'),
    (t) => t.replace(/\n\n/g, '\n'),
    (t) => shuffle(t.split(/(?<=[.!?]) /)).join(' '),
    () => Array.from({ length: int(400) }, () => pick(random() < 0.7 ? WORDS : MARKS)).join(' '),
    () => noise(int(2000)),
    (t) => t.replace(/\s+/g, ' '),
    (t) => {
      const words = t.split(' ');
      for (let i = 0; i < 5; i++) {
        const a = int(words.length);
        const b = int(words.length);
        [words[a], words[b]] = [words[b] as string, words[a] as string];
      }
      return words.join(' ');
    },
  ];
  const result: Array<[string, AnalyzeOptions | undefined]> = [];
  for (const text of texts) result.push([text, undefined], [text, { referenceDate: '2024-03-15' }]);
  for (let i = 0; i < variants; i++) {
    let text = pick(texts);
    for (let steps = 1 + int(3); steps > 0; steps--) text = pick(transforms)(text);
    const r = random();
    result.push([text, r < 0.8 ? undefined : r < 0.9 ? { referenceDate: pick(['2024-01-02', '2019-12-31', '2023-06-15']) } : { knowledge: { people: PEOPLE } }]);
  }
  const big: string[] = [];
  for (let i = 0, length = 0; length < 1_200_000; i++) {
    const text = texts[i % texts.length] as string;
    big.push(text);
    length += text.length + 2;
  }
  const seed = texts[texts.length - 1] as string;
  const names = ['Vladimir', 'Norov', 'Minister', 'Le', 'Yucheng', 'Foreign', 'Affairs', 'China', 'Secretary-General', 'Alpha'];
  let state = 12345;
  const garbage = Array.from({ length: 200_000 }, () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return String.fromCharCode(state & 0xff);
  }).join('');
  result.push(
    [big.join('\n\n'), undefined],
    [seed.replace(/\s+/g, ' ').repeat(200), undefined],
    ['“'.repeat(5000) + 'said he' + '”'.repeat(1000), undefined],
    ['«« « "'.repeat(2000), undefined],
    ['He said: "'.repeat(2000), undefined],
    ['"a" '.repeat(5000), undefined],
    [seed.toUpperCase().repeat(10), undefined],
    [Array.from({ length: 20_000 }, (_, i) => names[(i * 7) % names.length]).join(' '), undefined],
    [garbage, undefined],
    ['', undefined],
  );
  for (const text of texts) result.push([text, undefined]);
  return result;
}

function json(run: Analyze, text: string, options: AnalyzeOptions | undefined): string {
  try {
    return JSON.stringify(run(text, options));
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

function main(): void {
  const baselineDir = process.argv[2];
  if (!baselineDir) {
    console.error('usage: node out/bench/equality.js <baseline build>/out/src/core [variants]');
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const baseline = (require(path.resolve(baselineDir, 'analyze.js')) as { analyze: Analyze }).analyze;
  const cases = inputs(readTexts(), Number(process.argv[3] ?? 4000));
  let differences = 0;
  cases.forEach(([text, options], index) => {
    const expected = json(baseline, text, options);
    const actual = json(analyze, text, options);
    if (expected === actual) return;
    differences++;
    if (differences > 3) return;
    let at = 0;
    while (expected[at] === actual[at]) at++;
    console.log(`input ${index} (${text.length} characters) differs at ${at}:`);
    console.log(`  baseline: ${expected.slice(Math.max(0, at - 150), at + 150)}`);
    console.log(`  this:     ${actual.slice(Math.max(0, at - 150), at + 150)}`);
  });
  console.log(`${cases.length} inputs, ${differences} differences`);
  process.exit(differences === 0 ? 0 : 1);
}

main();
