import { describe, expect, it } from 'vitest';
import { type GraphClick, isDoubleClick } from '../../../web/explore/click-rule.js';

const first: GraphClick = { target: 'kubernetes', x: 100, y: 100, time: 1000 };

describe('what is a double-click on the graph', () => {
  it('is a second click on the same node, within 300 ms and 8 pixels', () => {
    expect(isDoubleClick(first, { ...first, time: 1300 })).toBe(true);
    expect(isDoubleClick(first, { ...first, x: 104, y: 106, time: 1150 })).toBe(true);
    const stage = { target: null, x: 10, y: 10, time: 0 };
    expect(isDoubleClick(stage, { ...stage, time: 200 })).toBe(true);
  });

  it('is not two quick clicks on different nodes, or on a node and the stage', () => {
    expect(isDoubleClick(first, { target: 'java', x: 100, y: 100, time: 1100 })).toBe(false);
    expect(isDoubleClick(first, { target: null, x: 100, y: 100, time: 1100 })).toBe(false);
    expect(isDoubleClick({ ...first, target: null }, { ...first, time: 1100 })).toBe(false);
  });

  it('is not two clicks far apart in time or space, nor a first click', () => {
    expect(isDoubleClick(first, { ...first, time: 1301 })).toBe(false);
    expect(isDoubleClick(first, { ...first, x: 109, time: 1100 })).toBe(false);
    expect(isDoubleClick(first, { ...first, time: 900 })).toBe(false);
    expect(isDoubleClick(undefined, first)).toBe(false);
  });
});
