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
 *    Sergey Lavrov" in a Russian release). First, the country the text pairs with the country
 *    of the official's counterpart ("relations between Türkiye and Iran", "Russian-French
 *    ties"). Else what the publisher's country leaves in the text: national bodies (the
 *    Ministry of Foreign Affairs of the Russian Federation), the dateline's place and the
 *    headline; mentions in the body do not count, as they are mostly of the subject, not the
 *    publisher ("Israel's attacks"). Countries that other officials of the text represent are
 *    left out. The country is given only when it leads clearly: an official without an
 *    affiliation is better than one with the wrong country.
 */
import { AnalysisContext, Claim } from '../context';
import type { EntityFindings } from '../entities';
import { COUNTRIES, countryIdOfForm, countryOfPlace } from '../lexicon';
import { memoizeString } from '../memo';
import type { Country, Dateline, Meeting, Official, Span } from '../model';
import { TokenType } from '../tokens';
import { W } from '../wordClass';

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
      const k = ctx.tokenAtOrAfter(mention.start);
      if (tokens[k]?.start !== mention.start) continue;
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
  // What the text tells of the document's country, made once and only when an orphan needs it.
  let signs: { countryById: Map<string, { id: string; name: string }>; pairs: Array<[string, string]>; weights: Map<string, number> } | undefined;
  const documentSigns = () => {
    if (signs) return signs;
    const countryById = new Map<string, { id: string; name: string }>(entities.countries.map((c) => [c.id, c]));
    // The dateline's country counts even when the text names it nowhere else.
    const datelineCountry = dateline?.place ? countryOfPlace(dateline.place) : undefined;
    const lexiconEntry = datelineCountry && !countryById.has(datelineCountry) ? COUNTRIES.find((c) => c.id === datelineCountry) : undefined;
    if (lexiconEntry) countryById.set(lexiconEntry.id, lexiconEntry);
    const pairs = countryPairs(ctx, entities);
    for (const id of pairs.flat()) if (!countryById.has(id)) countryById.set(id, COUNTRIES.find((c) => c.id === id)!);
    // What the publisher's country leaves in the text: its bodies, the dateline, the headline.
    const weights = new Map<string, number>();
    const add = (id: string | null | undefined, weight: number) => {
      if (id && countryById.has(id)) weights.set(id, (weights.get(id) ?? 0) + weight);
    };
    if (headline) for (const country of entities.countries) for (const mention of country.mentions) if (mention.start < headline.end && mention.end > headline.start) add(country.id, WEIGHT_HEADLINE);
    for (const org of entities.organizations) if (org.country) add(org.country, WEIGHT_BODY * org.mentions.length);
    add(datelineCountry, WEIGHT_DATELINE);
    signs = { countryById, pairs, weights };
    return signs;
  };
  // Who meets whom, once: the orphans' fellow participants.
  const orphanIds = new Set(orphans.map((o) => o.id));
  const fellows = new Map<string, Set<string>>();
  for (const m of meetings) {
    for (const id of m.participants) {
      if (!orphanIds.has(id)) continue;
      let set = fellows.get(id);
      if (!set) fellows.set(id, (set = new Set()));
      for (const other of m.participants) if (other !== id) set.add(other);
    }
  }
  for (const official of orphans) {
    // The countries other officials stand for, and those of the ones this official meets.
    const others = new Set<string>();
    const met = new Set<string>();
    const metIds = fellows.get(official.id);
    for (const other of officials) {
      if (other === official || other.affiliationId === null) continue;
      if (metIds?.has(other.id)) met.add(other.affiliationId);
      // Any country another official of the text stands for is theirs, not this official's, as far
      // as the text tells: "Kazakh-Egyptian" names the Egyptian chargé d'affaires's country.
      others.add(other.affiliationId);
    }
    // Only an official who meets someone of a known country is told apart from that side: for
    // anyone else, the publisher's signs may as well be the other side's or the venue's.
    if (met.size === 0) continue;
    const { countryById, pairs, weights } = documentSigns();
    // The strongest sign: the country the text pairs with the counterpart's ("Türkiye and Iran",
    // "Pakistan-UK relations").
    const paired = new Map<string, number>();
    for (const [a, b] of pairs) {
      if (met.has(a) && !others.has(b)) paired.set(b, (paired.get(b) ?? 0) + 1);
      if (met.has(b) && !others.has(a)) paired.set(a, (paired.get(a) ?? 0) + 1);
    }
    const best = leader(paired, others, 1) ?? leader(weights, others, MIN_WEIGHT);
    if (best !== null) setCountry(official, countryById.get(best)!);
  }
}

