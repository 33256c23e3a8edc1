import { describe, expect, it } from 'vitest';
import { topOperators } from '../../../bench/load-profile.js';

describe('topOperators', () => {
  it('sums an operator over the calls and keeps the most hits first, ties by operator text', () => {
    const first = new Map([
      ['SetRelationshipPropertiesFromMap r += row.props', 40],
      ['Create (a)-[r:USES]->(b)', 5],
      ['Expand(Into) (a)-[anon_0:PART_OF]->(b)', 3],
    ]);
    const second = new Map([
      ['SetRelationshipPropertiesFromMap r += row.props', 2],
      ['Expand(Into) (a)-[anon_0:PART_OF]->(b)', 4],
      ['Create (a)-[r:HELD]->(b)', 7],
    ]);
    expect(topOperators([first, second], 3)).toEqual([
      { operator: 'SetRelationshipPropertiesFromMap r += row.props', dbHits: 42 },
      { operator: 'Create (a)-[r:HELD]->(b)', dbHits: 7 },
      { operator: 'Expand(Into) (a)-[anon_0:PART_OF]->(b)', dbHits: 7 },
    ]);
  });

  it('gives nothing for a limit of 0 or no calls', () => {
    expect(topOperators([new Map([['Merge CREATE (p:Person {id: id})', 9]])], 0)).toEqual([]);
    expect(topOperators([], 5)).toEqual([]);
  });
});
