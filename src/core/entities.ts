/**
 * Organisations, countries and places: from the lexicons, plus ministries, embassies and
 * "Full Name (ACRONYM)" definitions found by pattern. Runs first, so later passes know which
 * capitalised words are not people.
 */
import { AnalysisContext, Claim, slugify } from './context';
import type { OrganizationEntry, PlaceEntry } from './lexicon';
import type { Country, Organization, Place } from './model';
import { Accept, matchable, type PhraseTrie } from './phraseTrie';
import { TokenType, type Token } from './tokens';
import { vocabulary, type CountryRef, type Vocabulary } from './vocabulary';
import { W } from './wordClass';
import { WordSlots } from './wordSlots';

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
  const orgList: Organization[] = [];
  const countryList: Country[] = [];
  const placeList: Place[] = [];
  // The indices by id of the previous document, if it had long lists.
  if (orgIndex.size > 0) orgIndex.clear();
  if (countryIndex.size > 0) countryIndex.clear();
  if (placeIndex.size > 0) placeIndex.clear();
  const tokens = ctx.tokens;
  const claims = ctx.claims;
  const count = tokens.length;

  const root = entityRoot();
  // Where the next body head word ("Ministry", "Embassy") is, so the pattern is only tried near
  // one: looked for among the HEAD_WINDOW tokens from a capitalised word on (what the tests below
  // read), -1 for none there. Tokens before `headScan` have been looked at, so none is read twice,
  // and tokens far from any capitalised word are not read for it.
  let nextHead = -1;
  let headScan = 0;

  for (let k = 0; k < count; k++) {
    const token = tokens[k] as Token;
    if (!token.cap || token.type !== TokenType.Word || claims[k] !== Claim.None) continue;

    if (nextHead < k) {
      const stop = Math.min(count, k + HEAD_WINDOW);
      nextHead = bodyHeadIn(tokens, Math.max(k, headScan), stop);
      headScan = nextHead >= 0 ? nextHead + 1 : stop;
    }
    // (No head in the window: beyond the furthest the tests read.)
    const headAt = nextHead >= 0 ? nextHead : k + HEAD_WINDOW;
    const flags = token.flags;
    const starts = (flags & (W.OrgStart | W.CountryStart | W.PlaceStart)) !== 0;
    // A word that starts no name in the lexicons and is no acronym can only open a national body
    // without a leading country, whose head is among its first four words: otherwise nothing
    // below applies to it.
    if (!starts && !token.allCaps && headAt > k + 3) continue;

    // Names from the lexicons at k, looked up first: the pattern for national bodies below
    // starts with the country among them. A word that is no name alone starts one only if the
    // next word can continue a name: no look-up otherwise.
    if (starts && ((flags & W.EntityWhole) !== 0 || continuesName(tokens[k + 1]))) lexiconMatch(root, tokens, k);
    else found.orgEnd = found.countryEnd = found.placeEnd = -1;

    // National bodies by pattern: "Ministry of Foreign Affairs of China", "Russian Foreign Ministry".
    // Without a leading country, the head is among the first four words.
    const body = headAt <= k + 6 && (found.countryEnd >= 0 || headAt <= k + 3) ? matchNationalBody(ctx, k, found.countryEnd, found.country) : undefined;
    if (body) {
      const org = addOrganization(ctx, orgList, slugify(body.name), body.name, null, body.countryId, body.first, body.end);
      if (body.countryId && org.country === null) org.country = body.countryId;
      k = body.end - 1;
      continue;
    }

    // Organisations from the lexicon: the longest name wins over a country inside it.
    if (!starts && !token.allCaps) continue;
    const orgEnd = found.orgEnd;
    const orgEntry = orgEnd >= 0 ? found.org : undefined;
    const countryStop = found.countryEnd;
    const countryRef = countryStop >= 0 ? found.country : undefined;
    const placeEnd = found.placeEnd;
    const placeEntry = placeEnd >= 0 ? found.place : undefined;
    const orgLength = orgEnd >= 0 ? orgEnd - k : 0;
    const countryLength = countryStop >= 0 ? countryStop - k : 0;
    const placeLength = placeEnd >= 0 ? placeEnd - k : 0;

    if (orgEntry && orgLength >= countryLength && orgLength >= placeLength && !endsWithConnector(tokens, orgEnd)) {
      let end = orgEnd;
      // "Shanghai Cooperation Organisation (SCO)": the acronym in brackets is the same mention.
      if (tokens[end]?.text === '(' && tokens[end + 1]?.text === orgEntry.acronym && tokens[end + 2]?.text === ')') end += 3;
      addOrganization(ctx, orgList, orgEntry.id, orgEntry.name, orgEntry.acronym, orgEntry.country ?? null, k, end);
      k = end - 1;
      continue;
    }
    if (countryRef && countryLength >= placeLength) {
      const { entry, form } = countryRef;
      const end = countryStop;
      // "the Chinese side", "the Uzbek delegation": a country speaking as a party.
      const next = tokens[end];
      if (form === 'demonym' && next && SIDE_WORDS.has(next.lower)) {
        addCountry(ctx, countryList, entry.id, entry.name, 'side', k, end + 1);
        k = end;
        continue;
      }
      addCountry(ctx, countryList, entry.id, entry.name, form, k, end);
      k = end - 1;
      continue;
    }
    if (placeEntry) {
      addPlace(ctx, placeList, placeEntry.id, placeEntry.name, placeEntry.country, k, placeEnd);
      k = placeEnd - 1;
      continue;
    }
    // Acronyms: exact, case-sensitive single tokens (looked up only when the word-class bit
    // says the text is one: most words in capitals, as in headlines, are not).
    if (token.allCaps) {
      const entry = (flags & W.Acronym) !== 0 ? vocab.acronyms.get(token.text) : undefined;
      if (entry) {
        // "SCO Secretariat", "ASEAN Secretariat" when the lexicon lists the body. (Without
        // an organisation from the walk above, which lets connectors in too, there is none.)
        const longerEnd = found.orgEnd < 0 ? -1 : vocab.organizations.matchEnd(tokens, k, count, Accept.RestCap);
        if (longerEnd > k + 1) {
          const bodyEntry = vocab.organizations.lastValues[0] as OrganizationEntry;
          addOrganization(ctx, orgList, bodyEntry.id, bodyEntry.name, bodyEntry.acronym, null, k, longerEnd);
          k = longerEnd - 1;
          continue;
        }
        addOrganization(ctx, orgList, entry.id, entry.name, entry.acronym, null, k, k + 1);
        continue;
      }
      // "Full Name (ACR)" defined in the text: link the acronym to the name.
      const defined = definedAcronym(ctx, k);
      if (defined) {
        const index = orgIndexOf(orgList, slugify(defined.name));
        if (index >= 0) {
          const org = orgList[index] as Organization;
          if (!org.acronym) org.acronym = token.text;
          addOrganization(ctx, orgList, org.id, org.name, org.acronym, org.country, k, k + 1);
        }
      }
    }
  }

  // Acronyms defined in the text and used later: "the Eurasian Development Forum (EDF) … the EDF".
  for (const org of orgList) {
    if (!org.acronym || vocab.acronyms.has(org.acronym)) continue;
    for (let k = 0; k < count; k++) {
      const token = tokens[k] as Token;
      if (token.text === org.acronym && claims[k] === Claim.None) addOrganization(ctx, orgList, org.id, org.name, org.acronym, org.country, k, k + 1);
    }
  }
  return { organizations: orgList, countries: countryList, places: placeList };
}

