import { describe, expect, it } from 'vitest';
import { readOutline } from '../../../src/extract/outline.js';
import { extractText, technologiesByPosition } from './extract-text.js';

/** Session 31: an Org-mode CV's ":noexport:" subtrees are the author's notes, save their contact details. */

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
