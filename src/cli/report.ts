/**
 * The command line's output shapes (documented in README and `schemas/analysis.schema.json`):
 * one report per file, and flat rows per table for CSV.
 */
import type { Analysis } from '../core/model';

export interface FileReport {
  file: string;
  title: string | null;
  dateline: { place: string | null; date: string | null } | null;
  publisher: string | null;
  officials: Array<{
    id: string;
    name: string;
    titles: string[];
    affiliation: string | null;
    mentions: Array<{ start: number; end: number; kind: 'name' | 'role' | 'pronoun'; text: string }>;
  }>;
  organizations: Array<{ id: string; name: string; acronym: string | null; mentions: number }>;
  countries: Array<{ id: string; name: string; mentions: number }>;
  places: Array<{ id: string; name: string; mentions: number }>;
  quotes: Array<{
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    speakerName: string | null;
    cue: { start: number; end: number; verb: string } | null;
  }>;
  meetings: ReportedMeeting[];
  /** Events reported with nobody named as taking part. */
  events: ReportedMeeting[];
}

export interface ReportedMeeting {
  id: string;
  date: string | null;
  endDate: string | null;
  place: string | null;
  kind: string;
  cameo: string;
  participants: string[];
  reported: boolean;
  start: number;
  end: number;
}

const reportMeeting = ({ id, date, endDate, place, kind, cameo, participants, reported, start, end }: Analysis['meetings'][number]): ReportedMeeting => ({
  id,
  date,
  endDate,
  place,
  kind,
  cameo,
  participants,
  reported,
  start,
  end,
});

export function toReport(file: string, analysis: Analysis): FileReport {
  return {
    file,
    title: analysis.document.title,
    dateline: analysis.document.dateline ? { place: analysis.document.dateline.place, date: analysis.document.dateline.date } : null,
    publisher: analysis.document.publisher,
    officials: analysis.officials.map((official) => ({
      id: official.id,
      name: official.name,
      titles: official.titles,
      affiliation: official.affiliation,
      mentions: official.mentions.map(({ start, end, kind, text }) => ({ start, end, kind, text })),
    })),
    organizations: analysis.organizations.map(({ id, name, acronym, mentions }) => ({ id, name, acronym, mentions: mentions.length })),
    countries: analysis.countries.map(({ id, name, mentions }) => ({ id, name, mentions: mentions.length })),
    places: analysis.places.map(({ id, name, mentions }) => ({ id, name, mentions: mentions.length })),
    quotes: analysis.quotes.map(({ start, end, text, speaker, speakerName, cue }) => ({
      start,
      end,
      text,
      speaker,
      speakerName,
      cue: cue ? { start: cue.start, end: cue.end, verb: cue.verb } : null,
    })),
    meetings: analysis.meetings.map(reportMeeting),
    events: analysis.events.map(reportMeeting),
  };
}

export type TableName = 'officials' | 'quotes' | 'meetings' | 'events';
export const TABLES: readonly TableName[] = ['officials', 'quotes', 'meetings', 'events'];

/** Rows of one table across reports, with a header row first. */
export function tableRows(reports: FileReport[], table: TableName): string[][] {
  switch (table) {
    case 'officials':
      return [
        ['file', 'id', 'name', 'titles', 'affiliation', 'mentions'],
        ...reports.flatMap((report) =>
          report.officials.map((o) => [report.file, o.id, o.name, o.titles.join('; '), o.affiliation ?? '', String(o.mentions.length)]),
        ),
      ];
    case 'quotes':
      return [
        ['file', 'start', 'end', 'speaker', 'speakerName', 'verb', 'text'],
        ...reports.flatMap((report) =>
          report.quotes.map((q) => [report.file, String(q.start), String(q.end), q.speaker ?? '', q.speakerName ?? '', q.cue?.verb ?? '', q.text]),
        ),
      ];
    case 'meetings':
    case 'events':
      return [
        ['file', 'id', 'date', 'endDate', 'place', 'kind', 'cameo', 'participants', 'reported', 'start', 'end'],
        ...reports.flatMap((report) =>
          report[table].map((m) => [
            report.file,
            m.id,
            m.date ?? '',
            m.endDate ?? '',
            m.place ?? '',
            m.kind,
            m.cameo,
            m.participants.join('; '),
            String(m.reported),
            String(m.start),
            String(m.end),
          ]),
        ),
      ];
  }
}
