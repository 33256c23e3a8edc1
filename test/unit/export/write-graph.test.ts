import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../../src/export/graph-view.js';
import { graphViewToGraphology } from '../../../src/export/graph-view-to-graphology.js';
import { toCytoscape } from '../../../src/export/to-cytoscape.js';
import { writeGraph } from '../../../src/export/write-graph.js';

/** Person -HELD-> Role -AT-> Company, with a technology reached twice and XML-hostile labels. */
const view: GraphView = {
  nodes: [
    { id: 'p1', kind: 'PERSON', label: 'Staff Engineer @ Acme & Co <Ltd>' },
    { id: 'r1', kind: 'ROLE', label: 'Staff Engineer' },
    { id: 'acme', kind: 'COMPANY', label: 'Acme "Corp"' },
    { id: 'kubernetes', kind: 'TECHNOLOGY', label: 'Kubernetes' },
  ],
  edges: [
    { id: 'e1', source: 'p1', target: 'r1', type: 'HELD' },
    { id: 'e2', source: 'r1', target: 'acme', type: 'AT' },
    { id: 'e3', source: 'r1', target: 'kubernetes', type: 'USED' },
    { id: 'e4', source: 'p1', target: 'kubernetes', type: 'SKILLED_IN' },
    { id: 'e5', source: 'p1', target: 'kubernetes', type: 'USED' },
  ],
  truncated: false,
};

const drawn: GraphView = {
  nodes: view.nodes.map((node, i) => ({ ...node, x: i * 10.5, y: -i, size: 4 + i, color: '#1f77b4' })),
  edges: view.edges,
};

function expectSameGraph(parsed: MultiDirectedGraph | ReturnType<typeof parseGraphml>, source: GraphView) {
  expect(parsed.order).toBe(source.nodes.length);
  expect(parsed.size).toBe(source.edges.length);
  for (const node of source.nodes) {
    expect(parsed.getNodeAttribute(node.id, 'label')).toBe(node.label);
    expect(parsed.getNodeAttribute(node.id, 'kind')).toBe(node.kind);
  }
  for (const edge of source.edges) {
    expect(parsed.source(edge.id)).toBe(edge.source);
    expect(parsed.target(edge.id)).toBe(edge.target);
    expect(parsed.getEdgeAttribute(edge.id, 'type')).toBe(edge.type);
    expect(parsed.isDirected(edge.id)).toBe(true);
  }
}

describe('writeGraph', () => {
  it('writes GraphML that graphology-graphml parses back to the same nodes, edges and attributes', () => {
    const xml = writeGraph(view, 'graphml');
    expect(xml).toContain('<graphml');
    expectSameGraph(parseGraphml(MultiDirectedGraph, xml), view);
  });

  it('writes GEXF that graphology-gexf parses back to the same nodes, edges and attributes', () => {
    const xml = writeGraph(view, 'gexf');
    expect(xml).toContain('<gexf');
    expectSameGraph(parseGexf(MultiDirectedGraph, xml), view);
  });

  it('keeps positions, sizes and colours in GraphML and GEXF', () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const xml = writeGraph(drawn, format);
      const parsed =
        format === 'graphml' ? parseGraphml(MultiDirectedGraph, xml) : parseGexf(MultiDirectedGraph, xml);
      expectSameGraph(parsed, drawn);
      const first = drawn.nodes[1];
      expect(parsed.getNodeAttributes('r1')).toMatchObject({
        x: first?.x,
        y: first?.y,
        size: first?.size,
        color: '#1f77b4',
      });
    }
  });

  it('writes Cytoscape elements JSON', () => {
    const json = JSON.parse(writeGraph(view, 'cytoscape'));
    expect(json).toEqual(toCytoscape(view));
    expect(json.elements.nodes).toHaveLength(4);
    expect(json.elements.nodes[0]).toEqual({
      data: { id: 'p1', label: 'Staff Engineer @ Acme & Co <Ltd>', kind: 'PERSON' },
    });
    expect(json.elements.edges[2]).toEqual({
      data: { id: 'e3', source: 'r1', target: 'kubernetes', type: 'USED' },
    });
    const positioned = toCytoscape(drawn).elements.nodes[2];
    expect(positioned).toEqual({
      data: { id: 'acme', label: 'Acme "Corp"', kind: 'COMPANY', size: 6, color: '#1f77b4' },
      position: { x: 21, y: -2 },
    });
  });

  it('writes the GraphView itself as JSON', () => {
    expect(JSON.parse(writeGraph(view, 'json'))).toEqual(view);
  });

  it('says in every format that a view was cut short, and why', () => {
    const description = "Cut short: it holds the 4 best-connected of the graph's 9 nodes.";
    const cut: GraphView = { ...view, truncated: true, description };
    for (const format of ['graphml', 'gexf'] as const) {
      const xml = writeGraph(cut, format);
      const parsed =
        format === 'graphml' ? parseGraphml(MultiDirectedGraph, xml) : parseGexf(MultiDirectedGraph, xml);
      expectSameGraph(parsed, cut);
      expect(parsed.getAttributes(), format).toMatchObject({
        truncated: format === 'graphml' ? true : 'true',
        description,
      });
    }
    expect(JSON.parse(writeGraph(cut, 'cytoscape')).data).toEqual({ truncated: true, description });
    expect(JSON.parse(writeGraph(cut, 'json'))).toEqual(cut);
    // A whole view carries no such mark.
    expect(graphViewToGraphology(view).getAttributes()).toEqual({});
    expect(JSON.parse(writeGraph(view, 'cytoscape')).data).toBeUndefined();
  });

  it('rejects an unknown format, naming it and the known ones', () => {
    expect(() => writeGraph(view, 'dot' as never)).toThrow(
      'Unknown graph format "dot": expected one of graphml, gexf, cytoscape, json.',
    );
  });
});

describe('graphViewToGraphology', () => {
  it('keys nodes and edges by their ids and keeps parallel edges of different types', () => {
    const graph = graphViewToGraphology(view);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(5);
    expect(graph.edges('p1', 'kubernetes').sort()).toEqual(['e4', 'e5']);
    expect(graph.getEdgeAttributes('e4')).toEqual({ type: 'SKILLED_IN' });
  });

  it('rejects an edge whose end is not a node of the view', () => {
    const broken: GraphView = {
      nodes: view.nodes,
      edges: [{ id: 'x', source: 'p1', target: 'nope', type: 'AT' }],
    };
    expect(() => graphViewToGraphology(broken)).toThrow(
      'GraphView edge "x" (AT) points at node "nope", which is not among the 4 nodes',
    );
  });

  it('rejects duplicate node ids', () => {
    const broken: GraphView = {
      nodes: [...view.nodes, { id: 'p1', kind: 'PERSON', label: 'again' }],
      edges: [],
    };
    expect(() => graphViewToGraphology(broken)).toThrow('GraphView node id "p1" appears twice');
  });
});
