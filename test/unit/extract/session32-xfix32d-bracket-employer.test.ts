import { describe, expect, it } from 'vitest';
import { bracketNamesEmployer } from '../../../src/extract/header-parts.js';
import { sectionKind, titleScore } from '../../../src/extract/vocabulary.js';
import { roleRows, seedCatalogue } from './extract-text.js';

/**
 * Session 32, audit32d's findings in xtext32's rules: a heading of volunteering with another activity's experience,
 * a specialty in brackets or after a slash read as the employer, and French words read as campus titles.
 */

const doc = (...lines: string[]) => ['Jordan Whitfield-Amari', '', ...lines].join('\n');

describe('sectionKind of a heading with volunteering', () => {
  it('reads volunteering joined with another activity, not with paid work, as no experience', () => {
    for (const heading of [
      'Volunteer & Leadership Experience',
      'Volunteer and Leadership Experience',
      'Volunteer Leadership Experience',
      'Volunteer Teaching Experience',
      'Volunteer and Community Experience',
      'Volunteer & Campus Experience',
      'Volunteer and Extracurricular Experience',
      'Volunteer Experience & Professional Affiliations',
    ]) {
      expect(sectionKind(heading), heading).toBe('other');
    }
  });

  it('reads paid work joined with volunteering, in either order, as experience', () => {
    for (const heading of [
      'Work & Volunteer Experience',
      'Volunteer & Work Experience',
      'Experience & Volunteering',
      'Employment & Volunteer History',
      'Professional and Volunteer Experience',
      'Volunteering / Career History',
    ]) {
      expect(sectionKind(heading), heading).toBe('experience');
    }
  });

  it('reads no position under a volunteering and leadership heading', async () => {
    expect(
      await roleRows(
        doc(
          'Experience',
          'Software Engineer, Initech, Austin, TX          Jun 2021 - Present',
          '  - Built APIs in Go.',
          '',
          'Volunteer & Leadership Experience',
          'Treasurer, Engineering Student Council          Sep 2019 - May 2021',
          '  - Managed a budget.',
          'Tutor, Austin Reads          Jan 2018 - May 2019',
          '  - Tutored children.',
        ),
      ),
    ).toEqual([['Initech', 'Software Engineer', '2021-06', 'present']]);
    expect(
      await roleRows(
        doc(
          'Experience',
          'Software Engineer, Initech, Austin, TX          Jun 2021 - Present',
          '',
          'Volunteer and Community Experience',
          'Food Bank Volunteer, Central Texas Food Bank          2018 - 2020',
          '  - Sorted donations.',
        ),
      ),
    ).toEqual([['Initech', 'Software Engineer', '2021-06', 'present']]);
  });
});

describe('titleScore of an attendant and an aide', () => {
  it('reads them as titles after a word naming the post', () => {
    for (const title of ['Flight Attendant', 'Desk Attendant', 'Teacher Aide', 'Home Health Aide']) {
      expect(titleScore(title), title).toBe(2);
    }
  });

  it('reads them alone, or after an article or a preposition (French words), as no title', () => {
    for (const text of ['Aide', 'Attendant', "Outils d'aide", 'En attendant', "Demande d'aide"]) {
      expect(titleScore(text), text).toBe(0);
    }
  });
});

describe('bracketNamesEmployer', () => {
  it('reads a name in Title Case, or a company the catalogue knows, as the employer', async () => {
    const catalogue = await seedCatalogue();
    for (const name of ['Halden Freight', 'Karoo Freight Lines', 'Hollard Insurance', 'Google']) {
      expect(bracketNamesEmployer(name, catalogue, false), name).toBe(true);
    }
    expect(bracketNamesEmployer('Kestrelwick', catalogue, true)).toBe(true);
  });

  it('reads a field, a function, an area of the work, an engagement or one plain word as no employer', async () => {
    const catalogue = await seedCatalogue();
    for (const name of [
      'Computer Science',
      'Machine Learning',
      'Internal Tools',
      'Customer Support',
      'Mobile Apps',
      'Payments',
      'Billing',
      'Independent',
      'Freelance',
      'Contract',
      'React',
      'UI',
      'ICU, Boston',
      'Platform Team',
    ]) {
      expect(bracketNamesEmployer(name, catalogue, false), name).toBe(false);
    }
    for (const name of ['ICU', 'Maps', 'Mobile', 'Search Infrastructure']) {
      expect(bracketNamesEmployer(name, catalogue, true), name).toBe(false);
    }
  });
});

