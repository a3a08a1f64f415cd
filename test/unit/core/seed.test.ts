import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis, Official } from '../../../src/core/model';
import { readSeed } from '../../fixtures/seed';

describe('engine on the reference SCO release', () => {
  const text = readSeed();
  let analysis: Analysis;
  before(() => {
    analysis = analyze(text);
  });

  const official = (id: string): Official => {
    const found = analysis.officials.find((o) => o.id === id);
    assert.ok(found, `official ${id} found; got ${analysis.officials.map((o) => o.id).join(', ')}`);
    return found;
  };
  /** The official a mention of `target` refers to, where `target` starts `context`. */
  const whoIs = (context: string, target = context.split(' ').slice(0, context.startsWith('the') || context.startsWith('The') ? 3 : 1).join(' ')): string | undefined => {
    const at = text.indexOf(context);
    assert.ok(at >= 0, `the seed contains "${context}"`);
    const mention = analysis.officials.flatMap((o) => o.mentions.map((m) => ({ o, m }))).find(({ m }) => m.start === at && m.end === at + target.length);
    return mention?.o.id;
  };

  it('finds exactly the two officials, with their titles and affiliations', () => {
    assert.deepEqual(analysis.officials.map((o) => o.name).sort(), ['Le Yucheng', 'Vladimir Norov']);
    const norov = official('vladimir-norov');
    assert.ok(norov.titles.includes('SCO Secretary-General'), `Norov's titles: ${norov.titles.join(' | ')}`);
    assert.equal(norov.affiliation, 'SCO');
    const le = official('le-yucheng');
    assert.ok(le.titles.includes('Vice Minister of Foreign Affairs of China'), `Le Yucheng's titles: ${le.titles.join(' | ')}`);
    assert.equal(le.affiliation, 'China');
  });

  it('resolves role references and pronouns to the right person', () => {
    assert.equal(whoIs('the Secretary-General added', 'the Secretary-General'), 'vladimir-norov');
    assert.equal(whoIs('He specifically'), 'vladimir-norov');
    assert.equal(whoIs('the Vice Minister his', 'the Vice Minister'), 'le-yucheng');
    assert.equal(whoIs('The Vice Minister praised', 'The Vice Minister'), 'le-yucheng');
    assert.equal(whoIs('his ideas', 'his'), 'vladimir-norov');
    assert.equal(whoIs('He praised'), 'le-yucheng');
    assert.equal(whoIs('He also noted'), 'le-yucheng');
    const kinds = new Set(official('le-yucheng').mentions.map((m) => m.kind));
    assert.deepEqual([...kinds].sort(), ['name', 'pronoun', 'role']);
  });

  it('keeps offsets into the original text, non-breaking spaces included', () => {
    for (const o of analysis.officials) {
      for (const mention of o.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    }
    for (const quote of analysis.quotes) {
      assert.ok('"“«'.includes(text[quote.start] as string), `quote starts at its mark: ${text.slice(quote.start, quote.start + 10)}`);
    }
  });

  it('attributes the first quote to Norov and the other two to Le Yucheng, with their cues', () => {
    assert.equal(analysis.quotes.length, 3);
    const [first, second, third] = analysis.quotes;
    assert.match(first!.text, /^China has consistently pursued/);
    assert.equal(first!.speaker, 'vladimir-norov');
    assert.equal(first!.cue?.verb, 'added');
    assert.match(second!.text, /^Uzbekistan undertook/);
    assert.equal(second!.speaker, 'le-yucheng');
    assert.equal(second!.cue?.verb, 'praised');
    assert.match(third!.text, /^Important initiatives/);
    assert.equal(third!.speaker, 'le-yucheng');
    assert.equal(third!.cue?.verb, 'pointed out');
    assert.equal(text.slice(third!.cue!.start, third!.cue!.end), 'pointed out');
  });

  it('does not take the unquoted paraphrase for a quote', () => {
    assert.ok(!analysis.quotes.some((q) => q.text.includes('Chinese diplomacy')));
  });

  it('finds the meeting of 12 November 2019 at the Ministry with both officials', () => {
    const main = analysis.meetings.find((m) => !m.reported);
    assert.ok(main, 'a main meeting');
    assert.equal(main.date, '2019-11-12');
    assert.equal(main.place, 'Ministry of Foreign Affairs of China');
    assert.deepEqual([...main.participants].sort(), ['le-yucheng', 'vladimir-norov']);
    assert.equal(main.kind, 'meeting');
    assert.match(main.sentence, /^On 12 November 2019, SCO Secretary-General/);
  });

  it('reports the Heads of Government Council meeting of 2 November 2019 in Tashkent as an earlier event', () => {
    const council = analysis.events.find((m) => m.date === '2019-11-02');
    assert.ok(council, `events: ${JSON.stringify(analysis.events.map((m) => [m.date, m.place, m.evidence]))}`);
    assert.equal(council.reported, true);
    assert.equal(council.place, 'Tashkent');
    assert.deepEqual(council.participants, []);
    assert.equal(analysis.meetings.filter((m) => !m.reported).length, 1, 'one main meeting; "The meeting took place…" adds none');
  });

  it('lists the one meeting of people apart from the two events where nobody is named', () => {
    assert.deepEqual(analysis.meetings.map((m) => m.date), ['2019-11-12']);
    assert.deepEqual(analysis.events.map((m) => [m.date, m.place]), [['2019-11-02', 'Tashkent'], [null, 'Bishkek']]);
  });

  it('links the SCO acronym to its full name and finds the countries', () => {
    const sco = analysis.organizations.find((o) => o.id === 'sco');
    assert.ok(sco);
    assert.equal(sco.acronym, 'SCO');
    assert.equal(sco.name, 'Shanghai Cooperation Organisation');
    const countries = analysis.countries.map((c) => c.name);
    assert.ok(countries.includes('China') && countries.includes('Uzbekistan'), countries.join(', '));
    assert.ok(analysis.places.some((p) => p.name === 'Tashkent') && analysis.places.some((p) => p.name === 'Bishkek'));
  });

  it('reads the headline', () => {
    assert.equal(analysis.document.title, 'SCO Secretary-General’s meeting with Vice Foreign Minister of China');
  });
});
