/**
 * Adds a page to the corpus while it is being gathered: takes the excerpt of one result out of a
 * saved search answer (so nobody retypes it), writes it to `.cache/real/texts/ID.txt`, and
 * records its index entry in `bench/real/parts/PART.json`.
 *
 *   node out/bench/real/add.js --response FILE --url URL --id ID --publisher NAME --genre GENRE --part PART
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IndexEntry, normalizeForHash, readResponse, REAL_DIR, sha256, textFile, TEXTS_DIR } from './corpus';

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

function main(): void {
  const response = readResponse(arg('response'));
  const url = arg('url');
  const id = arg('id');
  if (!/^[a-z0-9][a-z0-9-]{2,80}$/.test(id)) throw new Error(`id "${id}" must be lower-case letters, digits and hyphens`);
  const result = response.results.find((r) => r.url === url);
  if (!result) throw new Error(`no result with url ${url} in that answer; urls there:\n  ${response.results.map((r) => r.url).join('\n  ')}`);
  const text = result.excerpt;
  fs.mkdirSync(TEXTS_DIR, { recursive: true });
  fs.writeFileSync(textFile(id), text, 'utf8');
  const entry: IndexEntry = {
    id,
    url,
    query: response.query,
    publisher: arg('publisher'),
    genre: arg('genre'),
    length: text.length,
    sha256: sha256(text),
    sha256Normalized: sha256(normalizeForHash(text)),
    split: 'dev',
  };
  const partFile = path.join(REAL_DIR, 'parts', `${arg('part')}.json`);
  const entries: IndexEntry[] = fs.existsSync(partFile) ? (JSON.parse(fs.readFileSync(partFile, 'utf8')) as IndexEntry[]) : [];
  const others = entries.filter((e) => e.id !== id && e.url !== url);
  others.push(entry);
  fs.mkdirSync(path.dirname(partFile), { recursive: true });
  fs.writeFileSync(partFile, JSON.stringify(others, null, 2) + '\n');
  console.log(`${id}: ${text.length} characters written to ${path.relative(process.cwd(), textFile(id))}`);
}

main();
