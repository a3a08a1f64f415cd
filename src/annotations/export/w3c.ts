/**
 * Tagged passages as one W3C Web Annotation collection (JSON-LD), for annotation servers and
 * tools that read the standard (https://www.w3.org/TR/annotation-model/).
 *
 * Each passage becomes an `Annotation` with motivation `tagging`: one `TextualBody` per code
 * (purpose `tagging`, `value` the code id, `label` its name), a `commenting` body for the note, and a
 * target whose `source` is the document path with a `TextQuoteSelector` and a
 * `TextPositionSelector` (UTF-16 offsets, as in the sidecar). Orphaned passages are kept with
 * `orphaned: true` (a term the collection's context defines) and their last known selectors.
 */
import type { Annotation } from '../model';
import { exportCodes, sortedAnnotations, type ExportInput } from './source';

/** The standard context first, as the model requires, then the one term Readout adds. */
export const W3C_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { orphaned: { '@id': 'urn:readout:orphaned', '@type': 'xsd:boolean' } },
] as const;

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  label?: string;
  format?: 'text/plain';
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  creator?: { type: 'Person'; name: string };
  created: string;
  modified: string;
  body: W3cTextualBody[];
  target: { source: string; selector: [Annotation['quote'], Annotation['position']] };
  orphaned?: true;
}

export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/** The collection as an object, for callers that embed it; {@link exportW3c} serialises it. */
export function w3cCollection(input: ExportInput): W3cCollection {
  const { byId } = exportCodes(input);
  const items: W3cAnnotation[] = [];
  for (const source of input.sources) {
    for (const annotation of sortedAnnotations(source.annotations)) {
      const body: W3cTextualBody[] = annotation.codes.map((id) => ({ type: 'TextualBody', purpose: 'tagging', value: id, label: byId.get(id)?.name ?? id }));
      if (annotation.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
      const item: W3cAnnotation = {
        id: annotation.id,
        type: 'Annotation',
        motivation: 'tagging',
        created: annotation.created,
        modified: annotation.modified,
        body,
        target: {
          source: source.path,
          selector: [
            { type: 'TextQuoteSelector', exact: annotation.quote.exact, prefix: annotation.quote.prefix, suffix: annotation.quote.suffix },
            { type: 'TextPositionSelector', start: annotation.position.start, end: annotation.position.end },
          ],
        },
      };
      if (annotation.author) item.creator = { type: 'Person', name: annotation.author };
      if (annotation.orphaned) item.orphaned = true;
      items.push(item);
    }
  }
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: input.projectName,
    total: items.length,
    generated: input.now,
    generator: { type: 'Software', name: 'Readout' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function exportW3c(input: ExportInput): string {
  return `${JSON.stringify(w3cCollection(input), null, 2)}\n`;
}
