/**
 * The vocabulary of public roles: title heads and their modifiers, the portfolios ministers hold,
 * honorifics, the nouns used to refer back to a person by role, and the small words inside
 * personal names.
 *
 * Sources: official titles as used by governments and international organisations (UN
 * Terminology for UN posts, the Vienna Convention on Diplomatic Relations and Vienna Convention
 * on Consular Relations for diplomatic and consular ranks), and common press usage. The data was
 * written for this project, not copied from a file.
 *
 * Everything except HONORIFICS is lower case. The tokeniser keeps hyphenated words whole
 * ("Vice-President", "Secretary-General"), so hyphenated compounds are listed as heads in their
 * own right next to their spaced forms.
 */

/** Role nouns that make a person an official when attached to a name. */
export const TITLE_HEADS: readonly string[] = [
  // Heads of state and government, royalty.
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'premier', 'vice premier',
  'vice-premier', 'chancellor', 'federal chancellor', 'king', 'queen', 'emir', 'amir', 'sultan', 'crown prince',
  'prince', 'princess', 'grand duke', 'supreme leader', 'head of state', 'head of government', 'governor-general',
  'governor general', 'commander-in-chief',
  // Ministers and officials of government ("Minister of Energy" is 'minister' + a ministry domain).
  'minister', 'vice minister', 'vice-minister', 'deputy minister', 'foreign minister', 'defence minister',
  'defense minister', 'finance minister', 'economy minister', 'trade minister', 'interior minister',
  'minister of state', 'state minister', 'cabinet secretary', 'secretary of state', 'state secretary',
  'foreign secretary', 'home secretary', 'state councilor', 'state councillor', 'attorney general', 'attorney-general',
  'prosecutor general', 'prosecutor-general', 'chief of staff', 'national security adviser',
  'national security advisor', 'press secretary', 'secretary', 'undersecretary', 'under-secretary',
  'permanent secretary',
  // Diplomatic and consular ranks.
  'ambassador', 'ambassador-at-large', 'ambassador at large', 'envoy', 'special envoy', 'special representative',
  'personal representative', 'representative', 'permanent representative', 'deputy permanent representative',
  'high representative', 'high commissioner', 'consul general', 'consul-general', 'consul', 'vice consul',
  'vice-consul', "chargé d'affaires", "charge d'affaires", 'minister-counsellor', 'minister-counselor',
  'counsellor', 'counselor', 'attaché', 'attache', 'defence attaché', 'defense attaché', 'military attaché',
  'head of mission', 'chief of mission', 'head of delegation', 'sherpa', 'delegate',
  // International organisations.
  'secretary-general', 'secretary general', 'deputy secretary-general', 'deputy secretary general',
  'under-secretary-general', 'under-secretary general', 'assistant secretary-general', 'assistant secretary general',
  'director', 'director-general', 'director general', 'deputy director-general', 'executive secretary',
  'executive director', 'managing director', 'commissioner', 'president of the commission',
  'chairperson of the commission', 'special rapporteur', 'rapporteur', 'coordinator', 'special coordinator',
  'resident coordinator',
  // Chairs and presiding officers.
  'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'co-chairman', 'vice-chair', 'vice chair',
  'vice-chairman', 'vice chairman', 'vice-chairperson', 'chairperson-in-office', 'chairman-in-office', 'speaker',
  'deputy speaker',
  // Heads of bodies and other public roles.
  'head', 'chief', 'chief executive', 'governor', 'mayor', 'senator', 'member of parliament', 'lawmaker',
  'member of the board', 'board member', 'member of the collegium', 'member of the commission',
  'parliamentarian', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'chief justice', 'judge',
  'prosecutor', 'general', 'admiral', 'commander', 'chief of general staff',
];

