import { describe, expect, it } from 'vitest';
import { FROM_TO } from '../../../src/extract/promotions.js';
import { titleScore } from '../../../src/extract/vocabulary.js';

/** Session 28 (audit): "<role> in <field>" and "<title> to <title>" read a long run of blanks once. */

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
