import { describe, expect, it } from 'vitest';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 32 (xfix32a): what audit32a found in the Markdown footer rule and its neighbours. Invented people and
 * employers.
 */

describe("a Markdown résumé's last entry below a thematic break", () => {
  it('keeps a last job whose list items open as a footer might ("Built from", "Updated")', async () => {
    for (const item of [
      '* Built from scratch a billing service in Go.',
      '* Updated the React front end to v18.',
    ]) {
      const text = [
        '## Experience',
        '',
        '**Data Engineer**, Quorvel Analytics | Mar 2019 – Jan 2022',
        '* Pipelines in Python on Airflow.',
        '',
        '---',
        '',
        '**Backend Developer**, Pinecrest Labs | Feb 2022 – Present',
        item,
        '* Deployed on Kubernetes.',
      ].join('\n');
      const read = readMarkdownSource(text.split('\n'));
      expect(read.slice(-3), item).toEqual(text.split('\n').slice(-3));
      const result = await extractText(text, 'cv.md');
      expect(
        positions(result).map((p) => p.company),
        item,
      ).toEqual(['Quorvel Analytics', 'Pinecrest Labs']);
    }
  });

  it('keeps a last line of a paragraph or a project opening with "Built on" or "Created using"', () => {
    for (const tail of [
      [
        '**Platform Engineer**, Marrowind Data | 2021 – Present',
        '',
        'Built on AWS a lakehouse with Spark and Delta Lake.',
      ],
      ['**Flutter Delivery App** · 2023', 'Created using Flutter and Firebase for a local bakery.'],
      ['- Built with Rust: a tiling window manager.'],
      ['1. Made with Unity, a puzzle game for Android.'],
    ]) {
      const page = [
        '## Projects',
        '',
        '**Weather Kiosk** · 2022',
        'A Raspberry Pi display.',
        '',
        '---',
        '',
        ...tail,
      ];
      expect(readMarkdownSource(page), tail.join(' ')).toEqual(page);
    }
  });

  it('keeps a last line opening with a copyright when it is a list item', () => {
    const page = ['## Publications', '', '- © 2021 IEEE: Sparse sensing for tidal flats.'];
    expect(readMarkdownSource(page)).toEqual(page);
  });

  it('still reads as nothing a footer every part of which is a footer’s or links', () => {
    const page = [
      '## Skills',
      '',
      'Go, Rust',
      '',
      '---',
      '',
      'Copyright 2025 Tarja Holmström | Updated on 2025-02-01',
      '[PDF](/cv.pdf) · [Source](https://example.org/cv)',
    ];
    expect(readMarkdownSource(page)).toEqual([...page.slice(0, 6), '', '']);
    // Links alone below a break are no footer.
    const links = [...page.slice(0, 6), '[PDF](/cv.pdf) · [Source](https://example.org/cv)'];
    expect(readMarkdownSource(links)).toEqual(links);
  });
});
