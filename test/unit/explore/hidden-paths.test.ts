import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { pathsThroughHidden } from '../../../web/explore/hidden-paths.js';

/**
 * Two people with two roles at one company: p1's role used Kafka and Java, p2's Kafka; p2 also
 * lists Kafka as a skill (a direct edge) and Go through a project of their role.
 */
function careers() {
  const graph = new MultiDirectedGraph<{ kind: string }>();
  const nodes: [string, string][] = [
    ['p1', 'PERSON'],
    ['p2', 'PERSON'],
    ['r1', 'ROLE'],
    ['r2', 'ROLE'],
    ['acme', 'COMPANY'],
    ['kafka', 'TECHNOLOGY'],
    ['java', 'TECHNOLOGY'],
    ['go', 'TECHNOLOGY'],
    ['billing', 'PROJECT'],
  ];
  for (const [id, kind] of nodes) graph.addNode(id, { kind });
  for (const [source, target] of [
    ['p1', 'r1'],
    ['p2', 'r2'],
    ['r1', 'acme'],
    ['r2', 'acme'],
    ['r1', 'kafka'],
    ['r1', 'java'],
    ['r2', 'kafka'],
    ['r2', 'billing'],
    ['billing', 'go'],
    ['p2', 'kafka'],
  ] as const) {
    graph.addDirectedEdge(source, target);
  }
  const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind');
  const shown = (kinds: string[]) => (node: string) => kinds.includes(kindOf(node));
  return { graph, shown, kindOf };
}

describe('pathsThroughHidden', () => {
  it('joins people and technologies through the roles that used them, once per pair', () => {
    const { graph, shown, kindOf } = careers();
    expect(pathsThroughHidden(graph, shown(['PERSON', 'TECHNOLOGY']), kindOf)).toEqual([
      // Not Java and Kafka, used together in r1: the same kind.
      { source: 'java', target: 'p1', via: ['r1'] },
      { source: 'kafka', target: 'p1', via: ['r1'] },
      // p2 -> kafka is drawn already (a skill); Go is two hidden nodes away (role, project).
    ]);
  });

  it('joins people and their company through their roles, but not colleagues through the company', () => {
    const { graph, shown, kindOf } = careers();
    expect(pathsThroughHidden(graph, shown(['PERSON', 'COMPANY']), kindOf)).toEqual([
      { source: 'acme', target: 'p1', via: ['r1'] },
      { source: 'acme', target: 'p2', via: ['r2'] },
    ]);
  });

  it('lists every hidden node a pair is joined through', () => {
    const { graph, shown, kindOf } = careers();
    graph.addNode('r3', { kind: 'ROLE' });
    graph.addDirectedEdge('p1', 'r3');
    graph.addDirectedEdge('r3', 'acme');
    expect(pathsThroughHidden(graph, shown(['PERSON', 'COMPANY']), kindOf)[0]).toEqual({
      source: 'acme',
      target: 'p1',
      via: ['r1', 'r3'],
    });
  });

  it('draws nothing when every kind is shown', () => {
    const { graph, kindOf } = careers();
    expect(pathsThroughHidden(graph, () => true, kindOf)).toEqual([]);
  });
});
