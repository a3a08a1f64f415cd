/**
 * A date in a file's name ("…-2019-11-12.press") anchors the dates a release writes without a
 * year, the way an archive's naming records when a release came out.
 */
export function referenceDateFromFileName(fileName: string): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(base);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
