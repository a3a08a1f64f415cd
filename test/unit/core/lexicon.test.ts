import * as assert from 'node:assert/strict';
import {
  COUNTRIES,
  HONORIFICS,
  MEETING_CUES,
  MINISTRY_DOMAINS,
  NAME_PARTICLES,
  ORGANIZATIONS,
  PLACES,
  ROLE_REFERENCE_NOUNS,
  SPEECH_CUES,
  SPEECH_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../../../src/core/lexicon';
import { phraseWords } from '../../../src/core/phraseTrie';
import { TokenType, tokenize } from '../../../src/core/tokens';

/** The form a phrase takes in the look-up tries: lower case, words separated by one space. */
function key(phrase: string): string {
  return phraseWords(phrase).join(' ');
}

/** Values that occur more than once (by `keyOf`), with the places they occur. */
function duplicates<T>(items: readonly T[], keyOf: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = keyOf(item);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([k]) => k);
}

function isClean(value: string): boolean {
  return value.length > 0 && value.trim() === value && !/\s{2,}/.test(value);
}

function isLowerCase(value: string): boolean {
  return value === value.toLowerCase();
}

const STRING_LISTS: Record<string, readonly string[]> = {
  TITLE_HEADS,
  TITLE_MODIFIERS,
  MINISTRY_DOMAINS,
  HONORIFICS,
  ROLE_REFERENCE_NOUNS,
  NAME_PARTICLES,
  SPEECH_NOUNS,
};

