import type { EdgeKind } from '../graph/edge-kinds.js';
import type { NodeLabel } from '../graph/model.js';

/**
 * Property values as stored: no nulls (absent instead), integers as bigint so Neo4j keeps them
 * integral, other numbers (confidences) as floats.
 */
export type Props = Record<string, string | boolean | bigint | number | string[] | bigint[]>;

/**
 * How an existing node with the same id is treated: `replace` sets exactly these properties
 * (the person's own nodes and catalogue entries). `merge` (projects and schools several résumés
 * may share) and `create` (names outside the catalogue) are descriptions: of the résumés that
 * describe one node, one description stays whole, by the rule of src/loader/shared-descriptions.ts.
 * Within one résumé, `merge` rows of one id add up (the first mention's value of a key stays) and
 * a `create` row keeps its first spelling.
 */
export type NodeMode = 'replace' | 'merge' | 'create';

export interface NodeRow {
  id: string;
  props: Props;
  mode: NodeMode;
  /** Where in the file the node comes from, for error messages. */
  origin: string;
}

export interface EdgeRow {
  from: string;
  to: string;
  props: Props;
}

export interface UnnormalisedName {
  kind: 'Technology' | 'Company';
  /** As written. */
  name: string;
  /** The node it became. */
  id: string;
  file: string;
  path: string;
  /** Canonical name of the catalogue entry it is probably a misspelling of. */
  suggestion?: string;
}

/**
 * Everything one résumé puts in the graph. Edges of `owned` kinds belong to the person alone
 * (replaced on reload); `partOf` and `projectUsed` may be shared with other résumés.
 */
export interface GraphPlan {
  personId: string;
  nodes: Record<NodeLabel, NodeRow[]>;
  edges: Record<EdgeKind, EdgeRow[]>;
  unnormalised: UnnormalisedName[];
}
