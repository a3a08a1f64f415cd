/**
 * Where the engine's time goes: each pass of `analyze` timed on its own, over the same corpus the
 * throughput figure uses. The passes are called here in the order `analyze` calls them; before
 * timing, the analysis assembled here is checked against `analyze`'s own, so the breakdown cannot
 * drift from what `analyze` does.
 */
import { analyze, separateEvents } from '../src/core/analyze';
import { inferAffiliations } from '../src/core/officials/affiliations';
import { AnalysisContext } from '../src/core/context';
import { resolveReferences } from '../src/core/coreference';
import { findDates, parseIsoDate } from '../src/core/dates';
import { documentInfo, findDateline, findTitle } from '../src/core/document';
import { findEntities } from '../src/core/entities';
import type { Analysis } from '../src/core/model';
import { findMeetings } from '../src/core/meetings';
import { refineMeetings } from '../src/core/meetings/refine';
import { joinNameVariants } from '../src/core/officials/variants';
import { findOfficials } from '../src/core/officials';
import { attributeQuotes, findQuoteSpans } from '../src/core/quotes';

export const PASSES = ['tokens and sentences', 'title and dateline', 'organisations, countries, places', 'dates', 'quotation marks', 'officials', 'references (role, pronoun)', 'quote speakers', 'meetings'] as const;

/** Runs the passes on `text`, adding each one's milliseconds to `spent` (indexed as {@link PASSES}). */
function timedAnalysis(text: string, spent: Float64Array): Analysis {
  const now = () => performance.now();
  let t = now();
  const lap = (pass: number) => {
    const u = now();
    spent[pass] = (spent[pass] as number) + (u - t);
    t = u;
  };
  const ctx = new AnalysisContext(text);
  lap(0);
  const title = findTitle(ctx);
  lap(1);
  const entities = findEntities(ctx);
  lap(2);
  const dateline = findDateline(ctx, title.lineEnd, undefined);
  lap(1);
  const dates = findDates(ctx, parseIsoDate(dateline.dateline?.date));
  lap(3);
  const quoteSpans = findQuoteSpans(ctx);
  lap(4);
  const { officials } = findOfficials(ctx, entities, undefined);
  joinNameVariants(ctx, officials);
  lap(5);
  resolveReferences(ctx, entities, officials);
  lap(6);
  const quotes = attributeQuotes(ctx, quoteSpans, entities, officials);
  lap(7);
  const found = findMeetings(ctx, entities, officials, dates, dateline.dateline, title.title);
  inferAffiliations(ctx, entities, officials, found, dateline.dateline, title.span);
  refineMeetings(found, officials, dateline.dateline, title.span);
  ctx.release();
  lap(8);
  return {
    document: documentInfo(title, dateline),
    officials,
    organizations: entities.organizations,
    countries: entities.countries,
    places: entities.places,
    quotes,
    ...separateEvents(found),
  };
}

/** Microseconds per document spent in each pass, averaged over `minMs` of repeated runs. */
export function passBreakdown(texts: string[], minMs: number): Array<{ pass: string; microseconds: number; share: number }> {
  const spent = new Float64Array(PASSES.length);
  for (const text of texts) {
    if (JSON.stringify(timedAnalysis(text, spent)) !== JSON.stringify(analyze(text))) throw new Error('bench/passes.ts no longer runs the passes as analyze() does');
  }
  for (let i = 0; i < 100; i++) for (const text of texts) timedAnalysis(text, spent);
  spent.fill(0);
  let documents = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const text of texts) timedAnalysis(text, spent);
    documents += texts.length;
  }
  const total = spent.reduce((sum, ms) => sum + ms, 0);
  return PASSES.map((pass, k) => ({ pass, microseconds: ((spent[k] as number) * 1000) / documents, share: (spent[k] as number) / total }));
}
