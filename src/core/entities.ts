/**
 * Organisations, countries and places: from the lexicons, plus ministries, embassies and
 * "Full Name (ACRONYM)" definitions found by pattern. Runs first, so later passes know which
 * capitalised words are not people.
 */
import { AnalysisContext, Claim, slugify } from './context';
import type { Country, Organization, Place, Span } from './model';
import { TokenType, type Token } from './tokens';
import { vocabulary } from './vocabulary';
import { BODY_HEADS, W } from './wordClass';

export interface EntityFindings {
  organizations: Organization[];
  countries: Country[];
  places: Place[];
}

const SIDE_WORDS = new Set(['side', 'sides', 'delegation', 'delegations', 'party']);

/** Capitalised words that continue a body's name: "Ministry of Foreign Affairs". */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === TokenType.Word && token.cap;
}

export function findEntities(ctx: AnalysisContext): EntityFindings {
  const vocab = vocabulary();
  const organizations = new Map<string, Organization>();
  const countries = new Map<string, Country>();
  const places = new Map<string, Place>();
  const orgList: Organization[] = [];
  const countryList: Country[] = [];
  const placeList: Place[] = [];
  const tokens = ctx.tokens;
  // Each item's index in its list, recorded when it is added (lists only grow).
  const orgIndex = new Map<Organization, number>();
  const countryIndex = new Map<Country, number>();
  const placeIndex = new Map<Place, number>();

  const addOrganization = (id: string, name: string, acronym: string | null, country: string | null, first: number, end: number) => {
    let org = organizations.get(id);
    if (!org) {
      org = { id, name, acronym, country, mentions: [] };
      organizations.set(id, org);
      orgIndex.set(org, orgList.length);
      orgList.push(org);
    }
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    org.mentions.push({ start, end: stop, text: ctx.text.slice(start, stop) });
    ctx.claim(first, end, Claim.Organization, orgIndex.get(org) as number);
    return org;
  };
  const addCountry = (id: string, name: string, form: 'name' | 'demonym' | 'side', first: number, end: number, span?: Span) => {
    let country = countries.get(id);
    if (!country) {
      country = { id, name, mentions: [] };
      countries.set(id, country);
      countryIndex.set(country, countryList.length);
      countryList.push(country);
    }
    const start = span ? span.start : (tokens[first] as Token).start;
    const stop = span ? span.end : (tokens[end - 1] as Token).end;
    country.mentions.push({ start, end: stop, text: ctx.text.slice(start, stop), form });
    ctx.claim(first, end, Claim.Country, countryIndex.get(country) as number);
    return country;
  };
  const addPlace = (id: string, name: string, countryId: string | null, first: number, end: number) => {
    let place = places.get(id);
    if (!place) {
      place = { id, name, country: countryId, mentions: [] };
      places.set(id, place);
      placeIndex.set(place, placeList.length);
      placeList.push(place);
    }
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    place.mentions.push({ start, end: stop, text: ctx.text.slice(start, stop) });
    ctx.claim(first, end, Claim.Place, placeIndex.get(place) as number);
  };

  /** Country named by tokens [k, ...): a name, alias or demonym, with an optional leading "the". */
  const countryAt = (k: number) => {
    // Only a word that starts a country's name can (the trie's first step, as a bit).
    if (k >= tokens.length || ((tokens[k] as Token).flags & W.CountryStart) === 0) return undefined;
    const match = vocab.countries.longest(tokens, k, tokens.length, (token, index) => index > k || token.cap);
    return match ? { match, ref: match.values[0] as NonNullable<(typeof match.values)[0]> } : undefined;
  };

  // Where a body's head word ("Ministry", "Embassy") is, so the pattern is only tried near one.
  let nextHead = -1;
  const headAfter = (k: number) => {
    if (nextHead >= k) return nextHead;
    nextHead = tokens.length;
    for (let j = k; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.cap && (t.flags & W.BodyHead) !== 0) {
        nextHead = j;
        break;
      }
    }
    return nextHead;
  };
  let at = 0;
  const capOrConnector = (t: Token, index: number) => index === at || t.cap || isConnector(t);
  const capOrFirst = (t: Token, index: number) => index === at || t.cap;

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.type !== TokenType.Word || !token.cap || ctx.claims[k] !== Claim.None) continue;
    at = k;

    // National bodies by pattern: "Ministry of Foreign Affairs of China", "Russian Foreign Ministry".
    const body = headAfter(k) <= k + 6 ? matchNationalBody(ctx, k, countryAt) : undefined;
    if (body) {
      const org = addOrganization(slugify(body.name), body.name, null, body.countryId, body.first, body.end);
      if (body.countryId && org.country === null) org.country = body.countryId;
      k = body.end - 1;
      continue;
    }

    // Organisations from the lexicon: the longest name wins over a country inside it.
    const flags = token.flags;
    const orgMatch = flags & W.OrgStart ? vocab.organizations.longest(tokens, k, tokens.length, capOrConnector) : undefined;
    const countryMatch = flags & W.CountryStart ? countryAt(k) : undefined;
    const placeMatch = flags & W.PlaceStart ? vocab.places.longest(tokens, k, tokens.length, capOrConnector) : undefined;
    const orgLength = orgMatch ? orgMatch.end - orgMatch.start : 0;
    const countryLength = countryMatch ? countryMatch.match.end - countryMatch.match.start : 0;
    const placeLength = placeMatch ? placeMatch.end - placeMatch.start : 0;

    if (orgMatch && orgLength >= countryLength && orgLength >= placeLength && !endsWithConnector(tokens, orgMatch.end)) {
      const entry = orgMatch.values[0]!;
      let end = orgMatch.end;
      // "Shanghai Cooperation Organisation (SCO)": the acronym in brackets is the same mention.
      if (tokens[end]?.text === '(' && tokens[end + 1]?.text === entry.acronym && tokens[end + 2]?.text === ')') end += 3;
      addOrganization(entry.id, entry.name, entry.acronym, null, k, end);
      k = end - 1;
      continue;
    }
    if (countryMatch && countryLength >= placeLength) {
      const { entry, form } = countryMatch.ref;
      const end = countryMatch.match.end;
      // "the Chinese side", "the Uzbek delegation": a country speaking as a party.
      const next = tokens[end];
      if (form === 'demonym' && next && SIDE_WORDS.has(next.lower)) {
        addCountry(entry.id, entry.name, 'side', k, end + 1);
        k = end;
        continue;
      }
      addCountry(entry.id, entry.name, form, k, end);
      k = end - 1;
      continue;
    }
    if (placeMatch) {
      const entry = placeMatch.values[0]!;
      addPlace(entry.id, entry.name, entry.country, k, placeMatch.end);
      k = placeMatch.end - 1;
      continue;
    }
    // Acronyms: exact, case-sensitive single tokens.
    if (token.allCaps) {
      const entry = vocab.acronyms.get(token.text);
      if (entry) {
        let end = k + 1;
        // "SCO Secretariat", "ASEAN Secretariat" when the lexicon lists the body.
        const longer = vocab.organizations.longest(tokens, k, tokens.length, capOrFirst);
        if (longer && longer.end > end) {
          const bodyEntry = longer.values[0]!;
          addOrganization(bodyEntry.id, bodyEntry.name, bodyEntry.acronym, null, k, longer.end);
          k = longer.end - 1;
          continue;
        }
        addOrganization(entry.id, entry.name, entry.acronym, null, k, end);
        end = k + 1;
        k = end - 1;
        continue;
      }
      // "Full Name (ACR)" defined in the text: link the acronym to the name.
      const defined = definedAcronym(ctx, k);
      if (defined) {
        const org = organizations.get(slugify(defined.name));
        if (org) {
          if (!org.acronym) org.acronym = token.text;
          addOrganization(org.id, org.name, org.acronym, org.country, k, k + 1);
        }
      }
    }
  }

  // Acronyms defined in the text and used later: "the Eurasian Development Forum (EDF) … the EDF".
  for (const org of orgList) {
    if (!org.acronym || vocab.acronyms.has(org.acronym)) continue;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.text === org.acronym && ctx.claims[k] === Claim.None) addOrganization(org.id, org.name, org.acronym, org.country, k, k + 1);
    }
  }
  return { organizations: orgList, countries: countryList, places: placeList };
}

