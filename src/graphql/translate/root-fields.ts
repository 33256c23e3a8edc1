import type { GraphQLResolveInfo } from 'graphql';
import { type CypherQuery, cypher } from '../../db/cypher-query.js';
import type { Executor, Params, Row } from '../../db/Executor.js';
import { Label } from '../../graph/model.js';
import type { EntityRecord } from '../entity-kind.js';
import type { ListQuery } from '../queries/connections.js';
import { namedNode } from '../queries/find-named.js';
import type { CompiledList, ConnectionRow } from '../resolvers/connections.js';
import {
  attach,
  type CompiledEntity,
  compileEntity,
  type EntityPlan,
  PREFETCHED,
  type PrefetchedRecord,
  variableNames,
} from './compile.js';
import { compiledOnce } from './compiled-once.js';
import type { EntityTypeName } from './relations.js';
import {
  collectFields,
  namedObjectType,
  type SelectionSource,
  sourceOf,
  subSelections,
} from './selection.js';

/*
 * The entity root fields as one query each: the root's own match, then everything the request
 * selects below it (compile.ts). Child resolvers find their values with `prefetched`.
 */

/** How a root field finds its one entity: by id, or by any spelling (technologies and companies). */
export type EntityLookup =
  | { type: EntityTypeName; by: 'id' }
  | { type: typeof Label.Technology; by: 'technology' }
  | { type: typeof Label.Company; by: 'company' };

/** The query of a root field that returns one entity: `$id`, or the lookup needles as `$technology` / `$company`. */
export function entityQuery(
  lookup: EntityLookup,
  source: SelectionSource,
  selectionSets: Parameters<typeof compileEntity>[3],
): { query: CypherQuery; compiled: CompiledEntity } {
  const fresh = variableNames();
  const n = fresh();
  const hoisted: string[] = [];
  const compiled = compileEntity(source, lookup.type, n, selectionSets, fresh, [], hoisted);
  const carried = hoisted.length > 0 ? `\n   WITH ${n}, ${hoisted.join(', ')}` : '';
  const match =
    lookup.by === 'id'
      ? `MATCH (${n}:${Label[lookup.type]} {id: $id})`
      : `${namedNode(n, lookup.type, lookup.by)}
   WITH ${n} WHERE ${n} IS NOT NULL`;
  return {
    query: cypher(
      `translate.${lookup.type.toLowerCase()}`,
      `${match}${carried}\n   RETURN ${compiled.projection} AS value`,
    ),
    compiled,
  };
}

/** One entity root field in one query; null when nothing matches. */
export async function readEntity(
  executor: Executor,
  info: GraphQLResolveInfo,
  lookup: EntityLookup,
  params: Params,
): Promise<PrefetchedRecord | null> {
  const { query, compiled } = compiledOnce(
    info.schema,
    info.fieldNodes,
    `${lookup.type} by ${lookup.by}`,
    info.variableValues,
    (variableValues) =>
      entityQuery(
        lookup,
        { ...sourceOf(info), variableValues },
        subSelections({ nodes: [...info.fieldNodes] }),
      ),
  );
  const [row] = await executor.read<{ value: PrefetchedRecord }>(query, params);
  if (!row) return null;
  attach(compiled.plan, row.value);
  return row.value;
}

/**
 * A list root field's query (`base`, rows `{ totalCount, nodes, missing }`, written here with the
 * page's nodes as nodes, not maps) with every node projected as the request selects it, in the
 * same query, one row per node (`at` its place in `nodes`; one row with a null node when there are
 * none), read back by `connectionRow`. Rows, not one list: a record larger than the protocol's
 * chunk arrives in pieces, and the driver decodes every string of such a record piece by piece, at
 * twice the CPU of the whole page (measured on the page of 50).
 */
export function connectionQuery(
  type: EntityTypeName,
  base: ListQuery,
  options: { timed: boolean; unfiltered: boolean },
  source: SelectionSource,
  nodeSelections: Parameters<typeof compileEntity>[3],
): { query: CypherQuery; compiled: CompiledEntity } {
  const fresh = variableNames();
  const found = fresh();
  const n = fresh();
  const hoisted: string[] = [];
  const compiled = compileEntity(source, type, n, nodeSelections, fresh, [], hoisted);
  const list = base.write({ node: (variable) => variable, ...options });
  const carried =
    hoisted.length > 0 ? `\n   WITH totalCount, missing, ${found}, ${n}, ${hoisted.join(', ')}` : '';
  // A null node (an empty page) projects to null.
  const text = `CALL () {
   ${list.text}
   }
   UNWIND CASE WHEN nodes = [] THEN [null] ELSE range(0, size(nodes) - 1) END AS ${found}
   WITH totalCount, missing, ${found}, nodes[${found}] AS ${n}${carried}
   RETURN totalCount, missing, ${found} AS at, ${compiled.projection} AS node`;
  return { query: cypher(`translate.${list.name}`, text), compiled };
}

/** The one row `{ totalCount, missing, nodes }` of the rows of a `connectionQuery`. */
export function connectionRow(rows: readonly Row[]): ConnectionRow | undefined {
  const [first] = rows;
  if (!first) return undefined;
  const nodes: EntityRecord[] = [];
  for (const row of rows) if (row.node) nodes[row.at as number] = row.node as EntityRecord;
  return { totalCount: first.totalCount as number | null, missing: first.missing as string[], nodes };
}

/** The selections of a connection's `edges { node }`, every alias merged. */
export function nodeSelections(info: GraphQLResolveInfo): Parameters<typeof compileEntity>[3] {
  const source = sourceOf(info);
  const connectionType = namedObjectType(info.returnType);
  if (!connectionType) return [];
  const edges = collectFields(source, connectionType, subSelections({ nodes: [...info.fieldNodes] })).filter(
    (field) => field.name === 'edges',
  );
  const edgeType = namedObjectType(connectionType.getFields().edges?.type);
  if (!edgeType) return [];
  return collectFields(source, edgeType, edges.flatMap(subSelections))
    .filter((field) => field.name === 'node')
    .flatMap(subSelections);
}

/**
 * The value the root field's query read for this field of `parent`, found by the field's response
 * key; `undefined` when it read none (the parent came from another query: the loaders answer).
 */
export function prefetched<T>(parent: unknown, info: Pick<GraphQLResolveInfo, 'path'>): T | undefined {
  return prefetchedByKey<T>(parent, String(info.path.key));
}

export function prefetchedByKey<T>(parent: unknown, key: string): T | undefined {
  return (parent as PrefetchedRecord)[PREFETCHED]?.get(key) as T | undefined;
}

/** A list root field's nodes read as the request selects them, in the list's one query. */
export function compiledList(type: EntityTypeName, info: GraphQLResolveInfo): CompiledList {
  let plan: EntityPlan | undefined;
  return {
    query: (base, options) => {
      const { query, compiled } = compiledOnce(
        info.schema,
        info.fieldNodes,
        `${type} list ${base.name}${options.timed ? ' timed' : ''}${options.unfiltered ? ' all' : ''}`,
        info.variableValues,
        (variableValues) => {
          const source = { ...sourceOf(info), variableValues };
          return connectionQuery(type, base, options, source, nodeSelections({ ...info, variableValues }));
        },
      );
      plan = compiled.plan;
      return query;
    },
    row: connectionRow,
    attach: (node) => {
      if (plan) attach(plan, node);
    },
  };
}
