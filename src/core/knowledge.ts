/**
 * The user's knowledge base (`.readout/entities.json`): parsed and checked here, from text the
 * caller read, so a malformed file gets a message that names the line instead of a crash.
 */
import type { KnowledgeBase, KnownPerson } from './model';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; line: number; column: number };

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON, turning V8's "at position N" into a line and column. */
export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : text.length;
    const { line, column } = lineColumn(text, at);
    return { ok: false, message: `invalid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`, line, column };
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Where in the text a JSON path's value starts, approximately: the line of its key. */
function locate(text: string, key: string, occurrence: number): { line: number; column: number } {
  let from = 0;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(`"${key}"`, from);
    if (at < 0) break;
    from = at + 1;
  }
  return lineColumn(text, at < 0 ? 0 : at);
}

export function parseKnowledgeBase(text: string): ParseResult<KnowledgeBase> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'expected an object with a "people" list', line: 1, column: 1 };
  }
  const people = (value as { people?: unknown }).people;
  if (people === undefined) return { ok: true, value: { people: [] } };
  if (!Array.isArray(people)) {
    return { ok: false, message: '"people" must be a list', ...locate(text, 'people', 0) };
  }
  const result: KnownPerson[] = [];
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as Record<string, unknown>;
    const where = locate(text, 'name', i);
    if (typeof person !== 'object' || person === null || typeof person.name !== 'string' || person.name.trim() === '') {
      return { ok: false, message: `people[${i}] needs a "name"`, ...where };
    }
    for (const key of ['aliases', 'titles'] as const) {
      if (person[key] !== undefined && !isStringArray(person[key])) {
        return { ok: false, message: `people[${i}].${key} must be a list of strings`, ...where };
      }
    }
    for (const key of ['affiliation', 'notes'] as const) {
      if (person[key] !== undefined && typeof person[key] !== 'string') {
        return { ok: false, message: `people[${i}].${key} must be a string`, ...where };
      }
    }
    result.push({
      name: person.name.trim(),
      ...(person.aliases ? { aliases: person.aliases as string[] } : {}),
      ...(person.titles ? { titles: person.titles as string[] } : {}),
      ...(typeof person.affiliation === 'string' ? { affiliation: person.affiliation } : {}),
      ...(typeof person.notes === 'string' ? { notes: person.notes } : {}),
    });
  }
  return { ok: true, value: { people: result } };
}
