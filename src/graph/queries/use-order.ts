import { cypher } from '../../db/cypher-query.js';
import { Bookkeeping, Label, RelType } from '../model.js';

/*
 * What a USES relationship carries so that a page of one technology's users is read in the order
 * it answers in, from a range index, and stops at the page (src/graphql/queries/connections.ts):
 *   technology  the id of the technology (the relationship's end);
 *   person      the id of the person (its start).
 * Written by the load with the rest of the relationship (src/loader/use-order.ts), and by
 * `backfillUseOrder` on a graph loaded before they existed.
 */

/**
 * The range indexes on USES: per technology, its users by id (`byPerson`), and its uses by first
 * month used (`byStart`: whether any starts after a month, src/career/experts-query.ts).
 */
export const USE_INDEXES = {
  byPerson: ['technology', 'person'],
  byStart: ['technology', 'firstUsed'],
} as const satisfies Record<string, readonly string[]>;

/** Cypher: `USING INDEX` for one of USE_INDEXES on relationship variable `u`. */
export function usesIndexHint(u: string, index: keyof typeof USE_INDEXES): string {
  return `USING INDEX ${u}:${RelType.USES}(${USE_INDEXES[index].join(', ')})`;
}

/** The SchemaMark saying every USES has its order properties: written once the check or backfill found none missing. */
export const USE_ORDER_MARK = 'useOrder';

/**
 * Whether SchemaMark `$name` exists: one index-free probe of a handful of nodes, where
 * useOrderMissing reads every USES.
 */
export const schemaMarked = cypher(
  'schema.marked',
  `RETURN EXISTS { MATCH (m:${Bookkeeping.SchemaMark}) WHERE m.name = $name } AS marked`,
);

/** Writes SchemaMark `$name`. */
export const markSchema = cypher('schema.mark', `MERGE (:${Bookkeeping.SchemaMark} {name: $name})`);

/** Whether some USES lacks its order properties (a graph loaded before they were written). */
export const useOrderMissing = cypher(
  'schema.useOrderMissing',
  `RETURN EXISTS { MATCH ()-[u:${RelType.USES}]->() WHERE u.person IS NULL OR u.technology IS NULL } AS missing`,
);

/**
 * Writes the order properties of the USES of the next `$batch` people after `$after` (in id
 * order), from the relationship's ends; returns the last person's id (null when none is left).
 */
export const backfillUseOrder = cypher(
  'schema.backfillUseOrder',
  `MATCH (p:${Label.Person}) WHERE p.id > $after
WITH p ORDER BY p.id LIMIT toInteger($batch)
CALL (p) {
  MATCH (p)-[u:${RelType.USES}]->(t:${Label.Technology})
  SET u.technology = t.id, u.person = p.id
}
RETURN max(p.id) AS last`,
);
