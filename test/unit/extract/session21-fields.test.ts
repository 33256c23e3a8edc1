import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { readStudyEvent } from '../../../src/extract/education.js';
import {
  EXPERIENCE_HEAD,
  educationResume,
  extractText,
  roleRowsWithTeam,
  schools,
  seedCatalogue,
  technologiesByPosition,
} from './extract-text.js';

/**
 * Session 21 (xedu3): known misfires on schools, degrees, locations and event histories. Every input is built
 * here (invented people, schools, employers and places); the expected answers are what a reader takes from it.
 */

/** The education entries of a résumé with one position and `lines` under "Education". */
async function educationOf(...lines: string[]) {
  return schools(await extractText(educationResume(...lines)));
}

describe('an event of studies names the school, a bracketed degree with its field, and its date (point 1)', () => {
  it('joins "Entered X, April 2010" and "Graduated from X, March 2014 (B.Eng. Field)" into one entry', async () => {
    expect(
      await educationOf(
        'Entered Hollin Institute of Technology, April 2010',
        'Graduated from Hollin Institute of Technology, March 2014 (B.Eng. Mechanical Engineering)',
      ),
    ).toEqual([
      {
        institution: 'Hollin Institute of Technology',
        studyType: 'B.Eng.',
        area: 'Mechanical Engineering',
        startDate: '2010-04',
        endDate: '2014-03',
      },
    ]);
  });

  it.each([
    'Graduated from Hollin Institute of Technology (B.Eng. Mechanical Engineering), 2014',
    'Graduated from Hollin Institute of Technology (B.Eng. in Mechanical Engineering) 2014',
    'Graduated from Hollin Institute of Technology, B.Eng. Mechanical Engineering, 2014',
  ])('reads the degree, its field and the year of %j', async (line) => {
    expect(await educationOf(line)).toEqual([
      {
        institution: 'Hollin Institute of Technology',
        studyType: 'B.Eng.',
        area: 'Mechanical Engineering',
        startDate: undefined,
        endDate: '2014',
      },
    ]);
  });

  it.each([
    ['Graduated from Quarry University in 2012 with a BSc in Physics', 'Quarry University'],
    ['Graduated from Quarry University with a BSc in Physics, 2012', 'Quarry University'],
    [
      'Graduated from Vltava Technical University in Lindau, 2012 (BSc Physics)',
      'Vltava Technical University in Lindau',
    ],
  ])('reads %j as the school %j, the BSc in Physics, 2012', async (line, institution) => {
    expect(await educationOf(line)).toEqual([
      { institution, studyType: 'BSc', area: 'Physics', startDate: undefined, endDate: '2012' },
    ]);
  });

  it('gives the event, the school cut at its comma or bracket, and the degree with its field', () => {
    const text = 'Graduated from Quarry University, June 2012 (M.Sc. Applied Physics)';
    const told = readStudyEvent(text);
    expect(told?.event).toBe('end');
    expect(told?.school.text).toBe('Quarry University');
    expect(text.slice(told?.school.start, told?.school.end)).toBe('Quarry University');
    expect(told?.degree?.text).toBe('M.Sc.');
    expect(told?.area?.text).toBe('Applied Physics');
    expect(readStudyEvent('Entered Quarry University, School of Science')).toMatchObject({
      event: 'start',
      school: { text: 'Quarry University' },
      degree: null,
    });
    // No school after the verb: no event of studies.
    expect(readStudyEvent('Graduated with honours in 2012')).toBeNull();
    expect(readStudyEvent('Quarry University, 2012')).toBeNull();
  });

  it('reads an event history of rows "Year  Month  Event" with only its two study rows', async () => {
    const result = await extractText(
      [
        ...EXPERIENCE_HEAD,
        'Vantor Logistics — Software Engineer',
        '2019 – 2022',
        '',
        'Education',
        '2011    4    Entered Tamsin University, Faculty of Science, Department of Marine Biology',
        '2015    3    Graduated from Tamsin University (B.Sc. Marine Biology)',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'Tamsin University',
        studyType: 'B.Sc.',
        area: 'Marine Biology',
        startDate: '2011-04',
        endDate: '2015-03',
      },
    ]);
  });
});

