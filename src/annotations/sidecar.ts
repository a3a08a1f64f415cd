/**
 * The sidecar file that stores a document's tags: `.readout/annotations/<document path>.json`,
 * a W3C Web Annotation collection, so other tools can read it without knowing Readout. Written
 * with a fixed key order and sorted annotations, so saving unchanged tags changes no byte and a
 * diff of two versions shows only what the analyst changed.
 */
import type { JSONPath } from 'jsonc-parser';
import type { ParseResult } from '../core/knowledge';
import { parseLocatedJson } from './json';
import { ANNOTATION_SCHEMA_VERSION, type Annotation, type AnnotationFile, type TextPositionSelector, type TextQuoteSelector } from './model';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Where the tags of `documentPath` (relative to the workspace folder) are kept, relative to the same folder. */
export function sidecarPath(documentPath: string): string {
  const relative = documentPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
  return `.readout/annotations/${relative}.json`;
}

/** A new annotation id: a random UUID as a URN, as Web Annotation ids are IRIs. */
export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** Annotations in file order: by where the passage starts, then by id so the order never depends on the input's. */
function byPosition(a: Annotation, b: Annotation): number {
  return a.position.start - b.position.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function serializeAnnotationFile(file: AnnotationFile): string {
  const annotations = [...file.annotations].sort(byPosition).map((annotation) => {
    const body: Array<Record<string, string>> = annotation.codes.map((code) => ({ type: 'TextualBody', purpose: 'tagging', value: code }));
    if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note });
    const { quote, position } = annotation;
    const out: Record<string, unknown> = {
      id: annotation.id,
      type: 'Annotation',
      motivation: 'tagging',
      created: annotation.created,
      modified: annotation.modified,
      creator: { type: 'Person', name: annotation.author },
      body,
      target: {
        source: file.document,
        selector: [
          { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
          { type: 'TextPositionSelector', start: position.start, end: position.end },
        ],
      },
    };
    if (annotation.orphaned) out.orphaned = true;
    return out;
  });
  const json = { '@context': ANNO_CONTEXT, version: file.version, document: file.document, annotations };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The inverse of {@link serializeAnnotationFile}, with a message naming the place of anything malformed. */
export function parseAnnotationFile(text: string): ParseResult<AnnotationFile> {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok) return parsed;
  const fail = (message: string, path: JSONPath): ParseResult<AnnotationFile> => ({ ok: false, message, ...parsed.value.at(path) });

  const root = parsed.value.value;
  if (!isObject(root)) return fail('expected an object with "version", "document" and "annotations"', []);
  const { version, document, annotations } = root;
  if (version === undefined) return fail('missing "version"', []);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('"version" must be a positive whole number', ['version']);
  if (version > ANNOTATION_SCHEMA_VERSION) {
    return fail(
      `the file is version ${version}, newer than this Readout reads (${ANNOTATION_SCHEMA_VERSION}); update Readout to read these tags`,
      ['version'],
    );
  }
  if (typeof document !== 'string') return fail('"document" must be the document\'s path, a string', ['document']);
  if (!Array.isArray(annotations)) return fail('"annotations" must be a list', ['annotations']);

  const result: Annotation[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < annotations.length; i++) {
    const here: JSONPath = ['annotations', i];
    const label = `annotations[${i}]`;
    const item = annotations[i];
    if (!isObject(item)) return fail(`${label} must be an object`, here);
    if (typeof item.id !== 'string' || item.id === '') return fail(`${label} needs an "id"`, [...here, 'id']);
    if (ids.has(item.id)) return fail(`${label}: id "${item.id}" is used twice`, [...here, 'id']);
    ids.add(item.id);
    if (item.type !== 'Annotation') return fail(`${label}: "type" must be "Annotation"`, [...here, 'type']);
    for (const key of ['created', 'modified'] as const) {
      if (typeof item[key] !== 'string') return fail(`${label}: "${key}" must be an ISO 8601 time, a string`, [...here, key]);
    }
    const creator = item.creator;
    if (!isObject(creator) || typeof creator.name !== 'string') return fail(`${label}: "creator" must be an object with a "name"`, [...here, 'creator']);

    // A single body may be written without the list, as the Web Annotation model allows.
    const bodies = Array.isArray(item.body) ? item.body : item.body === undefined ? [] : [item.body];
    const codes: string[] = [];
    const notes: string[] = [];
    for (let j = 0; j < bodies.length; j++) {
      const body = bodies[j];
      const at: JSONPath = Array.isArray(item.body) ? [...here, 'body', j] : [...here, 'body'];
      if (!isObject(body) || typeof body.value !== 'string') return fail(`${label}.body[${j}] must be a TextualBody with a "value"`, at);
      if (body.purpose === 'tagging') codes.push(body.value);
      else if (body.purpose === 'commenting') notes.push(body.value);
      else return fail(`${label}.body[${j}]: "purpose" must be "tagging" or "commenting"`, [...at, 'purpose']);
    }
    if (codes.length === 0) return fail(`${label} has no tagging body: an annotation needs at least one code`, [...here, 'body']);

    const target = item.target;
    if (!isObject(target) || !Array.isArray(target.selector)) return fail(`${label}: "target" must have a list of selectors`, [...here, 'target']);
    let quote: TextQuoteSelector | undefined;
    let position: TextPositionSelector | undefined;
    for (let j = 0; j < target.selector.length; j++) {
      const selector = target.selector[j];
      const at: JSONPath = [...here, 'target', 'selector', j];
      if (!isObject(selector)) return fail(`${label}: selector ${j} must be an object`, at);
      if (selector.type === 'TextQuoteSelector') {
        const { exact, prefix = '', suffix = '' } = selector;
        const message = `${label}: the TextQuoteSelector needs "exact", "prefix" and "suffix" strings`;
        if (typeof exact !== 'string') return fail(message, [...at, 'exact']);
        if (typeof prefix !== 'string') return fail(message, [...at, 'prefix']);
        if (typeof suffix !== 'string') return fail(message, [...at, 'suffix']);
        quote = { type: 'TextQuoteSelector', exact, prefix, suffix };
      } else if (selector.type === 'TextPositionSelector') {
        const { start, end } = selector;
        if (!isOffset(start) || !isOffset(end) || end < start) {
          return fail(`${label}: the TextPositionSelector needs whole-number "start" and "end", start not after end`, [...at, isOffset(start) ? 'end' : 'start']);
        }
        position = { type: 'TextPositionSelector', start, end };
      }
    }
    if (!quote || !position) return fail(`${label}: the target needs a TextQuoteSelector and a TextPositionSelector`, [...here, 'target', 'selector']);
    if (item.orphaned !== undefined && typeof item.orphaned !== 'boolean') return fail(`${label}: "orphaned" must be true or false`, [...here, 'orphaned']);

    result.push({
      id: item.id,
      codes,
      note: notes.join('\n\n'),
      author: creator.name,
      created: item.created as string,
      modified: item.modified as string,
      quote,
      position,
      orphaned: item.orphaned === true,
    });
  }
  return { ok: true, value: { version, document, annotations: result } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Whether `a` was modified later than `b`: by time when both parse, else by the strings. */
function isLater(a: Annotation, b: Annotation): boolean {
  const ta = Date.parse(a.modified);
  const tb = Date.parse(b.modified);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a.modified > b.modified : ta > tb;
}

/**
 * Three-way merge of two writers of the same sidecar (two windows on one workspace). `base` is
 * what this writer last read, `mine` what it wants to write, `theirs` what is on disk now.
 *
 * - On one side only and not in base: added there, kept.
 * - In base but gone from one side: deleted there, dropped, unless the other side changed it
 *   after base (an edit outweighs a deletion it did not see).
 * - On both sides: the later `modified` wins; mine on a tie.
 *
 * Without a base, the union by id, the later `modified` winning. Mine come first, in their order,
 * then theirs that are new.
 */
export function mergeAnnotations(base: Annotation[] | undefined, mine: Annotation[], theirs: Annotation[]): Annotation[] {
  const baseById = new Map((base ?? []).map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const mineIds = new Set(mine.map((a) => a.id));
  /** Whether an annotation only one side has survives the other side's silence. */
  const keepOneSided = (annotation: Annotation): boolean => {
    if (!base) return true;
    const before = baseById.get(annotation.id);
    return !before || isLater(annotation, before);
  };
  const merged: Annotation[] = [];
  for (const own of mine) {
    const other = theirsById.get(own.id);
    if (other) merged.push(isLater(other, own) ? other : own);
    else if (keepOneSided(own)) merged.push(own);
  }
  for (const other of theirs) {
    if (!mineIds.has(other.id) && keepOneSided(other)) merged.push(other);
  }
  return merged;
}
