/**
 * Session 27 (xfix27): counter-cases of the session's heading and date rules. Invented people and employers; the
 * expected answers follow from the lines written here.
 */
import { describe, expect, it } from 'vitest';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { extractText, position, positions } from './extract-text.js';

const lines = (text: string): DocLine[] => modelLines(text.split('\n').map((line) => ({ text: line })));

describe('a heading inside a list item', () => {
  it('is a heading before a capital or a page link', () => {
    const model = lines(['- ## Experience', '\t- ### [[Kererū Cloud]]'].join('\n'));
    expect(model.map((line) => [line.text, line.heading, line.bullet])).toEqual([
      ['Experience', 2, false],
      ['Kererū Cloud', 3, false],
    ]);
  });

  it('is a heading before a bold, linked or non-Latin name, and a date', () => {
    const model = lines(
      [
        '- ### **Tarn Logistics**',
        '- ### [Tarn Logistics](https://tarn.example)',
        '- ## 2019 – 2021 Tarn',
        '- ### 株式会社タルン',
      ].join('\n'),
    );
    expect(model.map((line) => [line.heading, line.bullet])).toEqual([
      [3, false],
      [3, false],
      [2, false],
      [3, false],
    ]);
  });

  it('is an item before a word in lower case ("# of incidents")', () => {
    const model = lines(['- # of incidents cut by half', '- ## of tickets closed'].join('\n'));
    expect(model.map((line) => [line.text, line.heading, line.bullet])).toEqual([
      ['# of incidents cut by half', 0, true],
      ['## of tickets closed', 0, true],
    ]);
  });
});

describe('years written latest first', () => {
  it('one such range over an earlier job is a mistyped decade, mended as before', async () => {
    const result = await extractText(
      [
        'Ilse Marwick',
        '',
        'Experience',
        '',
        'Tamsin Ledger Ltd | Developer | 2019 – 2012',
        '- Billing in Java.',
        '',
        'Cobden Print Ltd | Junior Developer | 2008 – 2009',
        '- Shop front in PHP.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Tamsin Ledger Ltd', 'Developer', '2009', '2012'),
      position('Cobden Print Ltd', 'Junior Developer', '2008', '2009'),
    ]);
  });

  it('one such range that no decade mends is the span between its years', async () => {
    // 2009 – 2010 would end before the job under it ends (2011).
    const result = await extractText(
      [
        'Ilse Marwick',
        '',
        'Experience',
        '',
        'Tamsin Ledger Ltd | Developer | 2019 – 2010',
        '- Billing in Java.',
        '',
        'Cobden Print Ltd | Junior Developer | 2006 – 2011',
        '- Shop front in PHP.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Tamsin Ledger Ltd', 'Developer', '2010', '2019'),
      position('Cobden Print Ltd', 'Junior Developer', '2006', '2011'),
    ]);
  });

  it('two or more such ranges are the document’s habit: each is the span between its years', async () => {
    const result = await extractText(
      [
        'Ilse Marwick',
        '',
        'Experience',
        '',
        'Tamsin Ledger Ltd | Developer | 2022 – 2019',
        '- Billing in Java.',
        '',
        'Cobden Print Ltd | Junior Developer | 2018 – 2015',
        '- Shop front in PHP.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Tamsin Ledger Ltd', 'Developer', '2019', '2022'),
      position('Cobden Print Ltd', 'Junior Developer', '2015', '2018'),
    ]);
  });
});