/**
 * A list shorter than this is searched for an id; a longer one (a long document's) is indexed by
 * a map. The lists of a release are short: a search is cheaper than making and filling maps.
 */
const ID_SCAN_LIMIT = 16;

/**
 * The index of each organisation, country and place by id, for lists longer than
 * {@link ID_SCAN_LIMIT}: filled when a list outgrows the search, emptied at the next document.
 */
const orgIndex = new Map<string, number>();
const countryIndex = new Map<string, number>();
const placeIndex = new Map<string, number>();

/** The index of the organisation `id` in `list`, or -1. (One function per list: each reads one shape of item.) */
function orgIndexOf(list: readonly Organization[], id: string): number {
  if (list.length <= ID_SCAN_LIMIT) {
    for (let index = 0; index < list.length; index++) if ((list[index] as Organization).id === id) return index;
    return -1;
  }
  if (orgIndex.size === 0) for (let index = 0; index < list.length; index++) orgIndex.set((list[index] as Organization).id, index);
  return orgIndex.get(id) ?? -1;
}

function countryIndexOf(list: readonly Country[], id: string): number {
  if (list.length <= ID_SCAN_LIMIT) {
    for (let index = 0; index < list.length; index++) if ((list[index] as Country).id === id) return index;
    return -1;
  }
  if (countryIndex.size === 0) for (let index = 0; index < list.length; index++) countryIndex.set((list[index] as Country).id, index);
  return countryIndex.get(id) ?? -1;
}

