import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, exportCsv } from '../../../../src/annotations/export/csv';
import { csvRecords, parseCsv } from './csvParse';
import { astralInput, seedInput } from './fixtures';

describe('export: CSV of tagged passages', () => {
  const input = seedInput();
  const records = csvRecords(exportCsv(input));
  const text = input.sources[0]!.text;

  it('has a header and one row per passage, in document order, orphans included', () => {
    assert.deepEqual(parseCsv(exportCsv(input))[0], [...CSV_COLUMNS]);
    assert.equal(records.length, 4);
    assert.deepEqual(
      records.map((r) => r.orphaned),
      ['true', 'false', 'false', 'false'],
    );
    const starts = records.slice(1).map((r) => Number(r.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('gives UTF-16 offsets that slice the passage out of the text', () => {
    for (const record of records.filter((r) => r.orphaned === 'false')) {
      assert.equal(text.slice(Number(record.start), Number(record.end)), record.text);
      assert.equal(record.document, 'releases/sco-2019-11-12.press');
    }
  });

  it('joins codes and their names with ";"', () => {
    const meeting = records.find((r) => r.text!.startsWith('SCO Secretary-General'))!;
    assert.equal(meeting.codes, 'cooperation;cooperation.security');
    assert.equal(meeting.code_names, 'Cooperation;Security');
    assert.equal(meeting.meeting_date, '2019-11-12');
    assert.equal(meeting.speaker, '');
  });

  it('names the speaker of the quote a passage lies in, and the date of the meeting around it', () => {
    const praise = records.find((r) => r.text === 'Uzbekistan undertook a great responsibility')!;
    assert.equal(praise.speaker, 'Le Yucheng');
    assert.equal(praise.meeting_date, '2019-11-02');
    const trade = records.find((r) => r.codes === 'cooperation.economic')!;
    assert.equal(trade.meeting_date, '2019-11-12', 'outside any meeting: the main meeting');
    assert.equal(trade.author, 'Second Analyst');
  });

  it('keeps the last known wording of an orphaned passage', () => {
    const orphan = records.find((r) => r.orphaned === 'true')!;
    assert.equal(orphan.text, 'a passage that was deleted');
    assert.equal(orphan.speaker, '');
    assert.equal(orphan.meeting_date, '2019-11-12');
  });

  it('escapes cells a spreadsheet would run as a formula', () => {
    const praise = records.find((r) => r.codes === 'praise' && r.orphaned === 'false')!;
    assert.equal(praise.note, `'=HYPERLINK("x") <b>&"`);
    const input2 = seedInput();
    const first = input2.sources[0]!.annotations[0]!;
    for (const start of ['+1', '-1', '@SUM(A1)', '\tx']) {
      first.note = start;
      const note = csvRecords(exportCsv(input2)).find((r) => r.codes === 'praise' && r.orphaned === 'false')!.note;
      assert.equal(note, `'${start}`);
    }
  });

  it('names a code the codebook lacks by its id', () => {
    const rows = csvRecords(exportCsv(astralInput()));
    assert.equal(rows[1]!.code_names, 'Security;retired-code');
    assert.equal(rows[1]!.text, 'agreed\nto cooperate');
  });
});
