import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { CorpusIndex } from '../../../src/core/corpus';
import { areNameVariants, nameWordsOf } from '../../../src/core/officials/variants';

const variants = (a: string, b: string) => areNameVariants(nameWordsOf(a), nameWordsOf(b));

describe('name variants', () => {
  it('takes transliterations, accents and initials for one name', () => {
    for (const [a, b] of [
      ['Sergei Lavrov', 'Sergey Lavrov'],
      ['Kasym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
      ['António Guterres', 'Antonio Guterres'],
      ['Mohammed Rahman', 'Muhammad Rahman'],
      ['Nursultan Nazarbayev', 'Nursultan Nazarbaev'],
      ['M. Rahman', 'Mohammed Rahman'],
      ['Anna K. Lindqvist', 'Anna Karin Lindqvist'],
    ]) {
      assert.ok(variants(a as string, b as string), `${a} / ${b}`);
    }
  });

  it('keeps different people apart', () => {
    for (const [a, b] of [
      ['Sergey Lavrov', 'Sergey Ryabkov'],
      ['Ali Khan', 'Imran Khan'],
      ['M. Rahman', 'A. Rahman'],
      ['M. Rahman', 'Mohammed Rahmani'],
      ['Wang Yi', 'Wang Yu Lin'],
      ['Kim Jong Un', 'Kim Jong Il'],
    ]) {
      assert.ok(!variants(a as string, b as string), `${a} / ${b}`);
    }
  });

  it('joins the spellings of one official in a document, keeping the others as aliases', () => {
    const text = 'Talks\n\nASTANA, 3 May 2024 – President Kassym-Jomart Tokayev received Foreign Minister Mohammed Rahman of Bangladesh. Kasym-Jomart Tokayev said ties were strong. M. Rahman thanked him.';
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.officials.map((o) => [o.name, o.aliases, o.mentions.filter((m) => m.kind === 'name').length]),
      [
        ['Kassym-Jomart Tokayev', ['Kasym-Jomart Tokayev'], 2],
        ['Mohammed Rahman', ['M. Rahman'], 2],
      ],
    );
    assert.deepEqual(analysis.meetings.map((m) => m.participants), [['kassym-jomart-tokayev', 'mohammed-rahman']], 'one meeting of two people');
  });

  it('joins an initial only when one person fits', () => {
    const text = 'Talks\n\nDHAKA, 3 May 2024 – Foreign Minister Mohammed Rahman met State Minister Mahmud Rahman. M. Rahman said the talks were good.';
    const names = analyze(text).officials.map((o) => o.name);
    assert.ok(names.includes('Mohammed Rahman') && names.includes('Mahmud Rahman'), names.join(', '));
    assert.ok(!analyze(text).officials.some((o) => o.aliases.includes('M. Rahman')), 'M. Rahman could be either');
  });

  it('links spellings of one person across the corpus', () => {
    const index = new CorpusIndex();
    index.update('a.press', analyze('Talks\n\nMOSCOW, 3 May 2024 – Foreign Minister Sergey Lavrov met Foreign Minister Wang Yi of China.'));
    index.update('b.press', analyze('Talks\n\nBEIJING, 9 May 2024 – Foreign Minister Sergei Lavrov held talks with Foreign Minister Wang Yi of China.'));
    const lavrov = index.persons().filter((p) => /lavrov/i.test(p.name));
    assert.equal(lavrov.length, 1, lavrov.map((p) => p.name).join(', '));
    assert.deepEqual(lavrov[0]!.aliases, ['Sergei Lavrov']);
    assert.equal(index.meetingsWith(lavrov[0]!.key).length, 2);
  });
});
