import { describe, expect, it } from 'vitest';
import {
  SIMILAR_BUDGETS,
  SIMILAR_CANDIDATES_SCORED,
  SIMILAR_USERS_READ,
  similarPeopleCypher,
  similarPeopleQuery,
} from '../../../src/graphql/queries/similar-people.js';

describe('similarPeopleCypher', () => {
  it('is the shipped query with the shipped budgets', () => {
    expect(similarPeopleCypher(SIMILAR_BUDGETS)).toEqual(similarPeopleQuery);
    expect(similarPeopleQuery.text).toContain(`<= ${SIMILAR_USERS_READ}]`);
    // Stage 1 keeps one candidate past those it scores: the best bound left unscored.
    expect(similarPeopleQuery.text).toContain(`LIMIT ${SIMILAR_CANDIDATES_SCORED + 1}\n`);
    expect(similarPeopleQuery.text).toContain(`ranked1[0..${SIMILAR_CANDIDATES_SCORED}]`);
  });

  it('writes other budgets into the text; exactOnly reads every technology in stage 1', () => {
    const wide = similarPeopleCypher({ usersRead: 30_000, candidatesScored: 5_000 });
    expect(wide.text).toContain('<= 30000]');
    expect(wide.text).toContain('LIMIT 5001\n');
    const exact = similarPeopleCypher(SIMILAR_BUDGETS, true);
    expect(exact.text).toContain('size(users) AS taken1');
    expect(exact.text).not.toContain(`<= ${SIMILAR_USERS_READ}]`);
    expect(exact.text).not.toContain('ranked1');
  });

  it('refuses budgets that are not whole numbers from 1 to 10^9', () => {
    expect(() => similarPeopleCypher({ ...SIMILAR_BUDGETS, usersRead: 0 })).toThrow(
      'similarPeopleCypher: usersRead is 0; expected a whole number from 1 to 1000000000.',
    );
    expect(() => similarPeopleCypher({ ...SIMILAR_BUDGETS, candidatesScored: 2.5 })).toThrow(
      'similarPeopleCypher: candidatesScored is 2.5; expected a whole number from 1 to 1000000000.',
    );
    expect(() => similarPeopleCypher({ ...SIMILAR_BUDGETS, usersRead: 2e9 })).toThrow(
      'similarPeopleCypher: usersRead is 2000000000; expected a whole number from 1 to 1000000000.',
    );
  });
});
