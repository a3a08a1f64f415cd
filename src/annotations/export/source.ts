/**
 * What every exporter reads: the documents with their text, analysis and tagged passages, the
 * codebook, and who exports when. Exporters are pure: they return strings or bytes and leave
 * writing them to the caller (the command line or the editor).
 */
import type { Analysis, Meeting, Quote } from '../../core/model';
import type { Annotation, Code, Codebook } from '../model';

export interface ExportSource {
  /** The document's path relative to its workspace folder, with `/` separators. */
  path: string;
  text: string;
  analysis: Analysis;
  /** Already re-anchored against `text`: `orphaned` tells which positions are stale. */
  annotations: Annotation[];
}

export interface ExportInput {
  sources: ExportSource[];
  codebook: Codebook;
  /** ISO 8601 time of the export. */
  now: string;
  /** Who exports; the project's creating user in QDPX. */
  author: string;
  projectName: string;
}

/** A code as the exporters need it: its place in the tree and whether the codebook knows it. */
export interface ExportCode {
  id: string;
  name: string;
  /** Its own colour or, as the editor shows it, the nearest ancestor's. */
  color?: string;
  description?: string;
  parentId: string | null;
  children: ExportCode[];
  /** False for a code a passage uses but the codebook no longer lists (deleted or renamed). */
  known: boolean;
}

/**
 * The codebook as a tree plus a look-up by id, with codes that passages use but the codebook lacks
 * added as top-level codes named by their id, so no tag is lost from an export.
 */
export function exportCodes(input: ExportInput): { roots: ExportCode[]; byId: Map<string, ExportCode> } {
  const byId = new Map<string, ExportCode>();
  const build = (code: Code, parentId: string | null, inherited: string | undefined): ExportCode | undefined => {
    if (byId.has(code.id)) return undefined;
    const node: ExportCode = { id: code.id, name: code.name, parentId, children: [], known: true };
    const color = code.color ?? inherited;
    if (color !== undefined) node.color = color;
    if (code.description !== undefined) node.description = code.description;
    byId.set(code.id, node);
    for (const child of code.children ?? []) {
      const built = build(child, code.id, color);
      if (built) node.children.push(built);
    }
    return node;
  };
  const roots: ExportCode[] = [];
  for (const code of input.codebook.codes) {
    const built = build(code, null, undefined);
    if (built) roots.push(built);
  }
  for (const source of input.sources) {
    for (const annotation of source.annotations) {
      for (const id of annotation.codes) {
        if (byId.has(id)) continue;
        const node: ExportCode = { id, name: id, parentId: null, children: [], known: false };
        byId.set(id, node);
        roots.push(node);
      }
    }
  }
  return { roots, byId };
}

/** Passages in document order (then by id), so exports diff cleanly whatever order the sidecar keeps. */
export function sortedAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) => a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * True when the passage's positions can be trusted in `text`: not orphaned and within the text.
 * Formats that only carry positions (QDPX, brat) leave the others out.
 */
export function isPlaced(annotation: Annotation, text: string): boolean {
  const { start, end } = annotation.position;
  return !annotation.orphaned && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/** The passage's text: the current text for placed passages, the last known quote for orphans. */
export function passageText(annotation: Annotation, text: string): string {
  return isPlaced(annotation, text) ? text.slice(annotation.position.start, annotation.position.end) : annotation.quote.exact;
}

/**
 * Converts UTF-16 offsets (what JavaScript and the sidecar count) to code-point offsets (what
 * Python tools such as brat and QualCoder count). They differ by one after each character outside
 * the Basic Multilingual Plane (emoji, mathematical letters), which JavaScript stores as two units.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  if (astral.length === 0) return (offset) => offset;
  return (offset) => {
    // Pairs that start before the offset each count one code point less.
    let low = 0;
    let high = astral.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((astral[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  };
}

/** The quote of the analysis that contains the passage, if any. */
export function quoteAround(analysis: Analysis, start: number, end: number): Quote | undefined {
  return analysis.quotes.find((quote) => quote.start <= start && end <= quote.end);
}

/**
 * The date a passage is about: the date of the meeting whose span contains the passage, else the
 * date of the document's main meeting (its first meeting not reported as background), else null.
 */
export function meetingDateFor(analysis: Analysis, start: number, end: number): string | null {
  const contains = (meeting: Meeting) => meeting.start <= start && end <= meeting.end;
  const around: Meeting | undefined = analysis.meetings.find(contains) ?? analysis.events.find(contains);
  return around?.date ?? mainMeetingDate(analysis);
}

/**
 * The date of the document's main meeting: its first meeting not reported as background, else
 * its first such event with nobody named.
 */
export function mainMeetingDate(analysis: Analysis): string | null {
  const main = (meeting: Meeting) => !meeting.reported;
  return (analysis.meetings.find(main) ?? analysis.events.find(main))?.date ?? null;
}

/**
 * Spreadsheet applications run a cell that starts with `=`, `+`, `-` or `@` (and tab or carriage
 * return, which some of them strip first) as a formula, so a passage or note could run one when an
 * export is opened. Such cells get a leading `'`, the usual escape, which shows as text.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
