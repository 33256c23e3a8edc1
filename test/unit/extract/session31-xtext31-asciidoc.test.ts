import { describe, expect, it } from 'vitest';
import { readOutline } from '../../../src/extract/outline.js';
import { roleRows } from './extract-text.js';

/** Session 31: an AsciiDoc source saved as text, its section titles read as headings. */

describe('readOutline on an AsciiDoc source', () => {
  it('reads "= Name", "== Section" and "=== Entry" as headings 1 to 3 and attribute entries as labelled lines', () => {
    const out = readOutline(
      [
        '= Maren Solberg',
        ':email: maren@example.no',
        ':toc:',
        '',
        '== Experience',
        '=== Developer, Vipps',
      ].map((text) => ({ text })),
    ).map((line) => [line.text, line.heading ?? 0]);
    expect(out).toEqual([
      ['  Maren Solberg', 1],
      [' email: maren@example.no', 0],
      ['', 0],
      ['', 0],
      ['   Experience', 2],
      ['    Developer, Vipps', 3],
    ]);
  });

  it('leaves a document with one "== " line or none as it is', () => {
    const lines = ['Maren Solberg', '== not a section ==', 'a == b'].map((text) => ({ text }));
    expect(readOutline(lines)).toEqual(lines);
  });

  it('reads "=== Title, Employer" over "_City · dates_" as the position', async () => {
    expect(
      await roleRows(
        [
          '= Maren Solberg',
          ':email: maren@example.no',
          '',
          '== Experience',
          '',
          '=== Backend Developer, Vipps',
          '_Oslo · May 2020 – present_',
          '',
          '* Kotlin services.',
          '',
          '=== Teaching Assistant, University of Bergen',
          '_Bergen · 2017 – 2019_',
          '',
          '* Ran the Haskell labs.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Vipps', 'Backend Developer', '2020-05', 'present'],
      ['University of Bergen', 'Teaching Assistant', '2017', '2019'],
    ]);
  });
});
