/**
 * The lexicons turned into look-up structures, built once on first use.
 */
import {
  COUNTRIES,
  HONORIFICS,
  MEETING_CUES,
  MINISTRY_DOMAINS,
  NAME_PARTICLES,
  ORGANIZATIONS,
  PLACES,
  ROLE_REFERENCE_NOUNS,
  SPEECH_CUES,
  SPEECH_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  type CountryEntry,
  type MeetingCue,
  type OrganizationEntry,
  type PlaceEntry,
  type SpeechCue,
} from './lexicon';
import { memoizeString } from './memo';
import { PhraseTrie, phraseWords } from './phraseTrie';
import { normalizeForAnalysis } from './text';
import { tokenize } from './tokens';

export interface CountryRef {
  entry: CountryEntry;
  form: 'name' | 'demonym';
}

export interface Vocabulary {
  organizations: PhraseTrie<OrganizationEntry>;
  /** Acronyms, matched case-sensitively on single tokens. */
  acronyms: Map<string, OrganizationEntry>;
  organizationsById: Map<string, OrganizationEntry>;
  countries: PhraseTrie<CountryRef>;
  countriesById: Map<string, CountryEntry>;
  places: PhraseTrie<PlaceEntry>;
  titleHeads: PhraseTrie<string>;
  /** Every word that can appear inside a title phrase (heads, modifiers, ministry domains). */
  titleWords: Set<string>;
  titleModifiers: PhraseTrie<string>;
  roleNouns: PhraseTrie<string>;
  honorifics: PhraseTrie<string>;
  nameParticles: Set<string>;
  speechCues: PhraseTrie<SpeechCue>;
  speechNouns: PhraseTrie<string>;
  meetingCues: PhraseTrie<MeetingCue>;
}

let cached: Vocabulary | undefined;

/** True when `text` is, in full, a country, demonym, organisation or acronym ("Japan", "ASEAN", "Korean"). */
export const isEntityName: (text: string) => boolean = memoizeString((text) => computeIsEntityName(text));

function computeIsEntityName(text: string): boolean {
  const vocab = vocabulary();
  if (vocab.acronyms.has(text)) return true;
  const tokens = tokenize(normalizeForAnalysis(text));
  if (tokens.length === 0) return false;
  const full = (match: { end: number } | undefined) => match !== undefined && match.end === tokens.length;
  return full(vocab.countries.longest(tokens, 0)) || full(vocab.organizations.longest(tokens, 0));
}

/**
 * The vocabulary, built on first use. Kept apart from {@link buildVocabulary} so that it is small
 * enough for the engine to inline into the passes, which ask for it per word.
 */
export function vocabulary(): Vocabulary {
  return cached ?? buildVocabulary();
}

function buildVocabulary(): Vocabulary {
  const organizations = new PhraseTrie<OrganizationEntry>();
  const acronyms = new Map<string, OrganizationEntry>();
  const organizationsById = new Map<string, OrganizationEntry>();
  for (const entry of ORGANIZATIONS) {
    organizationsById.set(entry.id, entry);
    organizations.add(entry.name, entry);
    for (const alias of entry.aliases) organizations.add(alias, entry);
    if (entry.acronym) {
      if (!acronyms.has(entry.acronym)) acronyms.set(entry.acronym, entry);
      // Multi-word acronyms ("UN Security Council" is a name, "G20" a single token).
      if (/\s/.test(entry.acronym)) organizations.add(entry.acronym, entry);
    }
  }
  const countries = new PhraseTrie<CountryRef>();
  const countriesById = new Map<string, CountryEntry>();
  for (const entry of COUNTRIES) {
    countriesById.set(entry.id, entry);
    countries.add(entry.name, { entry, form: 'name' });
    for (const alias of entry.aliases) countries.add(alias, { entry, form: 'name' });
    for (const demonym of entry.demonyms) countries.add(demonym, { entry, form: 'demonym' });
  }
  const places = new PhraseTrie<PlaceEntry>();
  for (const entry of PLACES) {
    places.add(entry.name, entry);
    for (const alias of entry.aliases) places.add(alias, entry);
  }
  const titleHeads = new PhraseTrie<string>();
  const titleWords = new Set<string>();
  for (const head of TITLE_HEADS) {
    titleHeads.add(head, head);
    for (const word of phraseWords(head)) titleWords.add(word);
  }
  const titleModifiers = new PhraseTrie<string>();
  for (const modifier of TITLE_MODIFIERS) {
    titleModifiers.add(modifier, modifier);
    for (const word of phraseWords(modifier)) titleWords.add(word);
  }
  for (const domain of MINISTRY_DOMAINS) for (const word of phraseWords(domain)) titleWords.add(word);
  const roleNouns = new PhraseTrie<string>();
  for (const noun of ROLE_REFERENCE_NOUNS) roleNouns.add(noun, noun);
  for (const head of TITLE_HEADS) roleNouns.add(head, head);
  const honorifics = new PhraseTrie<string>();
  for (const honorific of HONORIFICS) honorifics.add(honorific, honorific);
  const speechCues = new PhraseTrie<SpeechCue>();
  for (const cue of SPEECH_CUES) speechCues.add(cue.phrase, cue);
  const speechNouns = new PhraseTrie<string>();
  for (const noun of SPEECH_NOUNS) speechNouns.add(noun, noun);
  const meetingCues = new PhraseTrie<MeetingCue>();
  for (const cue of MEETING_CUES) meetingCues.add(cue.phrase, cue);
  cached = {
    organizations,
    acronyms,
    organizationsById,
    countries,
    countriesById,
    places,
    titleHeads,
    titleWords,
    titleModifiers,
    roleNouns,
    honorifics,
    nameParticles: new Set(NAME_PARTICLES.map((particle) => particle.toLowerCase())),
    speechCues,
    speechNouns,
    meetingCues,
  };
  return cached;
}