describe("a grade's label is never part of a school's name (point 2)", () => {
  it.each([
    ['BSc Statistics, University of Eastmark, GPA 3.8/4.0, 2016', 'University of Eastmark'],
    ['MSc Physics, University of Westmarch, CGPA: 8.9, 2016', 'University of Westmarch'],
    ['Licence Informatique, University of Eastmark, Mention Bien, 2016', 'University of Eastmark'],
    ['BA History, University of Northvale, Honours, 2016', 'University of Northvale'],
    ['Diplom Informatik, University of Lindau, Note 1.3, 2016', 'University of Lindau'],
  ])('reads %j as the school %j', async (line, institution) => {
    const [entry, more] = await educationOf(line);
    expect(more).toBeUndefined();
    expect(entry).toMatchObject({ institution, endDate: '2016' });
  });

  it('keeps the campus a university system names after the comma', async () => {
    const [entry] = await educationOf('BSc Statistics, University of Eastmark, Northport, 2016');
    expect(entry?.institution).toBe('University of Eastmark, Northport');
  });
});

describe('a location has letters (point 3)', () => {
  it('reads no location from a figure left after the dates of a header', async () => {
    const result = await extractText(
      [
        ...EXPERIENCE_HEAD,
        'Graduate Engineer, Tessaro Motors, 2019 - 85 %',
        '- Designed gearbox test rigs in MATLAB',
      ].join('\n'),
    );
    const work = result.resume.work ?? [];
    expect(work.map((entry) => entry.name)).toEqual(['Tessaro Motors']);
    expect(work[0]?.positions?.[0]?.position).toBe('Graduate Engineer');
    expect(work[0]?.positions?.[0]?.location).toBeUndefined();
  });

  it('still reads a place after the employer', async () => {
    const result = await extractText(
      [...EXPERIENCE_HEAD, 'Graduate Engineer, Tessaro Motors, Lindau, 2019 – 2021', '- Test rigs'].join(
        '\n',
      ),
    );
    expect(result.resume.work?.[0]?.positions?.[0]?.location).toMatchObject({ city: 'Lindau' });
  });
});

describe('a transfer to another unit as a new title opens a position (point 4)', () => {
  const history = [
    'Sora Imada',
    'sora.imada@example.jp',
    '',
    'Work History',
    '2012    4    Joined Hibiki Systems Co., Ltd. as a systems engineer (public works division)',
    'Billing batch jobs in COBOL',
    '2016    10    Transferred to the cloud services division as a software engineer',
    'Provisioning tools in Python for Hibiki Systems',
    '2019    6    Resigned',
    '2019    7    Joined Umeda Labs Inc. as a backend engineer',
    'Payment APIs in Kotlin',
    'Currently employed',
    'End',
  ].join('\n');

  it('reads the transfer as a position from its month to the next event, in the unit it names', async () => {
    const work = await roleRowsWithTeam(history);
    expect(work).toEqual(
      expect.arrayContaining([
        ['Hibiki Systems Co., Ltd.', 'systems engineer', undefined, '2012-04', '2016-10'],
        ['Hibiki Systems Co., Ltd.', 'software engineer', 'cloud services division', '2016-10', '2019-06'],
        ['Umeda Labs Inc.', 'backend engineer', undefined, '2019-07', 'present'],
      ]),
    );
    expect(work).toHaveLength(3);
  });

  it('gives the line under an event row to the position that row opened, not to every one at its employer', async () => {
    const byTitle = Object.fromEntries(
      technologiesByPosition(await extractText(history)).map((position) => [
        position.title,
        position.technologies,
      ]),
    );
    expect(byTitle).toEqual({
      'systems engineer': ['COBOL'],
      'software engineer': ['Python'],
      'backend engineer': ['Kotlin'],
    });
  });
});

