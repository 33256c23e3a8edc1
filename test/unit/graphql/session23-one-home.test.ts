import { describe, expect, it } from 'vitest';
import {
  companyInGroup,
  MAX_PARENT_DEPTH,
  roleInCompanyGroup,
  roleInCompanyGroupFromRole,
} from '../../../src/graph/model.js';

// Issue 9: "at a company, its subsidiaries included" is one walk (src/graph/model.ts), written
// from either end; these tests catch the two ends drifting apart.

/**
 * A Cypher path pattern read from its other end: the same paths, `(a)-[:R]->(b)` read as
 * `(b)<-[:R]-(a)`. Only what these patterns hold: nodes and single relationship patterns.
 */
function reversed(pattern: string): string {
  const matches = [...pattern.matchAll(/\(([^()]*)\)|(<-|-)\[([^\]]*)\](->|-)/g)];
  // Every character of the pattern is in a part: nothing was skipped.
  expect(matches.map((match) => match[0]).join('')).toBe(pattern);
  return matches
    .map((match) =>
      match[1] !== undefined
        ? `(${match[1]})`
        : `${match[4] === '->' ? '<-' : '-'}[${match[3]}]${match[2] === '<-' ? '->' : '-'}`,
    )
    .reverse()
    .join('');
}

describe('the walk from a company to the roles at it or its subsidiaries', () => {
  it('is the same paths written from the role as from the company', () => {
    expect(reversed(roleInCompanyGroupFromRole('r', 'c'))).toBe(roleInCompanyGroup('c', 'r'));
    expect(reversed(roleInCompanyGroupFromRole('', 'c:Company'))).toBe(roleInCompanyGroup('c:Company'));
  });

  it('goes down PART_OF from zero steps to the catalogue’s depth, then to the roles AT the member', () => {
    expect(roleInCompanyGroup('c', 'r')).toBe(
      `(c)<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(:Company)<-[:AT]-(r:Role)`,
    );
    expect(roleInCompanyGroup('c').startsWith(companyInGroup('c'))).toBe(true);
    expect(companyInGroup('c', 'f')).toBe(`(c)<-[:PART_OF*0..${MAX_PARENT_DEPTH}]-(f:Company)`);
  });

  it('a reader that skipped a part of a pattern would say so', () => {
    expect(() => reversed('(a)-[:R]->(b)-->(c)')).toThrow();
  });
});
