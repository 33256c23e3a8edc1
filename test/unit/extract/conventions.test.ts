import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/** Conventions of real résumés, each written here with made-up names so the answer is known. */
describe('résumé conventions', () => {
  it('reads an employer line over its dates over the title, the employer once above two positions', async () => {
    const result = await extractText(
      [
        'Work history',
        '',
        'Northwind Foods, Leeds',
        'March 2020 to date',
        'Lead Developer',
        '- Runs the order service',
        '',
        'June 2017 to February 2020',
        'Developer (fixed-term contract)',
        '- Built the warehouse API',
        '',
        'Bramble Housing, York',
        'January 2015 to May 2017',
        'Digital Apprenticeship',
        '- Wrote the tenancy forms',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Northwind Foods',
        title: 'Lead Developer',
        startDate: '2020-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Northwind Foods',
        title: 'Developer',
        startDate: '2017-06',
        endDate: '2020-02',
        current: undefined,
      },
      {
        company: 'Bramble Housing',
        title: 'Digital Apprenticeship',
        startDate: '2015-01',
        endDate: '2017-05',
        current: undefined,
      },
    ]);
  });
});

/** The education entries of a document: school, degree and end, the fields these rules decide. */
async function schools(lines: string[]) {
  const result = await extractText(lines.join('\n'));
  return (result.resume.education ?? []).map((entry) => [entry.institution, entry.studyType, entry.endDate]);
}

describe('schools and degrees', () => {
  // Until session 16 this kept the faculty in the school's name ("…(RUAA), Faculty of Media and Computing");
  // the graph's School is the institution a person is found by, so the unit named after it is not part of it.
  it('leaves a faculty or school of a university named after a comma out of the school, and keeps acronyms in brackets', async () => {
    expect(
      await schools([
        'Education',
        '',
        'Riverside University of Applied Arts (RUAA), Faculty of Media and Computing   Riverton',
        'MSc, Interaction Design, 2014',
        '',
        'University of Eastmoor, School of Informatics',
        'BSc in Computing, 2012',
        '',
        'Grand Valley Polytechnic Institute of Science and Technology (GVPIST), BEng Robotics, 2008 – 2012',
      ]),
    ).toEqual([
      ['Riverside University of Applied Arts (RUAA)', 'MSc', '2014'],
      ['University of Eastmoor', 'BSc', '2012'],
      ['Grand Valley Polytechnic Institute of Science and Technology (GVPIST)', 'BEng', '2012'],
    ]);
  });

  it('reads the Central European degrees written with their period (Ing., Bc., Mgr.)', async () => {
    expect(
      await schools([
        'Education',
        '',
        'Moravian Technical University',
        'Ing. (MSc equivalent), Cybernetics — 2016',
        'Bc., Applied Informatics — 2014',
        'Mgr., Mathematics — 2019',
      ]),
    ).toEqual([
      ['Moravian Technical University', 'Ing.', '2016'],
      ['Moravian Technical University', 'Bc.', '2014'],
      ['Moravian Technical University', 'Mgr.', '2019'],
    ]);
  });
});

