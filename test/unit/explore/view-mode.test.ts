import { describe, expect, it } from 'vitest';
import { readMinPeople, readRollUp, readView, rollUpUrl, viewUrl } from '../../../web/explore/view-mode.js';

describe('view-mode', () => {
  it('reads ?view=, defaulting to the graph and reporting a name it does not know', () => {
    expect(readView('')).toEqual({ view: 'graph', unknown: undefined });
    expect(readView('?view=landscape&focus=x')).toEqual({ view: 'landscape', unknown: undefined });
    expect(readView('?view=Landscape')).toEqual({ view: 'landscape', unknown: undefined });
    expect(readView('?view=staffing')).toEqual({ view: 'staffing', unknown: undefined });
    expect(readView('?view=timetable')).toEqual({ view: 'graph', unknown: 'timetable' });
  });

  it('writes the view into the URL, keeping the other parameters; the graph needs none', () => {
    expect(viewUrl('http://localhost:4000/explore?focus=a&depth=2', 'landscape')).toBe(
      'http://localhost:4000/explore?focus=a&depth=2&view=landscape',
    );
    expect(viewUrl('http://localhost:4000/explore?view=landscape&focus=a', 'graph')).toBe(
      'http://localhost:4000/explore?focus=a',
    );
  });

  it('reads ?minPeople= as a positive integer, else 1', () => {
    expect(readMinPeople('?minPeople=3')).toBe(3);
    expect(readMinPeople('')).toBe(1);
    expect(readMinPeople('?minPeople=0')).toBe(1);
    expect(readMinPeople('?minPeople=2.5')).toBe(1);
  });

  it('reads ?rollUp= as on for 1 or true, else off, and writes it keeping the other parameters', () => {
    expect(
      ['?rollUp=1', '?rollUp=true', '?rollUp=TRUE', '', '?rollUp=0', '?rollUp=yes'].map(readRollUp),
    ).toEqual([true, true, true, false, false, false]);
    const base = 'http://localhost:4000/explore?view=landscape&minPeople=2';
    const on = rollUpUrl(base, true);
    expect(on).toBe('http://localhost:4000/explore?view=landscape&minPeople=2&rollUp=1');
    expect(rollUpUrl(on, true)).toBe(on);
    expect(rollUpUrl(on, false)).toBe(base);
  });
});
