import { describe, expect, it } from 'vitest';
import { namesCommunity } from '../../../src/extract/engagements.js';
import { titleAt } from '../../../src/extract/header-parts.js';
import { isInstitution } from '../../../src/extract/vocabulary.js';
import { extractText, seedCatalogue } from './extract-text.js';

/** Session 29 (xfix29a): the first audit's findings on the extractor, each from its reproduction. */

describe('an employer named by the word for a community alone', () => {
  it('is the company of that name, a community only after words that name it', () => {
    expect(namesCommunity('Meetup')).toBe(false);
    expect(namesCommunity('Meetup.com')).toBe(false);
    expect(namesCommunity('Ostrava Rust meetup')).toBe(true);
  });

  it('keeps a position at Meetup', async () => {
    const { resume } = await extractText(
      [
        'Tomasz Wielgus',
        'tomasz.wielgus@example.org',
        '',
        'EXPERIENCE',
        '',
        'Senior Software Engineer, Meetup    Jan 2019 – Feb 2022',
        '- Moved the event feed to Scala services',
      ].join('\n'),
    );
    expect(
      (resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [work.name, position.position, position.startDate]),
      ),
    ).toEqual([['Meetup', 'Senior Software Engineer', '2019-01']]);
  });
});

describe('a first-person paragraph after a blank line in an ordinary education section', () => {
  const document = (header: string) =>
    [
      'Inês Carvalhal',
      header,
      '',
      'EDUCATION',
      '',
      'MSc Software Engineering, University of Minho    2014 – 2016',
      '',
      'I specialised in distributed systems and wrote my thesis on consensus protocols for edge devices.',
      'BSc Computer Science, University of Porto    2011 – 2014',
      '',
      'EXPERIENCE',
      'Backend Engineer, Talkdesk    2016 – 2020',
    ].join('\n');

  it('keeps the schools after it', async () => {
    const { resume } = await extractText(document('ines.carvalhal@example.pt'));
    expect((resume.education ?? []).map((entry) => entry.institution)).toEqual([
      'University of Minho',
      'University of Porto',
    ]);
  });

  it('opens the summary in a marketplace profile, which shows its local time', async () => {
    const { resume } = await extractText(document('Braga, Portugal – 10:40 am local time'));
    expect((resume.education ?? []).map((entry) => entry.institution)).toEqual(['University of Minho']);
  });
});

describe('a school written with two acronyms joined by a hyphen in brackets', () => {
  it('keeps a long pair naming the school and its unit in the name', async () => {
    const { resume } = await extractText(
      [
        'Farhan Qureshi',
        'farhan.qureshi@example.pk',
        '',
        '## Education',
        '',
        '- **MS(EE)** — Karachi Institute of Applied Sciences (KIAS-SCEECS), 2018 – 2020. Thesis on power grids.',
      ].join('\n'),
      'farhan-qureshi.md',
    );
    expect((resume.education ?? []).map((entry) => entry.institution)).toEqual([
      'Karachi Institute of Applied Sciences (KIAS-SCEECS)',
    ]);
  });
});

describe('"Title in X" where X is a sector', () => {
  it('reads no employer after "in" made of common words, fields or sectors', () => {
    for (const segment of [
      'Data Scientist in Healthcare',
      'Backend Engineer in Fintech',
      'Product Manager in Banking',
      'Software Engineer in Payments',
      'Quantitative Analyst in Risk Management',
      'QA Engineer in E-commerce',
    ])
      expect(titleAt(segment), segment).toBeNull();
  });

  it('still reads an employer after "in", a known company spelled like a common word too', async () => {
    expect(titleAt('Senior Software Engineer in Arbisoft')?.title).toBe('Senior Software Engineer');
    expect(titleAt('Software Engineer in Systems Limited')?.title).toBe('Software Engineer');
    expect(titleAt('Support Engineer in Red Hat', await seedCatalogue())?.title).toBe('Support Engineer');
  });

  it('keeps the whole title over the employer’s line', async () => {
    const { resume } = await extractText(
      [
        'Priyanka Venkatesan',
        'priyanka.v@example.in',
        '',
        'EXPERIENCE',
        '',
        'Data Scientist in Fintech    Mar 2021 – Present',
        'Revolut, London',
        '- Built credit-risk models in Python',
      ].join('\n'),
    );
    expect(
      (resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [work.name, position.position]),
      ),
    ).toEqual([['Revolut', 'Data Scientist in Fintech']]);
  });
});

describe('a German short school kind before a name in capitals', () => {
  it('names a school after FH, HTW or HAW', () => {
    for (const text of [
      'FH JOANNEUM',
      'FH ST. PÖLTEN',
      'HTW DRESDEN',
      'TU München',
      'TH Köln',
      'ROC van Twente',
    ])
      expect(isInstitution(text), text).toBe(true);
  });

  it('names none in a Spanish line in capitals with "TU"', () => {
    for (const text of ['TU EMPRESA', 'ACERCA DE TU PERFIL', 'CUÉNTANOS TU HISTORIA'])
      expect(isInstitution(text), text).toBe(false);
  });
});
