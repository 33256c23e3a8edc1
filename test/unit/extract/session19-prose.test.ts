import { describe, expect, it } from 'vitest';
import { extractText, position, positions } from './extract-text.js';

/** The positions read from a narrative résumé: a name, an "About me" heading, then the paragraphs given. */
async function told(...paragraphs: string[]) {
  return positions(await extractText(['Ada Vance', 'About me', ...paragraphs].join('\n\n')));
}

describe('positions told as "as a <title> at <Company>"', () => {
  it('reads the title and employer after "started my career in <year>" and after any verb of a first job', async () => {
    expect(
      await told(
        'I started my career in 2010 as a junior developer at Lindqvist Systems in Nicosia, writing Perl reports.',
        'I wrote my first paid code in 2012 as a PHP developer at Telmar, on its booking site.',
        'Since 2016 I have been a staff engineer at Orbis Pay.',
      ),
    ).toEqual([
      position('Lindqvist Systems', 'junior developer', '2010', '2012'),
      position('Telmar', 'PHP developer', '2012', '2016'),
      position('Orbis Pay', 'staff engineer', '2016', 'present'),
    ]);
  });

  it('reads the other order, "at <Company> as a <title>"', async () => {
    expect(
      await told(
        'In 2011 I took my first job at Quillon Data as a data analyst.',
        'In 2014 I went on to three years at Brightwell Labs as a backend engineer, mostly in Go.',
      ),
    ).toEqual([
      position('Quillon Data', 'data analyst', '2011', '2014'),
      position('Brightwell Labs', 'backend engineer', '2014'),
    ]);
  });

  it('reads no position from "as a <word>" that names no job title, nor from an employer in lower case', async () => {
    expect(
      await told(
        'I think of myself as a builder at heart.',
        'In 2012 I volunteered as a speaker for local meetups.',
        'I worked as a contractor for clients in retail.',
      ),
    ).toEqual([]);
  });
});

describe('titles and starts a narrative gives around its employers', () => {
  it('takes the title after "as a" when a place comes first, a title taken at a new employer, and "since then"', async () => {
    expect(
      await told(
        'I have twelve years of experience. I worked in Lisbon as a consultant for Deloitte between 2009 and 2013.',
        'In 2013 I became a developer at Farfetch, working on checkout, until mid-2017.',
        'Since then I have been a principal engineer at OLX.',
      ),
    ).toEqual([
      position('Deloitte', 'consultant', '2009', '2013'),
      position('Farfetch', 'developer', '2013', '2017'),
      position('OLX', 'principal engineer', '2017', 'present'),
    ]);
  });

  it('still reads "I became <title>" with no employer as a new title where the person works', async () => {
    const found = await told(
      'In 2014 I joined Corvo Labs as a software engineer, and in 2018 I became tech lead of the billing team.',
    );
    expect(found.map((position) => [position.company, position.title, position.startDate])).toEqual([
      ['Corvo Labs', 'software engineer', '2014'],
      ['Corvo Labs', 'tech lead', '2018'],
    ]);
  });
});

describe('the end a narrative gives: "stayed until (mid-|the end of |early |late )YYYY"', () => {
  it('ends the position in that year, at the year precision the text has', async () => {
    expect(
      await told(
        'In 2013 I moved to Card Systems Ltd as a software engineer on the payments team and stayed until the end of 2016.',
        'In 2017 I moved to Bank Nord as a Java developer on the core banking team and stayed until mid-2018.',
        'Then I joined Pellucid Health as a tech lead, and I stayed until early 2021.',
        'In 2021 I joined Vardø Analytics as a senior engineer. I stayed there until late 2023.',
      ),
    ).toEqual([
      position('Card Systems Ltd', 'software engineer', '2013', '2016'),
      position('Bank Nord', 'Java developer', '2017', '2018'),
      position('Pellucid Health', 'tech lead', '2018', '2021'),
      position('Vardø Analytics', 'senior engineer', '2021', '2023'),
    ]);
  });

  it('keeps a stated end before the next position starts, not the next start', async () => {
    const found = await told(
      'In 2015 I moved to Bank Nord as a Java developer and stayed until mid-2018.',
      'In 2019 I joined Corvo Labs as a software engineer.',
    );
    expect(found.map((position) => [position.company, position.endDate])).toEqual([
      ['Bank Nord', '2018'],
      ['Corvo Labs', undefined],
    ]);
  });
});
