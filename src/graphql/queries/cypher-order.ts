/**
 * Cypher sort keys of named node `node`: by name, letter case ignored, then by id, so that equal
 * names keep one order. The API's order wherever it lists companies, technologies, projects or
 * schools by name (the compiler's relations, the loaders, the connections, the evidence of a use).
 * `node` is a literal variable name of our own query text, never input.
 */
export function byName(node: string): string {
  return `toLower(${node}.name), ${node}.id`;
}
