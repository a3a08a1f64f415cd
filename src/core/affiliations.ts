/**
 * Affiliations the titles did not give. Titles give most of them ("Minister of Foreign Affairs
 * of Kazakhstan", "US Secretary of State"); this stage fills in, for officials still without
 * one, what the text around the name or the document as a whole makes plain:
 *
 * 1. **Beside the name**: a country or demonym before the title and name ("Syrian Intelligence
 *    Chief Hussein Salameh", "Russia's Foreign Minister Sergey Lavrov").
 * 2. **In a list** that one country opens: "Syrian Foreign Minister X, Defense Minister Y and
 *    Intelligence Chief Z" gives Y and Z Syria.
 * 3. **The document's own country**, for national offices named without one ("Foreign Minister
 *    Sergey Lavrov" in a Russian release). Each country is weighed by where the text names it:
 *    national bodies (the Ministry of Foreign Affairs of the Russian Federation) and the
 *    dateline's place count most, then the headline, then the body. Countries that the
 *    official's counterparts represent are left out. The country is given only when it leads
 *    clearly: an official without an affiliation is better than one with the wrong country.
 */
import { AnalysisContext, Claim } from './context';
import type { EntityFindings } from './entities';
import { COUNTRIES } from './lexicon';
import { memoizeString } from './memo';
import { countryOfPlace } from './meetingsRefine';
import type { Country, Dateline, Meeting, Official, Span } from './model';
import { TokenType, type Token } from './tokens';

/** Titles of national offices, which belong to a country (not an organisation's offices). */
const NATIONAL_OFFICE = /\b(minister|president|prime|premier|ambassador|spokes(?:person|man|woman)|secretary of state|foreign secretary|chancellor|king|queen|emir|amir|sultan|crown prince|governor|envoy|adviser|advisor|chief|speaker|senator|charg[ée]|consul|counsellor|counselor|attach[ée]|head of state|vice-president|vice president)\b/i;
const ORGANISATION_OFFICE = /\b(secretary-general|secretary general|director-general|director general|commissioner|high representative|executive secretary|chairperson|chairman|chair)\b/i;

/** Whether a title names a national office; titles repeat across releases, so this is cached. */
const isNationalOffice: (title: string) => boolean = memoizeString((title) => NATIONAL_OFFICE.test(title) && !ORGANISATION_OFFICE.test(title));

/** How much more the leading country must weigh than the next one, and at least how much. */
const LEAD_FACTOR = 2;
const MIN_WEIGHT = 3;

const WEIGHT_BODY = 3;
const WEIGHT_DATELINE = 2;
const WEIGHT_HEADLINE = 2;
const WEIGHT_MENTION = 1;

export function inferAffiliations(
  ctx: AnalysisContext,
  entities: EntityFindings,
  officials: Official[],
  meetings: readonly Meeting[],
  dateline: Dateline | null,
  headline: Span | null,
): void {
  if (officials.every((o) => o.affiliation !== null)) return;
  const tokens = ctx.tokens;
  const setCountry = (official: Official, country: { id: string; name: string }) => {
    official.affiliation = country.name;
    official.affiliationId = country.id;
  };

  // 1 and 2: beside the name, or from the list it stands in.
  for (const official of officials) {
    if (official.affiliation !== null) continue;
    for (const mention of official.mentions) {
      if (mention.kind !== 'name') continue;
      const k = tokenAt(tokens, mention.start);
      if (k < 0) continue;
      const country = countryBefore(ctx, entities, k) ?? countryAfter(ctx, entities, k) ?? countryOfList(ctx, officials, entities.countries, k);
      if (country) {
        setCountry(official, country);
        break;
      }
    }
  }

  // 3: the document's own country, for national offices.
  const orphans = officials.filter((o) => o.affiliation === null && o.titles.some(isNationalOffice));
  if (orphans.length === 0) return;
  const countryById = new Map<string, { id: string; name: string }>(entities.countries.map((c) => [c.id, c]));
  // The dateline's country counts even when the text names it nowhere else.
  const datelineCountry = dateline?.place ? countryOfPlace(dateline.place) : undefined;
  const lexiconEntry = datelineCountry && !countryById.has(datelineCountry) ? COUNTRIES.find((c) => c.id === datelineCountry) : undefined;
  if (lexiconEntry) countryById.set(lexiconEntry.id, lexiconEntry);
  const weights = new Map<string, number>();
  const add = (id: string | null | undefined, weight: number) => {
    if (id && countryById.has(id)) weights.set(id, (weights.get(id) ?? 0) + weight);
  };
  for (const country of entities.countries) {
    for (const mention of country.mentions) add(country.id, headline && mention.start < headline.end && mention.end > headline.start ? WEIGHT_HEADLINE : WEIGHT_MENTION);
  }
  for (const org of entities.organizations) if (org.country) add(org.country, WEIGHT_BODY * org.mentions.length);
  add(datelineCountry, WEIGHT_DATELINE);
  if (weights.size === 0) return;
  for (const official of orphans) {
    // Whoever this official meets, or shares the office with, stands for another country.
    const others = new Set<string>();
    const office = officeOf(official.titles);
    for (const other of officials) {
      if (other === official || other.affiliationId === null) continue;
      const met = meetings.some((m) => m.participants.includes(official.id) && m.participants.includes(other.id));
      if (met || (office !== null && officeOf(other.titles) === office)) others.add(other.affiliationId);
    }
    let best: string | null = null;
    let bestWeight = 0;
    let second = 0;
    for (const [id, weight] of weights) {
      if (others.has(id)) continue;
      if (weight > bestWeight) {
        second = bestWeight;
        best = id;
        bestWeight = weight;
      } else if (weight > second) second = weight;
    }
    if (best !== null && bestWeight >= MIN_WEIGHT && bestWeight >= LEAD_FACTOR * second) setCountry(official, countryById.get(best)!);
  }
}

