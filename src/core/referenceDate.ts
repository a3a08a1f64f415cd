import { parseIsoDay } from './dates';

/**
 * A date in a file's name ("…-2019-11-12.press") anchors the dates a release writes without a
 * year, the way an archive's naming records when a release came out.
 */
export function referenceDateFromFileName(fileName: string): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  // The first run of digits that writes a day that exists: "report-2024-00-10" has none.
  for (const match of base.matchAll(/(?=(\d{4}-\d{2}-\d{2}))/g)) {
    const date = match[1] as string;
    if (parseIsoDay(date)) return date;
  }
  return undefined;
}