function placeIndexOf(list: readonly Place[], id: string): number {
  if (list.length <= ID_SCAN_LIMIT) {
    for (let index = 0; index < list.length; index++) if ((list[index] as Place).id === id) return index;
    return -1;
  }
  if (placeIndex.size === 0) for (let index = 0; index < list.length; index++) placeIndex.set((list[index] as Place).id, index);
  return placeIndex.get(id) ?? -1;
}

// The add functions below take the context and list rather than being closures in findEntities:
// closures and the context object they share would be made at every call.
// A new item's mentions start as a one-element literal: most items are mentioned once, and an
// array grown by push from empty holds room for 16 more.

function addOrganization(ctx: AnalysisContext, list: Organization[], id: string, name: string, acronym: string | null, country: string | null, first: number, end: number): Organization {
  const start = (ctx.tokens[first] as Token).start;
  const stop = (ctx.tokens[end - 1] as Token).end;
  const mention = { start, end: stop, text: ctx.text.slice(start, stop) };
  let index = orgIndexOf(list, id);
  if (index < 0) {
    index = list.length;
    list.push({ id, name, acronym, country, mentions: [mention] });
    if (orgIndex.size > 0) orgIndex.set(id, index);
  } else {
    (list[index] as Organization).mentions.push(mention);
  }
  ctx.claim(first, end, Claim.Organization, index);
  return list[index] as Organization;
}

function addCountry(ctx: AnalysisContext, list: Country[], id: string, name: string, form: 'name' | 'demonym' | 'side', first: number, end: number): void {
  const start = (ctx.tokens[first] as Token).start;
  const stop = (ctx.tokens[end - 1] as Token).end;
  const mention = { start, end: stop, text: ctx.text.slice(start, stop), form };
  let index = countryIndexOf(list, id);
  if (index < 0) {
    index = list.length;
    list.push({ id, name, mentions: [mention] });
    if (countryIndex.size > 0) countryIndex.set(id, index);
  } else {
    (list[index] as Country).mentions.push(mention);
  }
  ctx.claim(first, end, Claim.Country, index);
}

function addPlace(ctx: AnalysisContext, list: Place[], id: string, name: string, countryId: string | null, first: number, end: number): void {
  const start = (ctx.tokens[first] as Token).start;
  const stop = (ctx.tokens[end - 1] as Token).end;
  const mention = { start, end: stop, text: ctx.text.slice(start, stop) };
  let index = placeIndexOf(list, id);
  if (index < 0) {
    index = list.length;
    list.push({ id, name, country: countryId, mentions: [mention] });
    if (placeIndex.size > 0) placeIndex.set(id, index);
  } else {
    (list[index] as Place).mentions.push(mention);
  }
  ctx.claim(first, end, Claim.Place, index);
}

/**
 * The organisation, country and place lexicons in one trie, so the words at a capitalised token
 * are looked up once for the three (the look-ups, not the walks, are what costs). Each node keeps
 * the first value each lexicon's trie has there (what `values[0]` of its match gives) and which
 * lexicons have phrases through it.
 */
interface EntityNode {
  children: Map<string, EntityNode>;
  org: OrganizationEntry | undefined;
  country: CountryRef | undefined;
  place: PlaceEntry | undefined;
  /** {@link Lexicon} bits of the phrases at or below this node. */
  below: number;
  /** No children: kept on the node, so the walk can stop without reading the children's map. */
  leaf: boolean;
  /**
   * The word and node of the only child, when there is just one (most nodes past the first
   * word): one string comparison instead of a look-up in the children's map.
   */
  onlyWord: string | undefined;
  onlyChild: EntityNode | undefined;
}

const enum Lexicon {
  Org = 1,
  Country = 2,
  Place = 4,
}

let entityTrie: { root: EntityNode; vocab: Vocabulary } | undefined;

