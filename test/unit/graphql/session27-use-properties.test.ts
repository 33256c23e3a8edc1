import { describe, expect, it } from 'vitest';
import { usedInTimeOfMap, useProperties } from '../../../src/graphql/queries/connections.js';

// The time-filtered people pages project each USES relationship into a map of the properties the filter reads,
// names taken from the filter's own text: a property the filter read some other way would be null in the map.
describe('the properties of a use the time filter reads', () => {
  it('are every property of the use that the dated-use rule stores', () => {
    expect([...useProperties].sort()).toEqual(
      ['current', 'currentSince', 'firstUsed', 'lastUsed', 'months', 'monthsBeforeCurrent', 'spans'].sort(),
    );
  });

  it('are read by the filter only as use.<name>, so the map holds all it reads', () => {
    expect(usedInTimeOfMap).toMatch(/\buse\.\w+/u);
    expect(usedInTimeOfMap.replace(/\buse\.\w+/gu, '')).not.toMatch(/\buse\b/u);
  });
});
