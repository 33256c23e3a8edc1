import { describe, expect, it } from 'vitest';
import { slug } from '../../../src/resume/slug.js';

describe('slug', () => {
  it('joins lower-case words with dashes', () => {
    expect(slug('University of Science and Technology of China')).toBe(
      'university-of-science-and-technology-of-china',
    );
    expect(slug('  Uber ATG ')).toBe('uber-atg');
    expect(slug('Node.js')).toBe('node-js');
  });

  it('keeps C, C++ and C# apart', () => {
    expect(new Set([slug('C'), slug('C++'), slug('C#')])).toEqual(new Set(['c', 'cpp', 'csharp']));
  });

  it('drops accents and spells out &', () => {
    expect(slug('École Polytechnique')).toBe('ecole-polytechnique');
    expect(slug('R & D')).toBe('r-and-d');
  });

  it('is never empty', () => {
    expect(slug('!!!')).toMatch(/^x[0-9a-f]{8}$/);
    expect(slug('!!!')).not.toBe(slug('???'));
  });
});
