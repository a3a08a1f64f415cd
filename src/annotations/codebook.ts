/**
 * The codebook: the codes analysts tag passages with. Parsed and checked here from text the
 * caller read (`.readout/codebook.json`), so a hand-edited file with a mistake gets a message that
 * points at the offending code instead of half-working tags.
 */
import type { JSONPath } from 'jsonc-parser';
import type { ParseResult } from '../core/knowledge';
import { parseLocatedJson } from './json';
import { ANNOTATION_SCHEMA_VERSION, type Code, type Codebook, type FlatCode } from './model';

/**
 * Codes for the genre: what officials say to and about each other. Colours are mid-tone and far
 * apart in hue, so each stays readable as a translucent background on dark and light themes and
 * two adjacent tags can be told apart. Sub-codes sit near their parent's hue.
 */
export const DEFAULT_CODEBOOK: Codebook = {
  version: ANNOTATION_SCHEMA_VERSION,
  codes: [
    {
      id: 'cooperation',
      name: 'Cooperation',
      color: '#2563eb',
      description: 'Cooperation between the parties is affirmed, reviewed or called for.',
      children: [
        {
          id: 'cooperation.economic',
          name: 'Economic',
          color: '#0d9488',
          description: 'Trade, investment, energy, transport, finance and other economic cooperation.',
        },
        {
          id: 'cooperation.security',
          name: 'Security',
          color: '#4f46e5',
          description: 'Defence, counter-terrorism, border, peacekeeping and other security cooperation.',
        },
        {
          id: 'cooperation.cultural',
          name: 'Cultural',
          color: '#c026d3',
          description: 'Culture, education, tourism, science and people-to-people exchanges.',
        },
      ],
    },
    {
      id: 'praise',
      name: 'Praise',
      color: '#ca8a04',
      description: 'One side praises, welcomes or thanks the other, or speaks well of an outcome.',
    },
    {
      id: 'commitment',
      name: 'Commitment',
      color: '#ea580c',
      description: 'A side commits itself to an action, or reaffirms a commitment.',
    },
    {
      id: 'proposal',
      name: 'Proposal',
      color: '#db2777',
      description: 'A side proposes an initiative, a mechanism or a next step.',
    },
    {
      id: 'agreement',
      name: 'Agreement',
      color: '#16a34a',
      description: 'The parties agree, sign a document, or state a shared position.',
    },
    {
      id: 'concern',
      name: 'Concern / Criticism',
      color: '#dc2626',
      description: 'Concern, regret, disagreement or criticism, of the other side or of a situation.',
    },
    {
      id: 'condolence',
      name: 'Condolence',
      color: '#64748b',
      description: 'Condolences or sympathy after a loss, disaster or attack.',
    },
    {
      id: 'invitation',
      name: 'Invitation',
      color: '#65a30d',
      description: 'An invitation to visit, to attend an event or to join an initiative, or its acceptance.',
    },
  ],
};

/**
 * Colours handed to new top-level codes, in order, skipping those the codebook already uses, so
 * codes added from the editor are told apart without the analyst picking a colour.
 */
const NEW_CODE_COLORS = ['#0891b2', '#9333ea', '#b45309', '#e11d48', '#059669', '#7c3aed', '#d97706', '#0284c7', '#be185d', '#4d7c0f'];

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const CODE_KEYS = new Set(['id', 'name', 'color', 'description', 'children']);

