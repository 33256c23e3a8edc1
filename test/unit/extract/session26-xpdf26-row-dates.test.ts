import { describe, expect, it } from 'vitest';
import type { ReadLine } from '../../../src/extract/line-model.js';
import { raiseRowDates } from '../../../src/extract/row-dates.js';
import { extractBytes, position, positions } from './extract-text.js';
import { makePdf, type PdfText } from './make-documents.js';

const texts = (lines: ReadLine[]) => lines.map((line) => line.text);

describe('an entry dated on the right beside its first sentence (RenderCV, LaTeX résumés)', () => {
  it('moves the range onto the undated heading above the sentence', () => {
    const lines: ReadLine[] = [
      { text: 'Harbourline Freight, Platform Engineer    Leeds, UK', gapBefore: true },
      {
        text: 'Owned the booking and tracking services for the customs brokerage team.    Mar 2020 – present',
      },
      { text: 'Cut the nightly batch from four hours to forty minutes.' },
    ];
    expect(texts(raiseRowDates(lines))).toEqual([
      'Harbourline Freight, Platform Engineer    Leeds, UK    Mar 2020 – present',
      'Owned the booking and tracking services for the customs brokerage team.',
      'Cut the nightly batch from four hours to forty minutes.',
    ]);
  });

  it('leaves a title beside its dates under an employer and its city (Jake’s Résumé)', () => {
    const lines: ReadLine[] = [
      { text: 'Northgate Bank    Bristol, UK', bold: true },
      { text: 'Systems Analyst    Jan 2016 – Feb 2020' },
    ];
    expect(texts(raiseRowDates(lines))).toEqual(texts(lines));
  });

  it('leaves an entry heading of many words beside its dates, under a section name or a school', () => {
    const lines: ReadLine[] = [
      { text: 'WORK HISTORY', bold: true },
      { text: 'Principal Analyst, Tideway Water Services, Reading, Berkshire    2019 – Present' },
      { text: 'Kingsmere College    Dundee, Scotland', gapBefore: true },
      { text: 'Master of Science in Applied Statistics, Minor in Economics    Sep. 2012 – Jun. 2014' },
    ];
    expect(texts(raiseRowDates(lines))).toEqual(texts(lines));
  });

  it('leaves a range beside a sentence when the heading above has dates of its own', () => {
    const lines: ReadLine[] = [
      { text: 'Corvid Labs, Data Engineer    2018 – 2021', gapBefore: true },
      { text: 'Co-organised the regional data meetup with two colleagues from the lab.    2019 – 2020' },
    ];
    expect(texts(raiseRowDates(lines))).toEqual(texts(lines));
  });

  it('leaves a single year beside a sentence (a publication’s year is no entry’s range)', () => {
    const lines: ReadLine[] = [
      { text: 'Publications', bold: true },
      { text: 'A survey of queueing models for parcel sorting hubs, Transport Letters.    2022' },
    ];
    expect(texts(raiseRowDates(lines))).toEqual(texts(lines));
  });

  it('dates both entries of a PDF set this way', async () => {
    const right = 470;
    const page: PdfText[] = [
      { text: 'Priya Raman', x: 50, top: 50, size: 20, bold: true },
      { text: 'Experience', x: 50, top: 100, size: 13, bold: true },
      { text: 'Harbourline Freight, Platform Engineer', x: 50, top: 125, bold: true },
      { text: 'Leeds, UK', x: right, top: 125 },
      { text: 'Owned the booking and tracking services for customs.', x: 50, top: 139 },
      { text: 'Mar 2020 – present', x: right, top: 139 },
      { text: '- Cut the nightly batch from four hours to forty minutes.', x: 60, top: 153 },
      { text: 'Harbourline Freight, Support Analyst', x: 50, top: 180, bold: true },
      { text: 'Leeds, UK', x: right, top: 180 },
      { text: 'Second line support for the warehouse scanners and their app.', x: 50, top: 194 },
      { text: 'Sept 2017 – Feb 2020', x: right, top: 194 },
    ];
    const result = await extractBytes(await makePdf([page]), 'priya-raman.pdf');
    expect(positions(result)).toEqual([
      position('Harbourline Freight', 'Platform Engineer', '2020-03', 'present'),
      position('Harbourline Freight', 'Support Analyst', '2017-09', '2020-02'),
    ]);
  });
});
