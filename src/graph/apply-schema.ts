import { type CypherQuery, cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import {
  FULLTEXT_INDEX,
  FUZZY_LOOKUP_INDEX,
  Label,
  LOOKUP_KEYS,
  LOOKUP_LABELS,
  NODE_LABELS,
  RelType,
  SEARCH_PROPERTIES,
  SEARCHABLE_LABELS,
} from './model.js';
import { RETIRED_TENURE_INDEXES, TENURE_INDEXES } from './queries/role-tenures.js';

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Constraints and indexes, each idempotent (`IF NOT EXISTS`), built from the model's constants. */
export const SCHEMA_STATEMENTS: readonly CypherQuery[] = [
  cypher(
    'schema.entityId',
    `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${Label.Entity}) REQUIRE n.id IS UNIQUE`,
  ),
  ...NODE_LABELS.map((label) =>
    cypher(
      `schema.${snake(label)}Id`,
      `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  ),
  cypher(
    'schema.roleStartMonth',
    `CREATE INDEX role_start_month IF NOT EXISTS FOR (n:${Label.Role}) ON (n.startMonth)`,
  ),
  // The loader finds people by the hash of the file they were loaded from (src/loader/content-hash.ts).
  cypher(
    'schema.personContentHash',
    `CREATE INDEX person_content_hash IF NOT EXISTS FOR (n:${Label.Person}) ON (n.contentHash)`,
  ),
  cypher(
    'schema.technologyCategory',
    `CREATE INDEX technology_category IF NOT EXISTS FOR (n:${Label.Technology}) ON (n.category)`,
  ),
  ...Object.entries(TENURE_INDEXES).map(([name, properties]) =>
    cypher(
      `schema.tenure.${name}`,
      `CREATE INDEX tenure_${snake(name)} IF NOT EXISTS FOR ()-[t:${RelType.TENURE}]-() ` +
        `ON (${properties.map((property) => `t.${property}`).join(', ')})`,
    ),
  ),
  ...RETIRED_TENURE_INDEXES.map((name) =>
    cypher(`schema.tenure.drop.${name}`, `DROP INDEX tenure_${snake(name)} IF EXISTS`),
  ),
  ...LOOKUP_LABELS.map((label) =>
    cypher(
      `schema.${snake(label)}LookupKeys`,
      `CREATE TEXT INDEX ${snake(label)}_lookup_keys IF NOT EXISTS FOR (n:${label}) ON (n.${LOOKUP_KEYS})`,
    ),
  ),
  // Keys are already lower-case words between spaces: the whitespace analyzer keeps each one whole.
  cypher(
    'schema.fuzzyLookup',
    `CREATE FULLTEXT INDEX ${FUZZY_LOOKUP_INDEX} IF NOT EXISTS FOR (n:${LOOKUP_LABELS.join('|')}) ` +
      `ON EACH [n.${LOOKUP_KEYS}] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`,
  ),
  cypher(
    'schema.entitySearch',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ` +
      `ON EACH [${SEARCH_PROPERTIES.map((property) => `n.${property}`).join(', ')}]`,
  ),
];

const awaitIndexes = cypher('schema.awaitIndexes', 'CALL db.awaitIndexes($seconds)');

/** Creates whatever constraints and indexes are missing and waits until all are online. */
export async function applySchema(
  executor: Executor,
  options: { awaitSeconds?: number } = {},
): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write(awaitIndexes, { seconds: BigInt(options.awaitSeconds ?? 120) });
}
