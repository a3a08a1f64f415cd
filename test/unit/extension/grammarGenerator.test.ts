import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { HONORIFICS, ROLE_ABBREVIATIONS, TITLE_HEADS } from '../../../src/core/lexicon';
import { buildGrammar, GRAMMAR_PATH, grammarText, HEADS_LEFT_OUT, HONORIFIC_PATTERNS, HONORIFICS_LEFT_OUT } from '../../../syntaxes/generate';

interface Rule {
  match: string;
}

/** A grammar pattern as a JavaScript expression, whole-string: Oniguruma's \' is plain ' here. */
function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern.replace(/\\'/g, "'")})$`, 'u');
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'on', 'at']);

/** How a lower-case lexicon title is written in a release: "Secretary-General", "President-elect", "Chargé d'Affaires". */
function writings(head: string): string[] {
  const capitalize = (word: string) => word.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  const everyWord = head.replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
  const titleCase = head
    .split(/([\s-])/)
    .map((part, i) => (i > 0 && (SMALL_WORDS.has(part) || part.startsWith("d'")) ? part : capitalize(part)))
    .join('');
  return [...new Set([everyWord, titleCase, capitalize(head)])];
}

describe('the grammar generator', () => {
  const grammar = buildGrammar() as { repository: Record<string, Rule> };
  const title = whole(grammar.repository.title!.match);

  it('produced the committed grammar (run `npm run grammar` after changing a lexicon or the generator)', () => {
    assert.ok(fs.readFileSync(GRAMMAR_PATH, 'utf8') === grammarText(), `${GRAMMAR_PATH} is not the generator's output: run npm run grammar and review the snapshots with npm run test:grammar`);
  });

  it('highlights every title head and role abbreviation of the lexicon, except those it leaves out on purpose', () => {
    const heads = [...TITLE_HEADS, ...Object.keys(ROLE_ABBREVIATIONS)];
    const missed = heads.filter((head) => !HEADS_LEFT_OUT.includes(head) && !writings(head).some((written) => title.test(written)));
    assert.deepEqual(missed, [], 'add a pattern to HEAD_PATTERNS, or the head to HEADS_LEFT_OUT');
    const stale = HEADS_LEFT_OUT.filter((head) => !heads.includes(head) || writings(head).some((written) => title.test(written)));
    assert.deepEqual(stale, [], 'HEADS_LEFT_OUT lists only lexicon heads the grammar does not match');
  });

  it('knows every honorific of the lexicon, except those it leaves out on purpose', () => {
    const patterns = HONORIFIC_PATTERNS.map(whole);
    const known = (honorific: string) => patterns.some((pattern) => pattern.test(honorific));
    assert.deepEqual(HONORIFICS.filter((honorific) => !HONORIFICS_LEFT_OUT.includes(honorific) && !known(honorific)), []);
    assert.deepEqual(HONORIFICS_LEFT_OUT.filter((honorific) => !HONORIFICS.includes(honorific) || known(honorific)), []);
    assert.ok(known('The Honorable') && known('The Honourable') && known('Rt. Hon.'));
  });

  it('splits a title with a complement from the name after it', () => {
    const match = new RegExp(grammar.repository.title!.match.replace(/\\'/g, "'"), 'u').exec('Vice Minister of Foreign Affairs of China Le Yucheng met');
    assert.deepEqual([match?.[1], match?.[3]], ['Vice Minister of Foreign Affairs of China', 'Le Yucheng']);
    const honorific = new RegExp(grammar.repository['honorific-name']!.match.replace(/\\'/g, "'"), 'u').exec('said H.E. Mr. Vladimir Norov.');
    assert.deepEqual([honorific?.[1], honorific?.[2]], ['H.E. Mr. ', 'Vladimir Norov']);
  });

  it('takes acronyms, demonyms and countries from the lexicons', () => {
    const organization = whole(grammar.repository.organization!.match);
    for (const acronym of ['SCO', 'SCO RATS', 'U.N.', 'Mercosur', 'UN-Habitat']) assert.ok(organization.test(acronym), acronym);
    for (const word of ['CAN', 'Quad']) assert.ok(!organization.test(word), word);
    for (const written of ['Chinese Ambassador', 'Ambassador of Côte d’Ivoire', "Minister of Foreign Affairs of the People's Republic of China"]) {
      assert.ok(title.test(written), written);
    }
  });
});