function isConnector(token: Token): boolean {
  return token.lower === 'of' || token.lower === 'for' || token.lower === 'and' || token.lower === 'the' || token.lower === 'in' || token.lower === 'on' || token.lower === '&';
}

function endsWithConnector(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  return last !== undefined && isConnector(last) && !last.cap;
}

interface BodyMatch {
  first: number;
  end: number;
  name: string;
  countryId: string | null;
}

/**
 * A national body: "[Demonym|Country's] [Foreign] Ministry [of Foreign Affairs] [of [the] Country]",
 * "Embassy of China in Uzbekistan", "Presidential Administration". Returns undefined when the
 * words at `k` do not start one.
 */
function matchNationalBody(
  ctx: AnalysisContext,
  k: number,
  countryAt: (k: number) => { match: { start: number; end: number }; ref: { entry: { id: string } } } | undefined,
): BodyMatch | undefined {
  const tokens = ctx.tokens;
  let first = k;
  let cursor = k;
  let countryId: string | null = null;
  // Leading country: "Russian Foreign Ministry", "China's Ministry of Commerce".
  const leading = countryAt(k);
  if (leading) {
    cursor = leading.match.end;
    if (tokens[cursor]?.type === TokenType.Possessive) cursor++;
    countryId = leading.ref.entry.id;
  }
  // Modifiers before the head: "Foreign Ministry", "Presidential Administration".
  let headAt = -1;
  for (let j = cursor; j < Math.min(tokens.length, cursor + 4); j++) {
    const t = tokens[j] as Token;
    if (!isNameWord(t)) break;
    if (BODY_HEADS.has(t.lower)) {
      headAt = j;
      break;
    }
  }
  if (headAt < 0) return undefined;
  const head = (tokens[headAt] as Token).lower;
  // Only ministries, embassies and the like open a body without a leading country; "Council"
  // or "Committee" alone is too common ("the Council meeting") and belongs to the lexicon.
  // A department, agency or service with a capitalised complement names itself: "Department of
  // International Relations and Cooperation", "State Agency for Investment".
  const namedBody = (tokens[headAt + 1]?.lower === 'of' || tokens[headAt + 1]?.lower === 'for') && isNameWord(tokens[headAt + 2]) && !['council', 'committee', 'commission', 'government', 'cabinet', 'parliament', 'assembly', 'senate', 'court', 'presidency'].includes(head);
  const strongHead = head === 'ministry' || head === 'embassy' || head === 'consulate' || head === 'consulate-general' || head === 'mission' || namedBody;
  if (!strongHead && countryId === null) return undefined;
  let end = headAt + 1;
  // "of Foreign Affairs", "of Foreign Affairs of China", "of the Republic of Uzbekistan", "in Tashkent".
  for (;;) {
    const connector = tokens[end];
    if (!connector || connector.type !== TokenType.Word || (connector.lower !== 'of' && connector.lower !== 'for' && connector.lower !== 'in' && connector.lower !== 'and')) break;
    let j = end + 1;
    // "… Cabinet of Ministers and Minister of Foreign Affairs": a title starts, the body ends.
    if (connector.lower === 'and' && vocabulary().titleHeads.longest(tokens, j)) break;
    if (tokens[j]?.lower === 'the') j++;
    const country = countryAt(j);
    if (country && (connector.lower === 'of' || connector.lower === 'in')) {
      if (countryId === null || connector.lower === 'of') countryId = country.ref.entry.id;
      end = country.match.end;
      continue;
    }
    const place = vocabulary().places.longest(tokens, j, tokens.length, (t) => t.cap);
    if (place && connector.lower === 'in') {
      end = place.end;
      continue;
    }
    let words = 0;
    while (isNameWord(tokens[j]) && !countryAt(j)) {
      j++;
      words++;
    }
    if (words === 0) break;
    end = j;
  }
  if (end === headAt + 1 && countryId === null && head !== 'ministry') return undefined;
  if (headAt > k && leading === undefined) first = k;
  const name = ctx.displayOf(first, end);
  return { first, end, name, countryId };
}

/** For an acronym token in brackets, the capitalised name just before the bracket. */
function definedAcronym(ctx: AnalysisContext, k: number): { name: string } | undefined {
  const tokens = ctx.tokens;
  if (tokens[k - 1]?.text !== '(' || tokens[k + 1]?.text !== ')') return undefined;
  const before = k - 2;
  if (before < 0 || ctx.claims[before] !== Claim.Organization) return undefined;
  const ref = ctx.claimRefs[before] as number;
  let first = before;
  while (first > 0 && ctx.claims[first - 1] === Claim.Organization && ctx.claimRefs[first - 1] === ref) first--;
  return { name: ctx.displayOf(first, before + 1) };
}
