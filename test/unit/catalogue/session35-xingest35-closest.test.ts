import { distance, closest as referenceClosest } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { closest } from '../../../src/catalogue/did-you-mean.js';

/**
 * Session 35 (xingest35): `closest` skips candidates whose length alone rules them out and still picks what
 * fastest-levenshtein's `closest` picks (the first at the least distance), with that distance.
 */

describe('closest: the first candidate at the least edit distance', () => {
  it('keeps the first of candidates tied at the least distance, of any length', () => {
    // "kotlix" is one edit from "kotlin" (a letter changed) and from "kotli" (a letter dropped).
    expect(closest('kotlix', ['kotli', 'kotlin'])).toEqual(['kotli', 1]);
    expect(closest('kotlix', ['kotlin', 'kotli'])).toEqual(['kotlin', 1]);
  });

  it('finds a nearer candidate after a far one, and stops at an exact match', () => {
    expect(closest('rust', ['elasticsearch', 'rusty', 'rust', 'rust'])).toEqual(['rust', 0]);
    expect(closest('go', ['kubernetes', 'terraform'])).toEqual(['terraform', 8]);
  });

  it('agrees with fastest-levenshtein on every key of a set of built spellings', () => {
    // Words, their prefixes and one-letter variants: many ties at many lengths, in an order that is not by length.
    const words = [
      'react',
      'redux',
      'rust',
      'ruby',
      'rails',
      'reason',
      'kafka',
      'kotlin',
      'go',
      'groovy',
      'graphql',
    ];
    const candidates = words.flatMap((word) => [word, word.slice(0, -1), `${word}s`, `x${word.slice(1)}`]);
    const keys = [...candidates, 'reac', 'rustt', 'kotln', 'grapql', 'r', '', 'typescript', 'goo', 'rub'];
    for (const key of keys) {
      const expected = referenceClosest(key, candidates);
      expect(closest(key, candidates), key).toEqual([expected, distance(key, expected)]);
    }
  });
});
