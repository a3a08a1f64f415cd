/**
 * Scores one analysis against gold, field by field, as a user meets them: officials (name,
 * titles, affiliation, mentions and their kinds), quotes (span and speaker), meetings (date,
 * place, kind, CAMEO code and participants) and events with nobody named.
 *
 * Matching is one to one: a gold item is matched by at most one predicted item and back, so an
 * extra prediction lowers precision. Nothing is clamped. Every miss is listed with its class, so
 * the largest classes of error can be counted.
 */
import { slugify } from '../src/core/context';
import { COUNTRIES, ORGANIZATIONS } from '../src/core/lexicon';
import type { Analysis, Official } from '../src/core/model';

export interface GoldOfficial {
  name: string;
  aliases?: string[];
  titles?: string[];
  affiliation?: string | null;
  /** Samples: the mentions as written. Real gold: spans with their kind. */
  mentions?: Array<string | { start: number; end: number; kind: 'name' | 'role' | 'pronoun' }>;
}

export interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
}

export interface GoldMeeting {
  date: string | null;
  endDate?: string | null;
  place?: string | null;
  kind?: string;
  cameo?: string;
  participants: string[];
  reported?: boolean;
}

export interface GoldEvent {
  name?: string;
  date: string | null;
  place?: string | null;
  kind?: string;
}

export interface Gold {
  dateline?: { date: string | null; place: string | null } | null;
  officials: GoldOfficial[];
  quotes: GoldQuote[];
  meetings: GoldMeeting[];
  events: GoldEvent[];
}

/** A count of successes out of a number of tries. */
export interface Ratio {
  hit: number;
  of: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  officials: Counts;
  titles: Ratio;
  affiliations: Ratio;
  mentions: Counts;
  mentionKinds: Ratio;
  quotes: Counts;
  speakers: Ratio;
  /** Gold quotes given to somebody else: the costly error. */
  wrongSpeakers: number;
  meetings: Counts;
  meetingPlaces: Ratio;
  meetingKinds: Ratio;
  meetingCameo: Ratio;
  events: Counts;
  datelines: Ratio;
  misses: Miss[];
}

export interface Miss {
  kind: string;
  detail: string;
}

export const emptyScores = (): Scores => ({
  officials: { tp: 0, fp: 0, fn: 0 },
  titles: { hit: 0, of: 0 },
  affiliations: { hit: 0, of: 0 },
  mentions: { tp: 0, fp: 0, fn: 0 },
  mentionKinds: { hit: 0, of: 0 },
  quotes: { tp: 0, fp: 0, fn: 0 },
  speakers: { hit: 0, of: 0 },
  wrongSpeakers: 0,
  meetings: { tp: 0, fp: 0, fn: 0 },
  meetingPlaces: { hit: 0, of: 0 },
  meetingKinds: { hit: 0, of: 0 },
  meetingCameo: { hit: 0, of: 0 },
  events: { tp: 0, fp: 0, fn: 0 },
  datelines: { hit: 0, of: 0 },
  misses: [],
});

