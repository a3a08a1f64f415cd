/**
 * Tagged passages in brat's standoff format (https://brat.nlplab.org/standoff.html), for brat
 * itself and the NLP tools that read its `.txt`/`.ann` pairs.
 *
 * - File names: the document path with `/` replaced by `__` and its extension by `.txt` and `.ann`
 *   (`briefings/sco.press` → `briefings__sco.txt`); when two documents would share a name the
 *   second keeps its extension (`briefings__sco_readout.txt`).
 * - Offsets count code points of the `.txt`, as brat (Python) does, not UTF-16 units.
 * - brat's text-bound annotations cannot cross a line break (the `.ann` file is line-based), so a
 *   passage over several lines becomes a discontinuous annotation, one fragment per line
 *   (`T1\tpraise 0 12;14 30\t…`).
 * - Entity types are code ids with every character other than letters, digits, `_` and `-` turned
 *   into `_` (`cooperation.security` → `cooperation_security`), the hierarchy kept by indentation in
 *   `annotation.conf`, names and colours in `visual.conf`. A passage with several codes gets one
 *   entity per code; its note becomes an `AnnotatorNotes` comment on each.
 * - The analysis comes along: `Official` entities for every mention of an official (the name in a
 *   note), `Quote` entities, and a `Speaker` relation from a quote to the speaker's nearest mention.
 * - Orphaned passages are left out, since their positions are not valid; `skipped` counts them.
 */
import type { Analysis } from '../../core/model';
import { codePointOffsets, exportCodes, isPlaced, sortedAnnotations, type ExportCode, type ExportInput } from './source';

/** Types Readout adds for the analysis, alongside the codes. */
const OFFICIAL = 'Official';
const QUOTE = 'Quote';
const SPEAKER = 'Speaker';

/** Everything Python's `splitlines` breaks a line at, since brat reads the `.ann` file with it. */
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/;

/** The base file name of a document: path separators turned into `__`, extension dropped. */
export function bratBaseName(documentPath: string): string {
  const flat = documentPath.replace(/^\/+/, '').replace(/\//g, '__');
  const dot = flat.lastIndexOf('.');
  return dot > 0 ? flat.slice(0, dot) : flat;
}

/** A brat type name for a code id: letters, digits, `_` and `-` only. */
export function bratType(codeId: string): string {
  const name = codeId.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z]/.test(name) ? name : `code_${name}`;
}

/** The parts of `start..end` between line breaks, in UTF-16 offsets; empty parts dropped. */
export function lineFragments(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || LINE_BREAK.test(text.charAt(i))) {
      if (i > from) fragments.push([from, i]);
      from = i + 1;
    }
  }
  return fragments;
}

/** Notes and names on one `.ann` line: line breaks and tabs become spaces. */
function oneLine(value: string): string {
  return value.replace(new RegExp(LINE_BREAK.source, 'g'), ' ').replace(/\t/g, ' ');
}

class AnnFile {
  private readonly lines: string[] = [];
  private entities = 0;
  private notes = 0;
  private relations = 0;
  private readonly toCodePoints: (offset: number) => number;

  constructor(private readonly text: string) {
    this.toCodePoints = codePointOffsets(text);
  }

  /** Adds a text-bound annotation; its id, or undefined when the span holds only line breaks. */
  entity(type: string, start: number, end: number): string | undefined {
    const fragments = lineFragments(this.text, start, end);
    if (fragments.length === 0) return undefined;
    const id = `T${++this.entities}`;
    const offsets = fragments.map(([from, to]) => `${this.toCodePoints(from)} ${this.toCodePoints(to)}`).join(';');
    const covered = fragments.map(([from, to]) => this.text.slice(from, to)).join(' ');
    this.lines.push(`${id}\t${type} ${offsets}\t${covered}`);
    return id;
  }

  note(target: string, note: string): void {
    this.lines.push(`#${++this.notes}\tAnnotatorNotes ${target}\t${oneLine(note)}`);
  }

  relation(type: string, arg1: string, arg2: string): void {
    this.lines.push(`R${++this.relations}\t${type} Arg1:${arg1} Arg2:${arg2}`);
  }

  toString(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }
}