/** The key that weighs most, not among `excluded`, when it weighs at least `min` and twice the next. */
function leader(weights: ReadonlyMap<string, number>, excluded: ReadonlySet<string>, min: number): string | null {
  let best: string | null = null;
  let bestWeight = 0;
  let second = 0;
  for (const [id, weight] of weights) {
    if (excluded.has(id)) continue;
    if (weight > bestWeight) {
      second = bestWeight;
      best = id;
      bestWeight = weight;
    } else if (weight > second) second = weight;
  }
  return best !== null && bestWeight >= min && bestWeight >= LEAD_FACTOR * second ? best : null;
}

/** Words that join two countries into a pair: "Türkiye and Iran", "Pakistan-UK", "China–US". */
const PAIR_JOINT = /^\s*(and|&|-|\u2013|\u2014|\/)\s*(the\s+)?$/i;

/**
 * Pairs of countries the text names together: hyphenated compounds ("Japan-Kazakhstan",
 * "Russian-French") and two country mentions joined by "and", a dash or a slash.
 */
function countryPairs(ctx: AnalysisContext, entities: EntityFindings): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const mentions: Array<{ id: string; start: number; end: number }> = [];
  for (const country of entities.countries) for (const m of country.mentions) mentions.push({ id: country.id, start: m.start, end: m.end });
  mentions.sort((x, y) => x.start - y.start);
  for (let i = 1; i < mentions.length; i++) {
    const x = mentions[i - 1]!;
    const y = mentions[i]!;
    if (x.id !== y.id && y.start - x.end <= 6 && PAIR_JOINT.test(ctx.text.slice(x.end, y.start))) pairs.push([x.id, y.id]);
  }
  for (const token of ctx.tokens) {
    if ((token.flags & W.EntityCompound) === 0) continue;
    const ids = token.lower.split('-').map((part) => countryIdOfForm(part));
    for (let i = 1; i < ids.length; i++) if (ids[i - 1] && ids[i] && ids[i - 1] !== ids[i]) pairs.push([ids[i - 1]!, ids[i]!]);
  }
  return pairs;
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
 * "met with Syrian Foreign Minister X, Defense Minister Y and Intelligence Chief Z": the titled
 * names of a list of three or more that a meeting verb takes as its object take the country of
 * the list's first name. A subject list ("US President Joe Biden and Prime Minister Benjamin
 * Netanyahu spoke") and a pair ("X and Y") are left alone: they join people of different countries.
 */
function countryOfList(ctx: AnalysisContext, officials: readonly Official[], countries: readonly Country[], k: number): Country | undefined {
  const tokens = ctx.tokens;
  // Walk back through the list to its head, counting its items.
  let item = k;
  let items = 1;
  let head: number | undefined;
  for (let guard = 0; guard < 8; guard++) {
    const first = titleStart(ctx, item);
    if (first === item) return undefined;
    const before = tokens[first - 1];
    if (before && LIST_OPENERS.has(before.lower)) {
      head = item;
      break;
    }
    if (!before || (before.text !== ',' && before.lower !== 'and')) return undefined;
    let previous = first - 2;
    if (before.lower === 'and' && tokens[previous]?.text === ',') previous--;
    if (previous < 0 || ctx.claims[previous] !== Claim.Name) return undefined;
    // The first token of the previous item's name.
    while (previous > 0 && ctx.claims[previous - 1] === Claim.Name && ctx.claimRefs[previous - 1] === ctx.claimRefs[previous]) previous--;
    item = previous;
    items++;
  }
  if (head === undefined || head === k) return undefined;
  if (items < 3 && !listGoesOn(ctx, k)) return undefined;
  const official = officials[ctx.claimRefs[head] as number];
  return official?.affiliationId ? countries.find((c) => c.id === official.affiliationId) : undefined;
}

/** Whether another titled name follows the name at k after a comma or "and" ("…, Defense Minister Y and Intelligence Chief Z"). */
function listGoesOn(ctx: AnalysisContext, k: number): boolean {
  const tokens = ctx.tokens;
  let j = k;
  while (j < tokens.length && ctx.claims[j] === Claim.Name && ctx.claimRefs[j] === ctx.claimRefs[k]) j++;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower === 'and') j++;
  if (j === k || (tokens[j - 1]?.text !== ',' && tokens[j - 1]?.lower !== 'and')) return false;
  let titled = false;
  for (let extra = 0; j < tokens.length && extra < 6; extra++, j++) {
    const claim = ctx.claims[j];
    if (claim === Claim.Title || claim === Claim.Honorific || (claim === Claim.None && tokens[j]?.cap)) titled = true;
    else break;
  }
  return titled && ctx.claims[j] === Claim.Name;
}

/** Words before a list of the people someone meets. */
const LIST_OPENERS = new Set(['with', 'met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes']);

