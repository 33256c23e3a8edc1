import { describe, expect, it } from 'vitest';
import { coUseEdges, landscapeCommunities } from '../../../src/career/landscape.js';

const edge = (source: string, target: string, weight: number) => ({ source, target, weight });

describe('landscapeCommunities', () => {
  it('splits two triangles joined by one light edge, numbering by first member', () => {
    const { community, count } = landscapeCommunities(
      ['x', 'a', 'b', 'c', 'y', 'z'],
      [
        edge('a', 'b', 5),
        edge('a', 'c', 5),
        edge('b', 'c', 5),
        edge('x', 'y', 5),
        edge('x', 'z', 5),
        edge('y', 'z', 5),
        edge('c', 'x', 1),
      ],
    );
    expect(count).toBe(2);
    expect(Object.fromEntries(community)).toEqual({ x: 0, y: 0, z: 0, a: 1, b: 1, c: 1 });
  });

  it('gives a technology with no co-use a community of its own, and an empty graph none', () => {
    expect(
      Object.fromEntries(landscapeCommunities(['a', 'b', 'lone'], [edge('a', 'b', 1)]).community),
    ).toEqual({
      a: 0,
      b: 0,
      lone: 1,
    });
    expect(landscapeCommunities([], [])).toEqual({ community: new Map(), count: 0 });
  });

  it('is deterministic: a ring of cliques gives one partition on every run', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const edges = [];
    for (let i = 0; i < 40; i++) {
      for (let j = i + 1; j < 40; j++) {
        if (Math.floor(i / 5) === Math.floor(j / 5)) edges.push(edge(ids[i] as string, ids[j] as string, 3));
      }
      if (i % 5 === 4) edges.push(edge(ids[i] as string, ids[(i + 1) % 40] as string, 1));
    }
    const first = landscapeCommunities(ids, edges);
    // Eight 5-cliques of weight 3 joined in a ring by single light edges: each clique is one community.
    expect(first.count).toBe(8);
    ids.forEach((id, i) => {
      expect(first.community.get(id), id).toBe(Math.floor(i / 5));
    });
    for (let run = 0; run < 5; run++) expect(landscapeCommunities(ids, edges)).toEqual(first);
  });
});

describe('coUseEdges', () => {
  it('weighs a pair by the roles and projects whose set holds both, heaviest first, then by ids', () => {
    // Shown in popularity order; positions index this list. Sets: 2 roles used {go, kafka, react},
    // 1 used {kafka, go} (positions in another order), 3 used {react, aws}.
    const ids = ['react', 'kafka', 'go', 'aws'];
    expect(
      coUseEdges(ids, [
        { members: [0, 1, 2], count: 2 },
        { members: [2, 1], count: 1 },
        { members: [3, 0], count: 3 },
      ]),
    ).toEqual([
      { source: 'aws', target: 'react', weight: 3 },
      { source: 'go', target: 'kafka', weight: 3 },
      { source: 'go', target: 'react', weight: 2 },
      { source: 'kafka', target: 'react', weight: 2 },
    ]);
  });

  it('counts a technology repeated in one set once, and gives no edge for a set of one', () => {
    expect(
      coUseEdges(
        ['a', 'b'],
        [
          { members: [0, 0, 1], count: 1 },
          { members: [1], count: 4 },
        ],
      ),
    ).toEqual([{ source: 'a', target: 'b', weight: 1 }]);
    expect(coUseEdges([], [])).toEqual([]);
  });

  it('rejects a position outside the technologies shown, naming it', () => {
    expect(() => coUseEdges(['a', 'b'], [{ members: [0, 2], count: 1 }])).toThrow(
      'coUseEdges: position 2 is not one of the 2 technologies shown.',
    );
  });
});
