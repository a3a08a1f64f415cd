/**
 * Tagged passages as a CSV table, one row per passage, for spreadsheets, R and pandas.
 *
 * Columns: `document, start, end, text, codes, code_names, note, author, created, modified,
 * orphaned, speaker, meeting_date`.
 * - `start`/`end` are UTF-16 offsets, as in the sidecar; for an orphaned passage they are its last
 *   known place and `text` is its last known wording.
 * - `codes` and `code_names` join several codes with `;` (a code the codebook no longer lists is
 *   named by its id).
 * - `speaker` is who said the quote the passage lies inside, when the analysis found one.
 * - `meeting_date` is the date of the meeting whose span contains the passage, else the date of the
 *   document's main meeting (the first not reported as background), else empty. Orphaned passages
 *   get the main meeting's date and no speaker, since their positions are stale.
 * - Text cells that a spreadsheet would run as a formula get a leading `'` (see {@link guardCell}).
 */
import { stringify } from 'csv-stringify/sync';
import { exportCodes, guardCell, isPlaced, mainMeetingDate, meetingDateFor, passageText, quoteAround, sortedAnnotations, type ExportInput } from './source';

export const CSV_COLUMNS = [
  'document',
  'start',
  'end',
  'text',
  'codes',
  'code_names',
  'note',
  'author',
  'created',
  'modified',
  'orphaned',
  'speaker',
  'meeting_date',
] as const;

export function exportCsv(input: ExportInput): string {
  const { byId } = exportCodes(input);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const source of input.sources) {
    for (const annotation of sortedAnnotations(source.annotations)) {
      const { start, end } = annotation.position;
      // Analysis positions describe the current text, so only a placed passage can be looked up.
      const placed = isPlaced(annotation, source.text);
      const quote = placed ? quoteAround(source.analysis, start, end) : undefined;
      const meetingDate = placed ? meetingDateFor(source.analysis, start, end) : mainMeetingDate(source.analysis);
      rows.push([
        guardCell(source.path),
        String(start),
        String(end),
        guardCell(passageText(annotation, source.text)),
        guardCell(annotation.codes.join(';')),
        guardCell(annotation.codes.map((id) => byId.get(id)?.name ?? id).join(';')),
        guardCell(annotation.note),
        guardCell(annotation.author),
        guardCell(annotation.created),
        guardCell(annotation.modified),
        String(annotation.orphaned),
        guardCell(quote?.speakerName ?? ''),
        guardCell(meetingDate ?? ''),
      ]);
    }
  }
  return stringify(rows);
}
