/**
 * Merges the entries gathered in `bench/real/parts/*.json` into `bench/real/index.json`; once
 * merged, the parts can go (the index keeps every entry, and its split).
 *
 * The split is fixed when a document enters the index and never changes: within each part, in
 * the order its pages were added, every third document (the 2nd, 5th, 8th, …) is `test`, the
 * rest `dev`. The rule looks at nothing the engine does, so no document is chosen for a split
 * by how well the engine reads it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex, INDEX_FILE, IndexEntry, REAL_DIR } from './corpus';

const ABOUT =
  'Real releases for npm run eval:real. The texts are not here: see bench/real/README.md to restore them into .cache/real/texts. Gold is in bench/real/gold.';

function main(): void {
  const index: CorpusIndex = fs.existsSync(INDEX_FILE) ? (JSON.parse(fs.readFileSync(INDEX_FILE, 'utf8')) as CorpusIndex) : { about: ABOUT, documents: [] };
  const known = new Map(index.documents.map((d) => [d.url, d]));
  const ids = new Set(index.documents.map((d) => d.id));
  const partsDir = path.join(REAL_DIR, 'parts');
  let added = 0;
  const files = fs.existsSync(partsDir) ? fs.readdirSync(partsDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const entries = JSON.parse(fs.readFileSync(path.join(partsDir, file), 'utf8')) as IndexEntry[];
    entries.forEach((entry, i) => {
      if (known.has(entry.url)) return;
      if (ids.has(entry.id)) throw new Error(`${file}: id ${entry.id} is taken by another page`);
      const placed = { ...entry, split: i % 3 === 1 ? ('test' as const) : ('dev' as const) };
      index.documents.push(placed);
      known.set(entry.url, placed);
      ids.add(entry.id);
      added++;
    });
  }
  index.about = ABOUT;
  fs.writeFileSync(INDEX_FILE, JSON.stringify(index, null, 2) + '\n');
  const count = (split: string) => index.documents.filter((d) => d.split === split).length;
  console.log(`${added} added; ${index.documents.length} documents (dev ${count('dev')}, test ${count('test')}) from ${new Set(index.documents.map((d) => d.publisher)).size} publishers`);
}

main();