describe('ASCII-art frames', () => {
  it('reads the sections and entries drawn inside boxes, the titles set in the borders', async () => {
    const result = await extractText(
      [
        '+=============================================+',
        '|              MARTA KOWALCZYK                |',
        '+=============================================+',
        '',
        '+--[ EXPERIENCE ]-----------------------------+',
        '| Nordwave Labs  ..........  2019/04 - now    |',
        '|   Firmware Engineer                         |',
        '|   * Bootloaders in Rust                     |',
        '+---------------------------------------------+',
        '',
        '+--[ EDUCATION ]------------------------------+',
        '| Baltic University of Technology  2013 - 2018|',
        '| MSc Embedded Systems                        |',
        '+---------------------------------------------+',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Nordwave Labs',
        title: 'Firmware Engineer',
        startDate: '2019-04',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(result.resume.basics?.name).toBe('MARTA KOWALCZYK');
    expect(result.resume.education?.map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['Baltic University of Technology', 'MSc'],
    ]);
    // The fact's place is the document's own column: the bars became spaces, nothing moved.
    const title = result.facts.find((fact) => fact.value === 'Firmware Engineer');
    expect(title).toMatchObject({ line: 7, column: 4, endColumn: 21 });
    expect(result.lines[6]?.slice(4, 21)).toBe('Firmware Engineer');
  });
});

describe('nested lists', () => {
  it('reads employers, their positions and schools from a Markdown CV in nested lists with no headings', async () => {
    const result = await extractText(
      [
        'Jonas Berg',
        '==========',
        '',
        '* **Fjordline Shipping ASA**, Bergen',
        '    * Platform Lead, since 04/2021',
        '        * Moved the booking system to Kubernetes',
        '    * Site Reliability Engineer, 01/2018 – 03/2021',
        '        * On call for the ticketing APIs',
        '* **Nordkapp Data**, Oslo',
        '    * Data Engineer, 08/2015 – 12/2017',
        '* **Norwegian University of Science and Technology**',
        '    * MSc Computer Science, 2013 – 2015',
        '    * BSc Informatics, 2010 – 2013',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Fjordline Shipping ASA',
        title: 'Platform Lead',
        startDate: '2021-04',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Fjordline Shipping ASA',
        title: 'Site Reliability Engineer',
        startDate: '2018-01',
        endDate: '2021-03',
        current: undefined,
      },
      {
        company: 'Nordkapp Data',
        title: 'Data Engineer',
        startDate: '2015-08',
        endDate: '2017-12',
        current: undefined,
      },
    ]);
    expect(
      result.resume.education?.map((entry) => [entry.institution, entry.studyType, entry.endDate]),
    ).toEqual([
      ['Norwegian University of Science and Technology', 'MSc', '2015'],
      ['Norwegian University of Science and Technology', 'BSc', '2013'],
    ]);
  });
});

describe('a left date column', () => {
  it('reads titles with their own dates under one employer, wrapped lines, and a title before its description', async () => {
    const result = await extractText(
      [
        'EXPERIENCE',
        '',
        '2016.01 - 2019.12  Lindqvist Partners AB, Malmö',
        '                   Lead Consultant (2018.02 - 2019.12)',
        '                   Consultant (2016.01 - 2018.01)',
        '                   Claims systems for insurers: Java EE',
        '                   on JBoss, Oracle, Jenkins.',
        '',
        '2013.06 - 2015.12  Øresund Robotics ApS, Lund',
        '                   Software Developer, C++ and Qt for welding cells',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Lindqvist Partners AB',
        title: 'Lead Consultant',
        startDate: '2018-02',
        endDate: '2019-12',
        current: undefined,
      },
      {
        company: 'Lindqvist Partners AB',
        title: 'Consultant',
        startDate: '2016-01',
        endDate: '2018-01',
        current: undefined,
      },
      {
        company: 'Øresund Robotics ApS',
        title: 'Software Developer',
        startDate: '2013-06',
        endDate: '2015-12',
        current: undefined,
      },
    ]);
  });
});

describe('tables of positions', () => {
  it('reads a Markdown table by its header row, one position per row, the other cells as its text', async () => {
    const result = await extractText(
      [
        '## Experience',
        '',
        '| When | Employer | Title | What I did, in more words than a header would ever hold | Tools |',
        '|---|---|---|---|---|',
        '| 03/2021 – present | Quillon Freight | Staff Engineer | Rebuilt the routing engine and the quoting service for the sales team | Go, Kafka |',
        '| 01/2017 – 02/2021 | Quillon Freight | Engineer | Pricing | Python |',
        '| 05/2014 – 12/2016 | Ostrava Maps | Developer | Tiles | C++, PostgreSQL |',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      {
        company: 'Quillon Freight',
        title: 'Staff Engineer',
        startDate: '2021-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Quillon Freight',
        title: 'Engineer',
        startDate: '2017-01',
        endDate: '2021-02',
        current: undefined,
      },
      {
        company: 'Ostrava Maps',
        title: 'Developer',
        startDate: '2014-05',
        endDate: '2016-12',
        current: undefined,
      },
    ]);
    const technologies = (result.resume.work ?? []).map((work) =>
      (work.positions ?? []).map((position) => position.technologies),
    );
    expect(technologies).toEqual([[['Go', 'Kafka'], ['Python']], [['C++', 'PostgreSQL']]]);
  });
});