function entityRoot(): EntityNode {
  const vocab = vocabulary();
  if (entityTrie?.vocab === vocab) return entityTrie.root;
  const root: EntityNode = { children: new Map(), org: undefined, country: undefined, place: undefined, below: 0, leaf: false, onlyWord: undefined, onlyChild: undefined };
  const addAll = <T>(trie: PhraseTrie<T>, lexicon: Lexicon, set: (node: EntityNode, value: T) => void) => {
    trie.forEachPhrase((words, values) => {
      let node = root;
      node.below |= lexicon;
      for (const word of words) {
        let child = node.children.get(word);
        if (!child) {
          child = { children: new Map(), org: undefined, country: undefined, place: undefined, below: 0, leaf: false, onlyWord: undefined, onlyChild: undefined };
          node.children.set(word, child);
        }
        node = child;
        node.below |= lexicon;
      }
      set(node, values[0] as T);
    });
  };
  addAll(vocab.organizations, Lexicon.Org, (node, value) => (node.org = value));
  addAll(vocab.countries, Lexicon.Country, (node, value) => (node.country = value));
  addAll(vocab.places, Lexicon.Place, (node, value) => (node.place = value));
  const finish = (node: EntityNode) => {
    node.leaf = node.children.size === 0;
    if (node.children.size === 1) {
      for (const [word, child] of node.children) {
        node.onlyWord = word;
        node.onlyChild = child;
      }
    }
    for (const child of node.children.values()) finish(child);
  };
  finish(root);
  entityTrie = { root, vocab };
  rootSlots = new WordSlots(root.children);
  return root;
}

/** The root's children through {@link WordSlots}: the same words start names from document to document. */
let rootSlots: WordSlots<EntityNode> | undefined;

/** How many tokens from a capitalised word on {@link findEntities} looks at for a body head: the word and six more. */
const HEAD_WINDOW = 7;

/** The first token in [from, to) that is a capitalised body head word ("Ministry", "Embassy"), or -1. */
function bodyHeadIn(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if ((t.flags & W.BodyHead) !== 0 && t.cap) return j;
  }
  return -1;
}

/** What {@link lexiconMatch} found: ends (-1 for none) and values, reused from call to call. */
const found = {
  orgEnd: -1,
  org: undefined as OrganizationEntry | undefined,
  countryEnd: -1,
  country: undefined as CountryRef | undefined,
  placeEnd: -1,
  place: undefined as PlaceEntry | undefined,
};

/**
 * The longest organisation, country and place names starting at the capitalised token `k`, in
 * one walk: what `matchEnd` on each lexicon's trie gives, organisations and places with
 * {@link Accept.RestCap} and connectors, countries with {@link Accept.FirstCap}. `root` is
 * {@link entityRoot}'s.
 */
function lexiconMatch(root: EntityNode, tokens: readonly Token[], k: number): void {
  found.orgEnd = found.countryEnd = found.placeEnd = -1;
  // Lexicons still taking words: organisations and places stop at a lower-case word that is not a connector.
  let open = Lexicon.Org | Lexicon.Country | Lexicon.Place;
  let node = root;
  for (let j = k; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (!matchable(token)) break;
    if (j > k) {
      // A word in no name after its first word ends the walk without a look-up.
      if ((token.flags & W.EntityInner) === 0) break;
      if (!token.cap && !isConnector(token.lower)) open &= Lexicon.Country;
    }
    const child = j === k ? (rootSlots as WordSlots<EntityNode>).get(token.lower) : node.onlyWord === undefined ? node.children.get(token.lower) : token.lower === node.onlyWord ? node.onlyChild : undefined;
    if (child === undefined || (child.below & open) === 0) break;
    node = child;
    if (node.org !== undefined && (open & Lexicon.Org) !== 0) {
      found.orgEnd = j + 1;
      found.org = node.org;
    }
    if (node.country !== undefined) {
      found.countryEnd = j + 1;
      found.country = node.country;
    }
    if (node.place !== undefined && (open & Lexicon.Place) !== 0) {
      found.placeEnd = j + 1;
      found.place = node.place;
    }
    // A leaf: no longer name, so no look-up of the next word.
    if (node.leaf) break;
  }
}

/** Whether `token` may be the second word of a name (what the walk's second step needs). */
function continuesName(token: Token | undefined): boolean {
  return token !== undefined && (token.flags & W.EntityInner) !== 0 && matchable(token);
}

/**
 * End of the country named by tokens [k, ...) (a name, alias or demonym starting with a capital),
 * or -1; its reference is then `vocabulary().countries.lastValues[0]`.
 */