/** Officials' mentions and quotes, with who said each quote. */
function addAnalysis(ann: AnnFile, analysis: Analysis): void {
  const mentionIds = new Map<string, Array<{ id: string; start: number; end: number }>>();
  const mentions = analysis.officials
    .flatMap((official) => official.mentions.map((mention) => ({ official, mention })))
    .sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  for (const { official, mention } of mentions) {
    const id = ann.entity(OFFICIAL, mention.start, mention.end);
    if (!id) continue;
    ann.note(id, official.name);
    const list = mentionIds.get(official.id) ?? [];
    list.push({ id, start: mention.start, end: mention.end });
    mentionIds.set(official.id, list);
  }
  for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const id = ann.entity(QUOTE, quote.start, quote.end);
    if (!id || !quote.speaker) continue;
    // The mention nearest the quote is the one the attribution rests on ("…," he said).
    const distance = (m: { start: number; end: number }) => (m.end <= quote.start ? quote.start - m.end : m.start >= quote.end ? m.start - quote.end : 0);
    const nearest = (mentionIds.get(quote.speaker) ?? []).reduce<{ id: string; start: number; end: number } | undefined>(
      (best, m) => (best === undefined || distance(m) < distance(best) ? m : best),
      undefined,
    );
    if (nearest) ann.relation(SPEAKER, id, nearest.id);
  }
}

function annotationConf(roots: ExportCode[], typeOf: (id: string) => string): string {
  const entities: string[] = [];
  const walk = (code: ExportCode, depth: number) => {
    entities.push(`${'\t'.repeat(depth)}${typeOf(code.id)}`);
    for (const child of code.children) walk(child, depth + 1);
  };
  for (const code of roots) walk(code, 0);
  return [
    '# Written by Readout: codes of the codebook (children indented), then the analysis.',
    '[entities]',
    ...entities,
    OFFICIAL,
    QUOTE,
    '[relations]',
    `${SPEAKER}\tArg1:${QUOTE}, Arg2:${OFFICIAL}`,
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '[events]',
    '[attributes]',
    '',
  ].join('\n');
}

function visualConf(codes: Iterable<ExportCode>, typeOf: (id: string) => string): string {
  const labels: string[] = [];
  const drawing: string[] = [];
  for (const code of codes) {
    labels.push(`${typeOf(code.id)} | ${oneLine(code.name).replace(/\|/g, '/')}`);
    if (code.color && /^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/.test(code.color)) drawing.push(`${typeOf(code.id)}\tbgColor:${code.color}`);
  }
  return ['[labels]', ...labels, `${OFFICIAL} | Official`, `${QUOTE} | Quote`, `${SPEAKER} | Speaker`, '[drawing]', ...drawing, ''].join('\n');
}

export function exportBrat(input: ExportInput): { files: Map<string, string>; skipped: number } {
  const { roots, byId } = exportCodes(input);
  // Distinct type names even when two ids differ only in characters brat does not allow.
  const types = new Map<string, string>();
  const taken = new Set<string>([OFFICIAL, QUOTE, SPEAKER]);
  for (const id of byId.keys()) {
    let name = bratType(id);
    for (let n = 2; taken.has(name); n++) name = `${bratType(id)}_${n}`;
    taken.add(name);
    types.set(id, name);
  }
  const typeOf = (id: string) => types.get(id) ?? bratType(id);

  const files = new Map<string, string>();
  files.set('annotation.conf', annotationConf(roots, typeOf));
  files.set('visual.conf', visualConf(byId.values(), typeOf));

  let skipped = 0;
  const names = new Set<string>();
  for (const source of input.sources) {
    let name = bratBaseName(source.path);
    if (names.has(name)) name = source.path.replace(/^\/+/, '').replace(/\//g, '__').replace(/\./g, '_');
    for (let n = 2; names.has(name); n++) name = `${bratBaseName(source.path)}_${n}`;
    names.add(name);

    const ann = new AnnFile(source.text);
    for (const annotation of sortedAnnotations(source.annotations)) {
      if (!isPlaced(annotation, source.text)) {
        skipped++;
        continue;
      }
      let placed = false;
      for (const code of annotation.codes) {
        const id = ann.entity(typeOf(code), annotation.position.start, annotation.position.end);
        if (!id) continue;
        placed = true;
        if (annotation.note) ann.note(id, annotation.note);
      }
      if (!placed) skipped++;
    }
    addAnalysis(ann, source.analysis);
    files.set(`${name}.txt`, source.text);
    files.set(`${name}.ann`, ann.toString());
  }
  return { files, skipped };
}
