import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/** A narrative résumé: a name, an "About me" heading, then the paragraphs given. */
const narrative = (...paragraphs: string[]) => ['Ada Vance', '', 'About me', '', ...paragraphs].join('\n\n');

describe('positions told as "as a <title> at <Company>"', () => {
  it('reads the title and employer after "started my career in <year>" and after any verb of a first job', async () => {
    const result = await extractText(
      narrative(
        'I started my career in 2010 as a junior developer at Lindqvist Systems in Nicosia, writing Perl reports.',
        'I wrote my first paid code in 2012 as a PHP developer at Telmar, on its booking site.',
        'Since 2016 I have been a staff engineer at Orbis Pay.',
      ),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Lindqvist Systems',
        title: 'junior developer',
        startDate: '2010',
        endDate: '2012',
        current: undefined,
      },
      { company: 'Telmar', title: 'PHP developer', startDate: '2012', endDate: '2016', current: undefined },
      { company: 'Orbis Pay', title: 'staff engineer', startDate: '2016', endDate: undefined, current: true },
    ]);
  });

  it('reads the other order, "at <Company> as a <title>"', async () => {
    const result = await extractText(
      narrative(
        'In 2011 I took my first job at Quillon Data as a data analyst.',
        'In 2014 I went on to three years at Brightwell Labs as a backend engineer, mostly in Go.',
      ),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Quillon Data',
        title: 'data analyst',
        startDate: '2011',
        endDate: '2014',
        current: undefined,
      },
      {
        company: 'Brightwell Labs',
        title: 'backend engineer',
        startDate: '2014',
        endDate: undefined,
        current: undefined,
      },
    ]);
  });

  it('reads no position from "as a <word>" that names no job title, nor from an employer in lower case', async () => {
    const result = await extractText(
      narrative(
        'I think of myself as a builder at heart.',
        'In 2012 I volunteered as a speaker for local meetups.',
        'I worked as a contractor for clients in retail.',
      ),
    );
    expect(positions(result)).toEqual([]);
  });
});

describe('titles and starts a narrative gives around its employers', () => {
  it('takes the title after "as a" when a place comes first, a title taken at a new employer, and "since then"', async () => {
    const result = await extractText(
      narrative(
        'I have twelve years of experience. I worked in Lisbon as a consultant for Deloitte between 2009 and 2013.',
        'In 2013 I became a developer at Farfetch, working on checkout, until mid-2017.',
        'Since then I have been a principal engineer at OLX.',
      ),
    );
    expect(positions(result)).toEqual([
      { company: 'Deloitte', title: 'consultant', startDate: '2009', endDate: '2013', current: undefined },
      { company: 'Farfetch', title: 'developer', startDate: '2013', endDate: '2017', current: undefined },
      { company: 'OLX', title: 'principal engineer', startDate: '2017', endDate: undefined, current: true },
    ]);
  });

  it('still reads "I became <title>" with no employer as a new title where the person works', async () => {
    const result = await extractText(
      narrative(
        'In 2014 I joined Corvo Labs as a software engineer, and in 2018 I became tech lead of the billing team.',
      ),
    );
    expect(
      positions(result).map((position) => [position.company, position.title, position.startDate]),
    ).toEqual([
      ['Corvo Labs', 'software engineer', '2014'],
      ['Corvo Labs', 'tech lead', '2018'],
    ]);
  });
});

describe('the end a narrative gives: "stayed until (mid-|the end of |early |late )YYYY"', () => {
  it('ends the position in that year, at the year precision the text has', async () => {
    const result = await extractText(
      narrative(
        'In 2013 I moved to Card Systems Ltd as a software engineer on the payments team and stayed until the end of 2016.',
        'In 2017 I moved to Bank Nord as a Java developer on the core banking team and stayed until mid-2018.',
        'Then I joined Pellucid Health as a tech lead, and I stayed until early 2021.',
        'In 2021 I joined Vardø Analytics as a senior engineer. I stayed there until late 2023.',
      ),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Card Systems Ltd',
        title: 'software engineer',
        startDate: '2013',
        endDate: '2016',
        current: undefined,
      },
      {
        company: 'Bank Nord',
        title: 'Java developer',
        startDate: '2017',
        endDate: '2018',
        current: undefined,
      },
      {
        company: 'Pellucid Health',
        title: 'tech lead',
        startDate: '2018',
        endDate: '2021',
        current: undefined,
      },
      {
        company: 'Vardø Analytics',
        title: 'senior engineer',
        startDate: '2021',
        endDate: '2023',
        current: undefined,
      },
    ]);
  });

  it('keeps a stated end before the next position starts, not the next start', async () => {
    const result = await extractText(
      narrative(
        'In 2015 I moved to Bank Nord as a Java developer and stayed until mid-2018.',
        'In 2019 I joined Corvo Labs as a software engineer.',
      ),
    );
    expect(positions(result).map((position) => [position.company, position.endDate])).toEqual([
      ['Bank Nord', '2018'],
      ['Corvo Labs', undefined],
    ]);
  });
});
