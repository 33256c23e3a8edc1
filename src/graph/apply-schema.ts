import { type CypherQuery, cypher } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import {
  Bookkeeping,
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
import {
  backfillUseOrder,
  markSchema,
  schemaMarked,
  USE_INDEXES,
  USE_ORDER_MARK,
  useOrderMissing,
} from './queries/use-order.js';

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * What a load reads while it writes: the id constraints (every statement finds nodes by id) and the
 * content hash index (src/loader/content-hash.ts). Each idempotent (`IF NOT EXISTS`), built from the
 * model's constants.
 */
export const LOAD_SCHEMA: readonly CypherQuery[] = [
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
  // Kept similarPeople lists and the versions they are checked against (src/graph/queries/similar-lists.ts):
  // each found by its key, and MERGEd by concurrent writers.
  cypher(
    'schema.technologyVersion',
    `CREATE CONSTRAINT technology_version_unique IF NOT EXISTS FOR (n:${Bookkeeping.TechnologyVersion}) REQUIRE n.technology IS UNIQUE`,
  ),
  cypher(
    'schema.similarList',
    `CREATE CONSTRAINT similar_list_unique IF NOT EXISTS FOR (n:${Bookkeeping.SimilarList}) REQUIRE n.person IS UNIQUE`,
  ),
  // The loader finds people by the hash of the file they were loaded from (src/loader/content-hash.ts).
  cypher(
    'schema.personContentHash',
    `CREATE INDEX person_content_hash IF NOT EXISTS FOR (n:${Label.Person}) ON (n.contentHash)`,
  ),
  ...RETIRED_TENURE_INDEXES.map((name) =>
    cypher(`schema.tenure.drop.${name}`, `DROP INDEX tenure_${snake(name)} IF EXISTS`),
  ),
];

/**
 * The indexes only the API's questions read (role months, categories, TENURE, the lookup keys'
 * text and full-text indexes, the search index): a bulk load into an empty graph builds them after
 * its résumés (src/loader/load-resumes.ts), every other run before.
 */
export const QUERY_INDEXES: readonly CypherQuery[] = [
  cypher(
    'schema.roleStartMonth',
    `CREATE INDEX role_start_month IF NOT EXISTS FOR (n:${Label.Role}) ON (n.startMonth)`,
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
  ...Object.entries(USE_INDEXES).map(([name, properties]) =>
    cypher(
      `schema.uses.${name}`,
      `CREATE INDEX uses_${snake(name)} IF NOT EXISTS FOR ()-[u:${RelType.USES}]-() ` +
        `ON (${properties.map((property) => `u.${property}`).join(', ')})`,
    ),
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

/** Every constraint and index. */
export const SCHEMA_STATEMENTS: readonly CypherQuery[] = [...LOAD_SCHEMA, ...QUERY_INDEXES];

/** The name each of `statements` creates. */
function createdNames(statements: readonly CypherQuery[]): string[] {
  return statements.flatMap(
    (statement) => /^CREATE .*?(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(statement.text)?.[1] ?? [],
  );
}

const QUERY_INDEX_NAMES = createdNames(QUERY_INDEXES);

const countIndexes = cypher(
  'schema.countIndexes',
  'SHOW INDEXES YIELD name WHERE name IN $names RETURN count(*) AS present',
);

const unfinishedIndexes = cypher(
  'schema.unfinishedIndexes',
  "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state",
);

/**
 * Waits until every index is online, asking every 200 ms, each time in a transaction of its own:
 * populating an index from a large graph can outlast one transaction's timeout (a bulk load's
 * indexes, or those a load killed before building them leaves to the next start). Throws when one
 * failed to build.
 */
async function untilOnline(executor: Executor): Promise<void> {
  for (;;) {
    const unfinished = await executor.write<{ name: string; state: string }>(unfinishedIndexes);
    const failed = unfinished.filter((index) => index.state === 'FAILED').map((index) => index.name);
    if (failed.length > 0) throw new Error(`Indexes that failed to build: ${failed.join(', ')}.`);
    if (unfinished.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Creates QUERY_INDEXES where missing, after a bulk load, and waits until every index is online. */
export async function buildQueryIndexes(executor: Executor): Promise<void> {
  for (const statement of QUERY_INDEXES) await executor.write(statement);
  await untilOnline(executor);
}

/** Whether one of QUERY_INDEXES does not exist yet. */
export async function queryIndexesMissing(executor: Executor): Promise<boolean> {
  const [row] = await executor.write<{ present: number }>(countIndexes, { names: QUERY_INDEX_NAMES });
  return (row?.present ?? 0) < QUERY_INDEX_NAMES.length;
}

/** People whose USES one backfill transaction orders. */
const BACKFILL_PEOPLE = 500;

/**
 * Writes the order properties (src/graph/queries/use-order.ts) on the USES of a graph loaded
 * before they existed, `batch` people per transaction in id order; then marks the graph
 * (USE_ORDER_MARK), so every later start reads one mark instead of every USES (the loader writes
 * them on every USES since). Nothing when the mark is there.
 */
export async function ensureUseOrder(executor: Executor, batch = BACKFILL_PEOPLE): Promise<void> {
  const [mark] = await executor.write<{ marked: boolean }>(schemaMarked, { name: USE_ORDER_MARK });
  if (mark?.marked) return;
  const [check] = await executor.write<{ missing: boolean }>(useOrderMissing);
  let after: string | null = check?.missing ? '' : null;
  while (after !== null) {
    const [row]: { last: string | null }[] = await executor.write<{ last: string | null }>(backfillUseOrder, {
      after,
      batch,
    });
    after = row?.last ?? null;
  }
  await executor.write(markSchema, { name: USE_ORDER_MARK });
}

/**
 * Creates whatever constraints and indexes are missing and waits until all are online;
 * `queryIndexes: false` leaves QUERY_INDEXES out (a bulk load into an empty graph, which builds
 * them after its résumés: buildQueryIndexes).
 */
export async function applySchema(
  executor: Executor,
  options: { queryIndexes?: boolean } = {},
): Promise<void> {
  const statements = options.queryIndexes === false ? LOAD_SCHEMA : SCHEMA_STATEMENTS;
  for (const statement of statements) await executor.write(statement);
  await untilOnline(executor);
  await ensureUseOrder(executor);
}
