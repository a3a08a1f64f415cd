/**
 * Word classes: for each distinct token text, one set of bits saying which lexicons and rules it
 * can take part in (starts an organisation's name, is a title word, a speech cue, a pronoun…).
 * The tokeniser computes them once per form per process (see `TokenForm`), so the passes test a
 * bit on the token instead of looking the word up in several sets and tries at every position.
 *
 * Every bit is exactly the test it replaces (`vocab.organizations.has(token.lower)` is
 * `token.flags & W.OrgStart`), so results do not depend on whether a pass uses the bit or the set.
 */
import { ROLE_ABBREVIATIONS } from './lexicon';
import type { TokenForm } from './tokens';
import { entityWords, isEntityName, MEETING_EXTRA_CUE_LEADS, MEETING_PARTICIPATION_LEADS, MEETING_WORDS, vocabulary } from './vocabulary';

/*
 * Bits 0 to 29 only: with bit 30 or 31 a form's flags are no longer a small integer for V8 (a
 * "Smi", 31 bits with the sign), and every token's flags field becomes a boxed number.
 */
export const enum W {
  /** First word of an organisation's name or alias (`vocab.organizations.has`). */
  OrgStart = 1 << 0,
  CountryStart = 1 << 1,
  PlaceStart = 1 << 2,
  TitleHeadStart = 1 << 3,
  TitleModifierStart = 1 << 4,
  /** In `vocab.titleWords`. */
  TitleWord = 1 << 5,
  HonorificStart = 1 << 6,
  SpeechCueStart = 1 << 7,
  MeetingCueStart = 1 << 8,
  RoleNounStart = 1 << 9,
  NameParticle = 1 << 10,
  /** In {@link NOT_NAME}. */
  NotName = 1 << 11,
  /** `isVerbWord`: a verb, which ends a name run (officials/index.ts). */
  Verb = 1 << 12,
  /** In {@link BODY_HEADS}. */
  BodyHead = 1 << 13,
  /** The text, as written, is a lexicon acronym. */
  Acronym = 1 << 14,
  /** A hyphenated word with a country or organisation in it ("ASEAN-Japan"). */
  EntityCompound = 1 << 15,
  /** "the", "his", "her", "their", "its", "our": may open a role reference. */
  Determiner = 1 << 16,
  Male = 1 << 17,
  Female = 1 << 18,
  /** The text, as written, is an office abbreviation ("FM", "EAM"). */
  RoleAbbreviation = 1 << 19,
  /** In {@link PERSON_CONTEXT_VERBS}. */
  PersonVerb = 1 << 20,
  /** In {@link DATE_WORDS} (after dropping a final dot): may be where dates.ts finds a date. */
  DateWord = 1 << 22,
  /** In `entityWords().whole`: alone, the name of an organisation, a country or a place. */
  EntityWhole = 1 << 28,
  /** In `entityWords().inner`: may continue an organisation's, country's or place's name. */
  EntityInner = 1 << 29,
  /**
   * May be where dates.ts finds a date: a {@link DateWord}, or a number written as a day ("12",
   * "3rd") or a year ("2024") would be (a superset of what dates.ts accepts as either).
   */
  DateStart = 1 << 21,
  /** In {@link MEETING_EXTRA_CUE_LEADS}: may start a cue meetings/cues.ts adds to the lexicon. */
  MeetingExtraCueLead = 1 << 25,
  /** In {@link MEETING_PARTICIPATION_LEADS}: may start a phrase naming more people of a meeting. */
  MeetingParticipationLead = 1 << 26,
  /** In {@link MEETING_WORDS}: a word the meetings pass looks up (meetings/sentence.ts). */
  MeetingWord = 1 << 27,
  /** In {@link TITLE_LINKS}: may continue a title after its head (officials/titles.ts). */
  TitleLink = 1 << 23,
}

/**
 * Words where dates.ts can find a date that does not start with a number: month names and
 * abbreviations, weekdays, "today", "yesterday", "tomorrow", "year", "month". dates.ts checks at
 * load that its months and weekdays are here and uses the bit only if they are.
 */
export const DATE_WORDS = new Set([
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul', 'august', 'aug',
  'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec', 'sunday', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'today', 'yesterday', 'tomorrow', 'year', 'month',
]);

/** The numbers dates.ts can read as a day or a year (and a few more: it checks the value). */
const DATE_NUMBER = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/i;
/**
 * Words after a title's head that officials/titles.ts reads as continuing the title: "of", "for", "to",
 * "in" and "and" before a complement, "a.i." and "ad interim" (lower case, so "a.i" is here too).
 */
export const TITLE_LINKS = new Set(['of', 'for', 'to', 'in', 'and', 'a.i.', 'ad', 'a.i']);

