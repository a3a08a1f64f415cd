/**
 * The `readout` command line: parses arguments and dispatches to commands. Everything it needs
 * from the outside world comes in through {@link CliIo}, so tests run it in memory.
 */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 success, 1 some input could not be processed, 2 the command line was wrong. */
export const enum ExitCode {
  Ok = 0,
  Failure = 1,
  Usage = 2,
}

export const USAGE = `Usage: readout <command> [options]

Reads diplomatic press releases and meeting readouts.

Commands:
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
  return usageError(io, command.startsWith('-') ? `unknown option: ${command}` : `unknown command: ${command}`);
}

function usageError(io: CliIo, message: string): ExitCode {
  io.stderr(`readout: ${message}\nRun "readout --help" for usage.\n`);
  return ExitCode.Usage;
}
