import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { extractText, positions } from './extract-text.js';

/**
 * Session 26 (xmd26): static-site Markdown (MkDocs Material, Python-Markdown extensions) read as a browser shows it,
 * and "Title · Employer" headings over "dates · Place · Unit" lines. Invented people and employers.
 */

const texts = (lines: string[]) => modelLines(lines.map((text) => ({ text }))).map((line) => line.text);

describe('static-site Markdown markup', () => {
  it('reads an admonition or a content tab as its title, and drops icon shortcodes and attribute lists', () => {
    expect(
      texts([
        '!!! summary "At a glance"',
        '??? info "Earlier work"',
        '???+ tip',
        '=== "Field rotation"',
        '## :material-briefcase-outline: Experience',
        ':octicons-calendar-24: March 2019 – now · :octicons-location-24: Derry',
        '[:fontawesome-solid-envelope: Mail](mailto:a@b.c){ .md-button .md-button--primary }',
        'Shipped :rocket: twice',
      ]),
    ).toEqual([
      'At a glance',
      'Earlier work',
      'tip',
      'Field rotation',
      'Experience',
      'March 2019 – now · Derry',
      'Mail',
      'Shipped twice',
    ]);
  });

  it('keeps colons that are text: times, labels, a line of equals or exclamation marks with words', () => {
    expect(
      texts([
        'Shift: 06:30: early',
        'Languages: Go: daily',
        '=== not a tab',
        '!!! no quotes here',
        '!!! tip',
      ]),
    ).toEqual(['Shift: 06:30: early', 'Languages: Go: daily', '=== not a tab', '!!! no quotes here', 'tip']);
  });
});

describe('"Title · Employer" over "dates · Place · Unit"', () => {
  const doc = [
    '# Aoife Brennan',
    '',
    '## Work',
    '',
    '### Reliability Engineer · Corrib Freight',
    '',
    ':octicons-calendar-16: May 2022 – today · :octicons-location-16: Galway · Fleet Systems',
    '',
    '- Kept the routing service up.',
    '',
    '### Support Analyst · Shannon Water',
    '',
    ':octicons-calendar-16: Jan 2019 – Apr 2022 · :octicons-location-16: Limerick · Network Operations',
    '',
    '- Built alarms in Python.',
    '',
  ].join('\n');

  it('takes the name beside the title as the employer and the name after the place as the unit', async () => {
    const found = positions(await extractText(doc, 'cv.md'));
    expect(found.map((p) => [p.company, p.title, p.startDate, p.endDate ?? null])).toEqual([
      ['Corrib Freight', 'Reliability Engineer', '2022-05', null],
      ['Shannon Water', 'Support Analyst', '2019-01', '2022-04'],
    ]);
  });

  it('leaves a legal form on the date line as the employer', async () => {
    const other = doc
      .replace('Reliability Engineer · Corrib Freight', 'Reliability Engineer · Routing')
      .replace('Galway · Fleet Systems', 'Galway · Corrib Freight Ltd');
    const found = positions(await extractText(other, 'cv.md'));
    expect(found[0]?.company).toBe('Corrib Freight Ltd');
  });
});
