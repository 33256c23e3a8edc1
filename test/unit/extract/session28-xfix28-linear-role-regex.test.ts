import { describe, expect, it } from 'vitest';
import { FROM_TO, toldRoles } from '../../../src/extract/promotions.js';
import { titleScore } from '../../../src/extract/vocabulary.js';

/** Session 28 (audit): "<role> in <field>", "<title> to <title>" and a told title read a long run of blanks once. */

const BLANKS = ' '.repeat(20_000);

describe('titleScore: "<role> in <field>" on a long line', () => {
  it('reads a role and its field apart over 20,000 spaces', () => {
    expect(titleScore(`Software Engineer${BLANKS}in Test`)).toBe(1);
  });

  it('finds no title in two words 20,000 spaces apart', () => {
    expect(titleScore(`a${BLANKS}x`)).toBe(0);
    expect(titleScore(`a${BLANKS}\t${BLANKS}x`)).toBe(0);
  });
});

describe('FROM_TO: the two titles of a promotion on a long line', () => {
  it('splits at "to" after 20,000 spaces', () => {
    const found = FROM_TO.exec(`Junior Buyer${BLANKS}to Category Buyer`);
    expect([found?.[1], found?.[2]]).toEqual(['Junior Buyer', 'Category Buyer']);
  });

  it('finds no pair when no "to" stands between the blanks', () => {
    expect(FROM_TO.exec(`a${BLANKS}x`)).toBeNull();
  });
});

describe('toldRoles on a long line', () => {
  it('reads the title told before 20,000 spaces and its date', () => {
    expect(toldRoles(`Promoted to Platform Lead${BLANKS}in June 2021.`)).toEqual({
      earlier: { title: null, from: null, to: { year: 2021, month: 6, day: null } },
      later: { title: 'Platform Lead', from: { year: 2021, month: 6, day: null }, to: null },
      at: 0,
    });
  });

  it('tells no roles when 20,000 spaces part a title from the next', () => {
    expect(toldRoles(`Promoted from Junior Buyer${BLANKS}to Category Buyer in May 2019.`)).toBeNull();
  });
});
