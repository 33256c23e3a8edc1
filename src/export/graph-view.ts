/**
 * The API's `GraphView` (schema/queries.graphql) as plain data, plus optional drawing attributes
 * (position, size, colour) that the explorer adds when it exports what is on screen.
 */
export interface GraphView {
  nodes: readonly GraphViewNode[];
  edges: readonly GraphViewEdge[];
  /** True when the API's `limit` cut the result short. */
  truncated?: boolean;
  /** What a reader of an exported file should know about it, e.g. how it was cut short; written into the file. */
  description?: string;
}

export interface GraphViewNode {
  id: string;
  /** An `EntityKind`: PERSON, ROLE, COMPANY, TECHNOLOGY, PROJECT or SCHOOL. */
  kind: string;
  label: string;
  x?: number;
  y?: number;
  size?: number;
  /** CSS hex colour, `#rrggbb`. */
  color?: string;
}

export interface GraphViewEdge {
  id: string;
  source: string;
  target: string;
  /** HELD, AT, USED, WORKED_ON, SKILLED_IN, STUDIED_AT or PART_OF. */
  type: string;
}
