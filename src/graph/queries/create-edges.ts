import type { Integer } from 'neo4j-driver';
import { cypher } from '../../db/cypher-query.js';
import { wireInteger, wireProps } from '../../db/wire-integers.js';
import { EDGE_KIND_NAMES, EDGE_KINDS, type EdgeKind } from '../edge-kinds.js';
import { DERIVED_REL_TYPES, Label } from '../model.js';

/** One relationship to write: its kind, its endpoints' ids and its properties. */
export interface NewEdge {
  kind: EdgeKind;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The parameters of `createEdges`; build them with `createEdgesParams`. */
export type CreateEdgesParams = {
  /** Every endpoint id once. */
  ids: string[];
  /** Per kind (every kind present, so the parameter always types alike), rows naming endpoints by position in `ids`. */
  edges: Record<EdgeKind, { a: Integer; b: Integer; props: Record<string, unknown> }[]>;
};

/** `edges` as `createEdges` takes them: each endpoint looked up once, however many relationships it has. */
export function createEdgesParams(edges: readonly NewEdge[]): CreateEdgesParams {
  const positions = new Map<string, Integer>();
  const position = (id: string): Integer => {
    let known = positions.get(id);
    if (known === undefined) {
      known = wireInteger(positions.size);
      positions.set(id, known);
    }
    return known;
  };
  const byKind = Object.fromEntries(
    EDGE_KIND_NAMES.map((kind) => [kind, []]),
  ) as unknown as CreateEdgesParams['edges'];
  for (const { kind, from, to, props } of edges)
    byKind[kind].push({ a: position(from), b: position(to), props: wireProps(props) });
  return { ids: [...positions.keys()], edges: byKind };
}

/** The kinds of derived relationships (model.ts DERIVED_REL_TYPES). */
const DERIVED_KINDS = EDGE_KIND_NAMES.filter((kind) => DERIVED_REL_TYPES.includes(EDGE_KINDS[kind].type));

function createBlock(kind: EdgeKind): string {
  const { type, owned } = EDGE_KINDS[kind];
  const write = owned ? `CREATE (a)-[r:${type}]->(b) SET r += row.props` : `MERGE (a)-[:${type}]->(b)`;
  return `CALL (nodes) {
  UNWIND $edges.${kind} AS row
  WITH nodes[row.a][0] AS a, nodes[row.b][0] AS b, row
  WHERE a IS NOT NULL AND b IS NOT NULL
  ${write}
  RETURN count(*) AS ${kind}
}`;
}

/**
 * Writes relationships (parameters from `createEdgesParams`). Each endpoint is found once by its id
 * (`nodes`: one single-item list per id, `[null]` for an id not found), then every relationship of
 * one kind is written by one block that knows its type, so a batch of résumés costs one index seek
 * per node rather than two per relationship. Returns `edges`, the relationships whose endpoints
 * both exist: fewer than given means a concurrent transaction deleted one (the loader starts
 * over); and `derived`, how many of them are derived (USES), which the loader's change counters
 * leave out. No lock order to keep here: the loader has locked every existing shared endpoint, in id
 * order, and created the new ones, before this runs. Relationships the person owns are CREATEd:
 * the loader has already diffed them against the graph and no other transaction writes them; their
 * properties are added (`SET r += …`), which on a relationship just created gives what `SET r = …`
 * gives without first clearing what it cannot hold.
 * Shared ones (PART_OF, a project's USED) are MERGEd, since another résumé may state the same edge.
 */
export const createEdges = cypher(
  'loader.createEdges',
  `CYPHER replan=skip
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:${Label.Entity} {id: id})
  RETURN collect([n]) AS nodes
}
${EDGE_KIND_NAMES.map(createBlock).join('\n')}
RETURN ${EDGE_KIND_NAMES.join(' + ')} AS edges, ${DERIVED_KINDS.join(' + ')} AS derived
`,
);
