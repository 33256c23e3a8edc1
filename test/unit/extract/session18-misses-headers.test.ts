import { describe, expect, it } from 'vitest';
import {
  extractText,
  EXPERIENCE_HEAD as header,
  rolesUnderHead as rolesOf,
  technologiesByPosition,
} from './extract-text.js';

/** Session 18: header conventions the development sets missed, as general rules on constructed résumés. */

describe('a dash inside a name and a dash between fields', () => {
  it('keeps a name whose dash runs on into words naming its city ("Charité – Universitätsmedizin Berlin")', async () => {
    expect(
      await rolesOf(
        'Junior Developer at Kenjo GmbH',
        '10/2021 to 05/2022',
        '- Features in Angular.',
        '',
        'Staff Nurse at Karolinska – Universitetssjukhuset Stockholm',
        '09/2012 to 12/2019',
        '- Intensive care.',
      ),
    ).toEqual([
      ['Kenjo GmbH', 'Junior Developer', '2021-10', '2022-05'],
      ['Karolinska – Universitetssjukhuset Stockholm', 'Staff Nurse', '2012-09', '2019-12'],
    ]);
  });

  it('still reads a city alone after the dash as the place, and a team or a title as theirs', async () => {
    expect(
      await rolesOf(
        'Backend Engineer at Globant – Lisbon',
        '03/2020 to 05/2022',
        '- Services in Go.',
        '',
        'Engineer at Mercado Libre – Shipping Engineering',
        '01/2018 to 02/2020',
        '- Services in Java.',
        '',
        'Northwind Traders – Senior Developer',
        '01/2015 to 12/2017',
        '- Services in C#.',
        '',
        'Staff Engineer at Contoso – Dublin Office',
        '01/2013 to 12/2014',
        '- Services in C#.',
      ),
    ).toEqual([
      ['Globant', 'Backend Engineer', '2020-03', '2022-05'],
      ['Mercado Libre', 'Engineer', '2018-01', '2020-02'],
      ['Northwind Traders', 'Senior Developer', '2015-01', '2017-12'],
      ['Contoso', 'Staff Engineer', '2013-01', '2014-12'],
    ]);
  });
});

describe('a federal agency and its office', () => {
  it('takes the agency for the employer and its office for the team', async () => {
    const result = await extractText(
      [
        ...header,
        'U.S. Department of Energy, Office of Science and Technology Policy',
        '1000 Independence Ave SW, Washington, DC 20585',
        'Dates of Employment: 04/2019 - Present',
        'Hours per week: 40',
        'Physical Scientist',
        'Series/Grade: GS-1301-13',
        'Duties: Modelled grid loads in Python.',
        '',
        'UK Department for Transport, Digital Services Division',
        'Dates of Employment: 01/2015 - 03/2019',
        'Data Engineer',
        'Duties: Pipelines in Scala.',
      ].join('\n'),
    );
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [work.name, position.position, position.team]),
      ),
    ).toEqual([
      ['U.S. Department of Energy', 'Physical Scientist', 'Office of Science and Technology Policy'],
      ['UK Department for Transport', 'Data Engineer', 'Digital Services Division'],
    ]);
  });
});

describe("work on one's own account", () => {
  it('reads "Self-employed, City" under a title as no position: a project outside positions, with its place', async () => {
    const result = await extractText(
      [
        ...header,
        'Freelance Data Engineer',
        'Self-employed, Porto | Mar 2019 – Present',
        'Clients: Farfetch, Talkdesk',
        '- Reporting pipelines in Python on Airflow.',
        '',
        'Data Engineer',
        'Sonae S.A., Porto | Jan 2015 – Feb 2019',
        '- Warehouse loads in Scala.',
      ].join('\n'),
    );
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((p) => [work.name, p.position]),
      ),
    ).toEqual([['Sonae S.A.', 'Data Engineer']]);
    const [project] = result.resume.projects ?? [];
    expect(project).toMatchObject({ name: 'Freelance Data Engineer', startDate: '2019-03' });
    expect(project?.technologies).toEqual(expect.arrayContaining(['Python', 'Airflow']));
  });

  it('keeps the own firm named after "Self-employed" as the employer', async () => {
    expect(
      await rolesOf(
        'Founder',
        'Self-employed — Nowak Software GmbH, Kraków | Jan 2020 – Present',
        '- Tools in Go.',
      ),
    ).toEqual([['Nowak Software GmbH', 'Founder', '2020-01', 'present']]);
  });
});

