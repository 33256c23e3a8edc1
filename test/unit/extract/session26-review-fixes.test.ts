/**
 * Session 26's review of the session's merged extractor and catalogue rules: answers the new rules changed for the
 * worse, and inputs on which they took time quadratic in the line, on constructed input (invented people and
 * employers), each pinned here.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { blockOpener } from '../../../src/extract/markdown-blocks.js';
import { toldRoles } from '../../../src/extract/promotions.js';
import { extractText, schools } from './extract-text.js';

describe('a bare "School of …" under a university line that names its degree is a school of its own', () => {
  it('keeps two entries, and still reads a named college under its university as the university', async () => {
    const two = await extractText(
      [
        'Odile Varga',
        '',
        'EDUCATION',
        '',
        'Columbia University - BA Economics',
        'School of Visual Arts - Certificate in Graphic Design',
      ].join('\n'),
    );
    expect(schools(two).map((school) => school.institution)).toEqual([
      'Columbia University',
      'School of Visual Arts',
    ]);
    const one = await extractText(
      [
        'Odile Varga',
        '',
        'EDUCATION',
        '',
        'The Ohio State University, BS in Information Systems',
        'Fisher College of Business; minor in Accounting',
      ].join('\n'),
    );
    expect(schools(one).map((school) => school.institution)).toEqual(['The Ohio State University']);
  });
});

describe('an admonition opener needs a quoted title or an admonition type', () => {
  it('reads "!!! note" and \'!!! tip "Title"\' as openers and "!!! Available immediately" as text', () => {
    expect(blockOpener('!!! note')).toEqual({ markup: [4, 8] });
    expect(blockOpener('!!! tip "Earlier work"')).toEqual({ markup: [9, 21] });
    expect(blockOpener('!!! Available immediately')).toBeNull();
  });
});

describe('the rules read a long line in one pass', () => {
  // Quadratic versions took seconds (blockOpener) and over a minute (toldRoles) on these, past the unit tier's
  // timeout; no time is asserted.
  it('reads a 50,000-character admonition-like line and a long run of told roles', () => {
    expect(blockOpener(`!!! a${' '.repeat(50_000)}x!`)).toBeNull();
    expect(blockOpener(`!!!${' '.repeat(50_000)}!`)).toBeNull();
    expect(toldRoles('Started as Engineer (2013) and '.repeat(1_666))).toBeNull();
    expect(toldRoles('Started as Engineer (2013) stuff. '.repeat(1_470))).toBeNull();
  });
});

describe('the catalogue keeps what it had', () => {
  it('still knows tvOS and Tizen, and tells Shaka Packager, BrightScript and AVX-512 apart', async () => {
    const catalogue = await loadCatalogue();
    expect(catalogue.technologies.find('tvOS')?.id).toBe('tvos');
    expect(catalogue.technologies.find('Tizen')?.id).toBe('tizen');
    expect(catalogue.technologies.find('Shaka Packager')?.id).toBe('shaka-packager');
    expect(catalogue.technologies.find('BrightScript')?.id).toBe('brightscript');
    expect(catalogue.technologies.find('AVX-512')?.id).toBe('avx-512');
  });
});
