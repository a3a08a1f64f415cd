/**
 * An index over many analysed documents: links one person across documents ("Vladimir Norov"
 * here, "Norov" there, the user's aliases), and answers which documents, quotes and meetings
 * involve them. Documents are added, replaced and removed one at a time; the cross-document
 * linking is recomputed lazily on the next question, in time linear in the number of officials.
 * Only a compact summary of each analysis is kept, so large corpora stay small in memory.
 */
import { slugify } from './context';
import type { Analysis, KnowledgeBase, Meeting } from './model';
import { areNameVariants, nameWordsOf, wordKey } from './officials/variants';

export interface IndexedOfficial {
  id: string;
  name: string;
  /** Other spellings of the name in the document. */
  aliases: string[];
  titles: string[];
  affiliation: string | null;
  mentionCount: number;
  /** Offsets of the first mention, for "go to definition". */
  first: { start: number; end: number } | null;
  /** Every mention as [start, end] offsets, for "find all references". */
  mentions: Array<[number, number]>;
}

export interface IndexedQuote {
  start: number;
  end: number;
  /** The quote's opening words (up to 160 characters). */
  excerpt: string;
  speaker: string | null;
  speakerName: string | null;
}

/** A meeting as the index keeps it: everything but the evidence, with the sentence shortened. */
export type IndexedMeeting = Omit<Meeting, 'evidence'>;

export interface IndexedDocument {
  uri: string;
  title: string | null;
  date: string | null;
  officials: IndexedOfficial[];
  organizations: Array<{ id: string; name: string; acronym: string | null; mentionCount: number }>;
  quotes: IndexedQuote[];
  meetings: IndexedMeeting[];
  /** Events reported with nobody named as taking part (summits, conferences). */
  events: IndexedMeeting[];
}

export interface Person {
  /** Stable key: the slug of the fullest name seen, or of the knowledge-base name. */
  key: string;
  name: string;
  aliases: string[];
  titles: string[];
  affiliations: string[];
  /** Documents and the official id the person has in each. */
  appearances: Array<{ uri: string; officialId: string; mentionCount: number }>;
  notes: string | null;
}

const EXCERPT_LENGTH = 160;

function summarize(uri: string, analysis: Analysis): IndexedDocument {
  return {
    uri,
    title: analysis.document.title,
    date: analysis.document.dateline?.date ?? analysis.meetings.find((m) => !m.reported)?.date ?? analysis.events.find((m) => !m.reported)?.date ?? null,
    officials: analysis.officials.map((official) => ({
      id: official.id,
      name: official.name,
      aliases: official.aliases,
      titles: official.titles,
      affiliation: official.affiliation,
      mentionCount: official.mentions.length,
      first: official.mentions[0] ? { start: official.mentions[0].start, end: official.mentions[0].end } : null,
      mentions: official.mentions.map((mention): [number, number] => [mention.start, mention.end]),
    })),
    organizations: analysis.organizations.map((org) => ({ id: org.id, name: org.name, acronym: org.acronym, mentionCount: org.mentions.length })),
    quotes: analysis.quotes.map((quote) => ({
      start: quote.start,
      end: quote.end,
      excerpt: quote.text.length > EXCERPT_LENGTH ? `${quote.text.slice(0, EXCERPT_LENGTH - 1)}…` : quote.text,
      speaker: quote.speaker,
      speakerName: quote.speakerName,
    })),
    meetings: analysis.meetings.map(indexMeeting),
    events: analysis.events.map(indexMeeting),
  };
}

function indexMeeting(meeting: Meeting): IndexedMeeting {
  return {
    id: meeting.id,
    date: meeting.date,
    endDate: meeting.endDate,
    place: meeting.place,
    kind: meeting.kind,
    cameo: meeting.cameo,
    participants: meeting.participants,
    bodies: meeting.bodies,
    reported: meeting.reported,
    start: meeting.start,
    end: meeting.end,
    sentence: meeting.sentence.length > 400 ? `${meeting.sentence.slice(0, 399)}…` : meeting.sentence,
  };
}


