import { describe, expect, it } from 'vitest';
import { greedyTeam } from '../../../src/career/team.js';

const person = (id: string, score: number, covered: string[]) => ({ id, score, covered });

describe('greedyTeam', () => {
  it('takes the widest new cover first, not the highest score', () => {
    const team = greedyTeam(
      ['a', 'b', 'c', 'd'],
      [person('star', 3.9, ['a']), person('wide', 2.1, ['a', 'b', 'c']), person('rest', 1.0, ['d'])],
      3,
    );
    expect(team).toEqual({
      members: [
        { candidate: person('wide', 2.1, ['a', 'b', 'c']), adds: ['a', 'b', 'c'] },
        { candidate: person('rest', 1.0, ['d']), adds: ['d'] },
      ],
      uncovered: [],
    });
  });

  it('breaks equal gains by score, then by id, whatever the input order', () => {
    const candidates = [person('p2', 1, ['a']), person('p1', 1, ['a']), person('p0', 0.5, ['a'])];
    for (const order of [candidates, [...candidates].reverse()]) {
      expect(greedyTeam(['a'], order, 2).members.map((member) => member.candidate.id)).toEqual(['p1']);
    }
  });

  it('stops at the size and when nobody adds anything; uncovered keeps the asked order', () => {
    expect(greedyTeam(['x', 'y', 'z'], [person('p', 1, ['y']), person('q', 1, ['y'])], 3)).toEqual({
      members: [{ candidate: person('p', 1, ['y']), adds: ['y'] }],
      uncovered: ['x', 'z'],
    });
    expect(greedyTeam(['x', 'y'], [person('p', 1, ['x']), person('q', 1, ['y'])], 1).uncovered).toEqual([
      'y',
    ]);
  });
});
