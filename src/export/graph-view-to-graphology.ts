import { MultiDirectedGraph } from 'graphology';
import type { GraphView } from './graph-view.js';

export interface EntityNodeAttributes {
  label: string;
  kind: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface RelationEdgeAttributes {
  /** The relationship type (HELD, AT, ...), under its GraphView name. */
  type: string;
}

/** Graph-level attributes, set only for a view cut short or described: exports carry them. */
export interface ViewGraphAttributes {
  truncated?: boolean;
  description?: string;
}

export type EntityGraph = MultiDirectedGraph<
  EntityNodeAttributes,
  RelationEdgeAttributes,
  ViewGraphAttributes
>;

/**
 * A directed multigraph with one node per GraphView node (keyed by id) and one edge per GraphView
 * edge (keyed by id), and `truncated` and `description` as graph attributes when the view has them. Multi because two entities may be joined by relationships of several types.
 * Throws on a duplicate node or edge id, and on an edge whose end is not among the nodes: the API
 * promises neither happens, and a silently dropped edge would make exports disagree with it.
 */
export function graphViewToGraphology(view: GraphView): EntityGraph {
  const graph: EntityGraph = new MultiDirectedGraph();
  if (view.truncated) graph.setAttribute('truncated', true);
  if (view.description) graph.setAttribute('description', view.description);
  for (const node of view.nodes) {
    if (graph.hasNode(node.id)) {
      throw new Error(`GraphView node id "${node.id}" appears twice: expected unique node ids.`);
    }
    const attributes: EntityNodeAttributes = { label: node.label, kind: node.kind };
    if (node.x !== undefined) attributes.x = node.x;
    if (node.y !== undefined) attributes.y = node.y;
    if (node.size !== undefined) attributes.size = node.size;
    if (node.color !== undefined) attributes.color = node.color;
    graph.addNode(node.id, attributes);
  }
  for (const edge of view.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!graph.hasNode(end)) {
        throw new Error(
          `GraphView edge "${edge.id}" (${edge.type}) points at node "${end}", which is not among the ${view.nodes.length} nodes: expected every edge end to be a node of the view.`,
        );
      }
    }
    if (graph.hasEdge(edge.id)) {
      throw new Error(`GraphView edge id "${edge.id}" appears twice: expected unique edge ids.`);
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { type: edge.type });
  }
  return graph;
}
