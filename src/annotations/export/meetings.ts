/**
 * The meetings the analysis found, as an event table (CSV) in the dyadic shape event datasets use
 * (CAMEO, ICEWS): one row per pair of participants.
 *
 * Columns: `document, meeting_id, date, end_date, place, kind, cameo, participant_a, participant_b,
 * reported, start, end, sentence`.
 * - Participants are the officials' names, then the bodies that take part without a named official
 *   ("the SCO Heads of Government Council"). Each unordered pair gives one row, in the order the
 *   analysis lists them; a meeting with a single participant gives one row with `participant_b`
 *   empty, one with none a row with both empty, so every meeting appears.
 * - `start`/`end` are UTF-16 offsets of the meeting's span; `reported` is true for an event the
 *   document reports as background.
 * - Text cells that a spreadsheet would run as a formula get a leading `'` (see {@link guardCell}).
 */
import { stringify } from 'csv-stringify/sync';
import { guardCell, type ExportInput } from './source';

export const MEETING_COLUMNS = [
  'document',
  'meeting_id',
  'date',
  'end_date',
  'place',
  'kind',
  'cameo',
  'participant_a',
  'participant_b',
  'reported',
  'start',
  'end',
  'sentence',
] as const;

export function exportMeetings(input: ExportInput): string {
  const rows: string[][] = [[...MEETING_COLUMNS]];
  for (const source of input.sources) {
    const names = new Map(source.analysis.officials.map((official) => [official.id, official.name]));
    // Events with nobody named are rows too (their bodies, or no participant): an event table.
    for (const meeting of [...source.analysis.meetings, ...source.analysis.events].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const participants = [...new Set([...meeting.participants.map((id) => names.get(id) ?? id), ...meeting.bodies])];
      const pairs: Array<[string, string]> = [];
      for (let i = 0; i < participants.length; i++) {
        for (let j = i + 1; j < participants.length; j++) pairs.push([participants[i] as string, participants[j] as string]);
      }
      if (pairs.length === 0) pairs.push([participants[0] ?? '', '']);
      for (const [a, b] of pairs) {
        rows.push([
          guardCell(source.path),
          guardCell(meeting.id),
          guardCell(meeting.date ?? ''),
          guardCell(meeting.endDate ?? ''),
          guardCell(meeting.place ?? ''),
          meeting.kind,
          guardCell(meeting.cameo),
          guardCell(a),
          guardCell(b),
          String(meeting.reported),
          String(meeting.start),
          String(meeting.end),
          guardCell(meeting.sentence),
        ]);
      }
    }
  }
  return stringify(rows);
}
