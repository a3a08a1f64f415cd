/**
 * Spellings of one person's name: transliterations (Sergei and Sergey, Kasym and Kassym,
 * Mohammed and Muhammad, Nazarbayev and Nazarbaev), accents (António and Antonio) and initials
 * (M. Rahman for Mohammed Rahman). Decided by rules of spelling, never by a list of people.
 *
 * Each word is reduced to a key that transliterations share: accents dropped, digraphs that
 * romanisations write differently folded (kh → h, zh/dzh → j, ph → f, w → v, q → k), doubled
 * letters single, and every run of vowels (with y) after the first letter made one and the same
 * vowel: the consonants and where vowels stand between them must agree (Mohammed and Muhammad
 * agree; Mahmud, with no vowel between its h and m, does not). Two names are variants when
 * they have as many words, every word has the same key or is an initial of the other's word,
 * the last words (surnames) have the same key, and no word differs by more than two letters in
 * length. Keys alone are loose ("Sergo" and "Sergei"), so the rules ask for agreement on every
 * word, and the callers join only when one candidate fits.
 */
import { AnalysisContext, Claim, slugify } from '../context';
import { memoizeString } from '../memo';
import type { Official } from '../model';

/** The words of a name as slug words ("M. Rahman" → ["m", "rahman"]); names repeat, so they are cached. */
export const nameWordsOf: (name: string) => string[] = memoizeString((name) => slugify(name).split('-').filter((word) => word.length > 0));

/** The transliteration key of one slug word. */
export const wordKey: (word: string) => string = memoizeString(computeWordKey);

function computeWordKey(word: string): string {
  const folded = word
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1');
  return (folded[0] ?? '') + folded.slice(1).replace(/[aeiouy]+/g, 'a');
}

const isInitial = (word: string) => word.length === 1;

/** Whether two names (as slug words) can be spellings of one person's name. */
export function areNameVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const last = a.length - 1;
  // Most pairs are told apart by their surnames' first letters.
  if ((a[last] as string)[0] !== (b[last] as string)[0]) return false;
  let initials = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    if (i < last && (isInitial(x) || isInitial(y))) {
      if (x[0] !== y[0]) return false;
      initials++;
      continue;
    }
    if (Math.abs(x.length - y.length) > 2 || x[0] !== y[0] || wordKey(x) !== wordKey(y)) return false;
  }
  // Initials alone do not make a variant of a name that has none: "M. Rahman" is anyone M.
  return initials < a.length - 1 || a[last] === b[last];
}

/**
 * Joins the officials of one document whose names are spellings of one name: the first found
 * keeps its name (or the spelling without initials), the others become its aliases, and their
 * mentions, titles and evidence join it. Claims on the tokens follow.
 */
export function joinNameVariants(ctx: AnalysisContext, officials: Official[]): void {
  if (officials.length < 2) return;
  const words = officials.map((o) => nameWordsOf(o.name));
  const into = officials.map((_, i) => i);
  let joined = false;
  for (let j = 1; j < officials.length; j++) {
    let target = -1;
    for (let i = 0; i < j; i++) {
      if (into[i] !== i || !areNameVariants(words[i]!, words[j]!)) continue;
      if (target >= 0) {
        // Two people it could be: it joins neither.
        target = -1;
        break;
      }
      target = i;
    }
    if (target < 0) continue;
    into[j] = target;
    joined = true;
    const keep = officials[target]!;
    const other = officials[j]!;
    const [name, alias] = words[target]!.some((w) => w.length === 1) && !words[j]!.some((w) => w.length === 1) ? [other.name, keep.name] : [keep.name, other.name];
    if (keep.name !== name) {
      keep.name = name;
      keep.id = slugify(name);
    }
    for (const form of [alias, ...other.aliases]) if (form !== name && !keep.aliases.includes(form)) keep.aliases.push(form);
    for (const title of other.titles) if (!keep.titles.includes(title)) keep.titles.push(title);
    if (!keep.affiliation && other.affiliation) {
      keep.affiliation = other.affiliation;
      keep.affiliationId = other.affiliationId;
    }
    keep.mentions.push(...other.mentions);
    keep.mentions.sort((a, b) => a.start - b.start);
    for (const evidence of other.evidence) if (!keep.evidence.includes(evidence)) keep.evidence.push(evidence);
  }
  if (!joined) return;
  // New indices: the officials kept, in order; a joined one points to the one it joined.
  const newIndex = new Int32Array(officials.length);
  let next = 0;
  for (let i = 0; i < officials.length; i++) newIndex[i] = into[i] === i ? next++ : -1;
  for (let i = 0; i < officials.length; i++) if (into[i] !== i) newIndex[i] = newIndex[into[i]!]!;
  const claims = ctx.claims;
  const refs = ctx.claimRefs;
  for (let k = 0; k < ctx.tokens.length; k++) if (claims[k] === Claim.Name && refs[k]! >= 0) refs[k] = newIndex[refs[k]!]!;
  const kept = officials.filter((_, i) => into[i] === i);
  officials.length = 0;
  officials.push(...kept);
}