describe('a campus or a parent institution after a comma is part of the employer (point 5)', () => {
  /** [employer, title, location's city] of each position of a résumé with `lines` under "Experience". */
  async function employers(...lines: string[]) {
    const result = await extractText([...EXPERIENCE_HEAD, ...lines].join('\n'), 'resume.md');
    return (result.resume.work ?? []).flatMap((entry) =>
      (entry.positions ?? []).map((position) => [
        entry.name,
        position.position,
        typeof position.location === 'object' ? position.location?.city : position.location,
      ]),
    );
  }

  it("keeps a university system's campus, set apart from the place in the next column", async () => {
    expect(
      await employers(
        'University of Westland, Halloway    Halloway, OR',
        'Teaching Assistant    August 2017 – May 2019',
        '- Taught Java',
      ),
    ).toEqual([['University of Westland, Halloway', 'Teaching Assistant', 'Halloway']]);
  });

  it('keeps the institution a research lab belongs to, which is no location', async () => {
    expect(
      await employers(
        '- **Research Intern**, Lumen Lab, IIIT Westpur — Dec 2022 – Apr 2023',
        '  Labelled tweets with Python.',
        '',
        'Research Assistant, Vision Laboratory, University of Eastmark    Jan 2019 – May 2020',
        '- Trained models in PyTorch',
      ),
    ).toEqual([
      ['Lumen Lab, IIIT Westpur', 'Research Intern', undefined],
      ['Vision Laboratory, University of Eastmark', 'Research Assistant', undefined],
    ]);
  });

  it('leaves a place after an employer that is no university system, or where the line gives no place apart', async () => {
    expect(
      await employers(
        'Software Engineer, Quillon Freight, Lindau    2020 – 2022',
        '- Go services',
        '',
        'Teaching Assistant, University of Westland, Halloway, OR, 2017 – 2018',
        '- Taught Java',
        '',
        'Research Assistant, University of Westland, Halloway    2015 – 2017',
        '- Surveys in R',
      ),
    ).toEqual([
      ['Quillon Freight', 'Software Engineer', 'Lindau'],
      ['University of Westland', 'Teaching Assistant', 'Halloway'],
      ['University of Westland', 'Research Assistant', 'Halloway'],
    ]);
  });
});