/** Words that precede a head inside a title ("First Deputy Prime Minister"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'vice', 'deputy', 'first deputy', 'first vice', 'acting', 'assistant', 'under-secretary', 'under secretary',
  'special', 'senior', 'chief', 'first', 'second', 'third', 'executive', 'permanent', 'interim', 'former', 'ex',
  'newly appointed', 'newly-appointed', 'newly elected', 'newly-elected', 'extraordinary and plenipotentiary',
  'plenipotentiary', 'extraordinary', 'outgoing', 'incoming', 'current', 'incumbent', 'honorary', 'resident',
  'non-resident', 'principal', 'associate', 'alternate', 'personal', 'joint', 'presidential', 'rotating', 'regional',
  'national', 'federal', 'state', 'lead', 'top', 'then', 'late', 'designate',
];

/** What ministers are ministers of ("Minister of Foreign Affairs", "Minister for Trade"). */
export const MINISTRY_DOMAINS: readonly string[] = [
  // Department and portfolio words that appear inside titles ("Security Policy", "Africa Multilateral").
  'policy', 'security policy', 'multilateral', 'bilateral', 'multilateral affairs', 'bilateral affairs', 'protocol',
  'consular', 'consular affairs', 'legal affairs', 'political affairs', 'policy planning', 'press',
  'public diplomacy', 'international relations', 'relations', 'cooperation', 'co-operation',
  'foreign affairs', 'external affairs', 'international affairs', 'foreign relations', 'foreign economic relations',
  'foreign trade', 'foreign economic activity', 'defence', 'defense', 'national defence', 'national defense',
  'finance', 'finance and economy', 'economy and finance', 'economy', 'economic affairs', 'economic development',
  'economic development and trade', 'economy and trade', 'trade', 'commerce', 'industry', 'industry and trade',
  'trade and industry', 'investment', 'investments', 'investment and foreign trade', 'investments industry and trade',
  'energy', 'oil', 'petroleum', 'oil and gas', 'mining', 'mines', 'natural resources', 'transport', 'transportation',
  'communications', 'information technologies', 'information and communications', 'digital development',
  'digital economy', 'digital technologies', 'innovation', 'innovative development', 'agriculture',
  'agriculture and rural development', 'fisheries', 'water resources', 'water management', 'health', 'public health',
  'healthcare', 'education', 'higher education', 'public education', 'preschool and school education', 'science',
  'science and technology', 'science and higher education', 'culture', 'culture and tourism', 'tourism', 'sport',
  'sports', 'youth', 'youth and sports', 'justice', 'interior', 'internal affairs', 'home affairs',
  'emergency situations', 'emergencies', 'civil defence', 'labour', 'labor', 'employment', 'labour and social protection',
  'social protection', 'social affairs', 'social welfare', 'environment', 'ecology', 'environmental protection',
  'ecology and environmental protection', 'climate', 'climate change', 'natural resources and environment',
  'construction', 'housing', 'urban development', 'infrastructure', 'public works', 'information', 'planning',
  'national planning', 'development', 'international development', 'development cooperation', 'european affairs',
  'european integration', 'integration and macroeconomics', 'religious affairs', 'regional development',
  'territorial development', 'family', 'family affairs', 'gender equality', 'human rights', 'migration', 'refugees',
  'security', 'national security', 'state security', 'customs', 'taxation', 'public administration', 'civil service',
  'veterans affairs', 'overseas development', 'foreign affairs and trade', 'foreign affairs and international cooperation',
];

/**
 * Honorifics as written, case-sensitive, with dots where used. Look-ups are lower-case, so the
 * engine must check the case itself: 'HE' and 'HM' collide with the pronoun "he" and "hm".
 */