export function addScores(total: Scores, s: Scores): void {
  for (const key of ['officials', 'mentions', 'quotes', 'meetings', 'events'] as const) {
    total[key].tp += s[key].tp;
    total[key].fp += s[key].fp;
    total[key].fn += s[key].fn;
  }
  for (const key of ['titles', 'affiliations', 'mentionKinds', 'speakers', 'meetingPlaces', 'meetingKinds', 'meetingCameo', 'datelines'] as const) {
    total[key].hit += s[key].hit;
    total[key].of += s[key].of;
  }
  total.wrongSpeakers += s.wrongSpeakers;
  total.misses.push(...s.misses);
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const ratio = (r: Ratio): number => (r.of === 0 ? 1 : r.hit / r.of);

// ---------------------------------------------------------------------------------------------
// Normalising names, titles and affiliations

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Country and organisation names, aliases, acronyms and demonyms → one key per entity. */
const AFFILIATION_KEYS: Map<string, string> = (() => {
  const keys = new Map<string, string>();
  const add = (form: string | null | undefined, key: string) => {
    if (!form) return;
    const folded = fold(form).replace(/^the /, '').replace(/\./g, '');
    if (!keys.has(folded)) keys.set(folded, key);
  };
  for (const c of COUNTRIES) {
    add(c.name, `country:${c.id}`);
    for (const alias of c.aliases) add(alias, `country:${c.id}`);
    for (const demonym of c.demonyms) add(demonym, `country:${c.id}`);
  }
  // Names gold writers use that the lexicon spells another way.
  add('Turkey', 'country:tr');
  add('Türkiye', 'country:tr');
  add('United States of America', 'country:us');
  add('UK', 'country:gb');
  // A body stands for the organisation it belongs to: the European Commission for the EU.
  const byId = new Map(ORGANIZATIONS.map((o) => [o.id, o]));
  const root = (id: string): string => {
    let entry = byId.get(id);
    for (let hops = 0; entry?.parent && byId.has(entry.parent) && hops < 5; hops++) entry = byId.get(entry.parent);
    return entry?.id ?? id;
  };
  for (const o of ORGANIZATIONS) {
    const key = `org:${root(o.id)}`;
    add(o.name, key);
    add(o.acronym, key);
    for (const alias of o.aliases ?? []) add(alias, key);
  }
  return keys;
})();

export function affiliationKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const folded = fold(name).replace(/^the /, '').replace(/\./g, '');
  return AFFILIATION_KEYS.get(folded) ?? slugify(name);
}

const titleForm = (title: string): string[] =>
  fold(title)
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);

