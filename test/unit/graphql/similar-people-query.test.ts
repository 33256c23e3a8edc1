import { describe, expect, it } from 'vitest';
import {
  SIMILAR_CANDIDATES_SCORED,
  SIMILAR_USERS_READ,
  similarPeopleCypher,
  similarPeopleQuery,
} from '../../../src/graphql/queries/similar-people.js';

describe('similarPeopleCypher', () => {
  it('is the shipped query with the shipped bounds', () => {
    expect(similarPeopleCypher(SIMILAR_USERS_READ, SIMILAR_CANDIDATES_SCORED)).toEqual(similarPeopleQuery);
    expect(similarPeopleQuery.text).toContain(`<= ${SIMILAR_USERS_READ}]`);
    expect(similarPeopleQuery.text).toContain(`LIMIT ${SIMILAR_CANDIDATES_SCORED}\n`);
  });

  it('writes other bounds into the text, and refuses bounds that are not whole numbers of at least 1', () => {
    const wide = similarPeopleCypher(1_000_000_000, 5_000);
    expect(wide.text).toContain('<= 1000000000]');
    expect(wide.text).toContain('LIMIT 5000\n');
    expect(() => similarPeopleCypher(0, 200)).toThrow(
      'similarPeopleCypher: usersRead is 0; expected a whole number of at least 1.',
    );
    expect(() => similarPeopleCypher(10_000, 2.5)).toThrow(
      'similarPeopleCypher: candidatesScored is 2.5; expected a whole number of at least 1.',
    );
  });
});
