import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Bad command-line usage: the message says what was wrong and ends with the usage line (exit code 2). */
export class UsageError extends Error {}

/**
 * Parses `argv` strictly (no positionals) with node's parseArgs; an unknown or malformed option, or
 * `--help`, becomes a UsageError ending with `usage`.
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
  usage: string,
): ReturnType<
  typeof parseArgs<{ options: O & { help: { type: 'boolean'; short: 'h' } }; strict: true }>
>['values'] {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  if (values.help) throw new UsageError(usage);
  return values as never;
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
  if (raw === undefined || raw === '' || !Number.isInteger(value) || value < min || value > max) {
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