describe('detail lines after a table of positions', () => {
  it('reads an undated "Title – Employer" line repeating a dated position as that position\'s details', async () => {
    const result = await extractText(
      [
        ...header,
        'Zomato, Gurugram | Senior Software Engineer | Mar 2020 to Till date',
        'Wipro, Pune | Project Engineer | Jul 2016 to Feb 2020',
        '',
        'Responsibilities',
        'Senior Software Engineer – Zomato',
        '• Delivery tracking services in Kotlin on Cassandra.',
        'Project Engineer – Wipro',
        '• Billing batch jobs in Java on Oracle Database.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Zomato', title: 'Senior Software Engineer', technologies: ['Kotlin', 'Cassandra'] },
      { company: 'Wipro', title: 'Project Engineer', technologies: ['Java', 'Oracle Database'] },
    ]);
  });

  it('keeps an undated line naming another title at the same employer as a position of its own', async () => {
    const rows = await rolesOf(
      'Zomato, Gurugram | Senior Software Engineer | Mar 2020 to Till date',
      '',
      'Software Engineer – Zomato',
      '• Menu services in Kotlin.',
    );
    expect(rows).toContainEqual(['Zomato', 'Software Engineer', undefined, undefined]);
  });
});

describe('a table of positions read cell by cell', () => {
  it('opens the next position at a line naming another employer once the entry has employer, title and dates', async () => {
    expect(
      await rolesOf(
        'Northwind Traders Inc., Pune',
        '',
        'Senior Technical Architect',
        'Apr 2020 – Present',
        '',
        'Contoso Technology Services Pvt. Ltd., Chennai',
        '',
        'Associate',
        'Jun 2016 – Mar 2020',
        '',
        'Fabrikam Limited, Bangalore',
        '',
        'Project Engineer',
        'Jul 2013 – May 2016',
      ),
    ).toEqual([
      ['Northwind Traders Inc.', 'Senior Technical Architect', '2020-04', 'present'],
      ['Contoso Technology Services Pvt. Ltd.', 'Associate', '2016-06', '2020-03'],
      ['Fabrikam Limited', 'Project Engineer', '2013-07', '2016-05'],
    ]);
  });
});

describe("a consultant's client engagements under a ladder of titles", () => {
  const engagements = [
    'Accenture plc — London',
    'Principal Consultant (2021 – Present)',
    'Lead Consultant (2018 – 2021)',
    '',
    'Barclays (2021 – Present)',
    'Delivery lead. Payments platform in Java.',
    '',
    'Aviva (2018 – 2021)',
    'Tech lead. Claims ingestion with Kafka.',
    '',
    'Infosys Ltd — Pune',
    'Software Engineer (2011 – 2018)',
    'Java EE development.',
  ];

  it("reads an engagement naming a client within a title's years as a project of that title, not a position", async () => {
    const result = await extractText([...header, ...engagements].join('\n'));
    expect(
      (result.resume.work ?? []).flatMap((work) =>
        (work.positions ?? []).map((position) => [
          work.name,
          position.position,
          (position.projects ?? []).map((project) => project.name),
        ]),
      ),
    ).toEqual([
      ['Accenture plc', 'Principal Consultant', ['Barclays']],
      ['Accenture plc', 'Lead Consultant', ['Aviva']],
      ['Infosys Ltd', 'Software Engineer', []],
    ]);
    expect(technologiesByPosition(result).map((position) => position.technologies)).toEqual([
      ['Java'],
      ['Kafka'],
      ['Java EE'],
    ]);
  });
});