describe('studies after the jobs of a résumé with no headings', () => {
  it("reads a degree line under the last job as education, not as the job's text", async () => {
    const result = await extractText(
      [
        'Lerato Dube',
        'Maseru, Lesotho - lerato.dube@example.org',
        '',
        'Junior Data Analyst, Quillon Freight, Maseru - Jan 2024 to date',
        'Excel and Power BI reports on shipments.',
        '',
        'Data Intern, Tamsin Logistics, Maseru - Jun 2023 to Dec 2023',
        '',
        'BSc Statistics, University of Eastmark, 2023',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([
      {
        institution: 'University of Eastmark',
        studyType: 'BSc',
        area: 'Statistics',
        startDate: undefined,
        endDate: '2023',
      },
    ]);
    expect((result.resume.work ?? []).map((entry) => entry.name)).toEqual([
      'Quillon Freight',
      'Tamsin Logistics',
    ]);
    const intern = result.resume.work?.[1]?.positions?.[0];
    expect(intern?.summary).toBeUndefined();
  });

  it('keeps a job line that names a degree inside a sentence', async () => {
    const result = await extractText(
      [
        'Lerato Dube',
        'lerato.dube@example.org',
        '',
        'Teaching Assistant, University of Eastmark - Jan 2020 to Dec 2021',
        'BSc Statistics students mentored at the University of Eastmark in 2021.',
      ].join('\n'),
    );
    expect(schools(result)).toEqual([]);
    expect(result.resume.work?.[0]?.positions?.[0]?.summary).toContain('BSc Statistics students mentored');
  });
});

describe('a line of honours is a note of the entry above, whatever school word it names', () => {
  it.each([
    'First Class Honours; University Medal',
    'Magna cum laude, University Honors Program',
    "Dean's List, University Scholars",
  ])('reads %j as no school of its own', async (note) => {
    expect(
      await educationOf(
        'Bachelor of Engineering (Honours), Software Engineering    2011 – 2015',
        'University of Northvale',
        note,
      ),
    ).toEqual([
      {
        institution: 'University of Northvale',
        studyType: 'Bachelor of Engineering (Honours)',
        area: 'Software Engineering',
        startDate: '2011',
        endDate: '2015',
      },
    ]);
  });
});

describe('a technology whose name a paragraph wraps over two lines', () => {
  const text = (...body: string[]) =>
    [
      ...EXPERIENCE_HEAD,
      'Platform Engineer, Quillon Freight, 2018 – 2020',
      ...body,
      '',
      'Backend Engineer, Tamsin Logistics, 2020 – 2023',
      '- Payment services in Kotlin.',
    ].join('\n');

  it('is one mention of the whole name, on the first line and ending on the second', async () => {
    const result = await extractText(
      text(
        'We moved every service from the data centre in Lindau onto Azure and Azure Kubernetes',
        'Service over two years, with Google Cloud for the analytics jobs.',
      ),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual([
      'Azure',
      'Azure Kubernetes Service',
      'Google Cloud',
    ]);
    const fact = result.facts.find((item) => item.path === 'work[0].positions[0].technologies[1]');
    expect(fact).toMatchObject({ line: 7, endLine: 8 });
  });

  it('leaves names apart where the first line ends its sentence', async () => {
    const result = await extractText(
      text(
        'We moved every service from the data centre in Lindau onto Azure Kubernetes.',
        'Service levels held at 99.9 % over two years of the migration work.',
      ),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Azure', 'Kubernetes']);
  });
});

describe("a position's labelled list keeps a catalogued name with its number", () => {
  it('reads "SOC 2" in a tools list as SOC 2, not as a name "SOC" with a version', async () => {
    const result = await extractText(
      [
        ...EXPERIENCE_HEAD,
        'Security Engineer, Quillon Freight, 2018 – 2020',
        '- Audit evidence pipelines.',
        'Tools: Jira, SOC 2, Terraform 1.5',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Jira', 'SOC 2', 'Terraform']);
  });
});

describe("a note line that opens with an employer's name is that employer's work", () => {
  it('gives each note under a table of positions to the employer it names', async () => {
    const result = await extractText(
      [
        'Efua Mensah\tBackend Engineer\tKumasi, Ghana',
        'efua.mensah@example.org',
        '',
        'EXPERIENCE',
        'From\tTo\tCompany\tRole',
        '2021-03\tpresent\tQuillon Freight\tBackend Engineer',
        '2018-01\t2021-02\tTamsin Logistics\tSoftware Engineer',
        '',
        'NOTES ON THE ROLES',
        'Quillon Freight\tRoute pricing services in Go; GitHub Actions builds.',
        'Tamsin Logistics\tWarehouse APIs in Ruby on Rails.',
      ].join('\n'),
    );
    expect(
      technologiesByPosition(result).map((position) => [position.company, position.technologies]),
    ).toEqual([
      ['Quillon Freight', ['Go', 'GitHub Actions']],
      ['Tamsin Logistics', ['Ruby on Rails']],
    ]);
  });
});

describe("an event history, then each employer's work under its name", () => {
  const history = [
    'Lin Pei-Shan',
    'peishan.lin@example.org',
    '',
    '## Career history',
    '',
    '| Year | Month | Event |',
    '|------|-------|-------|',
    '| 2014 | 7 | Joined Hibiki Devices Inc. as Firmware Engineer |',
    '| 2017 | 3 | Resigned from Hibiki Devices Inc. |',
    '| 2017 | 4 | Joined Umeda Labs Inc. as Software Engineer |',
    '| 2020 | 1 | Promoted to Senior Software Engineer |',
    '|      |   | Present |',
    '',
    '## What I worked on',
    '',
    '**Umeda Labs Inc.**',
    '- Scheduling services in Rust.',
    '- Python scripts for the test benches.',
    '',
    '**Hibiki Devices Inc.**',
    '- Boot firmware in C on FreeRTOS.',
    '',
    '## Skills',
    '',
    'C, Rust, Python, FreeRTOS',
  ].join('\n');

  it("gives the block under an employer's name to the latest position there, and nothing to the rows' lines", async () => {
    const result = await extractText(history, 'resume.md');
    expect(technologiesByPosition(result).map((position) => [position.title, position.technologies])).toEqual(
      [
        ['Firmware Engineer', ['C', 'FreeRTOS']],
        ['Software Engineer', []],
        ['Senior Software Engineer', ['Rust', 'Python']],
      ],
    );
  });
});

describe('a name written as its catalogue spelling is judged by that spelling, not by an alias of the same key', () => {
  it('reads "Elasticsearch" opening a clause, though its alias "Elastic Search" is made of common words', async () => {
    const catalogue = await seedCatalogue();
    const matcher = createMentionMatcher(catalogue.technologies);
    const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
    expect(ids('Integrated the call platform; Elasticsearch for call search.')).toEqual(['elasticsearch']);
    expect(ids('ReactNative for the field app.')).toEqual(['react-native']);
    // The alias itself, at a sentence's start and followed by a small word, stays two ordinary words.
    expect(ids('Elastic search for the archive was slow.')).toEqual([]);
  });
});

describe('school-leaving certificates of South Asia are no entries of higher education', () => {
  it('leaves out the Higher Secondary Certificate, the SSC, the HSC and the matriculation', async () => {
    expect(
      (
        await educationOf(
          '* B.Sc. Computer Science - University of Eastmark (2012 - 2016)',
          '* Higher Secondary Certificate - Northport College (2010)',
          '* SSC - Northport Public School (2008)',
          '* HSC, Westpur Junior College, 2012',
          '* Matriculation, Westpur Public School, 2010',
        )
      ).map((entry) => entry.institution),
    ).toEqual(['University of Eastmark']);
  });
});