function countryEnd(tokens: readonly Token[], k: number): number {
  // Only a word that starts a country's name can (the trie's first step, as a bit).
  if (k >= tokens.length || ((tokens[k] as Token).flags & W.CountryStart) === 0) return -1;
  return vocabulary().countries.matchEnd(tokens, k, tokens.length, Accept.FirstCap);
}

/** Lower-case words that may join the capitalised words of a name: "Ministry of Foreign Affairs". */
function isConnector(lower: string): boolean {
  return lower === 'of' || lower === 'for' || lower === 'and' || lower === 'the' || lower === 'in' || lower === 'on' || lower === '&';
}

function endsWithConnector(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  return last !== undefined && isConnector(last.lower) && !last.cap;
}

/** Heads that do not name a body by their complement alone ("the Council of …"): the lexicon's. */
const COLLECTIVE_HEADS = new Set(['council', 'committee', 'commission', 'government', 'cabinet', 'parliament', 'assembly', 'senate', 'court', 'presidency']);

interface BodyMatch {
  first: number;
  end: number;
  name: string;
  countryId: string | null;
}

/**
 * A national body: "[Demonym|Country's] [Foreign] Ministry [of Foreign Affairs] [of [the] Country]",
 * "Embassy of China in Uzbekistan", "Presidential Administration". Returns undefined when the
 * words at `k` do not start one. `leadingEnd` and `leading`: the country named at `k`, as
 * {@link countryEnd} finds it (-1 and undefined for none).
 */
function matchNationalBody(ctx: AnalysisContext, k: number, leadingEnd: number, leading: CountryRef | undefined): BodyMatch | undefined {
  const tokens = ctx.tokens;
  const vocab = vocabulary();
  let first = k;
  let cursor = k;
  let countryId: string | null = null;
  // Leading country (the caller's look-up at k): "Russian Foreign Ministry", "China's Ministry of Commerce".
  if (leadingEnd >= 0) {
    cursor = leadingEnd;
    if (tokens[cursor]?.type === TokenType.Possessive) cursor++;
    countryId = (leading as CountryRef).entry.id;
  }
  // Modifiers before the head: "Foreign Ministry", "Presidential Administration".
  let headAt = -1;
  for (let j = cursor; j < Math.min(tokens.length, cursor + 4); j++) {
    const t = tokens[j] as Token;
    if (!isNameWord(t)) break;
    if ((t.flags & W.BodyHead) !== 0) {
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
  const namedBody = (tokens[headAt + 1]?.lower === 'of' || tokens[headAt + 1]?.lower === 'for') && isNameWord(tokens[headAt + 2]) && !COLLECTIVE_HEADS.has(head);
  const strongHead = head === 'ministry' || head === 'embassy' || head === 'consulate' || head === 'consulate-general' || head === 'mission' || namedBody;
  if (!strongHead && countryId === null) return undefined;
  let end = headAt + 1;
  // "of Foreign Affairs", "of Foreign Affairs of China", "of the Republic of Uzbekistan", "in Tashkent".
  for (;;) {
    const connector = tokens[end];
    if (!connector || connector.type !== TokenType.Word || (connector.lower !== 'of' && connector.lower !== 'for' && connector.lower !== 'in' && connector.lower !== 'and')) break;
    let j = end + 1;
    // "… Cabinet of Ministers and Minister of Foreign Affairs": a title starts, the body ends.
    if (connector.lower === 'and' && vocab.titleHeads.matchEnd(tokens, j, tokens.length, Accept.Any) >= 0) break;
    if (tokens[j]?.lower === 'the') j++;
    const countryStop = countryEnd(tokens, j);
    if (countryStop >= 0 && (connector.lower === 'of' || connector.lower === 'in')) {
      if (countryId === null || connector.lower === 'of') countryId = (vocab.countries.lastValues[0] as CountryRef).entry.id;
      end = countryStop;
      continue;
    }
    const placeEnd = vocab.places.matchEnd(tokens, j, tokens.length, Accept.FirstCap | Accept.RestCap);
    if (placeEnd >= 0 && connector.lower === 'in') {
      end = placeEnd;
      continue;
    }
    let words = 0;
    while (isNameWord(tokens[j]) && countryEnd(tokens, j) < 0) {
      j++;
      words++;
    }
    if (words === 0) break;
    end = j;
  }
  if (end === headAt + 1 && countryId === null && head !== 'ministry') return undefined;
  if (headAt > k && leadingEnd < 0) first = k;
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
