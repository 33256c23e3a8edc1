import type { GraphView } from './graph-view.js';

export interface CytoscapeNode {
  data: { id: string; label: string; kind: string; size?: number; color?: string };
  position?: { x: number; y: number };
}

export interface CytoscapeEdge {
  data: { id: string; source: string; target: string; type: string };
}

/** Cytoscape.js / Cytoscape desktop "elements" JSON (what `cy.json()` reads); `data` is the graph's own. */
export interface CytoscapeJson {
  data?: { truncated?: boolean; description?: string };
  elements: { nodes: CytoscapeNode[]; edges: CytoscapeEdge[] };
}

export function toCytoscape(view: GraphView): CytoscapeJson {
  const nodes = view.nodes.map((node): CytoscapeNode => {
    const element: CytoscapeNode = { data: { id: node.id, label: node.label, kind: node.kind } };
    if (node.size !== undefined) element.data.size = node.size;
    if (node.color !== undefined) element.data.color = node.color;
    if (node.x !== undefined && node.y !== undefined) element.position = { x: node.x, y: node.y };
    return element;
  });
  const edges = view.edges.map(
    (edge): CytoscapeEdge => ({
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
    }),
  );
  const data = {
    ...(view.truncated ? { truncated: true } : {}),
    ...(view.description ? { description: view.description } : {}),
  };
  return Object.keys(data).length > 0 ? { data, elements: { nodes, edges } } : { elements: { nodes, edges } };
}
