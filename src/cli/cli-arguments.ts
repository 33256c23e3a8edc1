import { type ParseArgsConfig, parseArgs } from 'node:util';
import { errorMessage } from '../util/error-message.js';

/*
 * Every command line of src/cli (and the other npm scripts that take options) parses its
 * arguments here, so unknown options, bad numbers, missing inputs and `--help` read the same
 * everywhere: the problem quoting the value, then the usage line.
 */

/** Bad command-line usage: the message says what was wrong and ends with the usage line (exit code 2). */
export class UsageError extends Error {}

/** `--help` or `-h`: the message is the help text, for stdout (exit code 0). */
export class HelpRequested extends UsageError {}

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };
type Parsed<O extends Options, P extends boolean> = ReturnType<
  typeof parseArgs<{ options: WithHelp<O>; strict: true; allowPositionals: P }>
>;

function parseStrictly<O extends Options, P extends boolean>(
  argv: readonly string[],
  options: O,
  allowPositionals: P,
  usage: string,
  help: string,
): Parsed<O, P> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${errorMessage(error)}\n${usage}`);
  }
  if (parsed.values.help) throw new HelpRequested(help);
  return parsed as never;
}

/**
 * Parses `argv` strictly (no positionals) with node's parseArgs; an unknown or malformed option
 * becomes a UsageError ending with `usage`, `--help` a HelpRequested with `help` (default `usage`).
 */
export function parseOptions<O extends Options>(
  argv: readonly string[],
  options: O,
  usage: string,
  help: string = usage,
): Parsed<O, false>['values'] {
  return parseStrictly(argv, options, false, usage, help).values;
}

/**
 * As `parseOptions`, for a command that takes files or folders: at least one is required
 * ("No files or folders given.").
 */
export function parsePathsAndOptions<O extends Options>(
  argv: readonly string[],
  options: O,
  usage: string,
  help: string = usage,
): { values: Parsed<O, true>['values']; paths: string[] } {
  const parsed = parseStrictly(argv, options, true, usage, help);
  if (parsed.positionals.length === 0) throw new UsageError(`No files or folders given.\n${usage}`);
  return { values: parsed.values, paths: parsed.positionals };
}

/**
 * Where a command line's parsing error goes and the exit code: help text on stdout (0), a usage
 * error on stderr (2). Anything else is not a usage problem and is thrown again.
 */
export function reportUsage(error: unknown): number {
  if (error instanceof HelpRequested) {
    process.stdout.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
    return 0;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  throw error;
}

/** What `commandLine` gives: the parsed arguments, or the exit code of a usage problem already reported. */
export type CommandLine<T> = { args: T; exitCode?: undefined } | { args?: undefined; exitCode: number };

/**
 * Runs `parse` (parseOptions and the checks of the values it read) for a command line: its
 * arguments, or, for a usage problem or `--help`, the exit code once reportUsage has written the
 * message. A bad option is answered by what was wrong and the usage line, never a stack trace.
 */
export function commandLine<T>(parse: () => T): CommandLine<T> {
  try {
    return { args: parse() };
  } catch (error) {
    return { exitCode: reportUsage(error) };
  }
}

/** `raw` as an integer from `min` to `max`, or a UsageError quoting it. */
export function integerOption(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  usage: string,
): number {
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `--${name} "${raw ?? ''}" is not valid: expected an integer from ${min} to ${max}.\n${usage}`,
    );
  }
  return value;
}

/** `raw`, a comma-separated list, each item one of `allowed`, or a UsageError naming the stranger. */
export function listOption<T extends string>(
  name: string,
  raw: string,
  allowed: readonly T[],
  usage: string,
): T[] {
  const items = raw.split(',').map((item) => item.trim());
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`--${name} names "${item}": expected some of ${allowed.join(', ')}.\n${usage}`);
    }
  }
  return items as T[];
}
