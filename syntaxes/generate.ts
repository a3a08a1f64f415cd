/**
 * Writes syntaxes/press-release.tmLanguage.json (`npm run grammar`). The patterns for titles,
 * names, organisations and the countries and demonyms inside titles are built from the engine's
 * lexicons (src/core/lexicon), so the grammar and the engine know the same words; what the
 * grammar leaves out of a lexicon, or adds to it, is listed here with the reason. The quote, date,
 * dateline and headline rules are written out below.
 *
 * test/unit/extension/grammarGenerator.test.ts fails when the committed grammar is not this
 * script's output, and when a lexicon gains a title head or honorific the grammar does not cover.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COUNTRIES, MINISTRY_DOMAINS, NAME_PARTICLES, ORGANIZATIONS, ROLE_ABBREVIATIONS, TITLE_MODIFIERS } from '../src/core/lexicon';

/** The committed grammar, from this file's place in the sources or in out/. */
export const GRAMMAR_PATH = path.resolve(__dirname, ...(path.basename(path.dirname(__dirname)) === 'out' ? ['..', '..'] : ['..']), 'syntaxes', 'press-release.tmLanguage.json');

const SCOPE = 'press-release';

// ---------------------------------------------------------------------------------------------
// Regular expression helpers

/** A word as a pattern: regex characters escaped, any run of spaces as \s+, either apostrophe. */
function literal(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ +/g, String.raw`\s+`)
    .replace(/'/g, '[\'’]');
}