/** Capitalised words that are never part of a personal name. */
export const NOT_NAME = new Set([
  // Section labels of news sites, on a line of their own above a headline ("Politics", "Diplomats").
  'politics', 'business', 'opinion', 'latest', 'breaking', 'featured', 'headlines', 'diplomats', 'diplomacy', 'video',
  'photos', 'gallery', 'home', 'top',
  // Adverbs that open sentences ("Later Lindqvist spoke…").
  'later', 'earlier', 'subsequently', 'afterwards', 'afterward', 'separately', 'finally', 'recently', 'previously',
  'lastly', 'now', 'again', 'together', 'instead', 'overall', 'currently', 'accordingly', 'similarly', 'likewise',
  'specifically', 'notably', 'importantly', 'nevertheless', 'nonetheless', 'indeed',
  'the', 'a', 'an', 'he', 'she', 'his', 'her', 'him', 'it', 'its', 'they', 'their', 'them', 'we', 'our', 'us', 'i', 'you',
  'this', 'that', 'these', 'those', 'there', 'here', 'both', 'all', 'each', 'every', 'either', 'neither', 'some', 'any',
  'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then',
  'during', 'after', 'before', 'following', 'according', 'however', 'also', 'while', 'when', 'where', 'which', 'who',
  'whom', 'whose', 'what', 'why', 'how', 'over', 'under', 'between', 'among', 'within', 'without', 'through', 'about',
  'against', 'towards', 'toward', 'upon', 'into', 'onto', 'since', 'until', 'despite', 'amid', 'further', 'moreover',
  'meanwhile', 'furthermore', 'additionally', 'besides', 'thus', 'therefore', 'today', 'yesterday', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sept', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'parties', 'party', 'side', 'sides', 'participants', 'delegation',
  'delegations', 'leaders', 'ministers', 'heads', 'members', 'member', 'state', 'states', 'countries', 'country', 'nations',
  'region', 'world', 'international', 'national', 'global', 'regional', 'mutual', 'joint', 'new', 'first', 'second',
  'third', 'fourth', 'fifth', 'next', 'last', 'year', 'years', 'day', 'days', 'week', 'month', 'summit', 'meeting',
  'meetings', 'talks', 'conference', 'forum', 'session', 'council', 'committee', 'commission', 'organisation',
  'organization', 'union', 'secretariat', 'bank', 'fund', 'initiative', 'declaration', 'agreement', 'treaty', 'charter',
  'convention', 'strategy', 'plan', 'programme', 'program', 'partnership', 'cooperation', 'co-operation', 'community',
  'federation', 'republic', 'kingdom', 'government', 'spirit', 'centre', 'centres', 'center', 'centers', 'consortium',
  'association', 'parliament', 'assembly', 'group', 'office', 'department', 'agency', 'institute', 'university',
  'corridor', 'road', 'belt', 'way', 'expo', 'games', 'format', 'series', 'events', 'event', 'wonders', 'eight', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'nine', 'ten', 'press', 'release', 'statement', 'communique',
  'communiqué', 'readout', 'news', 'minister', 'ministry', 'embassy', 'affairs', 'foreign', 'president', 'prime',
  'north', 'south', 'east', 'west', 'central', 'eastern', 'western', 'northern', 'southern', 'asia', 'europe', 'africa',
  'america', 'pacific', 'atlantic', 'indian', 'ocean', 'sea', 'gulf', 'middle', 'far', 'caspian', 'arctic', 'dialogue',
  'partners', 'partner', 'outlook', 'vision', 'centrality', 'integration', 'development', 'security', 'peace', 'trade',
  'economic', 'economy', 'energy', 'transport', 'culture', 'tourism', 'health', 'education', 'science', 'technology',
  'digital', 'green', 'climate', 'human', 'rights', 'special', 'permanent', 'executive', 'general', 'deputy', 'vice',
  'acting', 'chief', 'head', 'director', 'secretary', 'chair', 'chairman', 'chairperson', 'speaker', 'spokesperson',
  'ambassador', 'envoy', 'consul', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'pope',
  'shanghai', 'global', 'gateway', 'package', 'free', 'area', 'continental', 'investment', 'vaccine', 'production',
  'mobility', 'migration', 'financing', 'operations', 'matters', 'relations', 'issues', 'questions', 'chinese', 'english',
  'latin', 'script', 'schools', 'banks', 'please', 'note', 'photo', 'video', 'source', 'website', 'ends', 'end',
]);

/** Verbs next to a name that show a person acting in office ("X met", "X held talks"). */
export const PERSON_CONTEXT_VERBS = new Set([
  'met', 'meets', 'meet', 'received', 'receives', 'receive', 'held', 'holds', 'hold', 'visited', 'visits', 'visit', 'thanked',
  'welcomed', 'congratulated', 'conveyed', 'expressed', 'briefed', 'informed', 'invited', 'hosted', 'hosts', 'chaired',
  'co-chaired', 'headed', 'led', 'leads', 'signed', 'presented', 'handed', 'accepted', 'greeted', 'spoke', 'speaks', 'talked',
  'discussed', 'exchanged', 'agreed', 'confirmed', 'proposed', 'suggested', 'assured', 'shared', 'called', 'phoned', 'wished',
  'paid', 'attended', 'participated', 'took', 'gave', 'delivered', 'reported', 'outlined', 'reiterated', 'reaffirmed',
]);