describe('"Title (Bracket)" on a dated line of its own', () => {
  it('keeps a specialty in the title of a later post under an employer named before its title', async () => {
    expect(
      await roleRows(
        doc(
          'EXPERIENCE',
          'Acme Corp — Senior Engineer          2020 - Present',
          '  - Led the payments team.',
          'Engineer (Payments)          2018 - 2020',
          '  - Card APIs in Java.',
        ),
      ),
    ).toEqual([
      ['Acme Corp', 'Senior Engineer', '2020', 'present'],
      ['Acme Corp', 'Engineer (Payments)', '2018', '2020'],
    ]);
    expect(
      await roleRows(
        doc(
          'EXPERIENCE',
          'Stripe, Software Engineer          2021 - Present',
          'Software Engineer (Payments)          2019 - 2021',
          '  - APIs.',
        ),
      ),
    ).toEqual([
      ['Stripe', 'Software Engineer', '2021', 'present'],
      ['Stripe', 'Software Engineer (Payments)', '2019', '2021'],
    ]);
  });

  it('keeps a one-word specialty in the title after "Title at Employer"', async () => {
    expect(
      await roleRows(
        doc(
          'EXPERIENCE',
          'Software Engineer at Stripe          2021 - Present',
          'Software Engineer (Billing)          2019 - 2021',
          '  - APIs.',
        ),
      ),
    ).toEqual([
      ['Stripe', 'Software Engineer', '2021', 'present'],
      ['Stripe', 'Software Engineer (Billing)', '2019', '2021'],
    ]);
  });

  it('reads a field, an engagement or an area of the work in the bracket as no employer', async () => {
    const employers = (rows: unknown[][]) => rows.map((row) => row[0]);
    for (const lines of [
      [
        'Teaching Assistant (Computer Science)          Sep 2020 - May 2022',
        'Research Assistant (Machine Learning)          Jun 2019 - Aug 2020',
      ],
      [
        'Freelance Web Developer (Self-employed)          2018 - 2020',
        'Consultant (Independent)          2016 - 2018',
      ],
      ['Support Analyst (Internal Tools)          2015 - 2017'],
      ['Registered Nurse (ICU, Boston)          2019 - 2021'],
    ]) {
      const found = employers(await roleRows(doc('EXPERIENCE', ...lines)));
      for (const wrong of ['Computer Science', 'Machine Learning', 'Independent', 'Internal Tools', 'ICU']) {
        expect(found, lines.join(' / ')).not.toContain(wrong);
      }
    }
  });

  it('reads a name and a town in the bracket as the employer and where the job was', async () => {
    expect(
      await roleRows(
        doc('EXPERIENCE', 'Data Engineer (Kestrel Analytics, Dundee)          2018 - 2022', '  - ETL.'),
      ),
    ).toEqual([['Kestrel Analytics', 'Data Engineer', '2018', '2022']]);
  });
});

describe('"Title / Name" in a header', () => {
  it('keeps a specialty after the slash in the title, the employer after the comma', async () => {
    expect(
      await roleRows(
        doc(
          'EXPERIENCE',
          'Software Engineer / Machine Learning, Northwind Traders          Jan 2019 - Dec 2021',
          '  - Models.',
        ),
      ),
    ).toEqual([['Northwind Traders', 'Software Engineer / Machine Learning', '2019-01', '2021-12']]);
  });

  it('keeps a specialty after the slash in the title under an employer named on its own line', async () => {
    for (const [title, separator] of [
      ['QA Engineer / Automation', '          '],
      ['Data Analyst / Reporting', '          '],
      ['Account Manager / Enterprise Sales', ' | '],
    ] as const) {
      expect(
        await roleRows(
          doc(
            'EXPERIENCE',
            `Northwind Traders${separator === ' | ' ? ' | ' : ', '}Seattle`,
            `${title}${separator}Jan 2019 - Dec 2021`,
            '  - Work.',
          ),
        ),
        title,
      ).toEqual([['Northwind Traders', title, '2019-01', '2021-12']]);
    }
  });

  it('reads no specialty after the slash as the employer over an employer line', async () => {
    const rows = await roleRows(
      doc(
        'EXPERIENCE',
        'Data Analyst / Reporting          Jan 2019 - Dec 2021',
        'Northwind Traders, Seattle',
        '  - Dashboards in Tableau.',
      ),
    );
    expect(rows.map((row) => row[0])).not.toContain('Reporting');
  });

  it('keeps a position whose slash is followed by how the work was held', async () => {
    for (const line of [
      'Full Stack Developer / Freelance          Jan 2019 - Dec 2021',
      'Full Stack Developer / Self-Employed          Jan 2019 - Dec 2021',
      'Web Developer / Contract          Jan 2019 - Dec 2021',
    ]) {
      const rows = await roleRows(doc('EXPERIENCE', line, '  - Client sites in React.'));
      expect(
        rows.map((row) => row.slice(2)),
        line,
      ).toEqual([['2019-01', '2021-12']]);
    }
  });
});