/** Longest first, so an alternation never stops at a shorter word that starts a longer one. */
function longestFirst(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** An alternation of words, longest first, each once. */
function anyOf(words: Iterable<string>): string {
  return `(?:${[...new Set(words)].sort(longestFirst).map(literal).join('|')})`;
}

/** An alternation of ready patterns, longest first; patterns of one length keep their order. */
function anyPattern(patterns: readonly string[]): string {
  return `(?:${[...patterns].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Capitalises every word, hyphenated parts too ("non-resident" → "Non-Resident"). */
function capitalized(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'on']);

/** Title case for portfolios: "economic development and trade" → "Economic Development and Trade". */
function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : capitalized(word)))
    .join(' ');
}

function without(words: Iterable<string>, leftOut: readonly string[]): string[] {
  const out = new Set(leftOut);
  return [...words].filter((word) => !out.has(word));
}

const NOT_WORD = String.raw`(?![\p{L}\p{M}\p{N}])`;
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{M}\p{N}])`;
/** After a complement: no letter, and no apostrophe that would make it a possessive. */
const COMPLEMENT_END = String.raw`(?![\p{L}\p{M}\p{N}’\'])`;

// ---------------------------------------------------------------------------------------------
// Organisations (organizations.ts)

/** Left out: "CAN" is also the verb in capital letters; "Francophonie" is a name rather than a short form. */
export const ORGANIZATIONS_LEFT_OUT: readonly string[] = ['CAN', 'Francophonie'];

/**
 * Acronyms, their aliases in capitals ("SCO RATS", "U.N."), and one-word aliases in mixed case
 * of organisations that have an acronym ("Interpol", "Mercosur").
 */
export function organizationWords(): string[] {
  const words: string[] = [];
  for (const org of ORGANIZATIONS) {
    if (org.acronym) words.push(org.acronym);
    for (const alias of org.aliases) if (!/\p{Ll}/u.test(alias) || (org.acronym && /^\p{Lu}\p{Ll}+$/u.test(alias))) words.push(alias);
  }
  return without(words, ORGANIZATIONS_LEFT_OUT);
}

// ---------------------------------------------------------------------------------------------
// Titles (titles.ts, countries.ts)

/** Regional adjectives that start titles like demonyms do ("African Union Commissioner"). */
export const REGIONAL_DEMONYMS: readonly string[] = ['European', 'African', 'Asian', 'Arab'];

/**
 * Modifiers are single words (the grammar chains up to three). These are left out so far; moving
 * one into the grammar changes what the snapshots under test/grammar show, so review them
 * (`npm run test:grammar`) when you do.
 */
export const MODIFIERS_LEFT_OUT: readonly string[] = [
  'Under-Secretary', 'Ex', 'Newly-Appointed', 'Newly-Elected', 'Extraordinary', 'Outgoing', 'Incoming', 'Current',
  'Incumbent', 'Associate', 'Rotating', 'Lead', 'Top', 'Then', 'Late', 'Designate',
];
/** Modifiers the grammar adds: "Parliamentary Secretary", "High Representative", "Co-Chair". */
export const MODIFIERS_ADDED: readonly string[] = ['Parliamentary', 'High', 'Co'];

export function modifierWords(): string[] {
  const lexicon = TITLE_MODIFIERS.filter((modifier) => !modifier.includes(' ')).map(capitalized);
  return [...without(lexicon, MODIFIERS_LEFT_OUT), ...MODIFIERS_ADDED];
}

/**
 * Title heads as patterns, spelling variants folded into one, longest first (where lengths tie,
 * in this order). With the modifiers, suffixes and complements around them they cover every head
 * of TITLE_HEADS but those in HEADS_LEFT_OUT: the unit test checks.
 */
export const HEAD_PATTERNS: readonly string[] = [
  String.raw`Member\s+of\s+(?:the\s+)?(?:Board|Parliament|Collegium|Commission)`,
  String.raw`Head\s+of\s+(?:State|Government|Mission|(?:the\s+)?Delegation)`,
  String.raw`(?:Colonel|Lieutenant|Major|Brigadier|Army)\s+General`,
  String.raw`Ambassador(?:[\s-]at[\s-][Ll]arge)?`,
  String.raw`Chief\s+of\s+(?:General\s+)?Staff`,
  String.raw`National\s+Security\s+Advis[eo]r`,
  String.raw`Charg[eé]\s+d['’]\s?[Aa]ffaires`,
  String.raw`Under[\s-]Secretary[\s-]General`,
  String.raw`Minister(?:[\s-]Counsell?or)?`,
  String.raw`External\s+Affairs\s+Minister`,
  String.raw`Commander[\s-]in[\s-]Chief`,
  String.raw`Spokes(?:person|man|woman)`,
  String.raw`Director(?:[\s-]General)?`,
  String.raw`Under[\s-]?[Ss]ecretary`,
  String.raw`Secretary\s+of\s+State`,
  String.raw`Prosecutor[\s-]General`,
  String.raw`Defen[cs]e\s+Minister`,
  String.raw`Minister\s+of\s+State`,
  String.raw`Secretary[\s-]General`,
  String.raw`Governor[\s-]General`,
  String.raw`Attorney[\s-]General`,
  String.raw`Chief\s+of\s+Mission`,
  String.raw`Executive\s+Director`,
  String.raw`Interior\s+Minister`,
  String.raw`State\s+Councill?or`,
  String.raw`Cabinet\s+Secretary`,
  String.raw`Foreign\s+Secretary`,
  String.raw`High\s+Commissioner`,
  String.raw`Managing\s+Director`,
  String.raw`Vice[\s-]President`,
  String.raw`Foreign\s+Minister`,
  String.raw`Finance\s+Minister`,
  String.raw`Economy\s+Minister`,
  String.raw`Consul[\s-]General`,
  String.raw`Press\s+Secretary`,
  String.raw`Prime\s+Minister`,
  String.raw`Supreme\s+Leader`,
  String.raw`Trade\s+Minister`,
  String.raw`Home\s+Secretary`,
  String.raw`Chief\s+Justice`,
  String.raw`Crown\s+Prince`,
  String.raw`Representative`,
  String.raw`Grand\s+Duke`,
  String.raw`Commissioner`,
  String.raw`Counsell?or`,
  String.raw`Coordinator`,
  String.raw`Chairperson`,
  String.raw`Chancellor`,
  String.raw`Attach[eé]`,
  String.raw`Rapporteur`,
  String.raw`Chairwoman`,
  String.raw`Advis[eo]r`,
  String.raw`Prosecutor`,
  String.raw`President`,
  String.raw`Secretary`,
  String.raw`Commander`,
  String.raw`Princess`,
  String.raw`Chairman`,
  String.raw`Governor`,
  String.raw`Premier`,
  String.raw`Speaker`,
  String.raw`Senator`,
  String.raw`Admiral`,
  String.raw`Sultan`,
  String.raw`Prince`,
  String.raw`Consul`,
  String.raw`Sherpa`,
  String.raw`Queen`,
  String.raw`Envoy`,
  String.raw`Chair`,
  String.raw`Mayor`,
  String.raw`Judge`,
  String.raw`King`,
  String.raw`Emir`,
  String.raw`Amir`,
];

/**
 * Heads of TITLE_HEADS the grammar does not highlight: common nouns that are titles only next to
 * a name ("head", "chief", "general", "delegate"), and attachés with a service before them. The
 * engine, which sees the whole sentence, still finds them.
 */
export const HEADS_LEFT_OUT: readonly string[] = [
  'defence attaché', 'defense attaché', 'military attaché', 'delegate', 'head', 'chief', 'chief executive', 'lawmaker',
  'board member', 'parliamentarian', 'general',
];

/**
 * Role abbreviations ("EAM said") as heads, in the lexicon's order with each family longest first
 * (DPM, PM; UNSG, DSG, SG); not before a hyphen ("PM-designate" is a head with a suffix).
 */
function abbreviationPattern(): string {
  const families: string[][] = [];
  for (const abbreviation of Object.keys(ROLE_ABBREVIATIONS)) {
    const family = families.find((members) => members.some((other) => other.endsWith(abbreviation) || abbreviation.endsWith(other)));
    if (family) family.push(abbreviation);
    else families.push([abbreviation]);
  }
  return `(?:${families.flatMap((members) => members.sort((x, y) => y.length - x.length)).map(literal).join('|')})(?!-)`;
}

/** Portfolios the grammar adds: department names seen in titles that the lexicon does not list whole. */
export const DOMAINS_ADDED: readonly string[] = [
  'International Relations and Cooperation', 'Political Affairs, Peace and Security', 'Foreign Affairs and Security Policy',
  'Political and Peacebuilding Affairs', 'Political Affairs and Negotiation', 'Investments, Industry and Trade',
  'Investment, Industry and Trade', 'International Cooperation', 'Africa Multilateral', 'Peace and Security',
  'Foreign Policy',
];

/**
 * Portfolios the grammar leaves out so far, among them the single words (Policy, Security...) and
 * portfolio words the lexicon gained after the grammar was written. As with the modifiers, review
 * the snapshots when moving one into the grammar.
 */
export const DOMAINS_LEFT_OUT: readonly string[] = [
  'Policy', 'Multilateral', 'Bilateral', 'Consular', 'Press', 'Relations', 'Cooperation', 'Co-Operation',
  'Foreign Relations', 'Investments Industry and Trade', 'Oil', 'Petroleum', 'Oil and Gas', 'Mining', 'Mines',
  'Communications', 'Information and Communications', 'Digital Economy', 'Innovation', 'Innovative Development',
  'Agriculture and Rural Development', 'Fisheries', 'Water Management', 'Public Health', 'Healthcare',
  'Public Education', 'Preschool and School Education', 'Science', 'Science and Technology',
  'Science and Higher Education', 'Sport', 'Sports', 'Youth', 'Youth and Sports', 'Emergencies', 'Civil Defence',
  'Employment', 'Labour and Social Protection', 'Social Protection', 'Social Affairs', 'Social Welfare',
  'Environmental Protection', 'Ecology and Environmental Protection', 'Climate', 'Natural Resources and Environment',
  'Construction', 'Housing', 'Urban Development', 'Infrastructure', 'Public Works', 'Information', 'Planning',
  'National Planning', 'Development', 'Integration and Macroeconomics', 'Religious Affairs', 'Regional Development',
  'Territorial Development', 'Family', 'Family Affairs', 'Gender Equality', 'Refugees', 'Security',
  'National Security', 'State Security', 'Customs', 'Taxation', 'Public Administration', 'Civil Service',
  'Veterans Affairs', 'Overseas Development',
];

export function domainWords(): string[] {
  return [...without(MINISTRY_DOMAINS.map(titleCase), DOMAINS_LEFT_OUT), ...DOMAINS_ADDED];
}

/** Nouns that end the name of an institution ("... Economic Council", "Ministry of ..."). */
export const INSTITUTION_NOUNS: readonly string[] = [
  'Administration', 'Co-operation', 'Commonwealth', 'Organisation', 'Organization', 'Principality',
  'Cooperation', 'Directorate', 'Secretariat', 'Commission', 'Conference', 'Delegation', 'Department',
  'Federation', 'Government', 'Parliament', 'Presidency', 'Authority', 'Committee', 'Community', 'Consulate',
  'Executive', 'Institute', 'Ministers', 'Programme', 'Sultanate', 'Alliance', 'Assembly', 'Emirates',
  'Ministry', 'Movement', 'Republic', 'Affairs', 'Cabinet', 'Chamber', 'Council', 'Embassy', 'Kingdom',
  'Mission', 'Nations', 'Program', 'Service', 'Agency', 'Center', 'Centre', 'Forces', 'League', 'Majlis',
  'Office', 'Senate', 'States', 'Board', 'Court', 'Forum', 'Group', 'Staff', 'Union', 'Bank', 'Duma', 'Fund',
];

// ---------------------------------------------------------------------------------------------
// Names (titles.ts)

/**
 * Honorifics as patterns, in the order they are tried. They cover HONORIFICS but those in
 * HONORIFICS_LEFT_OUT (the unit test checks).
 */
export const HONORIFIC_PATTERNS: readonly string[] = [
  String.raw`(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty|Royal\s+Highness|Highness|Holiness|Eminence|Beatitude)`,
  String.raw`The\s+Honou?rable`,
  String.raw`(?:Right|Rt\.?)\s+Honou?rable`,
  String.raw`Rt\.?\s+Hon\.?`,
  String.raw`Honou?rable`,
  String.raw`Hon\.`,
  String.raw`H\.E\.`,
  String.raw`H\.M\.`,
  String.raw`H\.R\.H\.`,
  String.raw`H\.H\.`,
  String.raw`Mrs\.?`,
  String.raw`Mr\.?`,
  String.raw`Ms\.?`,
  String.raw`Mx\.?`,
  String.raw`Dr\.?`,
  String.raw`Prof\.?`,
  String.raw`Professor`,
  String.raw`Sheikha?`,
  String.raw`Shaikha?`,
  String.raw`Dato['’]?\s+Sri`,
  String.raw`Dato['’]?`,
  String.raw`Datuk\s+Seri`,
  String.raw`Datuk`,
  String.raw`Datin`,
  String.raw`Tan\s+Sri`,
  String.raw`Puan\s+Sri`,
  String.raw`Toh\s+Puan`,
  String.raw`Tun`,
  String.raw`Pehin`,
  String.raw`Haji`,
  String.raw`Hajji`,
  String.raw`Hajjah`,
  String.raw`Dame`,
  String.raw`Sir`,
  String.raw`Madam`,
  String.raw`Madame`,
  String.raw`Mme\.?`,
  String.raw`Monsieur`,
  String.raw`Señora?`,
  String.raw`Senhora?`,
  String.raw`Herr`,
  String.raw`Frau`,
  String.raw`Shri`,
  String.raw`Shrimati`,
  String.raw`Smt\.`,
  String.raw`Bapak`,
  String.raw`Ibu`,
  String.raw`Khun`,
  String.raw`Samdech`,
  String.raw`Rev\.`,
  String.raw`Reverend`,
  String.raw`Baroness`,
  String.raw`Lord`,
  String.raw`Lady`,
];

/**
 * "HE" and "HM" are the pronoun "he" and "hm" in capitals, "HRH" and "Hon" without their dots
 * and "Excellency" alone are as often other words, and "Miss"/"Mister" rarely come before an
 * official's name.
 */
export const HONORIFICS_LEFT_OUT: readonly string[] = ['HE', 'HM', 'HRH', 'Hon', 'Excellency', 'Miss', 'Mister'];

/**
 * Particles inside names. Prefixes ("al-", "d'") are left to the name pattern, and these are left
 * out so far (several are also words or surnames: "Ben", "Do", "Zu").
 */
export const PARTICLES_LEFT_OUT: readonly string[] = ['binte', 'ibni', 'ould', 'ag', 'ben', 'bat', 'vom', 'zu', 'ter', 'ten', 'het', 'do', 'dei', 'degli', 'les', 'af', 'av', 'ap'];

export function particleWords(): string[] {
  return without(
    NAME_PARTICLES.filter((particle) => !/[-']$/.test(particle)),
    PARTICLES_LEFT_OUT,
  );
}

/**
 * Capitalised words that are never part of a personal name after a title: title words,
 * institution nouns, honorifics, headline verbs ("Meets", "Receives"), days and function words.
 * Listed longest first; words of one length keep their order.
 */
export const NOT_NAMES: readonly string[] = [
  'Representatives', 'Administration', 'Representative', 'Parliamentary', 'Congratulates', 'Co-operation',
  'Organization', 'Commissioner', 'Spokesperson', 'Commonwealth', 'Organisation', 'Principality',
  'Coordinator', 'Cooperation', 'Spokeswoman', 'Secretariat', 'Secretaries', 'Chairperson', 'Ambassadors',
  'Directorate', 'Government', 'Department', 'Parliament', 'Highlights', 'Conference', 'Chairwoman',
  'Federation', 'Commission', 'Presidency', 'Ambassador', 'Excellency', 'Delegation', 'Counsellor',
  'Community', 'Meanwhile', 'Executive', 'Relations', 'Wednesday', 'Yesterday', 'Reaffirms', 'Consulate',
  'Ministers', 'Authority', 'According', 'Permanent', 'Discusses', 'Committee', 'Expresses', 'Secretary',
  'Assistant', 'Announces', 'Concluded', 'Professor', 'Programme', 'Discussed', 'President', 'Institute',
  'Concludes', 'Spokesman', 'Addresses', 'Following', 'Sultanate', 'Launches', 'Alliance', 'Thursday',
  'Movement', 'Chairman', 'Minister', 'Ministry', 'Emirates', 'Stresses', 'Speaking', 'Receives', 'Tomorrow',
  'External', 'Welcomes', 'Security', 'Saturday', 'Attended', 'Condemns', 'Republic', 'Governor', 'Director',
  'Presents', 'Received', 'Welcomed', 'Assembly', 'Visited', 'Council', 'Nations', 'Members', 'Chamber',
  'Accepts', 'Engages', 'Affairs', 'Program', 'Tuesday', 'Mission', 'Embassy', 'Departs', 'Sheikha',
  'Foreign', 'General', 'Attends', 'Special', 'Premier', 'Arrives', 'Advisor', 'Discuss', 'Adviser',
  'Cabinet', 'Receive', 'However', 'Earlier', 'Kingdom', 'Service', 'Called', 'Center', 'Acting', 'Sheikh',
  'Thanks', 'Centre', 'Sunday', 'Chairs', 'Agency', 'States', 'Forces', 'Office', 'Signed', 'Deputy',
  'Consul', 'League', 'Majlis', 'Hosted', 'During', 'Senate', 'Before', 'Friday', 'Shaikh', 'Briefs',
  'Monday', 'Speaks', 'Senior', 'Visits', 'Policy', 'Member', 'Ahead', 'Chief', 'Talks', 'Those', 'Datin',
  'Notes', 'Board', 'Signs', 'After', 'Opens', 'State', 'Calls', 'Under', 'Group', 'Heads', 'Datuk', 'Joins',
  'Leads', 'First', 'Staff', 'Prime', 'Urges', 'Meets', 'Union', 'Holds', 'Forum', 'Today', 'Mayor', 'Madam',
  'Chair', 'Visit', 'Hosts', 'These', 'Envoy', 'Later', 'Court', 'Their', 'Bank', 'Also', 'Meet', 'This',
  'Pays', 'Duma', 'Held', 'Head', 'Vice', 'From', 'Will', 'Prof', 'Says', 'Over', 'High', 'That', 'Both',
  'Paid', 'They', 'Dato', 'Hold', 'Fund', 'Said', 'With', 'The', 'Met', 'Her', 'For', 'Sir', 'His', 'She',
  'Its', 'Two', 'Our', 'But', 'And', 'Mrs', 'We', 'At', 'As', 'By', 'An', 'On', 'It', 'Of', 'Ms', 'Or', 'Dr',
  'Mr', 'He', 'To', 'In', 'I', 'A',
];

// ---------------------------------------------------------------------------------------------
// Patterns

function patterns() {
  const organizations = anyOf(organizationWords());
  const demonyms = anyOf([...COUNTRIES.flatMap((country) => country.demonyms), ...REGIONAL_DEMONYMS]);
  const countries = anyOf(COUNTRIES.flatMap((country) => [country.name, ...country.aliases]));
  const modifiers = anyOf(modifierWords());
  const heads = anyPattern([...HEAD_PATTERNS, abbreviationPattern()]);
  const domains = anyOf(domainWords());
  const institutions = anyOf(INSTITUTION_NOUNS);
  const honorifics = `(?:${HONORIFIC_PATTERNS.join('|')})`;
  const notNames = `(?:${[...NOT_NAMES].sort((a, b) => b.length - a.length).map(literal).join('|')})`;
  const particles = anyOf(particleWords());

  // "of the Ministry of Foreign Affairs", "to China", "for Trade", "of the SCO".
  const complement = String.raw`(?:\s+(?:of|for|to|in)\s+(?:the\s+)?(?:${domains}${COMPLEMENT_END}|${countries}${COMPLEMENT_END}|(?:\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*\s+){0,5}${institutions}${NOT_WORD}${COMPLEMENT_END}|${organizations}${COMPLEMENT_END})){0,4}`;
  const suffixes = String.raw`(?:[\s-]in[\s-]Office|-elect|-designate|\s+Extraordinary\s+and\s+Plenipotentiary|\s+a\.i\.){0,2}`;
  const oneTitle = String.raw`(?:${modifiers}[\s-]){0,3}${heads}${NOT_WORD}${suffixes}${complement}`;
  const prefix = String.raw`(?:(?:${organizations}|${demonyms}|\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?['’]s)\s+)?`;
  const title = String.raw`${prefix}${oneTitle}(?:(?:\s+and\s+|\s*[–—/]\s*|\s+)${oneTitle}){0,2}`;

  const honorific = String.raw`(?:${honorifics}(?<=\.)|${honorifics}${NOT_WORD})`;
  const nameWord = String.raw`(?:\p{Lu}\.(?=\s+\p{Lu})|(?!${notNames}(?![\p{L}\p{M}\-’\']))(?:(?:al|el|ad|ud|ul)-)?\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+|[’\'](?=\p{L}{2})[\p{L}\p{M}]+)*)`;
  const name = String.raw`${nameWord}(?:\s+(?:${particles}${NOT_WORD}\s+){0,2}${nameWord}){0,4}${NOT_WORD}(?!\s+${institutions}${NOT_WORD})`;

  return {
    organization: `${NOT_AFTER_WORD}${organizations}(?![\\p{L}\\p{N}])`,
    title: String.raw`${NOT_AFTER_WORD}(?<![’'\-])(${title})(?:\s+((?:${honorific}\s+){0,3})(${name}))?`,
    honorificName: String.raw`${NOT_AFTER_WORD}((?:${honorific}\s+){1,3})(${name})`,
  };
}

// Dates: "12 November 2019", "12 to 13 December", "November 12, 2019", "March 2024", weekdays.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH = anyOf(MONTHS);
const DAY = String.raw`(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}])`;
const DAYS = String.raw`${DAY}(?:(?:\s*[–—-]\s*|\s+(?:to|and|until)\s+)${DAY})?`;
const YEAR = String.raw`[12][0-9]{3}(?![\p{L}\p{N}])`;
const DAY_MONTH = String.raw`${DAYS}\s+${MONTH}${NOT_WORD}(?:,?\s+${YEAR})?`;
const MONTH_DAY = String.raw`${MONTH}\s+${DAYS}(?:,\s*${YEAR})?`;

// ---------------------------------------------------------------------------------------------
// The grammar

const name = (scope: string) => ({ name: `${scope}.${SCOPE}` });
const include = (...rules: string[]) => rules.map((rule) => ({ include: `#${rule}` }));
const INLINE = ['quotes', 'title', 'honorific-name', 'honorific', 'date', 'organization'];

/** A quote: from its opening mark to its closing mark or, unclosed, the next blank line. */
function quote(scope: string, begin: string, end: string, inner?: string[]) {
  return {
    ...name(scope),
    begin,
    beginCaptures: { 0: name('punctuation.definition.string.begin') },
    end: `${end}|(?=^\\s*$)`,
    endCaptures: { 0: name('punctuation.definition.string.end') },
    ...(inner ? { patterns: include(...inner) } : {}),
  };
}

const SINGLE_CURLY_BEGIN = String.raw`(?<![\p{L}\p{M}\p{N}])‘(?=[\p{L}\p{N}“\"«])`;
const SINGLE_STRAIGHT_BEGIN = String.raw`(?<![\p{L}\p{M}\p{N}])'(?=[\p{L}\p{N}])`;

export function buildGrammar(): object {
  const { organization, title, honorificName } = patterns();
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Press Release',
    scopeName: `text.${SCOPE}`,
    patterns: include('headline', 'dateline', ...INLINE),
    repository: {
      headline: {
        comment:
          'The first line of the file. vscode-textmate only lets \\A match on the first line of a document, so a one-line match keeps every nested rule (an unclosed quote too) inside the headline.',
        match: String.raw`\A[^\n]*\S[^\n]*`,
        captures: { 0: { ...name('markup.heading'), patterns: include(...INLINE) } },
      },
      dateline: {
        comment:
          'A dateline at the start of a line: PLACE, DATE (with a day) [(Agency)] [. /Agency/.] [– | — | -- | -]. The place is markup.heading.dateline (coloured by Dark+/Light+) with entity.name.section.dateline nested for themes that colour sections; the agency is entity.name.tag.agency.',
        match: String.raw`^\s*(\p{Lu}[\p{L}\p{M}’'.\-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}’'.\-]*){0,3})(,)\s+((?:${DAY_MONTH}|${MONTH_DAY}))(?:\s*(\()([^()\n]{1,60})(\)))?(?:(\.)?\s*(/)([^/\n]{1,60})(/)(\.)?)?(?:\s*(–|—|--|-)(?=\s|$))?`,
        ...name('meta.dateline'),
        captures: {
          1: { name: `markup.heading.dateline.${SCOPE} entity.name.section.dateline.${SCOPE}` },
          2: name('punctuation.separator.dateline'),
          3: name('constant.numeric.date'),
          4: name('punctuation.definition.agency.begin'),
          5: name('entity.name.tag.agency'),
          6: name('punctuation.definition.agency.end'),
          7: name('punctuation.separator.dateline'),
          8: name('punctuation.definition.agency.begin'),
          9: name('entity.name.tag.agency'),
          10: name('punctuation.definition.agency.end'),
          11: name('punctuation.separator.dateline'),
          12: name('punctuation.separator.dateline'),
        },
      },
      quotes: {
        comment:
          'Outer quotes: straight "…", curly “…”, low-high „…“/„…”, guillemets «…», and top-level single quotes. Every quote ends at its closing mark or, unclosed, at the next blank line (end pattern (?=^\\s*$)), so an unbalanced quote never colours the rest of the file. Quote contents are plain string: no titles, dates or organisations inside.',
        patterns: include('quote-guillemet', 'quote-curly', 'quote-low', 'quote-straight', 'quote-single-curly', 'quote-single-straight'),
      },
      'quote-straight': quote('string.quoted.double', '"', '"', ['inner-single-curly', 'inner-single-straight']),
      'quote-curly': quote('string.quoted.double', '“', '”', ['inner-single-curly', 'inner-single-straight']),
      'quote-low': quote('string.quoted.double', '„', '[“”]', ['inner-single-curly', 'inner-single-straight']),
      'quote-guillemet': quote('string.quoted.other.guillemet', '«', '»', ['inner-low', 'inner-curly', 'inner-straight', 'inner-single-curly', 'inner-single-straight']),
      'quote-single-curly': quote('string.quoted.single', SINGLE_CURLY_BEGIN, String.raw`’(?![\p{L}\p{N}])`),
      'quote-single-straight': quote('string.quoted.single', SINGLE_STRAIGHT_BEGIN, String.raw`'(?![\p{L}\p{N}])`),
      // Inside a double quote, a single quote also ends where the double quote does.
      'inner-single-curly': quote('string.quoted.single', SINGLE_CURLY_BEGIN, String.raw`’(?![\p{L}\p{N}])|(?=[”"»])`),
      'inner-single-straight': quote('string.quoted.single', SINGLE_STRAIGHT_BEGIN, String.raw`'(?![\p{L}\p{N}])|(?=[”"»])`),
      'inner-low': quote('string.quoted.single', '„', '“|(?=»)'),
      'inner-curly': quote('string.quoted.single', '“', '”|(?=»)'),
      'inner-straight': quote('string.quoted.single', '"', '"|(?=»)'),
      title: {
        comment:
          'Title run from the lexicon (titles.ts): optional prefix (organisation acronym, demonym or "Country’s"), up to 3 modifiers (Vice, Deputy, First, Acting...), a head (Minister, Foreign Minister, Secretary-General, Ambassador, Chargé d’Affaires...), suffixes (a.i., -in-Office, Extraordinary and Plenipotentiary), up to 4 complements introduced by of/for/to/in (a ministry domain, a country, an institution ending in Council/Commission/Board/Republic..., or an acronym), and up to 2 more titles joined by space, "and", "–" or "/". Then, optionally, honorifics and a personal name of 1-5 capitalised words (particles bin/al/de/von... allowed) that are not title words, institution nouns, headline verbs or function words. Every quantifier is bounded and each repeated part starts with a token its neighbour cannot match, so the regex cannot backtrack catastrophically. Scopes: title storage.type.title, honorifics storage.type.title.honorific, name entity.name.function.person (the scope family of the semantic token official).',
        match: title,
        captures: {
          1: { ...name('storage.type.title'), patterns: include('organization') },
          2: name('storage.type.title.honorific'),
          3: name('entity.name.function.person'),
        },
      },
      'honorific-name': {
        comment: 'Honorifics (Mr., Ms., Dr., H.E., His/Her Excellency, Dato’, Sheikh...; HE/HM left out) followed by a personal name.',
        match: honorificName,
        captures: { 1: name('storage.type.title.honorific'), 2: name('entity.name.function.person') },
      },
      honorific: {
        comment: 'His/Her Excellency or H.E. not followed by a name ("His Excellency the Secretary-General").',
        match: String.raw`${NOT_AFTER_WORD}(?:(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty|Royal\s+Highness|Highness)|H\.E\.)(?!\p{L})`,
        ...name('storage.type.title.honorific'),
      },
      date: {
        comment:
          '12 November 2019, 12 to 13 December 2023, 24–25 August, November 12, 2019, March 6-8, May 17 to 19, March 2024, weekdays, and bare month names (May only after in/of/since/... so the verb may is never a date).',
        match: String.raw`${NOT_AFTER_WORD}(?:${DAY_MONTH}|${MONTH}\s+${YEAR}|${MONTH_DAY}|${anyOf(WEEKDAYS)}(?![\p{L}\p{M}\p{N}\-])|(?:${anyOf(MONTHS.filter((month) => month !== 'May'))}|(?<=(?:in|of|since|until|by|from|early|late|mid|next|last|this|and|or)[\s\-])May)${NOT_WORD})`,
        ...name('constant.numeric.date'),
      },
      organization: {
        comment:
          'Word-bounded, case-sensitive organisation acronyms from organizations.ts (and their all-capital aliases such as SCO RATS, U.N.); CAN is left out. support.class is coloured like the semantic token organization (entity.name.type).',
        match: organization,
        ...name('support.class.organization'),
      },
    },
  };
}

/** The grammar file's text. */
export function grammarText(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

if (require.main === module) {
  fs.writeFileSync(GRAMMAR_PATH, grammarText());
  console.log(`Wrote ${path.relative(process.cwd(), GRAMMAR_PATH)}`);
}
