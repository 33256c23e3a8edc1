import type { CypherQuery } from '../db/cypher-query.js';
import type { Executor } from '../db/Executor.js';
import { badInput } from '../errors/index.js';
import { parseMonthText } from '../graph/months.js';
import { boundedInt } from '../graphql/arguments.js';
import type { EntityRecord } from '../graphql/entity-kind.js';
import { technologyNeedles, technologyNotFound } from '../graphql/technology-lookup.js';
import { asOfMonth } from './gaps-resolvers.js';

/** Most technologies one `experts` or `team` question asks about: a project's stack, not a catalogue. */
export const maxCoverTechnologies = 20;
/** Longest `minMonths` accepted: a century of use. */
export const maxMinMonths = 1200;

export interface CoverArguments {
  technologies: string[];
  minMonths?: number | null;
  usedSince?: string | null;
  asOf?: string | null;
}

/** What `coverQuery` (experts-query.ts) returns before the field's own part. */
export interface CoverRow {
  spellings: string[];
  ids: (string | null)[];
  technologies: EntityRecord[];
}

/**
 * Checks the arguments `experts` and `team` share and runs `query` with them (and `extra`
 * parameters): one round trip. A spelling that names no technology is BAD_USER_INPUT quoting it,
 * with the closest spelling the graph knows.
 */
export async function readCover<R extends CoverRow>(
  executor: Executor,
  query: CypherQuery,
  args: CoverArguments,
  extra: Record<string, unknown>,
): Promise<{ row: R; asOf: number; order: string[]; byId: Map<string, EntityRecord> }> {
  const spellings = [...new Set(args.technologies)];
  if (spellings.length < 1 || spellings.length > maxCoverTechnologies) {
    throw badInput(
      `technologies: ${spellings.length} given: pass from 1 to ${maxCoverTechnologies} technologies (ids or names, e.g. ["kafka", "k8s"]).`,
      'technologies',
    );
  }
  const asOf = asOfMonth(args.asOf);
  const minMonths = args.minMonths ?? null;
  if (minMonths !== null) boundedInt('minMonths', minMonths, 0, 0, maxMinMonths);
  const usedSince = args.usedSince == null ? null : parseMonthText(args.usedSince);
  if (args.usedSince != null && usedSince === null) {
    throw badInput(
      `usedSince: ${JSON.stringify(args.usedSince)} is not a month: expected YYYY-MM, e.g. "2022-01".`,
      'usedSince',
    );
  }
  const [row] = await executor.read<R>(query, {
    technologies: spellings.map(technologyNeedles),
    asOf,
    minMonths,
    usedSince,
    exclude: [],
    ...extra,
  });
  if (!row) throw new Error('The cover query returned no row.');
  const unresolved = row.spellings.find((_spelling, index) => row.ids[index] === null);
  if (unresolved !== undefined) {
    const notFound = await technologyNotFound(executor, unresolved);
    throw badInput(`technologies: ${notFound.message}`, 'technologies');
  }
  const byId = new Map(row.technologies.map((technology) => [technology.id, technology]));
  return { row, asOf, order: row.technologies.map((technology) => technology.id), byId };
}
