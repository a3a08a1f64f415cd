/**
 * `readout tag <file> (--text STR | --match REGEX | --quotes-by NAME) --code ID_OR_NAME [--note TEXT]`
 *
 * Tags passages from the command line exactly as the editor does: same codebook, same sidecar,
 * same analysis. Run from the workspace folder; the document must be inside it.
 */
import * as path from 'node:path';
import { flattenCodebook, resolveCode } from '../annotations/codebook';
import { reanchorAll } from '../annotations/anchoring';
import { ANNOTATION_SCHEMA_VERSION, type FlatCode, type TextRange } from '../annotations/model';
import { addTags, findQuotesBy, findRegexMatches, findTextMatches } from '../annotations/passages';
import { mergeAnnotations, serializeAnnotationFile } from '../annotations/sidecar';
import { parseOptions } from './args';
import { analyzeFile, currentAuthor, errorText, readDocument, relativeToFolder, writeFileAtomically } from './documents';
import { ExitCode, type CliIo } from './io';
import { loadCodebook, loadKnowledge, readSidecar } from './workspace';

export const TAG_USAGE = `Usage: readout tag <file> (--text STR | --match REGEX | --quotes-by NAME) --code ID_OR_NAME [options]

Tags passages of a press release with a code of the workspace's codebook. Run it from the
workspace folder: the tags go to .readout/annotations/<file>.json, where the editor reads them.

Passages:
  --text STR          Every occurrence of STR (any case unless --case-sensitive).
  --match REGEX       Every match of a JavaScript regular expression.
  --quotes-by NAME    Every quote of the official NAME (a name or an id such as le-yucheng).

Options:
  --code ID_OR_NAME   The code: an id (cooperation.security), a name or a path (Cooperation/Security).
                      Repeat it to tag with several codes.
  --note TEXT         A note on the tagged passages.
  --case-sensitive    With --text: match case exactly.
  --whole-word        With --text: match whole words only.
  --ignore-case       With --match: ignore case.
`;

const SPEC = {
  '--text': 'value',
  '--match': 'value',
  '--quotes-by': 'value',
  '--code': 'repeat',
  '--note': 'value',
  '--case-sensitive': 'flag',
  '--whole-word': 'flag',
  '--ignore-case': 'flag',
} as const;

function usage(io: CliIo, message: string): ExitCode {
  io.stderr(`readout tag: ${message}\n${TAG_USAGE}`);
  return ExitCode.Usage;
}

export function runTag(argv: readonly string[], io: CliIo): ExitCode {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(TAG_USAGE);
    return ExitCode.Ok;
  }
  const args = parseOptions(argv, SPEC);
  if (typeof args === 'string') return usage(io, args);
  if (args.positionals.length !== 1) return usage(io, args.positionals.length === 0 ? 'no file given' : `one file at a time (got ${args.positionals.length})`);
  const selectors = (['--text', '--match', '--quotes-by'] as const).filter((name) => args.values.has(name));
  if (selectors.length !== 1) return usage(io, selectors.length === 0 ? 'say which passages: --text, --match or --quotes-by' : `${selectors.join(' and ')} cannot be combined`);
  const selector = selectors[0] as '--text' | '--match' | '--quotes-by';
  const selectorValue = args.values.get(selector) as string;
  if (selectorValue === '') return usage(io, `${selector} needs a non-empty value`);
  const codeQueries = args.repeated.get('--code') ?? [];
  if (codeQueries.length === 0) return usage(io, 'no --code given');

  const cwd = io.cwd ?? process.cwd();
  const file = path.resolve(cwd, args.positionals[0] as string);
  const documentPath = relativeToFolder(cwd, file);
  if (documentPath === undefined) return usage(io, `${args.positionals[0]} is not inside the workspace folder (${cwd}); run readout tag from the folder that holds it`);

  const codebook = loadCodebook(cwd, io, cwd);
  if (!codebook) return ExitCode.Failure;
  const codes: FlatCode[] = [];
  for (const query of codeQueries) {
    const code = resolveCode(codebook, query);
    if (!code) {
      const known = flattenCodebook(codebook).map((c) => `  ${c.id.padEnd(24)} ${c.path.join(' › ')}`);
      io.stderr(`readout tag: no code "${query}" in the codebook. The codes are:\n${known.join('\n')}\n`);
      return ExitCode.Usage;
    }
    if (!codes.some((c) => c.id === code.id)) codes.push(code);
  }

  const text = readDocument(file, io);
  if (text === undefined) return ExitCode.Failure;

  let ranges: TextRange[];
  if (selector === '--text') {
    ranges = findTextMatches(text, selectorValue, { caseSensitive: args.flags.has('--case-sensitive'), wholeWord: args.flags.has('--whole-word') });
  } else if (selector === '--match') {
    try {
      ranges = findRegexMatches(text, selectorValue, args.flags.has('--ignore-case') ? 'i' : '');
    } catch (error) {
      // The message already quotes the pattern and says what is wrong with it.
      io.stderr(`readout tag: ${(error as Error).message}\nRun "readout tag --help" for usage.\n`);
      return ExitCode.Usage;
    }
  } else {
    ranges = findQuotesBy(analyzeFile(file, text, loadKnowledge(cwd, io, cwd)), selectorValue);
  }

  const read = readSidecar(cwd, documentPath, cwd);
  if (!read.ok) {
    io.stderr(`readout: ${read.message}; the file is left as it is\n`);
    return ExitCode.Failure;
  }
  const base = read.annotations;
  const result = addTags(reanchorAll(text, base), text, ranges, codes.map((code) => code.id), {
    author: currentAuthor(cwd),
    now: new Date().toISOString(),
    ...(args.values.has('--note') ? { note: args.values.get('--note') as string } : {}),
  });
  const tagged = result.added.length + result.updated.length;
  const codeNames = codes.map((code) => code.id).join(', ');
  const already = Math.max(0, ranges.length - tagged);

  if (tagged > 0) {
    // Merge with whatever the editor (or another run) wrote since the sidecar was read.
    const now = readSidecar(cwd, documentPath, cwd);
    if (!now.ok) {
      io.stderr(`readout: ${now.message}; the file is left as it is\n`);
      return ExitCode.Failure;
    }
    const annotations = now.raw === read.raw ? result.annotations : reanchorAll(text, mergeAnnotations(base, result.annotations, now.annotations));
    try {
      writeFileAtomically(read.file, serializeAnnotationFile({ version: ANNOTATION_SCHEMA_VERSION, document: documentPath, annotations }));
    } catch (error) {
      io.stderr(`readout: cannot write ${read.shown}: ${errorText(error)}\n`);
      return ExitCode.Failure;
    }
  }
  if (ranges.length === 0) io.stderr(`readout tag: nothing in ${args.positionals[0]} matches ${selector} ${JSON.stringify(selectorValue)}\n`);
  io.stdout(`tagged ${tagged} passage(s) with ${codeNames} in ${documentPath} (${already} already tagged)\n`);
  return ExitCode.Ok;
}
