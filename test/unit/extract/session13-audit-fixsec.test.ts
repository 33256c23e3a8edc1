import { describe, expect, it } from 'vitest';
import { extractText, positions, schools, technologiesByPosition } from './extract-text.js';

/** Session 13's audit: a labelled education line is one line, and "studied … at X" names a school only when X was studied at. */

describe('fixsec: an "Education:" labelled line is a section of its own line only', () => {
  it('leaves a job\'s bullet labelled "Education:" in the job, and the jobs after it in the experience section', async () => {
    const result = await extractText(
      [
        '# Jane Doe',
        '',
        '## Experience',
        '**Software Engineer**, Coursera — Jan 2018 – Present',
        '- Education: partnered with Stanford University on course tooling in Python.',
        '- Built React front ends.',
        '**Software Engineer**, Acme Corp — Jan 2015 – Dec 2017',
        '- Go and PostgreSQL services.',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Coursera',
        title: 'Software Engineer',
        startDate: '2018-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Acme Corp',
        title: 'Software Engineer',
        startDate: '2015-01',
        endDate: '2017-12',
        current: undefined,
      },
    ]);
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Coursera', title: 'Software Engineer', technologies: ['Python', 'React'] },
      { company: 'Acme Corp', title: 'Software Engineer', technologies: ['Go', 'PostgreSQL'] },
    ]);
    expect(result.resume.education ?? []).toEqual([]);
  });

  it('reads a labelled education line in a summary without the summary line after it', async () => {
    const result = await extractText(
      [
        'Jonas Keller',
        '',
        'Summary',
        'Education: MSc in Computer Science, ETH Zurich',
        'Distributed systems engineer, building payment platforms since 2016.',
        '',
        'Experience',
        'Software Engineer, Google, 2016 – Present',
        '- Kafka and PostgreSQL services.',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'ETH Zurich',
        studyType: 'MSc',
        area: 'Computer Science',
        startDate: undefined,
        endDate: undefined,
      },
    ]);
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Google', title: 'Software Engineer', technologies: ['Kafka', 'PostgreSQL'] },
    ]);
  });

  it("ends the entries of an undivided list at the labelled line: the lines after it are not the last job's", async () => {
    const result = await extractText(
      [
        'Lena Fischer - Backend',
        '',
        '- Zalando - Backend Engineer - 2020-now',
        '  - Kotlin, PostgreSQL',
        '- Trivago - Developer - 2016-2020',
        '  - PHP, MySQL',
        '',
        '- Edu: BSc Informatik, TU Berlin, 2012-2016',
        '- Certs: AWS Solutions Architect',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Zalando', title: 'Backend Engineer', technologies: ['Kotlin', 'PostgreSQL'] },
      { company: 'Trivago', title: 'Developer', technologies: ['PHP', 'MySQL'] },
    ]);
    expect(schools(result)).toEqual([
      { institution: 'TU Berlin', studyType: 'BSc', area: 'Informatik', startDate: '2012', endDate: '2016' },
    ]);
  });
});

describe('fixsec: "studied … at X" in a narrative résumé names a school only when a field was studied there', () => {
  it('reads no school from research done at a workplace ("I studied how nurses chart at Epic")', async () => {
    const result = await extractText(
      [
        'Ana Ruiz',
        '',
        'About me',
        '',
        'As a UX researcher I studied how nurses chart at Epic, and I hold an MSc in HCI.',
        'Since 2019 I have been a senior designer at Stripe.',
      ].join('\n'),
    );
    expect(result.resume.education ?? []).toEqual([]);
    expect(positions(result)).toEqual([
      { company: 'Stripe', title: 'senior designer', startDate: '2019', endDate: undefined, current: true },
    ]);
  });

  it('reads no school from a study done at a company, the degree on the next line', async () => {
    const result = await extractText(
      [
        'Ana Ruiz',
        '',
        'About me',
        '',
        'At Spotify I studied listener churn at Scale and later',
        'completed an MBA at INSEAD.',
        'Since 2019 I have been a product manager at Stripe.',
      ].join('\n'),
    );
    expect(result.resume.education ?? []).toEqual([]);
  });

  it("reads no school from a field studied at one of the résumé's employers", async () => {
    const result = await extractText(
      [
        'About me',
        '',
        'In 2014 I joined Northwind Labs as a data analyst, where I studied statistics at Northwind Labs',
        'and earned an MSc in 2016.',
        'Since 2019 I have been a senior engineer at Stripe.',
      ].join('\n'),
    );
    expect(result.resume.education ?? []).toEqual([]);
  });
});
