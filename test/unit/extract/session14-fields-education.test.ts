import { describe, expect, it } from 'vitest';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { extractText, schools } from './extract-text.js';

/** Session 14: what ends an education section, and what in it names no school. */

describe('a section the vocabulary names after the education section ends it', () => {
  it('reads "## Tech" as a list of technologies, not a school under the education heading', async () => {
    const result = await extractText(
      [
        '# Ola Nordmann',
        '',
        '## Experience',
        '',
        '**Backend Engineer**, Finn.no | 2019 – Present',
        '- Search services in Kotlin.',
        '',
        '## Education',
        '',
        '- **BSc Informatics**, University of Bergen, 2018',
        '',
        '## Tech',
        '',
        'Kotlin, PostgreSQL, Kafka, Elasticsearch',
      ].join('\n'),
      'ola.md',
    );
    expect(schools(result)).toEqual([
      {
        institution: 'University of Bergen',
        studyType: 'BSc',
        area: 'Informatics',
        startDate: undefined,
        endDate: '2018',
      },
    ]);
    expect(result.resume.skills).toEqual([
      expect.objectContaining({ keywords: ['Kotlin', 'PostgreSQL', 'Kafka', 'Elasticsearch'] }),
    ]);
  });

  it('reads "Tech" underlined in plain text the same way', async () => {
    const result = await extractText(
      [
        'Ravi Kumar',
        '',
        'Experience',
        '----------',
        'SDE II, Flipkart, 2017 – 2022',
        '',
        'Education',
        '---------',
        '- B.Tech, Mechanical Engineering — Anna University, 2016',
        '',
        'Tech',
        '----',
        'Java, Spring, MySQL, AWS',
      ].join('\n'),
    );
    expect(schools(result).map((school) => school.institution)).toEqual(['Anna University']);
  });

  it('names "Tech" a skills heading only alone: "Tech Lead" is no section', () => {
    expect(sectionKind('Tech')).toBe('skills');
    expect(sectionKind('Tech Stack')).toBe('skills');
    expect(sectionKind('Tech Lead')).toBeNull();
  });

  it('reads "Board & Advisory" as a section of its own, so a board seat is no school', async () => {
    const result = await extractText(
      [
        'Dana Whitfield',
        '',
        'Experience',
        'VP Engineering, Cargill, 2015 – Present',
        '',
        'Education',
        'M.S., Computer Science — University of Iowa, 2008',
        '',
        'Board & Advisory',
        'Board member, Iowa Technology Council (2020 – present)',
      ].join('\n'),
    );
    expect(schools(result).map((school) => school.institution)).toEqual(['University of Iowa']);
    expect(sectionKind('Advisory Boards')).toBe('other');
  });
});

describe('what an education section lists that names no school', () => {
  it('drops a certification or an examination with no school word and no degree', async () => {
    const result = await extractText(
      [
        'Kenji Sato',
        '',
        '[Experience]',
        '  2014/04 - 2020/03  Systems Engineer, Fujitsu',
        '',
        '[Education]',
        '  2013/10  Fundamental Information Technology Engineer Examination',
        '  2015/06  AWS Certified Developer, Associate',
        '  2014/03  Graduated, Osaka University',
        '           (Bachelor of Engineering, Electronics)',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Osaka University',
        studyType: 'Bachelor of Engineering',
        area: 'Electronics',
        startDate: undefined,
        endDate: '2014-03',
      },
    ]);
  });

  it('keeps a school whose name holds a certification word nowhere, and a degree that is a certificate', async () => {
    const result = await extractText(
      [
        'Ana Lima',
        '',
        'Experience',
        'Data Analyst, Nubank, 2020 – Present',
        '',
        'Education',
        'Graduate Certificate in Data Science — University of São Paulo, 2019',
      ].join('\n'),
    );
    expect(schools(result).map((school) => school.institution)).toEqual(['University of São Paulo']);
  });

  it('drops the Swiss Maturität and its Gymnasium as school-leaving, as the Matura and Abitur are', async () => {
    const result = await extractText(
      [
        'Lukas Meier',
        '',
        'Berufserfahrung',
        '03/2018 – heute    Softwareentwickler, Swisscom, Bern',
        '',
        'Ausbildung',
        '09/2013 – 07/2017    Bachelor of Science in Informatik',
        'ETH Zürich',
        '08/2007 – 06/2011    Gymnasiale Maturität',
        'Gymnasium Neufeld, Bern',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'ETH Zürich',
        studyType: 'Bachelor of Science',
        area: 'Informatik',
        startDate: '2013-09',
        endDate: '2017-07',
      },
    ]);
  });
});

describe('a school named in French', () => {
  it('keeps "des", "du" and "la" inside a long French school name', async () => {
    const result = await extractText(
      [
        'Salma Ben Ali',
        '',
        'Expérience professionnelle',
        'Développeuse | Vermeg, Tunis    2019 – 2023',
        '',
        'Formation',
        "Diplôme d'ingénieur en informatique    2014 – 2019",
        'École Nationale des Sciences de l’Informatique et des Technologies du Numérique (ENSITN), Tunis',
      ].join('\n'),
    );
    expect(schools(result).map((school) => school.institution)).toEqual([
      'École Nationale des Sciences de l’Informatique et des Technologies du Numérique (ENSITN)',
    ]);
  });
});
