import { MultiDirectedGraph } from 'graphology';
import type { GraphView } from '../../src/export/graph-view.js';
import { edgeColor, styleOfKind } from './kind-style.js';

export interface ExplorerNodeAttributes {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The sigma node program, i.e. the shape. */
  type: string;
}

export interface ExplorerEdgeAttributes {
  /** The relationship type (HELD, AT, ...); `type` is taken by sigma for the edge program. */
  relation: string;
  size: number;
  color: string;
  /**
   * Set on the edges the explorer draws for a path through nodes of a hidden kind (see
   * hidden-paths.ts): `via` the hidden nodes. They are not relationships of the graph: they never
   * count as drawn edges, go into exports, or pull on the layout (`weight` 0).
   */
  hiddenPath?: { via: string[] };
  weight?: number;
}

export type ExplorerGraph = MultiDirectedGraph<ExplorerNodeAttributes, ExplorerEdgeAttributes>;

export function createExplorerGraph(): ExplorerGraph {
  return new MultiDirectedGraph<ExplorerNodeAttributes, ExplorerEdgeAttributes>();
}

/** Where new nodes start: around `anchor` when given (an expanded node), else scattered. */
export interface Placement {
  anchor?: { x: number; y: number };
  spread: number;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: number;
  /** The graph's key of each view edge id (an already drawn edge between the same ends of the same type keeps its key). */
  edgeKeys: Map<string, string>;
}

function relationKey(source: string, target: string, relation: string): string {
  return `${source}\u0000${target}\u0000${relation}`;
}

/**
 * Adds the view's nodes and edges that the graph does not have yet. An edge is "had" when its id
 * is drawn, or when an edge drawn before this merge has the same ends and type (two queries may
 * name one relationship differently); edges within one view are all kept, so a first load draws
 * exactly what the API returned. Throws before changing anything, quoting the edge, when an edge end is neither in
 * the view nor drawn.
 */
export function mergeGraphView(graph: ExplorerGraph, view: GraphView, placement: Placement): MergeResult {
  const viewNodes = new Set(view.nodes.map((node) => node.id));
  for (const edge of view.edges) {
    for (const end of [edge.source, edge.target]) {
      if (!viewNodes.has(end) && !graph.hasNode(end)) {
        throw new Error(
          `The API's edge "${edge.id}" (${edge.type}) points at node "${end}", which it did not return: expected every edge end among the nodes.`,
        );
      }
    }
  }
  const addedNodes: string[] = [];
  const edgeKeys = new Map<string, string>();
  let addedEdges = 0;
  for (const node of view.nodes) {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, { label: node.label, kind: node.kind });
      continue;
    }
    const style = styleOfKind(node.kind);
    const angle = Math.random() * 2 * Math.PI;
    const radius = placement.spread * Math.sqrt(Math.random());
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      x: (placement.anchor?.x ?? 0) + radius * Math.cos(angle),
      y: (placement.anchor?.y ?? 0) + radius * Math.sin(angle),
      size: style.baseSize,
      color: style.color,
      type: style.shape,
    });
    addedNodes.push(node.id);
  }
  const existing = new Map<string, string>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (!attributes.hiddenPath) existing.set(relationKey(source, target, attributes.relation), key);
  });
  for (const edge of view.edges) {
    if (graph.hasEdge(edge.id)) {
      edgeKeys.set(edge.id, edge.id);
      continue;
    }
    const same = existing.get(relationKey(edge.source, edge.target, edge.type));
    if (same !== undefined) {
      edgeKeys.set(edge.id, same);
      continue;
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relation: edge.type,
      size: 1,
      color: edgeColor,
    });
    edgeKeys.set(edge.id, edge.id);
    addedEdges += 1;
  }
  return { addedNodes, addedEdges, edgeKeys };
}

/**
 * Node size by degree (relationships only): the kind's base size plus a bonus growing with √degree, capped, all scaled
 * down for large graphs (from 1 up to ~150 nodes to 0.45 from ~700) so they do not cover each other.
 */
export function sizeByDegree(graph: ExplorerGraph): void {
  const scale = Math.max(0.45, Math.min(1, 12 / Math.sqrt(graph.order)));
  const degree = (node: string) =>
    graph.reduceEdges(node, (sum, _edge, attributes) => (attributes.hiddenPath ? sum : sum + 1), 0);
  // No update hints: sigma would then repaint only known nodes, and these may be new.
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    size: scale * (styleOfKind(attributes.kind).baseSize + Math.min(14, 1.1 * Math.sqrt(degree(node)))),
  }));
}
