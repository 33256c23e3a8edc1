import type { AbstractGraph } from 'graphology-types';

/** Two shown nodes joined through hidden ones: drawn as one edge of its own look. */
export interface HiddenPath {
  source: string;
  target: string;
  /** The hidden nodes between them (one per path), sorted. */
  via: string[];
}

/**
 * The pairs of shown nodes that a hidden node joins: a person and a technology through the role
 * that used it, a person and a company through the role held there. One hop through one hidden
 * node only, so that a hidden company (whose roles join everyone who worked there) does not
 * draw every pair of its employees' technologies; and between nodes of different kinds only, as
 * the technologies one role used together would otherwise wrap the people's paths in a mesh.
 * Each pair once, ends in id order, whatever the edges' directions; none for a pair an edge
 * already joins.
 */
export function pathsThroughHidden(
  graph: AbstractGraph,
  isShown: (node: string) => boolean,
  kindOf: (node: string) => string,
): HiddenPath[] {
  const byPair = new Map<string, HiddenPath>();
  graph.forEachNode((hidden) => {
    if (isShown(hidden)) return;
    const ends = graph.neighbors(hidden).filter(isShown).sort();
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const source = ends[i] as string;
        const target = ends[j] as string;
        if (kindOf(source) === kindOf(target) || graph.areNeighbors(source, target)) continue;
        const key = `${source}\u0000${target}`;
        const path = byPair.get(key) ?? { source, target, via: [] };
        path.via.push(hidden);
        byPair.set(key, path);
      }
    }
  });
  return [...byPair.values()]
    .map((path) => ({ ...path, via: path.via.sort() }))
    .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
