/**
 * Restores the corpus texts from saved search answers (`.cache/real/responses/*.json`): each
 * document's excerpt is taken by its url, checked against the index (length and hashes), and
 * written to `.cache/real/texts/ID.txt`. See `bench/real/README.md`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readIndex, readResponse, RESPONSES_DIR, textFile, TEXTS_DIR, verify } from './corpus';

function main(): number {
  const index = readIndex();
  const excerpts = new Map<string, string[]>();
  const files = fs.existsSync(RESPONSES_DIR) ? fs.readdirSync(RESPONSES_DIR).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    for (const result of readResponse(path.join(RESPONSES_DIR, file)).results) {
      const list = excerpts.get(result.url) ?? [];
      list.push(result.excerpt);
      excerpts.set(result.url, list);
    }
  }
  fs.mkdirSync(TEXTS_DIR, { recursive: true });
  let restored = 0;
  let folded = 0;
  const missing: string[] = [];
  const refused: string[] = [];
  for (const entry of index.documents) {
    const candidates = excerpts.get(entry.url);
    if (!candidates) {
      if (!fs.existsSync(textFile(entry.id))) missing.push(entry.id);
      continue;
    }
    const checks = candidates.map((text) => ({ text, check: verify(entry, text) }));
    const good = checks.find((c) => c.check.exact) ?? checks.find((c) => c.check.ok);
    if (!good) {
      refused.push(`${entry.id}: ${checks[0]?.check.problem}`);
      continue;
    }
    if (!good.check.exact) folded++;
    fs.writeFileSync(textFile(entry.id), good.text, 'utf8');
    restored++;
  }
  console.log(`${restored} of ${index.documents.length} texts restored (${folded} with folded characters only).`);
  if (missing.length > 0) console.log(`No saved answer holds ${missing.length}: ${missing.join(', ')}`);
  if (refused.length > 0) console.log(`Refused, the text differs from the indexed one:\n  ${refused.join('\n  ')}`);
  return refused.length > 0 ? 1 : 0;
}

process.exit(main());
