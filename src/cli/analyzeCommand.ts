/**
 * `readout analyze <files or folders…> [--format json|jsonl|csv] [--table officials|quotes|meetings] [--entities FILE]`
 */
import * as fs from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { parseKnowledgeBase } from '../core/knowledge';
import type { KnowledgeBase } from '../core/model';
import { analyzeFile, collectFiles, readDocument } from './documents';
import { ExitCode, type CliIo } from './io';
import { TABLES, tableRows, toReport, type FileReport, type TableName } from './report';

const FORMATS = ['json', 'jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export const ANALYZE_USAGE = `Usage: readout analyze <files or folders…> [options]

Options:
  --format json|jsonl|csv   Output format (default json).
  --table officials|quotes|meetings
                            With --format csv: the table to print (default officials).
  --entities FILE           A knowledge base (.readout/entities.json) with extra people and aliases.
`;

interface AnalyzeArgs {
  inputs: string[];
  format: Format;
  table: TableName;
  entities: string | undefined;
}

function parseArgs(argv: readonly string[]): AnalyzeArgs | string {
  const args: AnalyzeArgs = { inputs: [], format: 'json', table: 'officials', entities: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const format = value();
      if (!FORMATS.includes(format as Format)) return `--format must be one of ${FORMATS.join(', ')}`;
      args.format = format as Format;
    } else if (flag === '--table') {
      const table = value();
      if (!TABLES.includes(table as TableName)) return `--table must be one of ${TABLES.join(', ')}`;
      args.table = table as TableName;
    } else if (flag === '--entities') {
      const file = value();
      if (!file) return '--entities needs a file';
      args.entities = file;
    } else if (flag.startsWith('-') && flag !== '-') {
      return `unknown option: ${flag}`;
    } else {
      args.inputs.push(arg);
    }
  }
  if (args.inputs.length === 0) return 'no files or folders given';
  return args;
}

export function runAnalyze(argv: readonly string[], io: CliIo): ExitCode {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(ANALYZE_USAGE);
    return ExitCode.Ok;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`readout analyze: ${args}\n${ANALYZE_USAGE}`);
    return ExitCode.Usage;
  }
  let knowledge: KnowledgeBase | undefined;
  if (args.entities) {
    let raw: string;
    try {
      raw = fs.readFileSync(args.entities, 'utf8');
    } catch (error) {
      io.stderr(`readout: cannot read ${args.entities}: ${(error as Error).message}\n`);
      return ExitCode.Failure;
    }
    const parsed = parseKnowledgeBase(raw);
    if (!parsed.ok) {
      io.stderr(`readout: ${args.entities}:${parsed.line}:${parsed.column}: ${parsed.message}\n`);
      return ExitCode.Failure;
    }
    knowledge = parsed.value;
  }

  const { files, failed: missing } = collectFiles(args.inputs, io);
  let failed = missing;
  const reports: FileReport[] = [];
  for (const file of files) {
    const text = readDocument(file, io);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const analysis = analyzeFile(file, text, knowledge);
    const report = toReport(file, analysis);
    if (args.format === 'jsonl') io.stdout(`${JSON.stringify(report)}\n`);
    else reports.push(report);
  }
  if (args.format === 'json') io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  if (args.format === 'csv') io.stdout(stringify(tableRows(reports, args.table)));
  return failed ? ExitCode.Failure : ExitCode.Ok;
}
