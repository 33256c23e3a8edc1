import { compareStrings } from '../../util/compare-strings.js';

/**
 * Cypher sort keys of named node `node`: by name, letter case ignored, then by id, so that equal
 * names keep one order. The API's order wherever it lists companies, technologies, projects or
 * schools by name (the compiler's relations, the loaders, the connections, the evidence of a use,
 * the career questions' ties). `node` is a literal variable name of our own query text (a node or
 * a map with `name` and `id`), never input.
 */
export function byName(node: string): string {
  return `toLower(${node}.name), ${node}.id`;
}

/**
 * `byName` in TypeScript, for an answer sorted after its read: lower-cased name, a record without a
 * string name after every named one (as Cypher orders null last), then id.
 */
export function compareByName(a: { id: string; name?: unknown }, b: { id: string; name?: unknown }): number {
  const x = typeof a.name === 'string' ? a.name.toLowerCase() : null;
  const y = typeof b.name === 'string' ? b.name.toLowerCase() : null;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return compareStrings(x, y);
  }
  return compareStrings(a.id, b.id);
}