/** Verbs of title-case headlines: "Tang Jiahui Meets SCO Secretary-General". */
export const HEADLINE_VERBS = new Set(['meets', 'receives', 'holds', 'visits', 'says', 'calls', 'hosts', 'attends', 'signs', 'discusses', 'welcomes', 'concludes', 'pays', 'begins', 'opens', 'addresses', 'presents', 'congratulates', 'thanks', 'urges', 'stresses', 'chairs', 'leads', 'arrives', 'departs', 'speaks', 'briefs', 'condemns', 'expresses', 'has', 'had', 'held', 'met', 'talks', 'tells', 'told', 'spoke', 'phones', 'telephones', 'joins', 'reiterates', 'reaffirms', 'emphasizes', 'emphasises', 'invites', 'backs', 'vows', 'warns', 'slams', 'rejects', 'hails', 'praises', 'seeks', 'eyes']);
/** Small words that title-case headlines capitalise, which end a name run as a verb does ("Wang Yi To Visit …"). */
export const HEADLINE_LINKS = new Set(['to', 'and', 'in', 'on', 'at', 'for', 'with']);

/** Words that open a national body's name: "Ministry of Foreign Affairs of China". */
export const BODY_HEADS = new Set([
  'ministry', 'embassy', 'consulate', 'consulate-general', 'mission', 'permanent mission', 'office', 'department',
  'administration', 'presidency', 'parliament', 'government', 'secretariat', 'cabinet', 'council', 'committee', 'commission',
  'agency', 'service', 'chamber', 'senate', 'assembly', 'court',
]);

/** Office abbreviations and the role they stand for ("EAM" → external affairs minister). */
export const ROLE_ABBREVIATION_MAP = new Map(Object.entries(ROLE_ABBREVIATIONS));
export const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our']);
export const MALE = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** Words that are verbs in this genre: they end a name run. */
export function isVerbWord(lower: string): boolean {
  const vocab = vocabulary();
  return PERSON_CONTEXT_VERBS.has(lower) || vocab.speechCues.has(lower) || (vocab.meetingCues.has(lower) && lower !== 'talks') || HEADLINE_VERBS.has(lower) || HEADLINE_LINKS.has(lower);
}

/** The word-class bits of a token form; the tokeniser caches them on the form. */
export function classifyForm(form: TokenForm): number {
  const vocab = vocabulary();
  const { lower, text } = form;
  let flags = 0;
  if (vocab.organizations.has(lower)) flags |= W.OrgStart;
  if (vocab.countries.has(lower)) flags |= W.CountryStart;
  if (vocab.places.has(lower)) flags |= W.PlaceStart;
  if (vocab.titleHeads.has(lower)) flags |= W.TitleHeadStart;
  if (vocab.titleModifiers.has(lower)) flags |= W.TitleModifierStart;
  if (vocab.titleWords.has(lower)) flags |= W.TitleWord;
  if (vocab.honorifics.has(lower)) flags |= W.HonorificStart;
  if (vocab.speechCues.has(lower)) flags |= W.SpeechCueStart;
  if (vocab.meetingCues.has(lower)) flags |= W.MeetingCueStart;
  if (vocab.roleNouns.has(lower)) flags |= W.RoleNounStart;
  if (vocab.nameParticles.has(lower)) flags |= W.NameParticle;
  if (NOT_NAME.has(lower)) flags |= W.NotName;
  if (isVerbWord(lower)) flags |= W.Verb;
  if (BODY_HEADS.has(lower)) flags |= W.BodyHead;
  if (vocab.acronyms.has(text)) flags |= W.Acronym;
  if (text.includes('-') && text.split('-').some((part) => part.length > 0 && isEntityName(part))) flags |= W.EntityCompound;
  if (DETERMINERS.has(lower)) flags |= W.Determiner;
  if (MALE.has(lower)) flags |= W.Male;
  if (FEMALE.has(lower)) flags |= W.Female;
  if (ROLE_ABBREVIATION_MAP.has(text)) flags |= W.RoleAbbreviation;
  if (PERSON_CONTEXT_VERBS.has(lower)) flags |= W.PersonVerb;
  if (MEETING_WORDS.has(lower)) flags |= W.MeetingWord;
  if (MEETING_EXTRA_CUE_LEADS.has(lower)) flags |= W.MeetingExtraCueLead;
  if (MEETING_PARTICIPATION_LEADS.has(lower)) flags |= W.MeetingParticipationLead;
  if (DATE_WORDS.has(lower) || DATE_WORDS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)) flags |= W.DateWord;
  if (entityWords().whole.has(lower)) flags |= W.EntityWhole;
  if (entityWords().inner.has(lower)) flags |= W.EntityInner;
  if ((flags & W.DateWord) !== 0 || DATE_NUMBER.test(text)) flags |= W.DateStart;
  if (TITLE_LINKS.has(lower)) flags |= W.TitleLink;
  return flags;
}
