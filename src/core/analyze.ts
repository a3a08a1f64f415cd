/**
 * The engine's entry point: text in, {@link Analysis} out. Pure and synchronous; no file,
 * setting or clock is read here.
 */
import { AnalysisContext } from './context';
import { resolveReferences } from './coreference';
import { findDates, parseIsoDate, parseIsoDay } from './dates';
import { documentInfo, findDateline, findTitle } from './document';
import { findEntities } from './entities';
import { findMeetings } from './meetings';
import { refineMeetings } from './meetings/refine';
import type { Analysis, AnalyzeOptions, Meeting } from './model';
import { findOfficials } from './officials';
import { inferAffiliations } from './officials/affiliations';
import { joinNameVariants } from './officials/variants';
import { attributeQuotes, findQuoteSpans } from './quotes';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const ctx = new AnalysisContext(text);
  // A reference date that is no day (a file named "…-2024-00-10") anchors nothing.
  const reference = parseIsoDay(options.referenceDate);

  const title = findTitle(ctx);
  const entities = findEntities(ctx);
  const dateline = findDateline(ctx, title.lineEnd, reference);
  const anchor = parseIsoDate(dateline.dateline?.date) ?? reference;
  const dates = findDates(ctx, anchor);

  const quoteSpans = findQuoteSpans(ctx);
  const { officials } = findOfficials(ctx, entities, options.knowledge);
  joinNameVariants(ctx, officials);
  resolveReferences(ctx, entities, officials);
  const quotes = attributeQuotes(ctx, quoteSpans, entities, officials);
  const found = findMeetings(ctx, entities, officials, dates, dateline.dateline, title.title);
  inferAffiliations(ctx, entities, officials, found, dateline.dateline, title.span);
  refineMeetings(found, officials, dateline.dateline, title.span);
  ctx.release();

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

/** Who met whom, apart from the events where nobody is named: the Meetings view lists people. */
export function separateEvents(found: Meeting[]): { meetings: Meeting[]; events: Meeting[] } {
  const meetings: Meeting[] = [];
  const events: Meeting[] = [];
  for (const m of found) (m.participants.length > 0 ? meetings : events).push(m);
  return { meetings, events };
}