describe('lexicon integrity', () => {
  describe('plain string lists', () => {
    for (const [name, list] of Object.entries(STRING_LISTS)) {
      it(`${name} has no empty, padded or duplicate entries`, () => {
        assert.ok(list.length > 0);
        assert.deepEqual(list.filter((value) => !isClean(value)), []);
        // Honorifics are case-sensitive ('HE' and 'He' would differ); the others are compared as the tries see them.
        assert.deepEqual(duplicates(list, name === 'HONORIFICS' ? (value) => value : key), []);
      });
    }

    for (const name of ['TITLE_HEADS', 'TITLE_MODIFIERS', 'MINISTRY_DOMAINS', 'ROLE_REFERENCE_NOUNS', 'NAME_PARTICLES', 'SPEECH_NOUNS']) {
      it(`${name} is lower case`, () => {
        assert.deepEqual((STRING_LISTS[name] ?? []).filter((value) => !isLowerCase(value)), []);
      });
    }

    it('honorifics start with a capital letter', () => {
      assert.deepEqual(HONORIFICS.filter((value) => !/^\p{Lu}/u.test(value)), []);
    });

    it('has at least 80 title heads', () => {
      assert.ok(TITLE_HEADS.length >= 80, `${TITLE_HEADS.length} title heads`);
    });
  });

  describe('countries', () => {
    it('has the UN members, the observer States and the other listed entities', () => {
      assert.ok(COUNTRIES.length >= 197, `${COUNTRIES.length} countries`);
      for (const id of ['va', 'ps', 'tw', 'xk']) assert.ok(COUNTRIES.some((country) => country.id === id), id);
      assert.ok(!COUNTRIES.some((country) => country.id === 'eu'), 'the EU is an organisation');
    });

    it('uses unique lower-case two-letter ids', () => {
      assert.deepEqual(COUNTRIES.filter((country) => !/^[a-z]{2}$/.test(country.id)).map((country) => country.id), []);
      assert.deepEqual(duplicates(COUNTRIES, (country) => country.id), []);
    });

    it('has no empty or padded strings', () => {
      for (const country of COUNTRIES) {
        const values = [country.name, ...country.aliases, ...country.demonyms, ...(country.capital === null ? [] : [country.capital])];
        assert.deepEqual(values.filter((value) => !isClean(value)), [], country.id);
      }
    });

    it('gives every name, alias and demonym to one country only', () => {
      const forms = COUNTRIES.flatMap((country) =>
        [country.name, ...country.aliases, ...country.demonyms].map((form) => ({ form, id: country.id })),
      );
      const collisions = duplicates(forms, (entry) => key(entry.form));
      assert.deepEqual(
        collisions.map((k) => `${k}: ${forms.filter((entry) => key(entry.form) === k).map((entry) => entry.id).join(', ')}`),
        [],
      );
    });

    it('resolves the ambiguous forms deliberately', () => {
      // One owner each; the other claimant has no such form (see the comment in countries.ts).
      const resolved: Record<string, string> = {
        Dominican: 'do',
        Congolese: 'cd',
        Korean: 'kr',
        Korea: 'kr',
        Macedonian: 'mk',
        Macedonia: 'mk',
        Guinean: 'gn',
      };
      for (const [form, id] of Object.entries(resolved)) {
        const owners = COUNTRIES.filter((country) => [country.name, ...country.aliases, ...country.demonyms].includes(form));
        assert.deepEqual(owners.map((country) => country.id), [id], form);
      }
    });

    it('names every capital as a place of that country', () => {
      for (const country of COUNTRIES) {
        if (country.capital === null) continue;
        const capital = country.capital;
        const place = PLACES.find((entry) => entry.name === capital || entry.aliases.includes(capital));
        assert.ok(place, `capital of ${country.id}: ${capital}`);
        assert.equal(place.country, country.id, capital);
      }
    });
  });

  describe('organisations', () => {
    it('has at least 100 entries with unique slug ids', () => {
      assert.ok(ORGANIZATIONS.length >= 100, `${ORGANIZATIONS.length} organisations`);
      assert.deepEqual(ORGANIZATIONS.filter((org) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(org.id)).map((org) => org.id), []);
      assert.deepEqual(duplicates(ORGANIZATIONS, (org) => org.id), []);
    });

    it('has no empty or padded strings', () => {
      for (const org of ORGANIZATIONS) {
        const values = [org.name, ...org.aliases, ...(org.acronym === null ? [] : [org.acronym])];
        assert.deepEqual(values.filter((value) => !isClean(value)), [], org.id);
      }
    });

    it('gives every name and alias to one organisation only', () => {
      const forms = ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases].map((form) => ({ form, id: org.id })));
      const collisions = duplicates(forms, (entry) => key(entry.form));
      assert.deepEqual(
        collisions.map((k) => `${k}: ${forms.filter((entry) => key(entry.form) === k).map((entry) => entry.id).join(', ')}`),
        [],
      );
    });

    it('has unique, upper-case-ish acronyms', () => {
      const acronyms = ORGANIZATIONS.flatMap((org) => (org.acronym === null ? [] : [org.acronym]));
      assert.deepEqual(duplicates(acronyms, (acronym) => acronym), []);
      // Starts with a capital or a digit and has more capitals than not: 'SCO', 'G20', 'CoE', 'AfDB', 'UN Women'.
      const odd = acronyms.filter((acronym) => {
        const letters = acronym.replace(/[^\p{L}]/gu, '');
        const upper = letters.replace(/[^\p{Lu}]/gu, '');
        return !/^[\p{Lu}\d]/u.test(acronym) || upper.length === 0 || (upper.length < 2 && letters.length > upper.length);
      });
      assert.deepEqual(odd, []);
    });

    it('points every parent at an existing organisation, without cycles', () => {
      const byId = new Map(ORGANIZATIONS.map((org) => [org.id, org]));
      for (const org of ORGANIZATIONS) {
        const seen = new Set<string>([org.id]);
        let parent = org.parent;
        while (parent !== null) {
          const next = byId.get(parent);
          assert.ok(next, `${org.id} → ${parent}`);
          assert.ok(!seen.has(parent), `cycle at ${org.id}`);
          seen.add(parent);
          parent = next.parent;
        }
      }
    });

    it('lists secretariats as their own entries', () => {
      for (const id of ['sco-secretariat', 'sco-rats', 'asean-secretariat', 'cis-executive-committee', 'eec', 'un-secretariat']) {
        const org = ORGANIZATIONS.find((entry) => entry.id === id);
        assert.ok(org, id);
        assert.notEqual(org.parent, null, id);
      }
    });
  });

  describe('places', () => {
    it('uses unique ids and names known countries', () => {
      assert.deepEqual(duplicates(PLACES, (place) => place.id), []);
      const countries = new Set(COUNTRIES.map((country) => country.id));
      assert.deepEqual(PLACES.filter((place) => place.country !== null && !countries.has(place.country)).map((place) => place.id), []);
    });

    it('has no empty strings and no name shared by two places', () => {
      for (const place of PLACES) assert.deepEqual([place.id, place.name, ...place.aliases].filter((value) => !isClean(value)), [], place.id);
      const forms = PLACES.flatMap((place) => [place.name, ...place.aliases]);
      assert.deepEqual(duplicates(forms, key), []);
    });
  });

  describe('cues', () => {
    it('speech cues are lower case, unique and have a lemma', () => {
      assert.deepEqual(SPEECH_CUES.filter((cue) => !isClean(cue.phrase) || !isClean(cue.lemma) || !isLowerCase(cue.phrase) || !isLowerCase(cue.lemma)), []);
      assert.deepEqual(duplicates(SPEECH_CUES, (cue) => key(cue.phrase)), []);
    });

    it('speech cues are forms of their lemma, not stray function words', () => {
      // The first letter is shared by every form but the suppletive "went on" ('go on').
      const suppletive = new Set(['went on']);
      assert.deepEqual(SPEECH_CUES.filter((cue) => !suppletive.has(cue.phrase) && cue.phrase[0] !== cue.lemma[0]), []);
      const stopWords = new Set(['on', 'to', 'for', 'up', 'out', 'upon', 'of', 'in', 'at', 'by', 'with', 'the', 'a', 'and']);
      assert.deepEqual(SPEECH_CUES.filter((cue) => stopWords.has(cue.phrase)), []);
      assert.deepEqual(MEETING_CUES.filter((cue) => stopWords.has(cue.phrase)), []);
      assert.equal(SPEECH_CUES.find((cue) => cue.phrase === 'according to')?.lemma, 'according to');
    });

    it('meeting cues are lower case and unique', () => {
      assert.deepEqual(MEETING_CUES.filter((cue) => !isClean(cue.phrase) || !isLowerCase(cue.phrase)), []);
      assert.deepEqual(duplicates(MEETING_CUES, (cue) => key(cue.phrase)), []);
    });
  });

  describe("the seed's needs", () => {
    it('knows the SCO, China and Uzbekistan', () => {
      const sco = ORGANIZATIONS.find((org) => org.id === 'sco');
      assert.equal(sco?.name, 'Shanghai Cooperation Organisation');
      assert.equal(sco?.acronym, 'SCO');
      assert.ok(ORGANIZATIONS.some((org) => org.name === 'SCO Secretariat' && org.acronym === null && org.parent === 'sco'));
      const china = COUNTRIES.find((country) => country.id === 'cn');
      assert.equal(china?.name, 'China');
      assert.ok(china?.demonyms.includes('Chinese'));
      const uzbekistan = COUNTRIES.find((country) => country.id === 'uz');
      assert.equal(uzbekistan?.name, 'Uzbekistan');
      assert.ok(uzbekistan?.demonyms.includes('Uzbek'));
      assert.ok(uzbekistan?.demonyms.includes('Uzbekistani'));
    });

    it('knows Tashkent and Bishkek', () => {
      assert.equal(PLACES.find((place) => place.name === 'Tashkent')?.country, 'uz');
      assert.equal(PLACES.find((place) => place.name === 'Bishkek')?.country, 'kg');
    });

    it('knows the titles of the seed', () => {
      assert.ok(TITLE_HEADS.includes('secretary-general'));
      assert.ok(TITLE_HEADS.includes('vice minister') || (TITLE_HEADS.includes('minister') && TITLE_MODIFIERS.includes('vice')));
      assert.ok(TITLE_HEADS.includes('foreign minister') && TITLE_MODIFIERS.includes('vice'));
      assert.ok(MINISTRY_DOMAINS.includes('foreign affairs'));
    });

    it('knows the speech cues of the seed', () => {
      const phrases = new Set(SPEECH_CUES.map((cue) => cue.phrase));
      for (const phrase of ['emphasised', 'pointed out', 'praised', 'added', 'said', 'noted', 'highlighted']) assert.ok(phrases.has(phrase), phrase);
      assert.equal(SPEECH_CUES.find((cue) => cue.phrase === 'pointed out')?.lemma, 'point out');
    });

    it('knows the meeting cues of the seed and the samples', () => {
      const phrases = new Set(MEETING_CUES.map((cue) => cue.phrase));
      for (const phrase of ['met with', 'meeting', 'received', 'held talks', 'telephone conversation', 'consultations', 'summit']) assert.ok(phrases.has(phrase), phrase);
    });

    it('knows what the samples name', () => {
      const orgForms = new Set(ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases, ...(org.acronym === null ? [] : [org.acronym])]));
      for (const form of ['ASEAN', 'ASEAN Secretariat', 'African Union Commission', 'European Commission', 'European Union', 'OSCE', 'Organization for Security and Co-operation in Europe', 'CIS', 'Commonwealth of Independent States', 'Shanghai Cooperation Organisation']) {
        assert.ok(orgForms.has(form), form);
      }
      const placeNames = new Set(PLACES.flatMap((place) => [place.name, ...place.aliases]));
      for (const form of ['Jakarta', 'Tokyo', 'Addis Ababa', 'Brussels', 'Valletta', 'Chișinău', 'Tiraspol']) assert.ok(placeNames.has(form), form);
      for (const form of ['Mr.', 'Ms.', 'H.E.', 'Dato']) assert.ok(HONORIFICS.includes(form), form);
      assert.ok(TITLE_HEADS.includes('chairperson-in-office'));
      assert.ok(TITLE_HEADS.includes('ambassador'));
      assert.ok(COUNTRIES.some((country) => country.id === 'md' && country.aliases.includes('Republic of Moldova')));
    });
  });

  describe('phrases and the tokeniser', () => {
    /**
     * Forms kept because releases write them so, although the tokeniser does not turn them into
     * plain words: the possessive 's is a token of its own, and "St." and "," are punctuation.
     * Honorifics are left out of this check: their dots are part of the data by design.
     */
    const KNOWN_UNMATCHABLE = new Set([
      "People's Democratic Republic of Algeria",
      "People's Republic of Bangladesh",
      "People's Republic of China",
      "Democratic People's Republic of Korea",
      "Lao People's Democratic Republic",
      'St. Kitts and Nevis',
      'St. Lucia',
      'St. Vincent and the Grenadines',
      "United Nations Children's Fund",
      "UN Children's Fund",
      'Joint United Nations Programme on HIV/AIDS',
      'United Nations Educational, Scientific and Cultural Organization',
      "Saint John's",
      "St. John's",
      "St John's",
      "Saint George's",
      "St. George's",
      "St George's",
      'St. Petersburg',
    ]);

    function tokenizesAsPhrase(phrase: string): boolean {
      const tokens = tokenize(phrase);
      if (tokens.some((token) => token.type !== TokenType.Word && token.type !== TokenType.Number)) return false;
      return tokens.map((token) => token.lower).join(' ') === key(phrase);
    }

    it('every multiword form is made of the words the tokeniser produces', () => {
      const phrases = [
        ...COUNTRIES.flatMap((country) => [country.name, ...country.aliases, ...country.demonyms]),
        ...ORGANIZATIONS.flatMap((org) => [org.name, ...org.aliases]),
        ...PLACES.flatMap((place) => [place.name, ...place.aliases]),
        ...TITLE_HEADS,
        ...TITLE_MODIFIERS,
        ...MINISTRY_DOMAINS,
        ...ROLE_REFERENCE_NOUNS,
        ...SPEECH_NOUNS,
        ...SPEECH_CUES.map((cue) => cue.phrase),
        ...MEETING_CUES.map((cue) => cue.phrase),
      ];
      assert.deepEqual(phrases.filter((phrase) => !KNOWN_UNMATCHABLE.has(phrase) && !tokenizesAsPhrase(phrase)), []);
    });
  });
});
