/**
 * The engine's output: plain, JSON-serialisable data. Offsets are UTF-16 code units into the
 * original text (what `TextDocument.offsetAt` counts), `start` inclusive and `end` exclusive.
 * Every decision keeps its evidence, a short human-readable reason, so hovers and tests can show
 * why the engine said what it said.
 */

export interface Span {
  start: number;
  end: number;
}

export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention extends Span {
  kind: MentionKind;
  /** The mention as written in the document. */
  text: string;
  /** Why this mention refers to this official. */
  evidence: string;
}

export interface Official {
  /** Stable id derived from the full name, for example `vladimir-norov`. */
  id: string;
  /** Full name as the document gives it, without titles or honorifics. */
  name: string;
  /** Other spellings of the name in the document ("Sergei Lavrov" beside "Sergey Lavrov"). */
  aliases: string[];
  /** Titles the document gives this person, most specific first ("SCO Secretary-General"). */
  titles: string[];
  /** The organisation or country the person represents, as a display name ("SCO", "China"). */
  affiliation: string | null;
  /** Id of the affiliated organisation or country in this analysis, when known. */
  affiliationId: string | null;
  mentions: Mention[];
  /** Why the engine considers this person an official. */
  evidence: string[];
}

export interface Organization {
  /** Id from the lexicon (`sco`), or a slug of the name for organisations found by pattern. */
  id: string;
  name: string;
  acronym: string | null;
  /** Country the organisation belongs to, for national bodies such as ministries. */
  country: string | null;
  mentions: Array<Span & { text: string }>;
}

export interface Country {
  /** Lowercase ISO 3166-1 alpha-2 code where one exists (`cn`, `uz`). */
  id: string;
  name: string;
  mentions: Array<Span & { text: string; form: 'name' | 'demonym' | 'side' }>;
}

export interface Place {
  id: string;
  name: string;
  /** Country the place is in, when the lexicon knows it. */
  country: string | null;
  mentions: Array<Span & { text: string }>;
}

export interface QuoteCue extends Span {
  /** The speech verb or phrase as written ("said", "pointed out", "according to"). */
  verb: string;
}

export interface Quote extends Span {
  /** The quoted words without the quotation marks; split quotes are joined with " … ". */
  text: string;
  /** Spans of the quoted words; more than one when the attribution splits the quote. */
  parts: Span[];
  /** Id of the official who said it, when the speaker is an official. */
  speaker: string | null;
  /** The speaker as a display name: an official's name or an organisation's. */
  speakerName: string | null;
  speakerKind: 'official' | 'organization' | null;
  cue: QuoteCue | null;
  evidence: string;
}

export type MeetingKind = 'meeting' | 'call' | 'visit' | 'talks' | 'summit' | 'conference';

export interface Meeting extends Span {
  id: string;
  /** ISO date (`2019-11-12`), a month (`2019-11`), a year (`2019`), or null when the text gives none. */
  date: string | null;
  /** Last day, for events over several days. */
  endDate: string | null;
  place: string | null;
  kind: MeetingKind;
  /** CAMEO event code: 040 consult, 041 telephone, 042 make a visit, 043 host a visit, 044 meet at a third location, 046 negotiate. */
  cameo: string;
  /** Official ids. */
  participants: string[];
  /** Organisations or countries that take part without a named official ("the SCO Heads of Government Council"). */
  bodies: string[];
  /** The sentence it came from. */
  sentence: string;
  /** True for an event the document reports as background rather than its own subject. */
  reported: boolean;
  evidence: string;
}

export interface Dateline extends Span {
  place: string | null;
  date: string | null;
}

export interface DocumentInfo {
  title: string | null;
  titleSpan: Span | null;
  dateline: Dateline | null;
  publisher: string | null;
}

export interface Analysis {
  document: DocumentInfo;
  officials: Official[];
  organizations: Organization[];
  countries: Country[];
  places: Place[];
  quotes: Quote[];
  /** Encounters of named people: every meeting here has at least one participant. */
  meetings: Meeting[];
  /** Summits, conferences and other events the text reports with nobody named as taking part. */
  events: Meeting[];
}

/** A person the user added to `.readout/entities.json`. */
export interface KnownPerson {
  name: string;
  aliases?: string[];
  titles?: string[];
  affiliation?: string;
  notes?: string;
}

export interface KnowledgeBase {
  people?: KnownPerson[];
}

export interface AnalyzeOptions {
  /** The user's knowledge base: extra people, aliases and titles. */
  knowledge?: KnowledgeBase;
  /** Anchor for relative dates when the text has no dateline, as `YYYY-MM-DD`. */
  referenceDate?: string;
}
