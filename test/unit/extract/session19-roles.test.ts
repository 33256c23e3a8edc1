import { describe, expect, it } from 'vitest';
import { extractBytes, extractText, roleRows as roles, resultRoleRows as rolesOf } from './extract-text.js';
import { makeDocx } from './make-documents.js';

/**
 * Session 19: résumé conventions that lose roles on documents nobody tuned on. Every document is written
 * here, so each expected position is what its lines say.
 */

const person = ['Jane Roe', 'jane.roe@example.com', ''];

/** A text résumé with `lines` under "EXPERIENCE". */
const experience = (...lines: string[]) => [...person, 'EXPERIENCE', '', ...lines].join('\n');

/** The roles of a text résumé with `lines` under "EXPERIENCE". */
const experienceRoles = (...lines: string[]) => roles(experience(...lines));

/** The roles of a Markdown résumé with `rows` under the heading "## <heading>". */
const markdown = (heading: string, ...rows: string[]) =>
  roles([...person, `## ${heading}`, '', ...rows].join('\n'), 'cv.md');

describe('a row of column labels heads its table and is no position', () => {
  it('reads a Markdown table under "Period | Employer / Position | Environment"', async () => {
    expect(
      await markdown(
        'Experience',
        '| Period | Employer / Position | Environment |',
        '| --- | --- | --- |',
        '| 2019 – 2022 | Northwind Freight, Senior Developer | Java, Kafka |',
        '| 2016 – 2019 | Larkspur Systems Ltd, Developer | C#, SQL Server |',
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019', '2022'],
      ['Larkspur Systems Ltd', 'Developer', '2016', '2019'],
    ]);
  });

  it('reads a table of two labelled columns ("| Role | Period |")', async () => {
    expect(
      await markdown(
        'Experience',
        '| Role | Period |',
        '| --- | --- |',
        '| Senior Developer, Northwind Freight | 2019 – 2022 |',
        '| Developer, Larkspur Systems Ltd | 2016 – 2019 |',
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019', '2022'],
      ['Larkspur Systems Ltd', 'Developer', '2016', '2019'],
    ]);
  });

  it('reads a table set in wide gaps by where its labels stand, its text column as the text', async () => {
    const result = await extractText(
      experience(
        'Dates          Company              Title                Technologies',
        '2019 – 2022    Northwind Freight    Senior Developer     Java, Kafka',
        '2016 – 2019    Larkspur Systems     Developer            C#, PostgreSQL',
      ),
    );
    expect(rolesOf(result)).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019', '2022'],
      ['Larkspur Systems', 'Developer', '2016', '2019'],
    ]);
    const [first, second] = (result.resume.work ?? []).map((work) => work.positions?.[0]);
    expect(first?.technologies).toEqual(expect.arrayContaining(['Java', 'Kafka']));
    expect(second?.technologies).toEqual(expect.arrayContaining(['C#', 'PostgreSQL']));
    expect(result.resume.work?.map((work) => work.location)).toEqual([undefined, undefined]);
  });

  it('reads a Word table whose header names the employer and the position in one cell', async () => {
    const docx = await makeDocx([
      { paragraph: 'Jane Roe' },
      { paragraph: 'jane.roe@example.com' },
      { heading: 'Professional Experience', level: 2 },
      {
        table: [
          [['Period'], ['Employer / Position'], ['Environment']],
          [['03/2019 – 06/2022'], ['Northwind Freight, Senior Developer'], ['Java, Kafka']],
          [['01/2016 – 02/2019'], ['Larkspur Systems Ltd, Developer'], ['C#, SQL Server']],
        ],
      },
    ]);
    expect(rolesOf(await extractBytes(docx, 'cv.docx'))).toEqual([
      ['Northwind Freight', 'Senior Developer', '2019-03', '2022-06'],
      ['Larkspur Systems Ltd', 'Developer', '2016-01', '2019-02'],
    ]);
  });

  it('reads the labels in the languages of European résumés ("Periodo | Empresa | Cargo")', async () => {
    expect(
      await markdown(
        'Experiencia',
        '| Periodo | Empresa | Cargo |',
        '| --- | --- | --- |',
        '| 2019 – 2022 | Transportes Quimera | Desarrolladora Senior |',
        '| 2016 – 2019 | Larkspur Systems | Desarrolladora |',
      ),
    ).toEqual([
      ['Transportes Quimera', 'Desarrolladora Senior', '2019', '2022'],
      ['Larkspur Systems', 'Desarrolladora', '2016', '2019'],
    ]);
  });
});

