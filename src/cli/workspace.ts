/**
 * The workspace files the tagging commands read and write, all under `.readout/` in the workspace
 * folder: the codebook, the knowledge base and one sidecar of tags per document. A file Readout
 * cannot read is reported with its line and column and never overwritten.
 */
import * as path from 'node:path';
import { DEFAULT_CODEBOOK, parseCodebook } from '../annotations/codebook';
import type { Annotation, Codebook } from '../annotations/model';
import { parseAnnotationFile, sidecarPath } from '../annotations/sidecar';
import { parseKnowledgeBase } from '../core/knowledge';
import type { KnowledgeBase } from '../core/model';
import { errorText, readIfExists } from './documents';
import type { CliIo } from './io';

export const CODEBOOK_FILE = '.readout/codebook.json';
export const ENTITIES_FILE = '.readout/entities.json';

/** A workspace file as the user would name it: relative to the folder, with `/`. */
function shown(folder: string, relative: string, cwd: string): string {
  const full = path.join(folder, ...relative.split('/'));
  const fromCwd = path.relative(cwd, full);
  return fromCwd && !fromCwd.startsWith('..') && !path.isAbsolute(fromCwd) ? fromCwd.split(path.sep).join('/') : full;
}

/**
 * The folder's codebook, or the default one when it has none (the file is not created: the editor
 * writes it when the user first edits the codes). Undefined after reporting a malformed file.
 */
export function loadCodebook(folder: string, io: CliIo, cwd: string): Codebook | undefined {
  const name = shown(folder, CODEBOOK_FILE, cwd);
  let text: string | undefined;
  try {
    text = readIfExists(path.join(folder, CODEBOOK_FILE));
  } catch (error) {
    io.stderr(`readout: cannot read ${name}: ${errorText(error)}\n`);
    return undefined;
  }
  if (text === undefined) return DEFAULT_CODEBOOK;
  const parsed = parseCodebook(text);
  if (!parsed.ok) {
    io.stderr(`readout: ${name}:${parsed.line}:${parsed.column}: ${parsed.message}\n`);
    return undefined;
  }
  return parsed.value;
}

/**
 * The folder's knowledge base, which the editor's analysis uses too. A malformed one is reported
 * and left out, since the tags do not depend on it.
 */
export function loadKnowledge(folder: string, io: CliIo, cwd: string): KnowledgeBase | undefined {
  const name = shown(folder, ENTITIES_FILE, cwd);
  let text: string | undefined;
  try {
    text = readIfExists(path.join(folder, ENTITIES_FILE));
  } catch (error) {
    io.stderr(`readout: cannot read ${name}: ${errorText(error)}\n`);
    return undefined;
  }
  if (text === undefined) return undefined;
  const parsed = parseKnowledgeBase(text);
  if (parsed.ok) return parsed.value;
  io.stderr(`readout: ${name}:${parsed.line}:${parsed.column}: ${parsed.message} (analysed without the knowledge base)\n`);
  return undefined;
}

export type SidecarRead =
  | { ok: true; file: string; shown: string; raw: string | undefined; annotations: Annotation[] }
  | { ok: false; file: string; shown: string; message: string };

/** The tags of a document (`documentPath` relative to the folder, with `/`); none when it has no sidecar. */
export function readSidecar(folder: string, documentPath: string, cwd: string): SidecarRead {
  const relative = sidecarPath(documentPath);
  const file = path.join(folder, ...relative.split('/'));
  const name = shown(folder, relative, cwd);
  let raw: string | undefined;
  try {
    raw = readIfExists(file);
  } catch (error) {
    return { ok: false, file, shown: name, message: `cannot read ${name}: ${errorText(error)}` };
  }
  if (raw === undefined) return { ok: true, file, shown: name, raw, annotations: [] };
  const parsed = parseAnnotationFile(raw);
  if (!parsed.ok) return { ok: false, file, shown: name, message: `${name}:${parsed.line}:${parsed.column}: ${parsed.message}` };
  return { ok: true, file, shown: name, raw, annotations: parsed.value.annotations };
}
