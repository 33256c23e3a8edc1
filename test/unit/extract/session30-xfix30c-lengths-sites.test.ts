import { describe, expect, it } from 'vitest';
import {
  DURATION,
  lengthBeside,
  lengthOfTimeOnly,
  lineInfo,
  siteAfterPlace,
} from '../../../src/extract/entries.js';
import { modelLines } from '../../../src/extract/line-model.js';
import { typicalSpacing } from '../../../src/extract/read-pdf.js';

/**
 * Job portals' lines: one test of a length of time alone, a place and a web address parted in one pass, and the
 * least line spacing a short page's text can have.
 */

const line = (text: string) => modelLines([{ text }])[0] as ReturnType<typeof modelLines>[number];

describe('lengthOfTimeOnly: a length of time and nothing else', () => {
  it('reads lengths with their brackets and separators', () => {
    expect(lengthOfTimeOnly('3 years 4 months')).toBe(true);
    expect(lengthOfTimeOnly('(5 yrs)')).toBe(true);
    expect(lengthOfTimeOnly('· 7 mos')).toBe(true);
    expect(lengthOfTimeOnly('1 year, 2 months')).toBe(true);
  });

  it('reads no length in a dash, a dot, brackets or nothing', () => {
    for (const text of ['-', '·', '()', '', '  ', '| -']) expect(lengthOfTimeOnly(text)).toBe(false);
  });

  it('reads no length with other words beside it', () => {
    expect(lengthOfTimeOnly('3 years at Ostrava Steel')).toBe(false);
    expect(lengthOfTimeOnly('Team lead (2 yrs)')).toBe(false);
  });

  it('answers the same whatever the shared pattern was last used on', () => {
    DURATION.lastIndex = 5;
    expect(lengthOfTimeOnly('6 months')).toBe(true);
    DURATION.lastIndex = 3;
    expect(lengthOfTimeOnly('-')).toBe(false);
    expect(lengthOfTimeOnly('6 months')).toBe(true);
  });

  it('makes no "-" or "·" field a length beside a line of text', () => {
    expect(lengthBeside(lineInfo(line('Ran the on-call rota for 2 years  -  Warsaw')))).toBe(false);
    expect(lineInfo(line('-')).durationOnly).toBe(false);
    expect(lineInfo(line('(4 yrs 1 mo)')).durationOnly).toBe(true);
  });

  it('reads a place beside a field its bar or dash leaves empty as what a profile prints about the job', () => {
    expect(lineInfo(line('Porto, Portugal |')).meta).toBe(true);
    expect(lineInfo(line('Porto, Portugal  -')).meta).toBe(true);
    expect(lineInfo(line('Porto, Portugal')).meta).toBe(false);
    expect(lineInfo(line('Porto, Portugal  -  Quillon Labs')).meta).toBe(false);
  });
});

describe('siteAfterPlace: a place, then a web address', () => {
  it('parts the place from the address after a comma or spaces', () => {
    expect(siteAfterPlace('Lisbon, Portugal, www.tagus-freight.pt')).toEqual({ place: 'Lisbon, Portugal' });
    expect(siteAfterPlace('  Lisbon, Portugal    tagus-freight.pt  ')).toEqual({ place: 'Lisbon, Portugal' });
    expect(siteAfterPlace('Lisbon, Portugal')).toBeNull();
    expect(siteAfterPlace('www.tagus-freight.pt')).toBeNull();
    expect(siteAfterPlace(', www.tagus-freight.pt')).toBeNull();
  });

  it('reads a line with a long run of spaces in one pass', () => {
    const spaces = ' '.repeat(20_000);
    expect(siteAfterPlace(`Lisbon, Portugal,${spaces}www.tagus-freight.pt`)).toEqual({
      place: 'Lisbon, Portugal',
    });
    expect(siteAfterPlace(`Lisbon${spaces}x${spaces}Portugal`)).toBeNull();
    expect(siteAfterPlace(`a${spaces}`.repeat(20))).toBeNull();
  });
});

describe("typicalSpacing: a short page's line spacing", () => {
  it('takes the most common distance where one comes three times', () => {
    expect(typicalSpacing([700, 686, 672, 658, 630], 10)).toBe(14);
  });

  it('takes the smallest distance a line of body text can stand at, not a superscript one point up', () => {
    // Distances 1, 13, 14, 22, 14, 26, 20: none three times; 1 is a raised mark beside its line.
    const ys = [700, 699, 686, 672, 650, 636, 610, 590];
    expect(typicalSpacing(ys, 10)).toBe(13);
    expect(typicalSpacing([700, 700.2, 687, 673, 651, 637, 611, 591], 10)).toBe(13);
  });
});
