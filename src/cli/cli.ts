/**
 * The `readout` command line: parses arguments and dispatches to commands. Everything it needs
 * from the outside world comes in through {@link CliIo}, so tests run it in memory.
 */
import { runAnalyze } from './analyzeCommand';
import { runExport } from './exportCommand';
import { ExitCode, type CliIo } from './io';
import { runTag } from './tagCommand';

export { ExitCode, type CliIo } from './io';

export const USAGE = `Usage: readout <command> [options]

Reads diplomatic press releases and meeting readouts.

Commands:
  analyze <files or folders…> [--format json|jsonl|csv] [--table officials|quotes|meetings] [--entities FILE]
                    Find officials, quotes and meetings in press releases.
  tag <file> (--text STR | --match REGEX | --quotes-by NAME) --code ID_OR_NAME [--note TEXT]
                    Tag passages with a code of the workspace's codebook (run from the workspace folder).
  export --format csv|w3c|qdpx|brat|meetings [--out FILE_OR_DIR] <folder>
                    Export a folder's tags (or its meetings) for spreadsheets and QDA tools.
  help              Show this help.
  version           Print the version.

Options:
  -h, --help        Show this help.
  -v, --version     Print the version.
`;

export function runCli(argv: readonly string[], io: CliIo, version: string): ExitCode {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '-h' || command === '--help') {
    io.stdout(USAGE);
    return command === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  if (command === 'version' || command === '-v' || command === '--version') {
    if (rest.length > 0) return usageError(io, `unexpected argument: ${rest[0]}`);
    io.stdout(`${version}\n`);
    return ExitCode.Ok;
  }
  if (command === 'analyze') return runAnalyze(rest, io);
  if (command === 'tag') return runTag(rest, io);
  if (command === 'export') return runExport(rest, io);
  return usageError(io, command.startsWith('-') ? `unknown option: ${command}` : `unknown command: ${command}`);
}

function usageError(io: CliIo, message: string): ExitCode {
  io.stderr(`readout: ${message}\nRun "readout --help" for usage.\n`);
  return ExitCode.Usage;
}
