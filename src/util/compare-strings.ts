/**
 * Strings by UTF-16 code unit (JavaScript's `<`), the order Cypher's ORDER BY gives the names and
 * ids the graph holds (Neo4j warns that strings with special characters, such as ones outside the
 * Basic Multilingual Plane, may sort inconsistently): for sorting in TypeScript what a query could
 * have sorted, ids and lower-cased names (src/graphql/queries/cypher-order.ts `compareByName`).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
