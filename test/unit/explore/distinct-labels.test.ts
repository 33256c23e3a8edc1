import { describe, expect, it } from 'vitest';
import { distinctLabels } from '../../../web/explore/distinct-labels.js';

describe('distinctLabels', () => {
  it('adds the id to the labels that appear more than once, and only to those', () => {
    const labels = distinctLabels([
      { id: 'b0bdae752341232c', label: 'Software Engineer' },
      { id: '493100191bcfc980', label: 'Staff Software Engineer' },
      { id: 'twin-engineer', label: 'Software Engineer' },
    ]);
    expect([...labels]).toEqual([
      ['b0bdae752341232c', 'Software Engineer (b0bdae752341232c)'],
      ['493100191bcfc980', 'Staff Software Engineer'],
      ['twin-engineer', 'Software Engineer (twin-engineer)'],
    ]);
  });

  it('tells apart labels that differ only in case as they are: different', () => {
    expect([
      ...distinctLabels([
        { id: 'a', label: 'SRE' },
        { id: 'b', label: 'Sre' },
      ]).values(),
    ]).toEqual(['SRE', 'Sre']);
  });
});
