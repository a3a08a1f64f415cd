/** Export inputs for the exporter tests: the seed release with a few passages tagged by hand. */
import { analyze } from '../../../../src/core/analyze';
import type { ExportInput, ExportSource } from '../../../../src/annotations/export/source';
import type { Annotation, Codebook } from '../../../../src/annotations/model';
import { readSeed } from '../../../fixtures/seed';

export const CODEBOOK: Codebook = {
  version: 1,
  codes: [
    { id: 'praise', name: 'Praise', color: '#2ca02c', description: 'Approval of a person, country or event.' },
    {
      id: 'cooperation',
      name: 'Cooperation',
      color: '#1f77b4',
      children: [
        { id: 'cooperation.economic', name: 'Economic & trade', color: '#aec7e8' },
        { id: 'cooperation.security', name: 'Security' },
      ],
    },
  ],
};

let counter = 0;

/** A passage tagged at the `occurrence`-th match of `needle` in `text`. */
export function tag(text: string, needle: string, codes: string[], extra: Partial<Annotation> = {}, occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  const end = start + needle.length;
  counter++;
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    codes,
    note: '',
    author: 'Analyst',
    created: '2024-05-01T10:00:00.000Z',
    modified: '2024-05-01T10:00:00.000Z',
    quote: { type: 'TextQuoteSelector', exact: needle, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { type: 'TextPositionSelector', start, end },
    orphaned: false,
    ...extra,
  };
}

/** A passage whose text is gone: its selectors keep the last known place and wording. */
export function orphan(exact: string, codes: string[]): Annotation {
  return {
    ...tag(exact, exact, codes),
    quote: { type: 'TextQuoteSelector', exact, prefix: 'Before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 5, end: 5 + exact.length },
    orphaned: true,
  };
}

export function source(path: string, text: string, annotations: (text: string) => Annotation[], referenceDate?: string): ExportSource {
  return { path, text, analysis: analyze(text, referenceDate ? { referenceDate } : {}), annotations: annotations(text) };
}

/** The seed with a praise passage inside Le Yucheng's quote, a two-code passage, a note and an orphan. */
export function seedInput(): ExportInput {
  const seed = source(
    'releases/sco-2019-11-12.press',
    readSeed(),
    (text) => [
      tag(text, 'Uzbekistan undertook a great responsibility', ['praise'], { note: '=HYPERLINK("x") <b>&"' }),
      tag(text, 'SCO Secretary-General Vladimir Norov met with', ['cooperation', 'cooperation.security']),
      tag(text, 'deepen trade and economic cooperation', ['cooperation.economic'], { author: 'Second Analyst' }),
      orphan('a passage that was deleted', ['praise']),
    ],
    '2019-11-12',
  );
  return { sources: [seed], codebook: CODEBOOK, now: '2024-06-01T12:00:00.000Z', author: 'Analyst', projectName: 'SCO readouts' };
}

/** A document with astral characters before a passage, a multi-line passage and an unknown code. */
export function astralInput(): ExportInput {
  const text = 'Talks 𝐀 and 🙂 today\nThe Minister praised the outcome.\nBoth sides agreed\nto cooperate.\n';
  const doc = source('notes/astral.readout', text, (t) => [
    tag(t, 'praised the outcome', ['praise']),
    tag(t, 'agreed\nto cooperate', ['cooperation.security', 'retired-code'], { note: 'two\nlines' }),
  ]);
  return { sources: [doc], codebook: CODEBOOK, now: '2024-06-01T12:00:00.000Z', author: 'Analyst', projectName: 'Astral' };
}
