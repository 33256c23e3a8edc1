import { describe, expect, it } from 'vitest';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { extractText, position, positions } from './extract-text.js';

const lines = (text: string): DocLine[] => modelLines(text.split('\n').map((line) => ({ text: line })));

describe('numbered outline headings: the outline number is no part of the heading', () => {
  it('drops "3.2" before a Markdown heading and "4" before a setext one', () => {
    const model = lines(
      ['### 3.2 Firmware Engineer — Nordic Semiconductor', '', '4 Education', '==========='].join('\n'),
    );
    expect(model[0]?.text).toBe('Firmware Engineer — Nordic Semiconductor');
    expect(model[2]?.text).toBe('Education');
    expect(model[2]?.heading).toBe(1);
  });

  it('reads a box-drawing rule as wide as the line above as its underline, "═" the first level, "─" the second', () => {
    const model = lines(
      ['5 Work', '══════', '', '5.1 Analyst — Equinor', '─────────────────────'].join('\n'),
    );
    expect(model.filter((line) => !line.blank).map((line) => [line.text, line.heading])).toEqual([
      ['Work', 1],
      ['Analyst — Equinor', 2],
    ]);
    expect(model.filter((line) => line.rule).length).toBe(2);
  });

  it('keeps the number of a line that is no heading, and a rule much wider than the line above is a border', () => {
    const model = lines(
      [
        '2 years of on-call for the payments API',
        '',
        ' Years   School   Degree',
        ' ──────────────────────────────────────',
      ].join('\n'),
    );
    expect(model[0]?.text).toBe('2 years of on-call for the payments API');
    expect(model[2]?.heading).toBe(0);
    expect(model[3]?.blank).toBe(true);
  });

  it('keeps a heading that is a year or a count, not an outline number', () => {
    const model = lines(['## 2019 Hackathon winners', '', '## 100 Days of Code'].join('\n'));
    expect(model[0]?.text).toBe('2019 Hackathon winners');
    expect(model[2]?.text).toBe('100 Days of Code');
  });

  it('keeps a bare number that only one heading has: a name that starts with a number', () => {
    const model = lines(['## Experience', '', '### 24 Hour Fitness', '', '### 7 Habits Workshop'].join('\n'));
    expect(model[2]?.text).toBe('24 Hour Fitness');
    const alone = lines(['# Dana Whitfield', '', '### 24 Hour Fitness', 'Personal Trainer'].join('\n'));
    expect(alone[2]?.text).toBe('24 Hour Fitness');
    // Dotted, the number is the outline's even on one heading.
    expect(lines('### 4. Education')[0]?.text).toBe('Education');
  });

  it('drops bare numbers that start again at 1 in each section, or skip one', () => {
    const restarted = lines(
      ['## Experience', '### 1 Acme Corp', '### 2 Beta Ltd', '## Education', '### 1 Kaunas University'].join(
        '\n',
      ),
    );
    expect(restarted.map((line) => line.text)).toEqual([
      'Experience',
      'Acme Corp',
      'Beta Ltd',
      'Education',
      'Kaunas University',
    ]);
    const gap = lines(['# 1 Experience', '# 2 Education', '# 3 Skills', '# 5 Languages'].join('\n'));
    expect(gap.map((line) => line.text)).toEqual(['Experience', 'Education', 'Skills', 'Languages']);
  });

  it('reads the titles of an Org export whose jobs are numbered second-level headings', async () => {
    const result = await extractText(
      [
        'Petra Lindgren',
        '',
        '1 Experience',
        '════════════',
        '',
        '1.1 Test Engineer — Sandvik',
        '───────────────────────────',
        '',
        '  • When: 2019/04 – now',
        '',
        '  Robot Framework suites for drill rig controllers.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Sandvik', 'Test Engineer', '2019-04', 'present')]);
  });
});
