import { maxMinMonths } from '../../career/experts-limits.js';
import type { CypherQuery } from '../../db/cypher-query.js';
import type { Executor, Params, Row } from '../../db/Executor.js';
import { type AppError, badInput, notFound } from '../../errors/index.js';
import { currentMonth } from '../../graph/months.js';
import { boundedInt, decodeCursor, encodeCursor, monthArgument, pageSize } from '../arguments.js';
import type { EntityRecord } from '../entity-kind.js';
import {
  companiesConnection,
  type ListQuery,
  peopleConnection,
  projectsConnection,
  technologiesConnection,
} from '../queries/connections.js';
import { companyNeedles, technologyNeedles, technologyNotFound } from '../technology-lookup.js';

export interface ConnectionArgs<F> {
  first?: number | null;
  after?: string | null;
  filter?: F | null;
}

export interface Connection {
  edges: { node: EntityRecord; cursor: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Null when the operation does not select it (then it is not counted). */
  totalCount: number | null;
}

export interface ConnectionRow {
  totalCount: number | null;
  nodes: EntityRecord[];
  missing: string[];
}

/**
 * A list's query extended to read what the request selects of its nodes (src/graphql/translate),
 * and how to hand that to the field resolvers.
 */
export interface CompiledList {
  /** The list's query, `base` written as this request needs it (its nodes projected by the compiler). */
  query: (base: ListQuery, options: { timed: boolean; unfiltered: boolean }) => CypherQuery;
  /** The row of the page from the rows the query returned. */
  row: (rows: Row[]) => ConnectionRow | undefined;
  attach: (node: EntityRecord) => void;
}

/** Filter parameters of each list; every one is sent (null when not given). */
const filterParams = {
  people: ['companyId', 'technologyId', 'schoolId'],
  companies: ['parentId', 'technologyId', 'normalised'],
  technologies: ['category', 'personId', 'companyId', 'normalised'],
  projects: ['personId', 'technologyId'],
} as const;

/**
 * The lists whose filters take the time filters, and the filter that names whose use they qualify:
 * a technology's users, a person's technologies.
 */
const timeFiltered: Partial<Record<keyof typeof filterParams, string>> = {
  people: 'technologyId',
  technologies: 'personId',
};

/**
 * The time filters as the queries take them (`$usedSince`, `$usedBefore`: month numbers, `$minMonths`,
 * `$timed`, `$asOf`: this month), checked: a month is `YYYY-MM`, `minMonths` from 0 to
 * `maxMinMonths`, and the filter they qualify is given. BAD_USER_INPUT quoting the value otherwise.
 */
function timeFilterParams(
  list: keyof typeof filterParams,
  filter: Record<string, unknown> | null | undefined,
): Params {
  const text = (name: string) => (typeof filter?.[name] === 'string' ? (filter[name] as string) : null);
  const usedSince = monthArgument('usedSince', text('usedSince'), '2022-01');
  const usedBefore = monthArgument('usedBefore', text('usedBefore'), '2020-01');
  const months = typeof filter?.minMonths === 'number' ? filter.minMonths : null;
  const minMonths = months === null ? null : boundedInt('minMonths', months, 0, 0, maxMinMonths);
  const given = (['usedSince', 'usedBefore', 'minMonths'] as const).find(
    (name) => (filter?.[name] ?? null) !== null,
  );
  const qualified = timeFiltered[list];
  if (given && (qualified === undefined || (filter?.[qualified] ?? null) === null)) {
    const value = JSON.stringify(filter?.[given]);
    throw badInput(
      list === 'people'
        ? `${given}: ${value} says how long or when a technology was used: give filter.technologyId too, e.g. { technologyId: "kafka", ${given}: ${value} }.`
        : `${given}: ${value} says how long or when a person used a technology: give filter.personId too, e.g. { personId: "…", ${given}: ${value} }.`,
      given,
    );
  }
  return { usedSince, usedBefore, minMonths, timed: given !== undefined, asOf: currentMonth() };
}

const queries: Record<keyof typeof filterParams, ListQuery> = {
  people: peopleConnection,
  companies: companiesConnection,
  technologies: technologiesConnection,
  projects: projectsConnection,
};

/**
 * The parameters of list `list`'s query for `args` (checked: BAD_USER_INPUT naming a bad one), and
 * how its text is written: `timed`, a time filter is given; `unfiltered`, no filter is.
 */
export function listParams(
  list: keyof typeof filterParams,
  args: ConnectionArgs<Record<string, unknown>>,
  withTotal: boolean,
): { params: Params; first: number; skip: number; timed: boolean; unfiltered: boolean } {
  const first = pageSize(args.first);
  const skip = decodeCursor(args.after);
  const params: Params = { first, skip, withTotal };
  for (const name of filterParams[list]) params[name] = args.filter?.[name] ?? null;
  Object.assign(params, timeFilterParams(list, args.filter));
  // Every list query resolves the spellings of these three filters (null: not given).
  const spelling = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : null);
  const technology = spelling('technologyId');
  const company = spelling('companyId');
  const parent = spelling('parentId');
  params.technology = technology === null ? null : technologyNeedles(technology);
  params.company = company === null ? null : companyNeedles(company);
  params.parent = parent === null ? null : companyNeedles(parent);

  const timed = params.timed === true;
  const unfiltered = filterParams[list].every((name) => params[name] === null);
  return { params, first, skip, timed, unfiltered };
}

/**
 * One list root field: one query for the page and, when `withTotal`, the total; NOT_FOUND for a
 * filter id that names nothing.
 */
export async function connection(
  executor: Executor,
  list: keyof typeof filterParams,
  args: ConnectionArgs<Record<string, unknown>>,
  compiled?: CompiledList,
  withTotal = true,
): Promise<Connection> {
  const { params, first, skip, timed, unfiltered } = listParams(list, args, withTotal);
  const query = compiled
    ? compiled.query(queries[list], { timed, unfiltered })
    : queries[list].write({ timed, unfiltered });
  const rows = await executor.read(query, params);
  const row = compiled ? compiled.row(rows) : (rows[0] as ConnectionRow | undefined);
  if (!row) throw new Error(`${query.name} returned no row.`);
  const [missing] = row.missing;
  if (missing) throw await filterNotFound(executor, missing, String(params[missing]));
  if (compiled) for (const node of row.nodes) compiled.attach(node);

  // The query reads one node past the page: there is a next page when it exists.
  const edges = row.nodes
    .slice(0, first)
    .map((node, index) => ({ node, cursor: encodeCursor(skip + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: row.nodes.length > first,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: row.totalCount,
  };
}

async function filterNotFound(executor: Executor, filter: string, value: string): Promise<AppError> {
  switch (filter) {
    case 'technologyId':
      return technologyNotFound(executor, value);
    case 'personId':
      return notFound(`No person with id "${value}": pass an id from people { edges { node { id } } }.`);
    case 'schoolId':
      return notFound(
        `No school with id "${value}": pass an id from a person's education { school { id } }.`,
      );
    default:
      return notFound(`No company with id "${value}": pass an id from companies { edges { node { id } } }.`);
  }
}