function containsRun(longer: string[], shorter: string[]): boolean {
  outer: for (let i = 0; i + shorter.length <= longer.length; i++) {
    for (let j = 0; j < shorter.length; j++) if (longer[i + j] !== shorter[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A predicted title gives "a title the text gives" when it is one of the gold titles, or one of
 * them holds the other whole (of two words or more: "Minister of Foreign Affairs" in "Minister of
 * Foreign Affairs of Bangladesh"), so that a title without its country still counts.
 */
export function titleMatches(predicted: string, gold: string): boolean {
  const p = titleForm(predicted);
  const g = titleForm(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  const [shorter, longer] = p.length < g.length ? [p, g] : [g, p];
  return shorter.length >= 2 && containsRun(longer, shorter);
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', 'they', 'them', 'their']);

// ---------------------------------------------------------------------------------------------
// Scoring

export function score(analysis: Analysis, gold: Gold, text: string, label: string): Scores {
  const s = emptyScores();
  const miss = (kind: string, detail: string) => s.misses.push({ kind, detail: `${label}: ${detail}` });

  // Officials: one to one by full name (or a spelling the gold lists as an alias).
  const goldKeys = gold.officials.map((o) => new Set([o.name, ...(o.aliases ?? [])].map(slugify)));
  const goldOf = new Map<string, number>(); // predicted official id → gold index
  const predictedOf = new Map<number, Official>();
  for (const official of analysis.officials) {
    const key = slugify(official.name);
    const index = goldKeys.findIndex((keys, i) => keys.has(key) && !predictedOf.has(i));
    if (index >= 0) {
      goldOf.set(official.id, index);
      predictedOf.set(index, official);
      s.officials.tp++;
    } else {
      s.officials.fp++;
      const duplicate = goldKeys.some((keys) => keys.has(key));
      miss(duplicate ? 'official listed twice' : 'official extra', `${duplicate ? 'second entry for' : 'extra official'} ${official.name}`);
    }
  }
  gold.officials.forEach((o, i) => {
    if (predictedOf.has(i)) return;
    s.officials.fn++;
    miss('official missed', `missed official ${o.name}`);
  });

  // Titles and affiliations of the officials found.
  gold.officials.forEach((o, i) => {
    const found = predictedOf.get(i);
    if (!found) return;
    if (o.titles && o.titles.length > 0) {
      s.titles.of++;
      if (found.titles.some((t) => o.titles!.some((g) => titleMatches(t, g)))) s.titles.hit++;
      else miss(found.titles.length === 0 ? 'title missing' : 'title wrong', `${o.name}: titles [${found.titles.join('; ')}], gold [${o.titles.join('; ')}]`);
    }
    if (o.affiliation !== undefined) {
      s.affiliations.of++;
      const expected = affiliationKey(o.affiliation);
      const actual = affiliationKey(found.affiliation);
      // A national body ("the Chinese Foreign Ministry") stands for its country.
      const body = analysis.organizations.find((org) => org.id === found.affiliationId);
      if (expected === actual || (body?.country && expected === `country:${body.country}`)) s.affiliations.hit++;
      else miss(actual === null ? 'affiliation missing' : 'affiliation wrong', `${o.name}: affiliation ${found.affiliation ?? 'none'}, gold ${o.affiliation ?? 'none'}`);
    }
    scoreMentions(s, o, found, text, miss);
  });

  // Quotes: one to one by overlap of the quoted words.
  const nameOfGold = (name: string | null): string | null => {
    if (name === null) return null;
    const key = slugify(name);
    const i = goldKeys.findIndex((keys) => keys.has(key));
    return i >= 0 ? slugify(gold.officials[i]!.name) : key;
  };
  const nameOfPredicted = (id: string | null, name: string | null, kind: string | null): string | null => {
    if (kind === 'organization' || (id === null && name === null)) return null;
    if (id !== null && goldOf.has(id)) return slugify(gold.officials[goldOf.get(id)!]!.name);
    return name === null ? null : nameOfGold(name);
  };
  const usedQuotes = new Set<number>();
  for (const g of gold.quotes) {
    let best = -1;
    let bestOverlap = 0;
    analysis.quotes.forEach((q, i) => {
      if (usedQuotes.has(i)) return;
      const parts = q.parts.length > 0 ? q.parts : [q];
      const overlap = parts.reduce((sum, part) => sum + Math.max(0, Math.min(part.end, g.end) - Math.max(part.start, g.start)), 0);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = i;
      }
    });
    const gLength = g.end - g.start;
    s.speakers.of++;
    const snippet = JSON.stringify(text.slice(g.start, Math.min(g.end, g.start + 40)));
    if (best < 0 || bestOverlap < 0.5 * Math.min(gLength, quoteLength(analysis.quotes[best]!))) {
      s.quotes.fn++;
      miss('quote missed', `missed quote at ${g.start} ${snippet}`);
      continue;
    }
    usedQuotes.add(best);
    s.quotes.tp++;
    const q = analysis.quotes[best]!;
    const expected = nameOfGold(g.speaker);
    const actual = nameOfPredicted(q.speaker, q.speakerName, q.speakerKind);
    if (expected === actual) s.speakers.hit++;
    else {
      if (actual !== null) s.wrongSpeakers++;
      const kind = actual === null ? 'speaker missing' : expected === null ? 'speaker given to an organisation quote' : 'speaker wrong';
      miss(kind, `quote at ${g.start} ${snippet}: speaker ${actual ?? 'none'}, gold ${expected ?? 'none'} (${q.evidence})`);
    }
  }
  analysis.quotes.forEach((q, i) => {
    if (usedQuotes.has(i)) return;
    s.quotes.fp++;
    miss('quote extra', `extra quote at ${q.start} ${JSON.stringify(q.text.slice(0, 40))}`);
  });

  // Meetings: one to one, a match needing the same participants and the same date.
  const predictedMeetings = analysis.meetings.map((m) => ({
    meeting: m,
    key: `${m.date ?? 'undated'}|${m.participants
      .map((id) => {
        const official = analysis.officials.find((o) => o.id === id);
        return nameOfPredicted(id, official?.name ?? id, 'official') ?? id;
      })
      .sort()
      .join(',')}`,
  }));
  const goldMeetings = gold.meetings.map((m) => ({ meeting: m, key: `${m.date ?? 'undated'}|${m.participants.map((p) => nameOfGold(p)!).sort().join(',')}` }));
  const usedGold = new Set<number>();
  for (const p of predictedMeetings) {
    const index = goldMeetings.findIndex((g, i) => !usedGold.has(i) && g.key === p.key);
    if (index < 0) {
      s.meetings.fp++;
      const participants = p.key.split('|')[1] ?? '';
      const near = goldMeetings.some((g, i) => !usedGold.has(i) && g.key.split('|')[1] === participants);
      miss(p.meeting.participants.length === 0 ? 'meeting without participants' : near ? 'meeting date wrong' : 'meeting extra or participants wrong', `extra meeting ${p.key} (${p.meeting.kind}, ${p.meeting.evidence})`);
      continue;
    }
    usedGold.add(index);
    s.meetings.tp++;
    const g = goldMeetings[index]!.meeting;
    if (g.place !== undefined) {
      s.meetingPlaces.of++;
      if (fold(g.place ?? '') === fold(p.meeting.place ?? '') || (g.place && p.meeting.place && (fold(g.place).includes(fold(p.meeting.place)) || fold(p.meeting.place).includes(fold(g.place))))) s.meetingPlaces.hit++;
      else miss('meeting place', `meeting ${p.key}: place ${p.meeting.place ?? 'none'}, gold ${g.place ?? 'none'}`);
    }
    if (g.kind !== undefined) {
      s.meetingKinds.of++;
      if (g.kind === p.meeting.kind) s.meetingKinds.hit++;
      else miss('meeting kind', `meeting ${p.key}: kind ${p.meeting.kind}, gold ${g.kind}`);
    }
    if (g.cameo !== undefined) {
      s.meetingCameo.of++;
      if (g.cameo === p.meeting.cameo) s.meetingCameo.hit++;
      else miss('meeting CAMEO code', `meeting ${p.key}: CAMEO ${p.meeting.cameo}, gold ${g.cameo}`);
    }
  }
  goldMeetings.forEach((g, i) => {
    if (usedGold.has(i)) return;
    s.meetings.fn++;
    miss('meeting missed', `missed meeting ${g.key} (${g.meeting.kind ?? ''})`);
  });

  // Events with nobody named: one to one by date and kind.
  const predictedEvents = analysis.events ?? [];
  const usedEvents = new Set<number>();
  for (const e of predictedEvents) {
    const index = gold.events.findIndex((g, i) => !usedEvents.has(i) && (g.date ?? null) === e.date && (g.kind === undefined || g.kind === e.kind));
    if (index < 0) {
      s.events.fp++;
      miss('event extra', `extra event ${e.date ?? 'undated'} ${e.kind} (${e.evidence})`);
    } else {
      usedEvents.add(index);
      s.events.tp++;
    }
  }
  gold.events.forEach((g, i) => {
    if (usedEvents.has(i)) return;
    s.events.fn++;
    miss('event missed', `missed event ${g.date ?? 'undated'} ${g.kind ?? ''} ${g.name ?? ''}`);
  });

  if (gold.dateline !== undefined) {
    s.datelines.of++;
    const expected = gold.dateline?.date ?? null;
    const actual = analysis.document.dateline?.date ?? null;
    if (expected === actual) s.datelines.hit++;
    else miss('dateline date', `dateline date ${actual ?? 'none'}, gold ${expected ?? 'none'}`);
  }
  return s;
}

const quoteLength = (q: { parts: Array<{ start: number; end: number }>; start: number; end: number }): number =>
  q.parts.length > 0 ? q.parts.reduce((sum, p) => sum + p.end - p.start, 0) : q.end - q.start;

/**
 * Mentions: real gold gives spans with kinds, matched one to one by span; samples give the
 * mentions as written, matched as a multiset of texts, with the kind read from the text (a
 * pronoun, a word of the name, or else a role).
 */
function scoreMentions(s: Scores, gold: GoldOfficial, found: Official, text: string, miss: (kind: string, detail: string) => void): void {
  if (!gold.mentions) return;
  const nameWords = new Set(fold([gold.name, ...(gold.aliases ?? [])].join(' ')).split(/[\s-]+/));
  const kindOf = (mention: string): 'name' | 'role' | 'pronoun' => {
    const words = fold(mention).split(/[\s-]+/);
    if (words.length === 1 && PRONOUNS.has(words[0]!)) return 'pronoun';
    return words.some((w) => nameWords.has(w)) ? 'name' : 'role';
  };
  const expected = gold.mentions.map((m) => (typeof m === 'string' ? { start: -1, end: -1, text: fold(m), kind: kindOf(m) } : { ...m, text: fold(text.slice(m.start, m.end)) }));
  const used = new Set<number>();
  for (const mention of found.mentions) {
    const folded = fold(mention.text);
    const index = expected.findIndex((e, i) => !used.has(i) && (e.start >= 0 ? e.start < mention.end && mention.start < e.end : e.text === folded));
    if (index < 0) {
      s.mentions.fp++;
      miss('mention extra', `${gold.name}: extra mention "${mention.text}" at ${mention.start}`);
      continue;
    }
    used.add(index);
    s.mentions.tp++;
    s.mentionKinds.of++;
    if (expected[index]!.kind === mention.kind) s.mentionKinds.hit++;
    else miss('mention kind', `${gold.name}: mention "${mention.text}" is ${mention.kind}, gold ${expected[index]!.kind}`);
  }
  expected.forEach((e, i) => {
    if (used.has(i)) return;
    s.mentions.fn++;
    miss('mention missed', `${gold.name}: missed mention "${e.text}"`);
  });
}

export function report(total: Scores): string[] {
  const o = f1(total.officials);
  const mentions = f1(total.mentions);
  const q = f1(total.quotes);
  const m = f1(total.meetings);
  const e = f1(total.events);
  const pct = (r: Ratio) => `${ratio(r).toFixed(3)} (${r.hit}/${r.of})`;
  return [
    `Officials:  precision ${o.p.toFixed(3)}  recall ${o.r.toFixed(3)}  F1 ${o.f.toFixed(3)}`,
    `  of those found: a title the text gives ${pct(total.titles)}  affiliation right ${pct(total.affiliations)}`,
    total.mentions.tp + total.mentions.fn === 0
      ? '  mentions: not in this gold'
      : `  mentions: precision ${mentions.p.toFixed(3)}  recall ${mentions.r.toFixed(3)}  F1 ${mentions.f.toFixed(3)}  kind right ${pct(total.mentionKinds)}`,
    `Quotes:     precision ${q.p.toFixed(3)}  recall ${q.r.toFixed(3)}  quote → speaker ${pct(total.speakers)}  wrong speaker ${total.wrongSpeakers}`,
    `Meetings:   precision ${m.p.toFixed(3)}  recall ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}`,
    `  of those matched: place ${pct(total.meetingPlaces)}  kind ${pct(total.meetingKinds)}  CAMEO ${pct(total.meetingCameo)}`,
    `Events:     precision ${e.p.toFixed(3)}  recall ${e.r.toFixed(3)}  F1 ${e.f.toFixed(3)}`,
    total.datelines.of === 0 ? 'Datelines:  not in this gold' : `Datelines:  date right ${pct(total.datelines)}`,
  ];
}

/** The classes of error, largest first. */
export function errorClasses(misses: readonly Miss[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const m of misses) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