export function parseCodebook(text: string): ParseResult<Codebook> {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok) return parsed;
  const fail = (message: string, path: JSONPath): ParseResult<Codebook> => ({ ok: false, message, ...parsed.value.at(path) });

  const value = parsed.value.value;
  if (!isObject(value)) return fail('expected an object with "version" and "codes"', []);
  const version = value.version;
  if (version === undefined) return fail(`missing "version" (this Readout writes ${ANNOTATION_SCHEMA_VERSION})`, []);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('"version" must be a positive whole number', ['version']);
  }
  if (version > ANNOTATION_SCHEMA_VERSION) {
    return fail(`the codebook is version ${version}, newer than this Readout reads (${ANNOTATION_SCHEMA_VERSION}); update Readout`, ['version']);
  }
  if (!Array.isArray(value.codes)) return fail('"codes" must be a list', value.codes === undefined ? [] : ['codes']);

  const seen = new Set<string>();
  const readCodes = (items: unknown[], parent: Code | null, path: JSONPath): Code[] | ParseResult<Codebook> => {
    const codes: Code[] = [];
    for (let i = 0; i < items.length; i++) {
      const here = [...path, i];
      const label = describePath(here);
      const item = items[i];
      if (!isObject(item)) return fail(`${label} must be an object with "id" and "name"`, here);
      for (const key of Object.keys(item)) {
        if (!CODE_KEYS.has(key)) return fail(`${label}: unknown key "${key}" (expected id, name, color, description or children)`, [...here, key]);
      }
      const { id, name, color, description, children } = item;
      if (typeof id !== 'string') return fail(`${label} needs an "id"`, id === undefined ? here : [...here, 'id']);
      const segments = id.split('.');
      if (!segments.every((segment) => SEGMENT.test(segment))) {
        return fail(`${label}: id "${id}" must be lowercase letters, digits and hyphens, with "." only between a parent's id and a child's`, [...here, 'id']);
      }
      if (parent === null && segments.length > 1) {
        return fail(`${label}: id "${id}" has a "." but the code is not inside a parent; top-level ids are single slugs`, [...here, 'id']);
      }
      if (parent !== null && (!id.startsWith(`${parent.id}.`) || segments.length !== parent.id.split('.').length + 1)) {
        return fail(`${label}: id "${id}" must be its parent's id plus one part, like "${parent.id}.${segments[segments.length - 1]}"`, [...here, 'id']);
      }
      if (seen.has(id)) return fail(`${label}: id "${id}" is used twice`, [...here, 'id']);
      seen.add(id);
      if (typeof name !== 'string' || name.trim() === '') return fail(`${label} ("${id}") needs a non-empty "name"`, name === undefined ? here : [...here, 'name']);
      if (color !== undefined && (typeof color !== 'string' || !COLOR.test(color))) {
        return fail(`${label} ("${id}"): color must be a hex colour like "#2563eb" or "#26e"`, [...here, 'color']);
      }
      if (description !== undefined && typeof description !== 'string') {
        return fail(`${label} ("${id}"): description must be a string`, [...here, 'description']);
      }
      const code: Code = { id, name: name.trim() };
      if (color !== undefined) code.color = color as string;
      if (description !== undefined) code.description = description as string;
      if (children !== undefined) {
        if (!Array.isArray(children)) return fail(`${label} ("${id}"): children must be a list`, [...here, 'children']);
        const read = readCodes(children, code, [...here, 'children']);
        if (!Array.isArray(read)) return read;
        if (read.length > 0) code.children = read;
      }
      codes.push(code);
    }
    return codes;
  };
  const codes = readCodes(value.codes, null, ['codes']);
  if (!Array.isArray(codes)) return codes;
  return { ok: true, value: { version, codes } };
}

