/**
 * Finds where words stand in a corpus text, for writing gold offsets without counting by hand.
 *
 *   node out/bench/real/locate.js ID "words"              every occurrence: start end
 *   node out/bench/real/locate.js ID "first words" "last words"
 *        the span from the first occurrence of the first words to the end of the first
 *        occurrence of the last words after it (a quotation's words, without its marks)
 */
import * as fs from 'node:fs';
import { textFile } from './corpus';

function main(): void {
  const [id, first, last] = process.argv.slice(2);
  if (!id || !first) throw new Error('usage: locate ID "words" ["last words"]');
  const text = fs.readFileSync(textFile(id), 'utf8');
  if (last === undefined) {
    for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) console.log(`${at} ${at + first.length}`);
    return;
  }
  const start = text.indexOf(first);
  if (start < 0) throw new Error(`"${first}" is not in ${id}`);
  const end = text.indexOf(last, start);
  if (end < 0) throw new Error(`"${last}" does not follow in ${id}`);
  console.log(`${start} ${end + last.length}`);
}

main();
