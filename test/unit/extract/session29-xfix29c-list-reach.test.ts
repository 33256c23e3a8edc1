/**
 * Session 29 (xfix29c, audit2 SHOULD 2): the stretch before a known technology in which its list's earlier items are
 * looked for is bounded, for long lines to be read in linear time; a run of blanks inside it counts as one character,
 * so a list whose join is a long run of blanks is still one list.
 */
import { describe, expect, it } from 'vitest';
import { extractText, technologiesByPosition } from './extract-text.js';

const HEAD = [
  'Noor Whitcombe',
  'noor.whitcombe@example.org',
  '',
  'EXPERIENCE',
  '',
  'Software Engineer, Lindqvist Freight Ltd',
];

describe("a list's earlier item across a long run of blanks", () => {
  it.each([
    ['320 spaces', `Built services with Frobnicator,${' '.repeat(320)}Kubernetes and Zanzibarix`],
    [
      'a comma after 400 spaces',
      `Built services with Frobnicator${' '.repeat(400)},  Kubernetes and Zanzibarix`,
    ],
    ['350 tabs', `Built services with Frobnicator,${'\t'.repeat(350)}Kubernetes and Zanzibarix`],
  ])('finds the item before the run (%s)', async (_, line) => {
    const text = [...HEAD, 'Jan 2019 - Feb 2022', `- ${line}`].join('\n');
    const [position] = technologiesByPosition(await extractText(text));
    expect(position?.technologies).toEqual(['Frobnicator', 'Kubernetes', 'Zanzibarix']);
  });
});
