import * as assert from 'node:assert/strict';
import { exportMeetings, MEETING_COLUMNS } from '../../../../src/annotations/export/meetings';
import type { Meeting } from '../../../../src/core/model';
import { csvRecords, parseCsv } from './csvParse';
import { seedInput } from './fixtures';

describe('export: meetings event table', () => {
  it('gives the seed meeting as one dyad with officials named, and background meetings too', () => {
    const input = seedInput();
    const csv = exportMeetings(input);
    assert.deepEqual(parseCsv(csv)[0], [...MEETING_COLUMNS]);
    const rows = csvRecords(csv);
    assert.equal(rows.length, 3);
    const main = rows[0]!;
    assert.equal(main.document, 'releases/sco-2019-11-12.press');
    assert.equal(main.date, '2019-11-12');
    assert.equal(main.place, 'Ministry of Foreign Affairs of China');
    assert.equal(main.cameo, '040');
    assert.equal(main.participant_a, 'Vladimir Norov');
    assert.equal(main.participant_b, 'Le Yucheng');
    assert.equal(main.reported, 'false');
    assert.match(main.sentence!, /^On 12 November 2019, SCO Secretary-General Vladimir Norov met with/);
    assert.equal(input.sources[0]!.text.slice(Number(main.start), Number(main.end)), main.sentence);
    assert.deepEqual(rows.slice(1).map((r) => [r.reported, r.participant_a, r.participant_b]), [['true', '', ''], ['true', '', '']]);
    assert.deepEqual(input.sources[0]!.analysis.meetings.length, 1, 'the background events are events of the analysis, not meetings');
  });

  it('gives one row per unordered pair, with bodies after officials, and one row for a single participant', () => {
    const input = seedInput();
    const analysis = input.sources[0]!.analysis;
    const base = analysis.meetings[0]!;
    const three: Meeting = { ...base, id: 'three', start: 10, bodies: ['SCO Secretariat'] };
    const one: Meeting = { ...base, id: 'one', start: 20, participants: ['le-yucheng'], bodies: [] };
    const formula: Meeting = { ...base, id: 'formula', start: 30, participants: [], bodies: ['=cmd|x'] };
    analysis.meetings = [three, one];
    analysis.events = [formula];
    const rows = csvRecords(exportMeetings(input));
    assert.deepEqual(
      rows.map((r) => [r.meeting_id, r.participant_a, r.participant_b]),
      [
        ['three', 'Vladimir Norov', 'Le Yucheng'],
        ['three', 'Vladimir Norov', 'SCO Secretariat'],
        ['three', 'Le Yucheng', 'SCO Secretariat'],
        ['one', 'Le Yucheng', ''],
        ['formula', "'=cmd|x", ''],
      ],
    );
  });
});
