import { describe, expect, it } from 'vitest';
import { focusedUrl, readUrlState } from '../../../web/explore/url-state.js';

describe('the explorer URL', () => {
  it('gives the whole graph, 500 nodes, every kind and an 8 s layout when it says nothing', () => {
    expect(readUrlState('')).toEqual({
      query: { limit: 500 },
      shownKinds: undefined,
      unknownKinds: [],
      layoutMs: 8000,
    });
  });

  it('reads focus ids, depth, limit and the layout time; kinds are shown, not asked of the API', () => {
    expect(
      readUrlState(
        '?focus=kubernetes&focus=b0bdae752341232c&depth=2&kinds=person,%20Technology&limit=2000&layoutMs=300',
      ),
    ).toEqual({
      query: { focus: ['kubernetes', 'b0bdae752341232c'], depth: 2, limit: 2000 },
      shownKinds: ['PERSON', 'TECHNOLOGY'],
      unknownKinds: [],
      layoutMs: 300,
    });
  });

  it('ignores numbers that are not positive integers, and sets apart kinds it does not know', () => {
    expect(readUrlState('?depth=-1&limit=1.5&layoutMs=abc&kinds=PERSON,ROBOT,&focus=')).toEqual({
      query: { limit: 500 },
      shownKinds: ['PERSON'],
      unknownKinds: ['ROBOT'],
      layoutMs: 8000,
    });
  });

  it('focuses on another entity, keeping the other parameters', () => {
    expect(focusedUrl('http://localhost:4000/explore?focus=a&focus=b&depth=2&kinds=PERSON', 'c d')).toBe(
      'http://localhost:4000/explore?depth=2&kinds=PERSON&focus=c+d',
    );
  });
});
