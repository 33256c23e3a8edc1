import { describe, expect, it } from 'vitest';
import { titleAt } from '../../../src/extract/header-parts.js';
import { extractText, roleRows } from './extract-text.js';

/** Session 17 audit (fixhead): " at " in names, lower-case employers, bracketed qualifiers, awards led by a year. */

describe('"Title at Employer": one rule for splitting and for opening an entry', () => {
  it('splits after a known title or two or more capitalised words, never after one unknown word', () => {
    expect(titleAt('Registered Nurse at Charité')).toEqual({ title: 'Registered Nurse', employerStart: 20 });
    expect(titleAt('QA Engineer at bol.com, Utrecht')).toEqual({ title: 'QA Engineer', employerStart: 15 });
    expect(titleAt('Frontend Developer at trivago')).toEqual({
      title: 'Frontend Developer',
      employerStart: 22,
    });
    expect(titleAt('Coffee at Work, Denver, CO')).toBeNull();
    expect(titleAt('Girls at Code')).toBeNull();
    expect(titleAt('Presented at KubeCon')).toBeNull();
    expect(titleAt('Keynote at RailsConf')).toBeNull();
    // A lower-case employer after a title is a brand or a few plain words, never a sentence.
    expect(titleAt('Software Engineer at scale for banks in the region, Pune')).toBeNull();
  });

  it('keeps " at " inside an employer\'s name under its title ("Girls at Code", "Coffee at Work")', async () => {
    const rows = await roleRows(
      [
        'Zoe Park',
        '',
        'Experience',
        '',
        'Barista',
        'Coffee at Work, Denver, CO',
        '2016 - 2018',
        '- Served 300 customers a day.',
        '',
        'Program Coordinator',
        'Girls at Code',
        '2018 - 2020',
        '- Ran weekend workshops.',
      ].join('\n'),
    );
    expect(rows).toContainEqual(['Girls at Code', 'Program Coordinator', '2018', '2020']);
    const employers = rows.map((row) => row[0]);
    expect(employers).not.toContain('Coffee');
    expect(employers).not.toContain('Girls');
  });

  it('reads no employer from a talk over its year ("Presented at KubeCon", "Keynote at RailsConf")', async () => {
    const rows = await roleRows(
      [
        'Leo Martin',
        '',
        'Experience',
        '',
        'Software Engineer',
        'Shopify, Ottawa',
        '2018 - Present',
        '- Built checkout APIs in Ruby.',
        'Keynote at RailsConf',
        '2022',
        '- Spoke on modular monoliths.',
        'Presented at KubeCon',
        '2020',
        '- Talk on scaling.',
        '',
        'Developer',
        'Kijiji, Toronto',
        '2015 - 2018',
        '- Built search.',
      ].join('\n'),
    );
    expect(rows).toContainEqual(['Shopify', 'Software Engineer', '2018', 'present']);
    expect(rows).toContainEqual(['Kijiji', 'Developer', '2015', '2018']);
    const employers = rows.map((row) => row[0]);
    expect(employers).not.toContain('Keynote');
    expect(employers).not.toContain('Presented');
  });

  it('splits a known title from an employer set in lower case over its dates ("Frontend Developer at trivago")', async () => {
    expect(
      await roleRows(
        [
          'Sara Jansen',
          '',
          'Experience',
          '',
          'Frontend Developer at trivago',
          '2017 - 2020',
          '- Built the hotel search UI in React.',
          '',
          'Software Engineer at bunq',
          '2020 - 2023',
          '- Built the payments core in Go.',
        ].join('\n'),
      ),
    ).toEqual([
      ['trivago', 'Frontend Developer', '2017', '2020'],
      ['bunq', 'Software Engineer', '2020', '2023'],
    ]);
  });
});

describe('a title in brackets after an English title', () => {
  it('is part of the title, not its translation ("Developer (Team Lead)"); "(Intern)" says how it was held', async () => {
    expect(
      await roleRows(
        [
          'Lukas Meier',
          '',
          'Experience',
          '',
          'Software Engineer (Intern)',
          'Google, Zurich',
          '2019 - 2019',
          '- Built tools.',
          '',
          'Developer (Team Lead)',
          'Swisscom, Bern',
          '2020 - 2023',
          '- Led team of five.',
          '',
          'Senior Engineer (Engineering Manager)',
          'Migros, Zurich',
          '2023 - Present',
          '- Managed two teams.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Google', 'Software Engineer', '2019', '2019'],
      ['Swisscom', 'Developer (Team Lead)', '2020', '2023'],
      ['Migros', 'Senior Engineer (Engineering Manager)', '2023', 'present'],
    ]);
  });
});

describe('a list item led by one year among positions led by ranges', () => {
  it('is a position only when it names a title ("- **2018** Hackathon winner" is an award)', async () => {
    expect(
      await roleRows(
        [
          '# Tom Hardy',
          '',
          '## Experience',
          '',
          '- **2019 – 2023** Software Engineer, Spotify',
          '  - Built playlist services.',
          '- **2018** Hackathon winner, Spotify Hack Week',
          '- **2016 – 2018** Junior Developer, Klarna',
          '  - Built checkout.',
        ].join('\n'),
        'resume.md',
      ),
    ).toEqual([
      ['Spotify', 'Software Engineer', '2019', '2023'],
      ['Klarna', 'Junior Developer', '2016', '2018'],
    ]);
  });
});

describe("a place line right under the employer's line", () => {
  it('is the job\'s place, no technology ("Silver Spring, MD United States")', async () => {
    const result = await extractText(
      [
        'Laura Whitfield',
        '',
        'WORK EXPERIENCE',
        '',
        'National Oceanic and Atmospheric Administration',
        'Silver Spring, MD United States',
        '04/2019 - Present',
        'Hours per week: 40',
        'Physical Scientist (GS-1301-13)',
        '- Led climate data quality reviews.',
        '',
        'U.S. Geological Survey',
        'Reston, VA United States',
        '06/2015 - 03/2019',
        'Hours per week: 40',
        'Hydrologist (GS-1315-11)',
        '- Modeled river flows.',
      ].join('\n'),
    );
    const work = result.resume.work ?? [];
    expect(work.map((w) => w.name)).toEqual([
      'National Oceanic and Atmospheric Administration',
      'U.S. Geological Survey',
    ]);
    const first = work[0]?.positions?.[0];
    expect(first?.position).toBe('Physical Scientist (GS-1301-13)');
    expect(first?.technologies ?? []).toEqual([]);
    expect(JSON.stringify(first?.location)).toContain('Silver Spring');
    const second = work[1]?.positions?.[0];
    expect(second?.position).toBe('Hydrologist (GS-1315-11)');
    expect(JSON.stringify(second?.location)).toContain('Reston');
  });

  it('leaves "Employer, City, Country" under a title the employer\'s line', async () => {
    expect(
      await roleRows(
        [
          'Anna Gruber',
          '',
          'Experience',
          '',
          'Software Engineer',
          'Keplerwerk, Vienna, Austria',
          '06/2017 - 01/2020',
          '• Order book services in Java.',
        ].join('\n'),
      ),
    ).toEqual([['Keplerwerk', 'Software Engineer', '2017-06', '2020-01']]);
  });
});