describe('"Employer, City" with the dates beside it, the title on the next line', () => {
  it('keeps the place after the comma as the location and the name before a bracket that spells it out', async () => {
    const result = await extractText(
      experience(
        'Acme Ltd (Acme Logistics Group), Perth    Mar 2017 – Present',
        'Principal Engineer',
        '- Led the platform team.',
        '',
        'ZBank (Zambezi Bank of Commerce), Lusaka    Jan 2014 – Feb 2017',
        'Software Engineer',
        '- Built the payments switch.',
      ),
    );
    expect(rolesOf(result)).toEqual([
      ['Acme Ltd', 'Principal Engineer', '2017-03', 'present'],
      ['ZBank', 'Software Engineer', '2014-01', '2017-02'],
    ]);
    expect(result.resume.work?.map((work) => work.positions?.[0]?.location)).toEqual([
      { city: 'Perth' },
      { city: 'Lusaka' },
    ]);
  });

  it('leaves a bracket naming another organisation to the header ("Assistent (University of Duesseldorf)")', async () => {
    const result = await extractText(
      experience(
        'Jun 2007 - Feb 2009: Student Research Assistent (University of Duesseldorf)',
        '- Ran the lab experiments.',
      ),
    );
    expect(result.resume.work?.map((work) => work.name)).toEqual(['University of Duesseldorf']);
  });
});

