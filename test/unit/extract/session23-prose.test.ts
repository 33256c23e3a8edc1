import { describe, expect, it } from 'vitest';
import { extractText, position, positions } from './extract-text.js';

/**
 * Session 23: a career told in sentences, each giving a move (issue 10). Invented people and employers; each move is
 * a position from the prose's year to the next move's, titled only where the sentence gives a title.
 */

/** The positions of a narrative résumé: a name, an "About me" heading, then the paragraphs given. */
async function told(...paragraphs: string[]) {
  return positions(await extractText(['Maelle Dorsey', 'About me', ...paragraphs].join('\n\n')));
}

/** As `told`, as a Markdown page whose one section is the story. */
async function toldInMarkdown(heading: string, ...paragraphs: string[]) {
  return positions(
    await extractText(['# Tobiah Renk', '', `## ${heading}`, '', ...paragraphs].join('\n\n'), 'resume.md'),
  );
}

describe('each move of a career told in the first person', () => {
  it('reads a start, a move, a new title at the same employer, a leaving to join, and a current employer', async () => {
    expect(
      await told(
        'I started in 2010 as a junior developer at Pellwick Software, writing billing reports in Perl.',
        'In 2013 I moved to Hartsell Bank as a software engineer on the payments team. In 2016 I became the platform’s lead developer.',
        'I left Hartsell Bank in 2019 to join Norrmark Telecom and lead its digital channels.',
        'Since 2021 I have worked remotely for Quintave, where I build data tools in Python.',
      ),
    ).toEqual([
      position('Pellwick Software', 'junior developer', '2010', '2013'),
      position('Hartsell Bank', 'software engineer', '2013', '2016'),
      position('Hartsell Bank', 'lead developer', '2016', '2019'),
      { ...position('Norrmark Telecom', '', '2019', '2021'), title: undefined },
      { ...position('Quintave', '', '2021', 'present'), title: undefined },
    ]);
  });

  it('reads other verbs of a move: "spent N years at" (its end N years on), "went on to", "joined", months', async () => {
    expect(
      await told(
        'After university I spent three years at Dunmore Analytics as a data analyst, from March 2011.',
        'In April 2014 I went on to Calder Freight as a backend engineer.',
        'I joined Ostrava Games in September 2017 as a senior engineer, building matchmaking in Go.',
        'I have been at Fenwick Health since January 2022.',
      ),
    ).toEqual([
      position('Dunmore Analytics', 'data analyst', '2011-03', '2014-03'),
      position('Calder Freight', 'backend engineer', '2014-04', '2017-09'),
      position('Ostrava Games', 'senior engineer', '2017-09', '2022-01'),
      { ...position('Fenwick Health', '', '2022-01', 'present'), title: undefined },
    ]);
  });
});

describe('a career told in the third person', () => {
  it('reads the same moves said of "she" and "he"', async () => {
    expect(
      await toldInMarkdown(
        'Biography',
        'Sanna began her career in 2009 as a test engineer at Velmora Systems.',
        'In 2012 she moved to Brightgate Insurance as a QA lead. In 2015 she became the company’s quality manager.',
        'She left Brightgate Insurance in 2018 to join Korvik Retail, and since 2020 she has worked for Lantern Mobility as an engineering manager.',
      ),
    ).toEqual([
      position('Velmora Systems', 'test engineer', '2009', '2012'),
      position('Brightgate Insurance', 'QA lead', '2012', '2015'),
      position('Brightgate Insurance', 'quality manager', '2015', '2018'),
      { ...position('Korvik Retail', '', '2018', '2020'), title: undefined },
      position('Lantern Mobility', 'engineering manager', '2020', 'present'),
    ]);
  });
});

describe('a career told in a page of plain text, in the third person with months', () => {
  it('reads "joined … in March", "went on to", "left … to join", "today … works at"', async () => {
    const found = positions(
      await extractText(
        [
          'Kofi Ampadu-Lindqvist',
          '',
          'Kofi joined Stellan Robotics in March 2012 as a firmware engineer.',
          'In June 2015 he went on to Harrowgate Energy as an embedded developer, on the metering team.',
          'In 2019 he left Harrowgate Energy to join Pinecrest Mobility.',
          'Today he works at Ardent Rail as a principal engineer.',
        ].join('\n'),
      ),
    );
    expect(found).toEqual([
      position('Stellan Robotics', 'firmware engineer', '2012-03', '2015-06'),
      position('Harrowgate Energy', 'embedded developer', '2015-06', '2019'),
      { ...position('Pinecrest Mobility', '', '2019', undefined), title: undefined },
      { ...position('Ardent Rail', 'principal engineer', undefined, 'present') },
    ]);
  });
});

describe('a career told before the dated entries', () => {
  it('keeps the dated entry for an employer the prose names too, and the prose positions before it', async () => {
    const result = await extractText(
      [
        'Idris Vellacott',
        'idris.vellacott@example.org',
        '',
        'About me',
        '',
        'I started in 2011 as a support engineer at Marlow Telecom. In 2014 I moved to Quayside Logistics as a developer, and in 2018 I joined Amberlane Bank.',
        '',
        'Recent Experience',
        '',
        'Amberlane Bank — Senior Developer',
        'Jan 2018 – Present',
        '- Payments APIs in Kotlin.',
      ].join('\n'),
    );
    const byStart = (a: { startDate?: unknown }, b: { startDate?: unknown }) =>
      String(a.startDate ?? '').localeCompare(String(b.startDate ?? ''));
    expect(positions(result).sort(byStart)).toEqual([
      position('Marlow Telecom', 'support engineer', '2011', '2014'),
      position('Quayside Logistics', 'developer', '2014', '2018'),
      position('Amberlane Bank', 'Senior Developer', '2018-01', 'present'),
    ]);
  });
});

describe('sentences that tell no move', () => {
  it('reads no position from leaving alone, from help given, or from a plan', async () => {
    expect(
      await told(
        'I left Pellwick Software in 2013.',
        'In 2015 I volunteered at Code Harbour teaching children Scratch.',
        'I would like to join a company like Ravenfield Labs next.',
      ),
    ).toEqual([]);
  });
});