/** `codes[0].children[2]`, the way the messages name an element. */
function describePath(path: JSONPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The codebook as JSON with a fixed key order, so saving an unchanged codebook changes nothing. */
export function serializeCodebook(codebook: Codebook): string {
  const order = (code: Code): Record<string, unknown> => {
    const out: Record<string, unknown> = { id: code.id, name: code.name };
    if (code.color !== undefined) out.color = code.color;
    if (code.description !== undefined) out.description = code.description;
    if (code.children && code.children.length > 0) out.children = code.children.map(order);
    return out;
  };
  return `${JSON.stringify({ version: codebook.version, codes: codebook.codes.map(order) }, null, 2)}\n`;
}

/**
 * Every code, parents before their children (depth-first). `color` is the colour the code is
 * shown in: its own or, when it has none, the nearest ancestor's.
 */
export function flattenCodebook(codebook: Codebook): FlatCode[] {
  const flat: FlatCode[] = [];
  const visit = (codes: Code[], parent: FlatCode | null): void => {
    for (const code of codes) {
      const entry: FlatCode = {
        id: code.id,
        name: code.name,
        path: parent ? [...parent.path, code.name] : [code.name],
        parentId: parent ? parent.id : null,
        depth: parent ? parent.depth + 1 : 0,
      };
      const color = code.color ?? parent?.color;
      if (color !== undefined) entry.color = color;
      if (code.description !== undefined) entry.description = code.description;
      flat.push(entry);
      if (code.children) visit(code.children, entry);
    }
  };
  visit(codebook.codes, null);
  return flat;
}

/**
 * Separators analysts write between the levels of a code path, tried in this order so that a
 * name with a slash in it ("Concern / Criticism") still works in a path written with `›`.
 */
const PATH_SEPARATORS = ['›', '>', '»', '/', '\\'];

/**
 * The code an analyst means by an id (`cooperation.security`), a name (`security`, any case) or a
 * path (`Cooperation › Security`, `Cooperation/Security`, `cooperation > security`). An exact id
 * wins over a name; among codes of the same name, the shallowest comes first.
 */
export function resolveCode(codebook: Codebook, idOrName: string): FlatCode | undefined {
  const query = idOrName.trim();
  if (query === '') return undefined;
  const flat = flattenCodebook(codebook);
  const byId = flat.find((code) => code.id === query);
  if (byId) return byId;
  const folded = fold(query);
  const byIdFolded = flat.find((code) => code.id === folded);
  if (byIdFolded) return byIdFolded;
  const byName = flat.filter((code) => fold(code.name) === folded).sort((a, b) => a.depth - b.depth)[0];
  if (byName) return byName;
  for (const separator of PATH_SEPARATORS) {
    const parts = query.split(separator).map(fold).filter((part) => part !== '');
    if (parts.length < 2) continue;
    const found = flat.find(
      (code) =>
        code.path.length === parts.length &&
        code.path.every((name, i) => fold(name) === parts[i] || code.id.split('.')[i] === parts[i]),
    );
    if (found) return found;
  }
  return undefined;
}

/** Case and space folding for comparing names. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An id part made from a name: ASCII lowercase, accents dropped, `-` between words. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new codebook with a code called `name` added under `parentId` (or at the top level). The id
 * is the slug of the name, after the parent's id, with `-2`, `-3`… when taken. A new top-level
 * code gets a colour no other code uses; a sub-code shows its parent's colour.
 * Throws when the name is empty or the parent does not exist.
 */
export function addCode(codebook: Codebook, name: string, parentId?: string): { codebook: Codebook; code: FlatCode } {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('a code needs a name');
  const flat = flattenCodebook(codebook);
  const taken = new Set(flat.map((code) => code.id));
  const base = `${parentId ? `${parentId}.` : ''}${slugify(trimmed) || 'code'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;

  const code: Code = { id, name: trimmed };
  if (!parentId) {
    const used = new Set(flat.map((entry) => entry.color?.toLowerCase()));
    const color = NEW_CODE_COLORS.find((candidate) => !used.has(candidate));
    if (color) code.color = color;
  }

  let placed = parentId === undefined || parentId === '';
  const insert = (codes: Code[]): Code[] =>
    codes.map((existing) => {
      if (existing.id === parentId) {
        placed = true;
        return { ...existing, children: [...(existing.children ?? []), code] };
      }
      return existing.children ? { ...existing, children: insert(existing.children) } : existing;
    });
  const codes = parentId ? insert(codebook.codes) : [...codebook.codes, code];
  if (!placed) throw new Error(`no code with id "${parentId}" to add "${trimmed}" under`);
  const next: Codebook = { ...codebook, codes };
  const added = flattenCodebook(next).find((entry) => entry.id === id);
  return { codebook: next, code: added as FlatCode };
}

/** The colour a code is shown in: its own or the nearest ancestor's; undefined for unknown ids. */
export function codeColor(codebook: Codebook, id: string): string | undefined {
  let color: string | undefined;
  const visit = (codes: Code[], inherited: string | undefined): boolean => {
    for (const code of codes) {
      const own = code.color ?? inherited;
      if (code.id === id) {
        color = own;
        return true;
      }
      if (code.children && visit(code.children, own)) return true;
    }
    return false;
  };
  visit(codebook.codes, undefined);
  return color;
}
