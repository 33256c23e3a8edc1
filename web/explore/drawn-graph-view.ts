import type { GraphView, GraphViewEdge, GraphViewNode } from '../../src/export/graph-view.js';
import type { Explorer } from './explorer.js';

/**
 * What is drawn (the kind filter applied) as a GraphView with positions, sizes and kind colours,
 * for the GraphML, GEXF and Cytoscape downloads.
 */
export function drawnGraphView(explorer: Explorer): GraphView {
  const graph = explorer.graph;
  const nodes = explorer.drawnNodes().map((id): GraphViewNode => {
    const a = graph.getNodeAttributes(id);
    return {
      id,
      kind: a.kind,
      label: a.label,
      x: round(a.x),
      y: round(a.y),
      size: round(a.size),
      color: a.color,
    };
  });
  const edges = explorer.drawnEdges().map(
    (id): GraphViewEdge => ({
      id,
      source: graph.source(id),
      target: graph.target(id),
      type: graph.getEdgeAttribute(id, 'relation'),
    }),
  );
  return { nodes, edges, truncated: explorer.truncated };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
