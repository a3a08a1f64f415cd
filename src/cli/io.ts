/** What the command line needs from the outside world, so tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The workspace folder commands such as `tag` run in; the process's working directory when absent. */
  cwd?: string;
}

/** Exit codes: 0 success, 1 some input could not be processed, 2 the command line was wrong. */
export const enum ExitCode {
  Ok = 0,
  Failure = 1,
  Usage = 2,
}

