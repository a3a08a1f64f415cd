/**
 * Option parsing for the commands that take named options: `--name value`, `--name=value`, flags,
 * and options that may be repeated. Returns a message for the usage error instead of throwing.
 */

export type OptionKind = 'value' | 'flag' | 'repeat';

export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
  repeated: Map<string, string[]>;
  positionals: string[];
}

export function parseOptions(argv: readonly string[], spec: Readonly<Record<string, OptionKind>>): ParsedArgs | string {
  const parsed: ParsedArgs = { values: new Map(), flags: new Set(), repeated: new Map(), positionals: [] };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const kind = spec[name];
    if (kind === undefined) return `unknown option: ${name}`;
    if (kind === 'flag') {
      if (equals > 0) return `${name} takes no value`;
      parsed.flags.add(name);
      continue;
    }
    // A value may itself start with "-" (a regular expression, a note), so the next argument is taken as is.
    const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined) return `${name} needs a value`;
    if (kind === 'repeat') parsed.repeated.set(name, [...(parsed.repeated.get(name) ?? []), value]);
    else if (parsed.values.has(name)) return `${name} given twice`;
    else parsed.values.set(name, value);
  }
  return parsed;
}