/** The token starting at `offset`, by binary search (tokens are in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = (tokens[mid] as Token).start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The first token of the title and honorifics right before token k (k itself when none). */
function titleStart(ctx: AnalysisContext, k: number): number {
  let j = k;
  while (j > 0 && k - j < 12) {
    const claim = ctx.claims[j - 1];
    if (claim !== Claim.Title && claim !== Claim.Honorific) break;
    j--;
  }
  // Capitalised words that open the title but are not in the lexicon ("Intelligence Chief").
  for (let extra = 0; j < k && extra < 2 && j > 0 && ctx.claims[j - 1] === Claim.None && ctx.tokens[j - 1]?.cap && ctx.tokens[j - 1]?.type === TokenType.Word; extra++) j--;
  return j;
}

/** "Syrian Intelligence Chief X", "Russia's Foreign Minister X": a country right before the title. */
function countryBefore(ctx: AnalysisContext, entities: EntityFindings, k: number): Country | undefined {
  const first = titleStart(ctx, k);
  if (first === k) return undefined;
  let j = first - 1;
  if (ctx.tokens[j]?.type === TokenType.Possessive) j--;
  if (j < 0 || ctx.claims[j] !== Claim.Country) return undefined;
  return entities.countries[ctx.claimRefs[j] as number];
}

/** "President Emmanuel Macron of France": a titled name followed by "of" and a country. */
function countryAfter(ctx: AnalysisContext, entities: EntityFindings, k: number): Country | undefined {
  if (titleStart(ctx, k) === k) return undefined;
  const tokens = ctx.tokens;
  let j = k;
  while (j < tokens.length && ctx.claims[j] === Claim.Name && ctx.claimRefs[j] === ctx.claimRefs[k]) j++;
  if (tokens[j]?.lower !== 'of') return undefined;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  if (ctx.claims[j] !== Claim.Country) return undefined;
  return entities.countries[ctx.claimRefs[j] as number];
}

/**
 * "Syrian Foreign Minister X, Defense Minister Y and Intelligence Chief Z": a titled name right
 * after a comma or "and" that follows another official's name takes that official's country
 * (the officials before have their country by then, as they come first in the text).
 */
function countryOfList(ctx: AnalysisContext, officials: readonly Official[], countries: readonly Country[], k: number): Country | undefined {
  const first = titleStart(ctx, k);
  if (first === k) return undefined;
  const tokens = ctx.tokens;
  const link = tokens[first - 1];
  if (!link || (link.text !== ',' && link.lower !== 'and')) return undefined;
  let previous = first - 2;
  if (link.lower === 'and' && tokens[previous]?.text === ',') previous--;
  if (previous < 0 || ctx.claims[previous] !== Claim.Name) return undefined;
  const official = officials[ctx.claimRefs[previous] as number];
  return official?.affiliationId ? countries.find((c) => c.id === official.affiliationId) : undefined;
}

/** Offices that counterparts hold in each country, so that one of them names the other's. */
const OFFICES: ReadonlyArray<[string, RegExp]> = [
  ['foreign-minister', /\b(foreign minister|minister (of|for) foreign affairs|foreign secretary|secretary of state|external affairs minister|minister of external affairs|minister for europe and foreign affairs)\b/i],
  ['prime-minister', /\b(prime minister|premier)\b/i],
  ['defence-minister', /\b(defen[cs]e minister|minister of defen[cs]e)\b/i],
  ['ambassador', /\bambassador\b/i],
  ['president', /^(the )?president\b/i],
];

/** The office a title names, whatever its wording: "Minister for Foreign Affairs" and "Secretary of State" are one. */
function officeOf(titles: readonly string[]): string | null {
  for (const title of titles) {
    const office = officeOfTitle(title);
    if (office !== null) return office;
  }
  return null;
}

const officeOfTitle: (title: string) => string | null = memoizeString((title) => {
  for (const [office, pattern] of OFFICES) if (pattern.test(title)) return office;
  return null;
});