describe('outlines and labelled fields', () => {
  it('reads an Org-mode CV: star headings, property drawers as labelled fields, tags left out', async () => {
    const result = await extractText(
      [
        '#+TITLE: Ivo Petrov -- CV',
        '',
        '* Work',
        '** Brightleaf Studios                                   :remote:',
        '   :PROPERTIES:',
        '   :FROM:  2020-05',
        '   :TO:    present',
        '   :ROLE:  Lead Engineer',
        '   :END:',
        '   Shaders and tools.',
        '',
        '** Varna Institute of Oceanography',
        '   :PROPERTIES:',
        '   :FROM:  2016-09',
        '   :TO:    2020-04',
        '   :END:',
        '   A research programmer with no title.',
        '',
        '* Education',
        '** University of Ruse -- MSci Physics, 2011--2016',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Brightleaf Studios',
        title: 'Lead Engineer',
        startDate: '2020-05',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Varna Institute of Oceanography',
        title: undefined,
        startDate: '2016-09',
        endDate: '2020-04',
        current: undefined,
      },
    ]);
    expect(result.resume.education?.map((entry) => [entry.institution, entry.studyType])).toEqual([
      ['University of Ruse', 'MSci'],
    ]);
  });

  it('reads "From:", "To:" and "Role:" fields under an employer in any plain document', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Kestrel Analytics',
        'From: March 2019',
        'To: June 2022',
        'Role: Data Engineer',
        'Built the ETL.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Kestrel Analytics',
        title: 'Data Engineer',
        startDate: '2019-03',
        endDate: '2022-06',
        current: undefined,
      },
    ]);
  });
});

describe('entries that name no title', () => {
  it('reads a bold employer over its dates, and a list item shaped like the positions above it', async () => {
    const bold = await extractText(
      [
        'Experience',
        '',
        '**Pelican Maps** — Staff Engineer',
        '*2019 – today*',
        '',
        '**Tern.io**',
        '*2015 – 2019*',
        '',
        'Tile servers.',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(bold)).toEqual([
      {
        company: 'Pelican Maps',
        title: 'Staff Engineer',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
      { company: 'Tern.io', title: undefined, startDate: '2015', endDate: '2019', current: undefined },
    ]);
    const list = await extractText(
      [
        '## Work',
        '',
        '- **Osprey Health** — *Backend Engineer* · Aug 2020 → Dec 2022',
        '  Claims API in Go.',
        '- **Kite Academy** · Oct 2016 → Feb 2018',
        '  Fellowship with client placements.',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(list)).toEqual([
      {
        company: 'Osprey Health',
        title: 'Backend Engineer',
        startDate: '2020-08',
        endDate: '2022-12',
        current: undefined,
      },
      {
        company: 'Kite Academy',
        title: undefined,
        startDate: '2016-10',
        endDate: '2018-02',
        current: undefined,
      },
    ]);
  });
});

describe("a form's fields", () => {
  it('reads "Supervisor:", "Hours per week:" and "Salary:" as fields of the position, no position of their own', async () => {
    const result = await extractText(
      [
        'PROFESSIONAL EXPERIENCE',
        '',
        'Network Engineer',
        'Bureau of Land Records, Office of Systems',
        'Dates of employment: 04/2018 – Present',
        'Hours per week: 40',
        'Supervisor: Mr. Alan Park, (555) 555-0100; may contact: Yes',
        'Salary: $90,000 per year',
        'Ran the agency WAN.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      {
        company: 'Bureau of Land Records',
        title: 'Network Engineer',
        startDate: '2018-04',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});
