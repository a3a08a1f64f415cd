/**
 * `readout export --format csv|w3c|qdpx|brat|meetings [--out FILE_OR_DIR] <folder>`
 *
 * Exports a workspace folder's tags (and, for `meetings`, its analysis) with the exporters the
 * editor's "Export Annotations…" command uses. Tags are placed again in the current text first, so
 * an export reflects the documents as they are; what cannot be placed is reported on stderr.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reanchorAll } from '../annotations/anchoring';
import { exportBrat } from '../annotations/export/brat';
import { exportCsv } from '../annotations/export/csv';
import { exportMeetings } from '../annotations/export/meetings';
import { exportQdpx } from '../annotations/export/qdpx';
import type { ExportInput, ExportSource } from '../annotations/export/source';
import { exportW3c } from '../annotations/export/w3c';
import { parseOptions } from './args';
import { analyzeFile, collectFiles, currentAuthor, errorText, readDocument, relativeToFolder, writeFileAtomically } from './documents';
import { ExitCode, type CliIo } from './io';
import { loadCodebook, loadKnowledge, readSidecar } from './workspace';

const FORMATS = ['csv', 'w3c', 'qdpx', 'brat', 'meetings'] as const;
type Format = (typeof FORMATS)[number];

export const EXPORT_USAGE = `Usage: readout export --format csv|w3c|qdpx|brat|meetings [--out FILE_OR_DIR] <folder>

Exports the tags of the press releases in a workspace folder (from .readout/annotations/).

Formats:
  csv        One row per tagged passage (stdout unless --out).
  w3c        A W3C Web Annotation collection, JSON-LD (stdout unless --out).
  qdpx       A REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder… (needs --out FILE).
  brat       brat standoff .txt/.ann pairs with annotation.conf (needs --out FOLDER).
  meetings   The meetings found, one row per pair of participants (stdout unless --out).

Options:
  --out FILE_OR_DIR   Where to write: a file, or a folder for brat (created if missing).
`;

function usage(io: CliIo, message: string): ExitCode {
  io.stderr(`readout export: ${message}\n${EXPORT_USAGE}`);
  return ExitCode.Usage;
}

export function runExport(argv: readonly string[], io: CliIo): ExitCode {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(EXPORT_USAGE);
    return ExitCode.Ok;
  }
  const args = parseOptions(argv, { '--format': 'value', '--out': 'value' });
  if (typeof args === 'string') return usage(io, args);
  const format = args.values.get('--format');
  if (format === undefined) return usage(io, `--format is required (${FORMATS.join(', ')})`);
  if (!FORMATS.includes(format as Format)) return usage(io, `--format must be one of ${FORMATS.join(', ')}`);
  if (args.positionals.length !== 1) return usage(io, args.positionals.length === 0 ? 'no folder given' : `one folder at a time (got ${args.positionals.length})`);
  const cwd = io.cwd ?? process.cwd();
  const out = args.values.has('--out') ? path.resolve(cwd, args.values.get('--out') as string) : undefined;
  if (format === 'qdpx' && !out) return usage(io, 'qdpx is a zip archive: give a file with --out');
  if (format === 'brat' && !out) return usage(io, 'brat writes several files: give a folder with --out');

  const folder = path.resolve(cwd, args.positionals[0] as string);
  try {
    if (!fs.statSync(folder).isDirectory()) return usage(io, `${args.positionals[0]} is not a folder; export works on a workspace folder`);
  } catch (error) {
    io.stderr(`readout: cannot read ${args.positionals[0]}: ${errorText(error)}\n`);
    return ExitCode.Failure;
  }
  const codebook = loadCodebook(folder, io, cwd);
  if (!codebook) return ExitCode.Failure;
  const knowledge = loadKnowledge(folder, io, cwd);

  const collected = collectFiles([folder], io);
  // An earlier brat export inside the folder holds .txt copies: they are not press releases.
  const files = out ? collected.files.filter((file) => relativeToFolder(out, file) === undefined) : collected.files;
  let failed = collected.failed;
  const sources: ExportSource[] = [];
  let orphaned = 0;
  for (const file of files) {
    const documentPath = relativeToFolder(folder, file) as string;
    const text = readDocument(file, io);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const sidecar = readSidecar(folder, documentPath, cwd);
    if (!sidecar.ok) {
      io.stderr(`readout: ${sidecar.message}; the tags of ${documentPath} are not exported\n`);
      failed = true;
    }
    const annotations = sidecar.ok ? reanchorAll(text, sidecar.annotations) : [];
    const lost = annotations.filter((annotation) => annotation.orphaned).length;
    if (lost > 0) io.stderr(`readout: ${documentPath}: ${lost} tag(s) no longer found in the text (orphaned)\n`);
    orphaned += lost;
    sources.push({ path: documentPath, text, analysis: analyzeFile(file, text, knowledge), annotations });
  }
  reportStraySidecars(folder, new Set(sources.map((source) => source.path)), io);

  const input: ExportInput = { sources, codebook, now: new Date().toISOString(), author: currentAuthor(folder), projectName: path.basename(folder) };
  const tags = sources.reduce((sum, source) => sum + source.annotations.length, 0);
  try {
    if (format === 'qdpx' || format === 'brat') {
      const { skipped } = format === 'qdpx' ? writeQdpx(input, out as string) : writeBrat(input, out as string);
      if (skipped > 0) io.stderr(`readout: left out ${skipped} orphaned tag(s): ${format} needs valid positions\n`);
    } else {
      const text = format === 'csv' ? exportCsv(input) : format === 'w3c' ? exportW3c(input) : exportMeetings(input);
      if (out) writeFileAtomically(out, text);
      else io.stdout(text);
      if (orphaned > 0 && format !== 'meetings') io.stderr(`readout: ${orphaned} orphaned tag(s) exported with their last known text, marked orphaned\n`);
    }
  } catch (error) {
    io.stderr(`readout: cannot write ${out ?? 'the export'}: ${errorText(error)}\n`);
    return ExitCode.Failure;
  }
  if (out) io.stderr(`readout: exported ${format === 'meetings' ? `the meetings of ${sources.length} document(s)` : `${tags} tag(s) from ${sources.length} document(s)`} to ${path.relative(cwd, out) || out}\n`);
  return failed ? ExitCode.Failure : ExitCode.Ok;
}

function writeQdpx(input: ExportInput, out: string): { skipped: number } {
  const { bytes, skipped } = exportQdpx(input);
  writeFileAtomically(out, bytes);
  return { skipped };
}

function writeBrat(input: ExportInput, out: string): { skipped: number } {
  const { files, skipped } = exportBrat(input);
  fs.mkdirSync(out, { recursive: true });
  for (const [name, content] of files) writeFileAtomically(path.join(out, name), content);
  return { skipped };
}

/** Sidecars whose document is gone (moved or deleted outside the editor): their tags cannot be exported. */
function reportStraySidecars(folder: string, documents: Set<string>, io: CliIo): void {
  const root = path.join(folder, '.readout', 'annotations');
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        const documentPath = (relativeToFolder(root, full) as string).slice(0, -'.json'.length);
        if (!documents.has(documentPath)) io.stderr(`readout: .readout/annotations/${documentPath}.json: no document ${documentPath}; its tags are not exported\n`);
      }
    }
  };
  walk(root);
}