let cachedEntityWords: { whole: Set<string>; inner: Set<string> } | undefined;

/**
 * Words of organisations', countries' and places' names: `whole`, those that alone are a name
 * ("China", "ASEAN"); `inner`, those that follow the first word in a name ("Republic" in
 * "People's Republic of China"). A word outside `inner` ends a name that has begun.
 */
export function entityWords(): { whole: Set<string>; inner: Set<string> } {
  if (cachedEntityWords === undefined) {
    const whole = new Set<string>();
    const inner = new Set<string>();
    const collect = (phrase: readonly string[]) => {
      if (phrase.length === 1) whole.add(phrase[0] as string);
      for (let k = 1; k < phrase.length; k++) inner.add(phrase[k] as string);
    };
    const vocab = vocabulary();
    vocab.organizations.forEachPhrase(collect);
    vocab.countries.forEachPhrase(collect);
    vocab.places.forEachPhrase(collect);
    cachedEntityWords = { whole, inner };
  }
  return cachedEntityWords;
}
/**
 * First words of the cues meetings/cues.ts looks for beside the shared lexicon ("called on", "paid a
 * courtesy call"): `W.MeetingExtraCueLead`. meetings/cues.ts checks at load that its cues start with these.
 */
export const MEETING_EXTRA_CUE_LEADS = new Set(['called', 'calls', 'call', 'meet', 'paid', 'pays', 'present', 'consultation', 'political', 'assembly']);

/**
 * First words of the phrases that name more people of a meeting just told ("led by", "took part"):
 * `W.MeetingParticipationLead`. meetings/cues.ts checks at load that those phrases (in
 * meetings/words.ts) start with these.
 */
export const MEETING_PARTICIPATION_LEADS = new Set([
  'led', 'headed', 'accompanied', 'chaired', 'co-chaired', 'attended', 'brought', 'took', 'takes', 'taking', 'participated',
  'participate', 'joined', 'also', 'were', 'was', 'in', 'who', 'represented', 'stood',
]);

/**
 * Words the meetings pass scans sentences for: those of its word sets (verbs of meeting, background
 * and ending words, determiners…) and the first words of its phrases ("will", "to be held", "the
 * same day"), all in meetings/words.ts: `W.MeetingWord`. meetings/sentence.ts checks at load that
 * its words are here and looks a token up only if it has the bit.
 */
export const MEETING_WORDS = new Set([
  'will', 'would', 'shall', 'agreed', 'plans', 'plan', 'planned', 'to', 'is', 'are', 'looked', 'look', 'looks', 'next',
  'upcoming', 'invited', 'invitation', 'proposed', 'suggested', 'preparations', 'forthcoming', 'scheduled', 'the', 'both', 'they',
  'that', 'earlier', 'later', 'same', 'on', 'met', 'meets', 'meet', 'meeting-with', 'received', 'receives', 'receive', 'hosted',
  'hosts', 'host', 'held', 'holds', 'hold', 'visited', 'visits', 'visit', 'paid', 'pays', 'pay', 'spoke', 'speaks', 'talked',
  'talks-with', 'conducted', 'conducts', 'had', 'has', 'have', 'presented', 'presents', 'present', 'called', 'phoned', 'welcomed',
  'welcomes', 'chaired', 'co-chaired', 'attended', 'attends', 'participated', 'took', 'arrived', 'arrives', 'conversed',
  'convened', 'gathered', 'opened', 'opens', 'addressed', 'co-chair', 'chair', 'chairs', 'co-chairs', 'praised', 'noted',
  'recalled', 'outcome', 'outcomes', 'results', 'following', 'after', 'since', 'during', 'ahead', 'preparation', 'prepare',
  'preparing', 'previous', 'last', 'success', 'successful', 'decisions', 'implementation', 'implementing', 'agreements',
  'sidelines', 'margins', 'participation', 'including', 'briefed', 'informed', 'suggests', 'proposes', 'offered', 'offers',
  'series', 'number', 'several', 'various', 'exchange', 'regular', 'frequent', 'numerous', 'multiple', 'concluded', 'concludes',
  'completed', 'completes', 'wrapped', 'wraps', 'ended', 'ends', 'closed', 'closes', 'until', 'till', 'began', 'begins',
  'started', 'starts', 'launched', 'embarked', 'margin', 'sideline', 'this', 'his', 'her', 'its', 'their', 'our', 'a', 'an',
  'holding', 'at', 'in', 'which', 'who', ';', 'was', 'were',
]);
