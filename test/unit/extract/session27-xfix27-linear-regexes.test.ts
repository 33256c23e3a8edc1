/**
 * Session 27 (xfix27): the Markdown-source and PDF-cell regexes read a 20,000-character line (blanks or one word
 * where the pattern could split a run two ways) and give the same answers as on short lines.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { splitPromotions } from '../../../src/extract/promotions.js';
import { titleUnderHead } from '../../../src/extract/read-pdf.js';
import { isLocation, sectionKind } from '../../../src/extract/vocabulary.js';

const blanks = ' '.repeat(20_000);
const word = 'a'.repeat(20_000);

describe('a Hugo shortcode alone on its line', () => {
  it('reads as before: parameters, positional parameters, closing shortcodes, blanks around', () => {
    expect(
      readMarkdownSource([
        '  {{< job title="Analyst" employer="Kirkby Mills" >}}  ',
        '{{% job "Network Engineer" "Brathay Systems" %}}',
        '{{< /job >}}',
        '{{% / job %}}',
        '{{<job>}}',
        '{{< lead >}} text after',
      ]),
    ).toEqual([
      'Analyst · Kirkby Mills',
      'Network Engineer · Brathay Systems',
      '',
      '',
      '',
      '{{< lead >}} text after',
    ]);
  });

  it('leaves a 20,000-character line that is no shortcode as written', () => {
    const lines = [
      `{{< job${blanks}!`,
      `{{<${blanks}!`,
      `{{< ${word}`,
      `{{< ${word} x="${blanks}"`,
      `{{< job${'/'.repeat(20_000)}`,
    ];
    expect(readMarkdownSource(lines)).toEqual(lines);
  });

  it('reads a shortcode with 20,000 blanks or a 20,000-letter flag among its parameters', () => {
    expect(readMarkdownSource([`{{< job title="Analyst"${blanks}>}}`])).toEqual(['Analyst']);
    expect(readMarkdownSource([`{{<${blanks}/${blanks}job${blanks}>}}`])).toEqual(['']);
    expect(readMarkdownSource([`{{< job ${word} title="Analyst" employer="Kirkby Mills" >}}`])).toEqual([
      'Analyst · Kirkby Mills',
    ]);
  });
});

describe("a component's lines of props", () => {
  it('reads props with blanks after them as before', () => {
    expect(readMarkdownSource(['<Job', '  company="Tarn Ledger"   ', '  role="Analyst"  />  '])).toEqual([
      'Analyst · Tarn Ledger',
      '',
      '',
    ]);
  });

  it('leaves a 20,000-character line that is no props line as written', () => {
    const one = [`<Job a="b"${blanks}!>`];
    expect(readMarkdownSource(one)).toEqual(one);
    const split = ['<Job', `  company="Tarn Ledger"${blanks}!`, '  role="Analyst" />'];
    expect(readMarkdownSource(split)).toEqual(split);
  });

  it('reads props with 20,000 blanks before the end of the tag', () => {
    expect(
      readMarkdownSource(['<Job', `  company="Tarn Ledger"${blanks}`, `  role="Analyst"${blanks}/>`]),
    ).toEqual(['Analyst · Tarn Ledger', '', '']);
  });
});

describe('a title under a dated head in a PDF cell', () => {
  it('reads as before with a closing bracket on the title', () => {
    expect(titleUnderHead('Hafenwerk AG, Bremen', 'Werkstudent (20 Std./Woche)')).toBe(true);
    expect(titleUnderHead('Hafenwerk AG, Bremen', 'Logistics and Port Systems (2 sites)')).toBe(false);
  });

  it('reads a 20,000-character line', () => {
    expect(titleUnderHead('Hafenwerk AG, Bremen', `Werkstudent${blanks}(20 Std./Woche)`)).toBe(true);
    expect(titleUnderHead('Hafenwerk AG, Bremen', `x${blanks}y`)).toBe(false);
  });
});

describe('titles held in turn and promotions on one line', () => {
  const split = (text: string) =>
    splitPromotions(modelLines([{ text }])).lines.map((line) => line.text.trim());

  it('splits as before', () => {
    expect(
      split('Software Engineer (2018 – 2020), promoted to Senior Software Engineer (2020 – 2023)'),
    ).toEqual(['Software Engineer (2018 – 2020)', 'Senior Software Engineer (2020 – 2023)']);
    expect(split('Support Analyst (2014 – 2015), then Consultant (2015 – 2017)')).toEqual([
      'Support Analyst (2014 – 2015)',
      'Consultant (2015 – 2017)',
    ]);
  });

  it('splits where 20,000 blanks stand before the joining words, and leaves a line of blanks between words whole', () => {
    expect(
      split(`Software Engineer (2018 – 2020),${blanks}promoted to Senior Software Engineer (2020 – 2023)`),
    ).toEqual(['Software Engineer (2018 – 2020)', 'Senior Software Engineer (2020 – 2023)']);
    expect(split(`Support Analyst (2014 – 2015)${blanks},${blanks}then Consultant (2015 – 2017)`)).toEqual([
      'Support Analyst (2014 – 2015)',
      'Consultant (2015 – 2017)',
    ]);
    expect(split(`a${blanks}b`)).toEqual([`a${blanks}b`]);
  });
});

describe('a line framed by block tags', () => {
  it('is bold when HTML bold fills the frame, with 20,000 blanks before the closing tag too', () => {
    const bold = (text: string) => modelLines([{ text }])[0]?.bold;
    expect(bold('<summary><b>Earlier roles</b></summary>')).toBe(true);
    expect(bold(`<summary><b>Earlier roles</b>${blanks}</summary>`)).toBe(true);
    expect(bold(`<summary><b>Earlier roles</b>${blanks}and more</summary>`)).toBe(false);
  });
});

describe('a heading in two languages and a place', () => {
  it('read as before', () => {
    expect(sectionKind('Doświadczenie / Experience')).toBe('experience');
    expect(sectionKind('Berufserfahrung (Work experience)')).toBe('experience');
    expect(isLocation('Paris , France')).toBe(true);
    expect(isLocation('Silver Spring, MD')).toBe(true);
  });

  it('read a 20,000-character line', () => {
    expect(sectionKind(`Doświadczenie${blanks}/ Experience`)).toBe('experience');
    expect(sectionKind(`Berufserfahrung${blanks}(Work experience)`)).toBe('experience');
    expect(sectionKind(`a${blanks}b`)).toBeNull();
    expect(isLocation(`Paris${blanks},${blanks}France`)).toBe(true);
    expect(isLocation(`a${blanks}b`)).toBe(false);
  });
});
