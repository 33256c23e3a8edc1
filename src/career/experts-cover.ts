import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import type { CypherQuery } from '../db/cypher-query.js';
import type { Executor, Params } from '../db/Executor.js';
import { badInput } from '../errors/index.js';
import { asOfMonth, boundedInt, monthArgument } from '../graphql/arguments.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { apiCatalogue } from '../graphql/mutations/import-resume.js';
import { technologyNeedles } from '../graphql/technology-lookup.js';
import { cachedAggregate } from './aggregate-cache.js';
import { broaderLinks } from './broader.js';
import { maxCoverTechnologies, maxMinMonths } from './experts-limits.js';
import type { CoverQueries } from './experts-query.js';
import { askedSpellings, nodelessTechnology } from './gaps-resolvers.js';

export interface CoverArguments {
  technologies: string[];
  minMonths?: number | null;
  usedSince?: string | null;
  asOf?: string | null;
  /** Count uses of narrower technologies (EKS for Kubernetes), marked inferred: `experts` only. */
  rollUp?: boolean | null;
}

/** What `coverQuery` (experts-query.ts) returns before the field's own part. */
export interface CoverRow {
  spellings: string[];
  ids: (string | null)[];
  technologies: EntityRecord[];
}

/**
 * The text of `queries` a cover question asks for (rolled up or not) and its parameters: the
 * arguments `experts` and `team` share, checked, with `extra` parameters. `spellings` are the
 * distinct technologies asked. A count of technologies out of range is BAD_USER_INPUT.
 */
export function coverRequest(
  catalogue: CatalogueIndex<TechnologyEntry>,
  queries: CoverQueries,
  args: CoverArguments,
  extra: Record<string, unknown>,
): { query: CypherQuery; params: Params; spellings: string[]; asOf: number } {
  const spellings = askedSpellings(catalogue, args.technologies);
  if (spellings.length < 1 || spellings.length > maxCoverTechnologies) {
    throw badInput(
      `technologies: ${spellings.length} given: pass from 1 to ${maxCoverTechnologies} technologies (ids or names, e.g. ["kafka", "k8s"]).`,
      'technologies',
    );
  }
  const asOf = asOfMonth(args.asOf);
  const minMonths = args.minMonths ?? null;
  if (minMonths !== null) boundedInt('minMonths', minMonths, 0, 0, maxMinMonths);
  const usedSince = monthArgument('usedSince', args.usedSince, '2022-01');
  const rollUp = args.rollUp === true;
  const params = {
    technologies: spellings.map(technologyNeedles),
    asOf,
    minMonths,
    usedSince,
    exclude: [],
    narrower: spellings.map((spelling) => (rollUp ? broaderLinks(catalogue).below(spelling) : [])),
    ...extra,
  };
  return { query: rollUp ? queries.rolledUp : queries.direct, params, spellings, asOf };
}

/**
 * Runs coverRequest's query: one round trip (and one for the database's version,
 * src/career/aggregate-cache.ts, which serves a repeated question from memory while the database
 * is unchanged). `order` is the distinct technologies asked, in order, and `byId` their records. A
 * spelling that names no technology (in the graph or the catalogue) is BAD_USER_INPUT quoting it,
 * with the closest spelling the graph knows.
 */
export async function readCover<R extends CoverRow>(
  executor: Executor,
  queries: CoverQueries,
  args: CoverArguments,
  extra: Record<string, unknown>,
): Promise<{ row: R; asOf: number; order: string[]; byId: Map<string, EntityRecord> }> {
  const catalogue = (await apiCatalogue()).technologies;
  const { query, params, asOf } = coverRequest(catalogue, queries, args, extra);
  // A ranking over everyone who uses the asked technologies: its cost grows with how many do, so
  // the answer is kept until the database changes (the key is the query and every parameter).
  const [row] = await cachedAggregate(executor, `${query.name}:${JSON.stringify(params)}`, () =>
    executor.read<R>(query, params),
  );
  if (!row) throw new Error('The cover query returned no row.');
  const byId = new Map(row.technologies.map((technology) => [technology.id, technology]));
  const order: string[] = [];
  for (const [index, spelling] of row.spellings.entries()) {
    let id = row.ids[index] ?? null;
    if (id === null) {
      // A catalogue technology nobody's résumé names has no node: asked, and covered by nobody.
      const record = await nodelessTechnology(executor, catalogue, spelling);
      id = record.id;
      byId.set(id, record);
    }
    if (!order.includes(id)) order.push(id);
  }
  return { row, asOf, order, byId };
}