export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private people: Person[] | undefined;
  private personByAppearance = new Map<string, Person>();

  constructor(private knowledge: KnowledgeBase = {}) {}

  setKnowledge(knowledge: KnowledgeBase): void {
    this.knowledge = knowledge;
    this.people = undefined;
  }

  update(uri: string, analysis: Analysis): IndexedDocument {
    const summary = summarize(uri, analysis);
    this.docs.set(uri, summary);
    this.people = undefined;
    return summary;
  }

  remove(uri: string): boolean {
    const removed = this.docs.delete(uri);
    if (removed) this.people = undefined;
    return removed;
  }

  rename(from: string, to: string): void {
    const doc = this.docs.get(from);
    if (!doc) return;
    this.docs.delete(from);
    this.docs.set(to, { ...doc, uri: to });
    this.people = undefined;
  }

  get size(): number {
    return this.docs.size;
  }

  document(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  documents(): IndexedDocument[] {
    return [...this.docs.values()];
  }

  /** Everyone across the corpus, most mentioned first. */
  persons(): Person[] {
    return this.link();
  }

  /** The cross-document person an official of one document is. */
  personOf(uri: string, officialId: string): Person | undefined {
    this.link();
    return this.personByAppearance.get(`${uri}\u0000${officialId}`);
  }

  person(key: string): Person | undefined {
    return this.link().find((person) => person.key === key);
  }

  /** Quotes the person spoke, across documents. */
  quotesBy(key: string): Array<{ uri: string; quote: IndexedQuote }> {
    const person = this.person(key);
    if (!person) return [];
    const result: Array<{ uri: string; quote: IndexedQuote }> = [];
    for (const { uri, officialId } of person.appearances) {
      for (const quote of this.docs.get(uri)?.quotes ?? []) if (quote.speaker === officialId) result.push({ uri, quote });
    }
    return result;
  }

  /** Meetings the person took part in, across documents, newest first. */
  meetingsWith(key: string): Array<{ uri: string; meeting: IndexedMeeting }> {
    const person = this.person(key);
    if (!person) return [];
    const result: Array<{ uri: string; meeting: IndexedMeeting }> = [];
    for (const { uri, officialId } of person.appearances) {
      for (const meeting of this.docs.get(uri)?.meetings ?? []) if (meeting.participants.includes(officialId)) result.push({ uri, meeting });
    }
    return result.sort(byDateDescending);
  }

  /** Every meeting in the corpus, newest first; undated ones last. */
  meetings(): Array<{ uri: string; meeting: IndexedMeeting }> {
    const result: Array<{ uri: string; meeting: IndexedMeeting }> = [];
    for (const doc of this.docs.values()) for (const meeting of doc.meetings) result.push({ uri: doc.uri, meeting });
    return result.sort(byDateDescending);
  }

  /** Every event with nobody named (summits, conferences), newest first; undated ones last. */
  events(): Array<{ uri: string; meeting: IndexedMeeting }> {
    const result: Array<{ uri: string; meeting: IndexedMeeting }> = [];
    for (const doc of this.docs.values()) for (const meeting of doc.events) result.push({ uri: doc.uri, meeting });
    return result.sort(byDateDescending);
  }

  /** Every mention of a person across the corpus, document by document. */
  mentionsOf(key: string): Array<{ uri: string; start: number; end: number }> {
    const person = this.person(key);
    if (!person) return [];
    const result: Array<{ uri: string; start: number; end: number }> = [];
    for (const { uri, officialId } of person.appearances) {
      const official = this.docs.get(uri)?.officials.find((o) => o.id === officialId);
      for (const [start, end] of official?.mentions ?? []) result.push({ uri, start, end });
    }
    return result;
  }

  /** Documents that mention an organisation (by id), with mention counts. */
  documentsWithOrganization(id: string): Array<{ uri: string; mentionCount: number }> {
    const result: Array<{ uri: string; mentionCount: number }> = [];
    for (const doc of this.docs.values()) {
      const org = doc.organizations.find((o) => o.id === id);
      if (org) result.push({ uri: doc.uri, mentionCount: org.mentionCount });
    }
    return result;
  }

  private link(): Person[] {
    if (this.people) return this.people;
    const people: Person[] = [];
    const byAlias = new Map<string, Person>();
    const bySurname = new Map<string, Person[]>();
    // People by the transliteration key of their surname, for spellings of one name across
    // documents ("Sergei Lavrov" here, "Sergey Lavrov" there).
    const bySurnameKey = new Map<string, Person[]>();
    this.personByAppearance = new Map();

    for (const known of this.knowledge.people ?? []) {
      const person: Person = {
        key: slugify(known.name),
        name: known.name,
        aliases: [...(known.aliases ?? [])],
        titles: [...(known.titles ?? [])],
        affiliations: known.affiliation ? [known.affiliation] : [],
        appearances: [],
        notes: known.notes ?? null,
      };
      people.push(person);
      for (const form of [known.name, ...(known.aliases ?? [])]) byAlias.set(slugify(form), person);
    }

    // Full names first, so a bare surname elsewhere can join the right person.
    const appearances: Array<{ uri: string; official: IndexedOfficial }> = [];
    for (const doc of this.docs.values()) for (const official of doc.officials) appearances.push({ uri: doc.uri, official });
    appearances.sort((a, b) => nameWordsOf(b.official.name).length - nameWordsOf(a.official.name).length);

    for (const { uri, official } of appearances) {
      const slug = slugify(official.name);
      const words = nameWordsOf(official.name);
      let person = byAlias.get(slug);
      if (!person && words.length === 1) {
        const candidates = bySurname.get(words[0] as string) ?? [];
        if (candidates.length === 1) person = candidates[0];
      }
      if (!person && words.length > 1) {
        const candidates = (bySurnameKey.get(wordKey(words[words.length - 1] as string)) ?? []).filter((p) => [p.name, ...p.aliases].some((form) => areNameVariants(words, nameWordsOf(form))));
        if (candidates.length === 1) person = candidates[0];
      }
      if (!person) {
        person = { key: slug, name: official.name, aliases: [], titles: [], affiliations: [], appearances: [], notes: null };
        people.push(person);
        byAlias.set(slug, person);
        if (words.length > 1) {
          for (const word of [words[words.length - 1] as string, words[0] as string]) {
            const list = bySurname.get(word) ?? [];
            list.push(person);
            bySurname.set(word, list);
          }
          const key = wordKey(words[words.length - 1] as string);
          bySurnameKey.set(key, [...(bySurnameKey.get(key) ?? []), person]);
        }
      }
      for (const form of [official.name, ...official.aliases]) if (form !== person.name && !person.aliases.includes(form)) person.aliases.push(form);
      for (const form of official.aliases) if (!byAlias.has(slugify(form))) byAlias.set(slugify(form), person);
      for (const title of official.titles) if (!person.titles.includes(title)) person.titles.push(title);
      if (official.affiliation && !person.affiliations.includes(official.affiliation)) person.affiliations.push(official.affiliation);
      person.appearances.push({ uri, officialId: official.id, mentionCount: official.mentionCount });
      this.personByAppearance.set(`${uri}\u0000${official.id}`, person);
    }
    const mentions = (person: Person) => person.appearances.reduce((sum, a) => sum + a.mentionCount, 0);
    this.people = people
      .filter((person) => person.appearances.length > 0 || person.notes !== null || person.aliases.length > 0)
      .sort((a, b) => mentions(b) - mentions(a) || a.name.localeCompare(b.name));
    return this.people;
  }
}

function byDateDescending(a: { meeting: IndexedMeeting }, b: { meeting: IndexedMeeting }): number {
  const da = a.meeting.date ?? '';
  const db = b.meeting.date ?? '';
  if (da === db) return 0;
  if (!da) return 1;
  if (!db) return -1;
  return da < db ? 1 : -1;
}