export const HONORIFICS: readonly string[] = [
  'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mister', 'Mx.', 'Mx', 'Dr.', 'Dr', 'Prof.', 'Prof', 'Professor',
  'H.E.', 'HE', 'His Excellency', 'Her Excellency', 'Their Excellencies', 'Excellency', 'His Majesty', 'Her Majesty',
  'H.M.', 'HM', 'His Royal Highness', 'Her Royal Highness', 'H.R.H.', 'HRH', 'His Highness', 'Her Highness', 'H.H.',
  'His Holiness', 'His Eminence', 'His Beatitude', 'Sheikh', 'Sheikha', 'Shaikh', 'Shaikha', 'Dato', "Dato'",
  'Datuk', 'Dato Sri', "Dato' Sri", 'Datuk Seri', 'Datin', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan', 'Pehin',
  'Haji', 'Hajji', 'Hajjah', 'Dame', 'Sir', 'Lord', 'Lady', 'Baroness', 'Madam', 'Madame', 'Mme', 'Mme.', 'Monsieur',
  'Hon.', 'Hon', 'Honourable', 'Honorable', 'The Honourable', 'The Honorable', 'Right Honourable', 'Rt. Hon.',
  'Rt Hon', 'Señor', 'Señora', 'Senhor', 'Senhora', 'Herr', 'Frau', 'Shri', 'Shrimati', 'Smt.', 'Bapak', 'Ibu',
  'Khun', 'Samdech', 'Rev.', 'Reverend',
];

/** Nouns used for anaphoric role references: "the Vice Minister", "the Russian diplomat". */
export const ROLE_REFERENCE_NOUNS: readonly string[] = [
  'diplomat', 'top diplomat', 'chief diplomat', 'senior diplomat', 'official', 'senior official', 'top official',
  'envoy', 'special envoy', 'minister', 'vice minister', 'deputy minister', 'foreign minister', 'vice foreign minister',
  'deputy foreign minister', 'prime minister', 'deputy prime minister', 'premier', 'vice premier', 'secretary-general',
  'secretary general', 'deputy secretary-general', 'ambassador', 'president', 'vice president', 'chairman',
  'chairperson', 'chair', 'chairperson-in-office', 'head of state', 'head of government', 'leader', 'representative',
  'special representative', 'permanent representative', 'high representative', 'guest', 'host', 'hosts', 'visitor',
  'spokesperson', 'spokesman', 'spokeswoman', 'director-general', 'director general', 'executive secretary',
  'commissioner', 'counterpart', 'interlocutor', 'colleague', 'head of delegation', 'head of the delegation',
  'delegate', 'statesman', 'stateswoman', 'politician', 'lawmaker', 'senator', 'king', 'monarch', 'emir', 'crown prince',
  'sultan', 'chancellor', 'secretary of state', 'foreign secretary', 'state councilor', "chargé d'affaires",
  'consul general', 'governor', 'mayor', 'speaker', 'director', 'chief',
];

/**
 * Lower-case parts inside personal names ("Mohammed bin Salman", "Ursula von der Leyen").
 * Some are also surnames or ordinary words ('Le', 'La', 'Do', 'Y', 'Ben'); the engine decides by
 * case and position. 'al-' and "d'" are prefixes that the tokeniser keeps attached to the next
 * word ("al-Saud").
 */
export const NAME_PARTICLES: readonly string[] = [
  'al', 'al-', 'el', 'el-', 'ul', 'bin', 'binti', 'binte', 'bint', 'ibn', 'ibni', 'abu', 'ould', 'ag', 'ben', 'bat',
  'van', 'von', 'vom', 'zu', 'der', 'den', 'ter', 'ten', 'het', 'de', 'da', 'dos', 'das', 'do', 'di', 'dei', 'del',
  'della', 'degli', 'la', 'le', 'les', 'du', 'des', "d'", "l'", 'y', 'af', 'av', 'ap',
];

/**
 * Abbreviations that releases use for an office instead of a name ("EAM said", "the FM"),
 * with the title they stand for. Matched case-sensitively.
 */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  EAM: 'external affairs minister',
  FM: 'foreign minister',
  PM: 'prime minister',
  DPM: 'deputy prime minister',
  SG: 'secretary-general',
  DSG: 'deputy secretary-general',
  UNSG: 'secretary-general',
  CiO: 'chairperson-in-office',
};
