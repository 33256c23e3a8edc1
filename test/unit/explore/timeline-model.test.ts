import { describe, expect, it } from 'vitest';
import { monthNumber } from '../../../src/graph/months.js';
import { barPlacement, buildTimeline, type TimelineRole } from '../../../web/explore/timeline-model.js';

const role = (
  id: string,
  startDate: string | null,
  endDate: string | null,
  current = false,
): TimelineRole => ({
  id,
  title: `Title ${id}`,
  startDate,
  endDate,
  current,
  company: { name: 'Acme' },
  technologies: [{ id: 'go', name: 'Go' }],
});

describe('buildTimeline', () => {
  const now = monthNumber(2024, 6);

  it('places roles earliest first: a year alone spans January to December, a current role ends now', () => {
    const timeline = buildTimeline(
      [
        role('late', '2022-03', null, true),
        role('year', '2019', '2019'),
        role('months', '2020-02', '2021-11'),
      ],
      now,
    );
    expect(timeline.bars.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: 'year', from: '2019-01', to: '2019-12' },
      { id: 'months', from: '2020-02', to: '2021-11' },
      { id: 'late', from: '2022-03', to: '2024-06' },
    ]);
    expect(timeline.years).toEqual({ first: 2019, last: 2024 });
    expect(timeline.bars[0]?.technologies).toEqual(['Go']);
    expect(timeline.undated).toEqual([]);
  });

  it('lists roles without an interval apart instead of drawing them', () => {
    const timeline = buildTimeline(
      [role('nostart', null, '2020'), role('noend', '2020', null), role('ok', '2021', '2021')],
      now,
    );
    expect(timeline.bars.map((bar) => bar.id)).toEqual(['ok']);
    expect(timeline.undated.map((entry) => entry.id)).toEqual(['nostart', 'noend']);
    expect(buildTimeline([role('nostart', null, null)], now).years).toBeUndefined();
  });

  it('places a bar by months from January of the first year', () => {
    const timeline = buildTimeline([role('a', '2020', '2020'), role('b', '2021-07', '2021-12')], now);
    const [a, b] = timeline.bars;
    const years = timeline.years as { first: number; last: number };
    expect(a && barPlacement(a, years)).toEqual({ left: 0, width: 50 });
    expect(b && barPlacement(b, years)).toEqual({ left: 75, width: 25 });
  });
});
