/**
 * Meetings: where. The venue ("at the Ministry of Foreign Affairs"), else the city or country, in
 * a part of a sentence.
 */
import { AnalysisContext, Claim } from '../context';
import type { EntityFindings } from '../entities';
import { TokenType, type Token } from '../tokens';
import { firstMarkedFrom, markedAt, markedBits, markedCount } from './sentence';
import { M } from './words';

const VENUE_NOUNS = new Set(['headquarters', 'premises', 'building', 'office', 'offices', 'secretariat', 'residence', 'compound']);

/**
 * The venue ("at the Ministry of Foreign Affairs of China") or else the city or country ("in
 * Tashkent"), in a part of the sentence {@link readSentence} read last: its words "at", "in" and
 * "to" are among the marked tokens.
 */
export function placeIn(ctx: AnalysisContext, entities: EntityFindings, first: number, end: number, visit: boolean): string | null {
  let city: string | null = null;
  // "a visit to Tehran", "visited Baku": the destination is where the visit happens.
  if (visit) {
    for (let m = firstMarkedFrom(first); m < markedCount; m++) {
      const k = markedAt[m] as number;
      if (k >= end) break;
      if (((markedBits[m] as number) & M.PlaceLead) === 0) continue;
      const lower = ctx.tokens[k]?.lower;
      const j = lower === 'to' ? k + 1 : lower === 'visited' || lower === 'visits' ? k + 1 : -1;
      if (j < 0) continue;
      const claim = ctx.claims[j];
      const ref = ctx.claimRefs[j] as number;
      if (claim === Claim.Place) return entities.places[ref]?.name ?? null;
      if (claim === Claim.Country) return entities.countries[ref]?.name ?? null;
    }
  }
  for (let m = firstMarkedFrom(first); m < markedCount; m++) {
    const k = markedAt[m] as number;
    if (k >= end) break;
    if (((markedBits[m] as number) & M.PlaceLead) === 0) continue;
    const token = ctx.tokens[k] as Token;
    if (token.type !== TokenType.Word) continue;
    if (token.lower === 'at' || token.lower === 'in') {
      let j = k + 1;
      if (ctx.tokens[j]?.lower === 'the') j++;
      const claim = ctx.claims[j];
      const ref = ctx.claimRefs[j] as number;
      if (token.lower === 'at' && claim === Claim.Organization) {
        let e = j;
        while (e < end && ctx.claims[e] === claim && ctx.claimRefs[e] === ref) e++;
        // "at the GCC General Secretariat", "at the AU Commission headquarters": the body's premises.
        while (e < end && ctx.claims[e] === Claim.None && !ctx.quoted[e] && ((ctx.tokens[e]?.cap && ctx.tokens[e]?.type === TokenType.Word) || VENUE_NOUNS.has(ctx.tokens[e]?.lower ?? ''))) e++;
        return ctx.displayOf(j, e);
      }
      if (claim === Claim.Place && city === null) {
        const place = entities.places[ref];
        let e = j;
        while (e < end && ctx.claims[e] === claim && ctx.claimRefs[e] === ref) e++;
        city = place?.name ?? ctx.displayOf(j, e);
      }
      if (token.lower === 'at' && claim === Claim.None && ctx.tokens[j]?.cap) {
        // A venue the lexicon does not know: "at the Kremlin", "at the Palace of Nations".
        let e = j;
        while (e < end && (ctx.tokens[e]?.cap || ['of', 'the', 'for'].includes(ctx.tokens[e]?.lower ?? '')) && ctx.claims[e] !== Claim.Date && !ctx.quoted[e]) e++;
        while (e > j && ['of', 'the', 'for'].includes(ctx.tokens[e - 1]?.lower ?? '')) e--;
        // "at Deputy Foreign Minister level" is a rank, not a venue.
        if (e > j && ctx.claims[j] !== Claim.Name && ctx.tokens[e]?.lower !== 'level') return ctx.displayOf(j, e);
      }
    }
  }
  return city;
}
