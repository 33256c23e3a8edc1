import { describe, expect, it } from 'vitest';
import { readOutline } from '../../../src/extract/outline.js';
import { extractText, roleRows, technologiesByPosition } from './extract-text.js';

/**
 * Session 31: an Org-mode CV's ":noexport:" subtrees are the author's notes, save their contact details; its
 * timestamps and ranges of them are dates; its planning lines are no text.
 */

describe('readOutline and ":noexport:"', () => {
  it('blanks a ":noexport:" subtree down to its heading and its contact lines, up to the next heading as high', () => {
    const out = readOutline(
      [
        '#+AUTHOR: Saoirse Nic Aodha',
        '* Contact                :noexport:',
        '  Galway · +353 91 555 0134',
        '  Prefers e-mail.',
        '** Private               ',
        '  Rust meetups on Tuesdays.',
        '* Skills',
        '  Rust, Go',
      ].map((text) => ({ text })),
    ).map((line) => line.text.trim());
    expect(out).toEqual([
      'AUTHOR: Saoirse Nic Aodha',
      'Contact',
      'Galway · +353 91 555 0134',
      '',
      '',
      '',
      'Skills',
      'Rust, Go',
    ]);
  });

  it('names no technology from an unexported note', async () => {
    const result = await extractText(
      [
        '#+TITLE: CV',
        '#+AUTHOR: Saoirse Nic Aodha',
        '#+EMAIL: saoirse@example.org',
        '',
        '* Experience',
        '** Backend Engineer — Intercom',
        '   :PROPERTIES:',
        '   :FROM: <2019-03>',
        '   :TO:   present',
        '   :END:',
        '   - Ruby on Rails and MySQL.',
        '',
        '* Ideas                                                          :noexport:',
        '  Learn Elixir and Kafka some day; Go club on Thursdays.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Intercom', title: 'Backend Engineer', technologies: ['Ruby on Rails', 'MySQL'] },
    ]);
    expect((result.resume.skills ?? []).flatMap((group) => group.keywords ?? [])).toEqual([]);
  });
});

describe('Org timestamps', () => {
  it('reads "<YYYY-MM>--<YYYY-MM>" and "[YYYY-MM-DD Day]--[…]" as ranges, in a drawer or on the heading, and drops planning lines', async () => {
    expect(
      await roleRows(
        [
          '#+TITLE: CV',
          '#+AUTHOR: Tadhg Mac Giolla',
          '',
          '* Experience',
          '** Platform Engineer — Fenergo',
          '   :PROPERTIES:',
          '   :DATES: <2020-02>--<2023-08>',
          '   :END:',
          '   - Terraform modules.',
          '** Teaching Assistant — Maynooth University [2017-09-04 Mon]--[2019-05-31 Fri]',
          '   DEADLINE: <2019-05-31 Fri>',
          '   - Ran C labs.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Fenergo', 'Platform Engineer', '2020-02', '2023-08'],
      ['Maynooth University', 'Teaching Assistant', '2017-09-04', '2019-05-31'],
    ]);
  });

  it('keeps each line its length, a timestamp read as its date in the same columns', () => {
    const text = '   - On call <2020-02-03 Mon 10:00>--[2021-03].';
    const [, line] = readOutline([{ text: '#+AUTHOR: X' }, { text }, { text: '* Work' }]);
    expect(line?.text).toBe('   - On call  2020-02-03           -- 2021-03 .');
    expect(line?.text.length).toBe(text.length);
  });
});
