/**
 * The real-release corpus: other people's texts, kept out of the repository. Only their index
 * (`bench/real/index.json`: url, the query that finds the page, length, hashes, split) and the
 * blind gold (`bench/real/gold/*.json`, facts and offsets only) are committed; the texts are
 * restored into the git-ignored `.cache/real/texts/` (see `bench/real/README.md`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const REAL_DIR = path.join(REPO_ROOT, 'bench', 'real');
export const INDEX_FILE = path.join(REAL_DIR, 'index.json');
export const GOLD_DIR = path.join(REAL_DIR, 'gold');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'real');
export const TEXTS_DIR = path.join(CACHE_DIR, 'texts');
export const RESPONSES_DIR = path.join(CACHE_DIR, 'responses');

export type Split = 'dev' | 'test';

export interface IndexEntry {
  id: string;
  url: string;
  /** The exact query (as the search tool reports it sent) whose answer holds this page. */
  query: string;
  publisher: string;
  genre: string;
  /** Length of the text in UTF-16 code units, as JavaScript counts. */
  length: number;
  sha256: string;
  /** sha256 of the text with spaces, quotation marks and dashes folded one for one. */
  sha256Normalized: string;
  split: Split;
}

export interface CorpusIndex {
  about: string;
  documents: IndexEntry[];
}

/**
 * Folds what a copy of a page may change without meaning to: other spaces to a space, curly
 * quotation marks and primes to straight ones, dashes to a hyphen. One character for one, so the
 * length and every offset stay as they were.
 */
export function normalizeForHash(text: string): string {
  return text
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export function readIndex(): CorpusIndex {
  return JSON.parse(fs.readFileSync(INDEX_FILE, 'utf8')) as CorpusIndex;
}

export const textFile = (id: string): string => path.join(TEXTS_DIR, `${id}.txt`);
export const goldFile = (id: string): string => path.join(GOLD_DIR, `${id}.json`);

/** One answer of the search tool, as saved: `{ query, results: [{ url, excerpt }] }`. */
export interface SearchResponse {
  query: string;
  results: Array<{ url: string; excerpt: string }>;
}

export function readResponse(file: string): SearchResponse {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as SearchResponse;
  if (typeof parsed.query !== 'string' || !Array.isArray(parsed.results)) {
    throw new Error(`${file} is not a saved search answer: it needs "query" and "results"`);
  }
  return parsed;
}

/** Compares a text with its index entry: null when it is the same, else what differs. */
export function verify(entry: IndexEntry, text: string): { ok: boolean; exact: boolean; problem?: string } {
  if (text.length !== entry.length) return { ok: false, exact: false, problem: `length ${text.length}, index says ${entry.length}` };
  if (sha256(text) === entry.sha256) return { ok: true, exact: true };
  if (sha256(normalizeForHash(text)) === entry.sha256Normalized) return { ok: true, exact: false };
  return { ok: false, exact: false, problem: 'the text differs from the one indexed (normalised hash)' };
}