describe('an employer line with its own span over titles dated within it', () => {
  const ladder = (employer: string) =>
    experience(
      `${employer}    2015 – Present`,
      'Engineering Manager, Digital Channels    Feb 2022 – Present',
      'Led twenty engineers across mobile and web banking.',
      'Technical Lead    Mar 2018 – Jan 2022',
      'Owned the payments architecture.',
      'Software Engineer    Jan 2015 – Feb 2018',
      'Built the account opening flow.',
    );

  it("reads one position per title at that employer, the name after the first title's comma its team", async () => {
    const result = await extractText(ladder('Bancoria, Bogotá'));
    expect(rolesOf(result)).toEqual([
      ['Bancoria', 'Engineering Manager', '2022-02', 'present'],
      ['Bancoria', 'Technical Lead', '2018-03', '2022-01'],
      ['Bancoria', 'Software Engineer', '2015-01', '2018-02'],
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.team).toBe('Digital Channels');
    expect(result.resume.work?.[0]?.positions?.map((position) => position.location)).toEqual([
      { city: 'Bogotá' },
      { city: 'Bogotá' },
      { city: 'Bogotá' },
    ]);
  });

  it('reads the same ladder under an employer named alone on its line', async () => {
    expect(await roles(ladder('Bancoria'))).toEqual([
      ['Bancoria', 'Engineering Manager', '2022-02', 'present'],
      ['Bancoria', 'Technical Lead', '2018-03', '2022-01'],
      ['Bancoria', 'Software Engineer', '2015-01', '2018-02'],
    ]);
  });
});

describe('promotions written inline', () => {
  it('reads "Title (dates), promoted to Title (dates)" as two positions at the employer above', async () => {
    expect(
      await experienceRoles(
        'Northwind Freight, Melbourne    2018 – 2023',
        'Software Engineer (2018 – 2020), promoted to Senior Software Engineer (2020 – 2023)',
        '- Built the dispatch service.',
        '',
        'Larkspur Systems — Perth',
        'Developer, Jan 2012 – Mar 2015; promoted to Senior Developer, Apr 2015 – Dec 2017',
        '- Built the billing engine.',
      ),
    ).toEqual([
      ['Northwind Freight', 'Software Engineer', '2018', '2020'],
      ['Northwind Freight', 'Senior Software Engineer', '2020', '2023'],
      ['Larkspur Systems', 'Developer', '2012-01', '2015-03'],
      ['Larkspur Systems', 'Senior Developer', '2015-04', '2017-12'],
    ]);
  });

  it('leaves the history in a title\'s bracket out of it ("(promoted from Senior Engineer in 2016)")', async () => {
    expect(
      await experienceRoles(
        'Larkspur Systems, Perth    2012 – 2018',
        'Principal Engineer (promoted from Senior Engineer in 2016)',
        '- Led the data team.',
      ),
    ).toEqual([['Larkspur Systems', 'Principal Engineer', '2012', '2018']]);
  });

  it('opens a position at the same employer with a dated "Promoted to" line, from its date to the span\'s end', async () => {
    expect(
      await experienceRoles(
        'Northwind Freight, Melbourne    2018 – 2023',
        'Software Engineer    2018 – 2021',
        '- Built the dispatch service.',
        'Promoted to Senior Developer (2021)',
        '- Led the routing rewrite.',
        '',
        'Senior Developer, Larkspur Systems    Jan 2012 – Present',
        '- Built the billing engine.',
        'Promoted to Team Lead (2016)',
      ),
    ).toEqual([
      ['Northwind Freight', 'Software Engineer', '2018', '2021'],
      ['Northwind Freight', 'Senior Developer', '2021', '2023'],
      ['Larkspur Systems', 'Senior Developer', '2012-01', '2016'],
      ['Larkspur Systems', 'Team Lead', '2016', 'present'],
    ]);
  });

  it('keeps an undated "Promoted to" line as the text of the position above, never an employer', async () => {
    const result = await extractText(
      experience(
        'Northwind Freight, Melbourne    2018 – 2023',
        'Software Engineer',
        '- Built the dispatch service.',
        'Promoted to Senior Developer',
        '- Led the routing rewrite.',
        '',
        'Larkspur Systems, Perth    2012 – 2018',
        'Developer',
        '- Built the billing engine.',
      ),
    );
    expect(rolesOf(result)).toEqual([
      ['Northwind Freight', 'Software Engineer', '2018', '2023'],
      ['Larkspur Systems', 'Developer', '2012', '2018'],
    ]);
    const first = result.resume.work?.[0]?.positions?.[0];
    expect([first?.summary ?? '', ...(first?.highlights ?? [])].join(' ')).toContain(
      'Promoted to Senior Developer',
    );
  });
});

describe('how the job was held, in brackets after the title', () => {
  it("leaves the engagement out of a title written before its employer's comma", async () => {
    expect(
      await experienceRoles(
        'Programmer (Summer Trainee), Radiant Controls    Jun 2015 – Aug 2015',
        '- Wrote test tools.',
        '',
        'Web Developer (part-time), Larkspur Systems    2012 – 2014',
        '- Built sites.',
        '',
        'QA Engineer (Working Student), Northwind Freight    2010 – 2012',
        '- Tested the billing engine.',
      ),
    ).toEqual([
      ['Radiant Controls', 'Programmer', '2015-06', '2015-08'],
      ['Larkspur Systems', 'Web Developer', '2012', '2014'],
      ['Northwind Freight', 'QA Engineer', '2010', '2012'],
    ]);
  });

  it("leaves the engagement and a research grant's type out of a title on its own line", async () => {
    expect(
      await experienceRoles(
        'Radiant Controls    Jun 2015 – Aug 2015',
        'Programmer (Summer Trainee)',
        '- Wrote test tools.',
        '',
        'Instituto Quimera    2008 – 2010',
        'Research Fellow (BI)',
        '- Modelled river basins.',
      ),
    ).toEqual([
      ['Radiant Controls', 'Programmer', '2015-06', '2015-08'],
      ['Instituto Quimera', 'Research Fellow', '2008', '2010'],
    ]);
  });

  it('keeps a bracket that names the field of the title ("Data Analyst (BI)", "Summer Intern (IT Infrastructure)")', async () => {
    expect(
      await experienceRoles(
        'Larkspur Systems    2016 – 2019',
        'Data Analyst (BI)',
        '- Built the sales dashboards.',
        '',
        'Radiant Controls    Jun 2015 – Aug 2015',
        'Summer Intern (IT Infrastructure)',
        '- Racked servers.',
      ),
    ).toEqual([
      ['Larkspur Systems', 'Data Analyst (BI)', '2016', '2019'],
      ['Radiant Controls', 'Summer Intern (IT Infrastructure)', '2015-06', '2015-08'],
    ]);
  });
});

describe('a title in another language before its employer', () => {
  it('reads the title side by the words of trainees, technicians and developers in European languages', async () => {
    expect(
      await experienceRoles(
        'Practicante de Sistemas — Cervecería Andina    01/2019 – 06/2019',
        '- Soporte a usuarios.',
        '',
        'Apprentie ingénieure — Orbital Systems    2017 – 2018',
        '- Tests des satellites.',
        '',
        'Applicatieontwikkelaar, Telnet NV    2015 – 2017',
        '- Apps voor klanten.',
      ),
    ).toEqual([
      ['Cervecería Andina', 'Practicante de Sistemas', '2019-01', '2019-06'],
      ['Orbital Systems', 'Apprentie ingénieure', '2017', '2018'],
      ['Telnet NV', 'Applicatieontwikkelaar', '2015', '2017'],
    ]);
  });
});

describe('a position given one date lies within it', () => {
  it('reads "Employer    2005" among ranged entries as a position starting and ending then', async () => {
    expect(
      await experienceRoles(
        'Larkspur Systems    2008 – 2012',
        'Software Engineer',
        '- Built sites.',
        '',
        'Radiant Controls    2005',
        'Programmer (Summer Trainee)',
        '- Wrote test tools.',
      ),
    ).toEqual([
      ['Larkspur Systems', 'Software Engineer', '2008', '2012'],
      ['Radiant Controls', 'Programmer', '2005', '2005'],
    ]);
  });

  it("reads a year leading the line in a date column of ranges as the position's whole span", async () => {
    expect(
      await experienceRoles(
        '2008 – 2012    Software Engineer, Larkspur Systems',
        '- Built sites.',
        '',
        '2005    Summer Intern, Radiant Controls',
        '- Wrote test tools.',
      ),
    ).toEqual([
      ['Larkspur Systems', 'Software Engineer', '2008', '2012'],
      ['Radiant Controls', 'Summer Intern', '2005', '2005'],
    ]);
  });
});
