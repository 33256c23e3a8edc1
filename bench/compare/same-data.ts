import { isDeepStrictEqual } from 'node:util';

/*
 * The check that makes the comparison fair: ours, the peer and the floor must return the same data
 * before any of them is timed. Pure, so it is unit-tested without a database.
 */

/**
 * `data` with the lists at each of `paths` (dotted, walking through lists) put in one canonical
 * order, so lists a side cannot order as we do compare as collections. Everything else is kept as is.
 */
export function canonical(data: unknown, paths: readonly string[]): unknown {
  let result = structuredClone(data);
  for (const path of paths) result = sortAt(result, path.split('.'));
  return result;
}

function sortAt(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => sortAt(item, keys));
  if (keys.length === 0 || value === null || typeof value !== 'object') return value;
  const [key, ...rest] = keys as [string, ...string[]];
  const record = value as Record<string, unknown>;
  if (!(key in record)) return value;
  const inner = record[key];
  if (rest.length === 0 && Array.isArray(inner)) {
    const keyed = inner.map((item) => [sortKey(item), item] as const);
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { ...record, [key]: keyed.map(([, item]) => item) };
  }
  return { ...record, [key]: sortAt(inner, rest) };
}

/** JSON of `value` with the keys of every object in code-point order, whatever order they came in. */
export function sortKey(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Where `actual` first differs from `expected` (a path such as `person.roles[2].title`), or undefined when equal. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(expected, actual)) return undefined;
  const here = path === '' ? '(data)' : path;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let index = 0; index < Math.min(expected.length, actual.length); index += 1) {
      const inner = firstDifference(expected[index], actual[index], `${path}[${index}]`);
      if (inner) return inner;
    }
    return `${here}: ${expected.length} items expected, ${actual.length} found`;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const inner = firstDifference(expected[key], actual[key], path === '' ? key : `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return `${here}: expected ${brief(expected)}, found ${brief(actual)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
