import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { looseSectionKind, titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, positions, schools, technologiesByPosition } from './extract-text.js';

/**
 * Session 13's audit, findings 2, 5 and 9: European vocabulary (the head nouns "chef" and "responsable", the
 * heading "Formation", month names) read into ordinary English résumés.
 */
describe('fixvocab: European words that are English words too', () => {
  it('reads "Chef" and "Responsable" as a title only with the preposition that names its field', () => {
    expect(titleScore('Chef and Terraform automation')).toBe(0);
    expect(titleScore('Responsable for Chef and Puppet')).toBe(0);
    expect(titleScore('Chef de projet')).toBe(2);
    expect(titleScore("Responsable d'équipe")).toBe(2);
    expect(titleScore('Responsable des systèmes')).toBe(2);
  });

  it('keeps a line about Chef and Terraform under its job, as technologies of that job', async () => {
    const result = await extractText(
      [
        'Dana Price',
        '',
        'EXPERIENCE',
        '',
        '**DevOps Engineer**, Acme Corp — Jan 2018 – Dec 2020',
        'Chef and Terraform automation',
        '- Built CI pipelines with Jenkins and Docker.',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Acme Corp',
        title: 'DevOps Engineer',
        startDate: '2018-01',
        endDate: '2020-12',
        current: undefined,
      },
    ]);
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Acme Corp',
        title: 'DevOps Engineer',
        technologies: ['Chef', 'Terraform', 'Jenkins', 'Docker'],
      },
    ]);
  });

  it('keeps "Responsable for Chef and Puppet" (a misspelt "responsible") in its job, no position of its own', async () => {
    const result = await extractText(
      [
        'Sam Reyes',
        '',
        'EXPERIENCE',
        '',
        'Site Reliability Engineer — Globex, 2016 – 2019',
        'Responsable for Chef and Puppet',
        '- Ran Kubernetes clusters on AWS.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Globex',
        title: 'Site Reliability Engineer',
        startDate: '2016',
        endDate: '2019',
        current: undefined,
      },
    ]);
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Globex',
        title: 'Site Reliability Engineer',
        technologies: ['Chef', 'Puppet', 'Kubernetes', 'AWS'],
      },
    ]);
  });

  it('still reads French titles that open with those nouns in a header', async () => {
    const result = await extractText(
      [
        'Claire Martin',
        '',
        'Expérience professionnelle',
        '',
        'Chef de projet — Sopra Steria, 2015 – 2019',
        '- Projets Java.',
        '',
        "Responsable d'équipe, Thales, 2012 – 2015",
        '- Équipe C++.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Sopra Steria', title: 'Chef de projet', technologies: ['Java'] },
      { company: 'Thales', title: "Responsable d'équipe", technologies: ['C++'] },
    ]);
  });

  it('reads a loud "Formation" as education alone or with a word of its language, not "TEAM FORMATION"', () => {
    expect(looseSectionKind('TEAM FORMATION')).toBeNull();
    expect(looseSectionKind('Formations team')).toBeNull();
    expect(looseSectionKind('FORMATION')).toBe('education');
    expect(looseSectionKind('Formation académique')).toBe('education');
    expect(looseSectionKind('FORMATION PROFESSIONNELLE')).toBe('education');
  });

  it('keeps a "TEAM FORMATION" heading and its hiring bullet inside the job', async () => {
    const result = await extractText(
      [
        'Jo Hart',
        '',
        '## Experience',
        '',
        'Engineering Manager, Initech — 2017 – 2022',
        '- Led a team of 8 building Go services.',
        '',
        '**TEAM FORMATION**',
        '- Hired and onboarded 12 engineers in Python and Go.',
        '',
        '## Education',
        'BSc Computer Science, University of York, 2010 – 2013',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Initech',
        title: 'Engineering Manager',
        startDate: '2017',
        endDate: '2022',
        current: undefined,
      },
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Go', 'Python'],
    ]);
    expect(schools(result)).toEqual([
      {
        institution: 'University of York',
        studyType: 'BSc',
        area: 'Computer Science',
        startDate: '2010',
        endDate: '2013',
      },
    ]);
  });

  it('reads a foreign month name as a month only with no comma before its year', () => {
    const year = (value: number) => ({ year: value, month: null, day: null });
    const line = 'Acme — Marco, 2019 – 2021';
    expect(findDates(line)).toEqual([
      {
        start: line.indexOf('2019'),
        end: line.length,
        kind: 'range',
        from: year(2019),
        to: year(2021),
        ongoing: false,
        text: '2019 – 2021',
      },
    ]);
    expect(findDates('Globex, mei, 2021').map((date) => [date.from, date.text])).toEqual([
      [year(2021), '2021'],
    ]);
    expect(findDates('Augustus, 2018').map((date) => [date.from, date.text])).toEqual([[year(2018), '2018']]);
    // Written with no comma, the same words are months; English month names keep their comma.
    expect(findDates('marco 2019').map((date) => date.from)).toEqual([{ year: 2019, month: 3, day: null }]);
    expect(findDates('15 mei 2020').map((date) => date.from)).toEqual([{ year: 2020, month: 5, day: 15 }]);
    expect(findDates('May, 2019').map((date) => date.from)).toEqual([{ year: 2019, month: 5, day: null }]);
    expect(findDates('June 15, 2020').map((date) => date.from)).toEqual([{ year: 2020, month: 6, day: 15 }]);
    expect(findDates('15 June, 2020').map((date) => date.from)).toEqual([{ year: 2020, month: 6, day: 15 }]);
  });

  it('reads the years of a job whose place before them is spelt like a month', async () => {
    const result = await extractText(
      [
        'Lee Moss',
        '',
        'EXPERIENCE',
        'Backend Developer',
        'Acme — Marco, 2019 – 2021',
        '- Java services.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Acme', title: 'Backend Developer', technologies: ['Java'] },
    ]);
    expect(positions(result)).toEqual([
      { company: 'Acme', title: 'Backend Developer', startDate: '2019', endDate: '2021', current: undefined },
    ]);
  });
});
