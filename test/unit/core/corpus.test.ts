import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { CorpusIndex } from '../../../src/core/corpus';
import { readSeed } from '../../fixtures/seed';

const LATER = [
  'Norov receives Kazakh envoy',
  '',
  'TASHKENT, 3 March 2021 – SCO Secretary-General Norov received the Ambassador of Kazakhstan Erlan Sultanov at the SCO Secretariat.',
  '',
  '"We value Kazakhstan\'s active role," Norov said.',
].join('\n');

describe('corpus index', () => {
  it('links one person across documents by full name and surname', () => {
    const index = new CorpusIndex();
    index.update('seed.press', analyze(readSeed()));
    index.update('later.press', analyze(LATER));
    const norov = index.persons().find((person) => person.name === 'Vladimir Norov');
    assert.ok(norov, index.persons().map((p) => p.name).join(', '));
    assert.deepEqual(norov.appearances.map((a) => a.uri).sort(), ['later.press', 'seed.press']);
    assert.equal(index.personOf('later.press', 'norov')?.key, 'vladimir-norov');
    assert.deepEqual(
      index.quotesBy('vladimir-norov').map(({ uri, quote }) => [uri, quote.excerpt.slice(0, 20)]),
      [
        ['seed.press', 'China has consistentl'.slice(0, 20)],
        ['later.press', "We value Kazakhstan'"],
      ],
    );
    const meetings = index.meetingsWith('vladimir-norov');
    assert.deepEqual(meetings.map(({ meeting }) => meeting.date), ['2021-03-03', '2019-11-12'], 'newest first');
  });

  it('uses the knowledge base to join aliases', () => {
    const index = new CorpusIndex({ people: [{ name: 'Le Yucheng', aliases: ['Yucheng Le'], notes: 'Vice FM 2018–2022' }] });
    index.update('seed.press', analyze(readSeed()));
    index.update('alias.press', analyze('Note\n\nVice Minister Yucheng Le met the press on 5 May 2020.\n'));
    const le = index.person('le-yucheng');
    assert.ok(le);
    assert.equal(le.notes, 'Vice FM 2018–2022');
    assert.deepEqual(le.appearances.map((a) => a.uri).sort(), ['alias.press', 'seed.press']);
  });

  it('updates and removes one document at a time', () => {
    const index = new CorpusIndex();
    index.update('seed.press', analyze(readSeed()));
    index.update('later.press', analyze(LATER));
    assert.equal(index.meetings().length, analyze(readSeed()).meetings.length + analyze(LATER).meetings.length);
    index.update('later.press', analyze('Nothing here\n\nNo meetings today.'));
    assert.ok(!index.persons().some((p) => p.appearances.some((a) => a.uri === 'later.press')));
    index.rename('seed.press', 'renamed.press');
    assert.deepEqual(index.persons().find((p) => p.key === 'vladimir-norov')?.appearances.map((a) => a.uri), ['renamed.press']);
    assert.equal(index.remove('renamed.press'), true);
    assert.equal(index.persons().length, 0);
    assert.equal(index.size, 1);
  });
});
