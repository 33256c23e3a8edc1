import { describe, expect, it } from 'vitest';
import { extractBytes, extractText, positions } from './extract-text.js';
import { column, makeDocx, makePdf } from './make-documents.js';

/** Session 11: sections Word résumés name in table rows and summaries, and schools named by their city. */

describe('a Word table whose first column names the section', () => {
  it('reads "Education | degree, school, year" as the education section', async () => {
    const docx = await makeDocx([
      { paragraph: 'MEERA KRISHNAN', bold: true },
      { paragraph: 'Email: meera@krishnan.example' },
      { table: [[['Profile'], ['Java developer with nine years in insurance projects.']]] },
      { heading: 'Experience', level: 2 },
      { paragraph: 'Cognizant, Pune — Senior Associate — Mar 2019 to till date' },
      { paragraph: 'Claims services in Java and Spring Boot.' },
      { table: [[['Education'], ['B.E. (Computer Engineering), Savitribai Phule Pune University, 2015']]] },
    ]);
    const result = await extractBytes(docx, 'resume.docx');
    expect(
      result.resume.education?.map((entry) => ({
        institution: entry.institution,
        studyType: entry.studyType,
        endDate: entry.endDate,
      })),
    ).toEqual([{ institution: 'Savitribai Phule Pune University', studyType: 'B.E.', endDate: '2015' }]);
    expect(positions(result)).toEqual([
      {
        company: 'Cognizant',
        title: 'Senior Associate',
        startDate: '2019-03',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});

describe('an "Experience Summary" listing the positions', () => {
  it('reads its dated header lines as positions when no experience section gives one', async () => {
    const docx = await makeDocx([
      { paragraph: 'RAVI KUMAR', bold: true },
      { paragraph: 'Email: ravi@kumar.example' },
      { heading: 'Experience Summary', level: 2 },
      { paragraph: 'Tata Consultancy Services, Chennai — Technical Lead — Jul 2017 to till date' },
      { paragraph: 'Mindtree Limited, Bangalore — Software Engineer — Jun 2013 to Jun 2017' },
      { heading: 'Technical Skills', level: 2 },
      { paragraph: 'Languages: Java, SQL' },
    ]);
    expect(positions(await extractBytes(docx, 'resume.docx'))).toEqual([
      {
        company: 'Tata Consultancy Services',
        title: 'Technical Lead',
        startDate: '2017-07',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Mindtree Limited',
        title: 'Software Engineer',
        startDate: '2013-06',
        endDate: '2017-06',
        current: undefined,
      },
    ]);
  });

  it('leaves a "Career Summary" of prose a summary', async () => {
    const text = [
      'Ruth Alder',
      'ruth@alder.example',
      '',
      'CAREER SUMMARY',
      '',
      'Platform engineer with ten years of experience in payments and logistics.',
      '',
      'EXPERIENCE',
      '',
      'Staff Engineer, Kestrel Pay — 2019 – present',
      '- Led the ledger rewrite in Go.',
    ].join('\n');
    const result = await extractText(text);
    expect(positions(result)).toEqual([
      {
        company: 'Kestrel Pay',
        title: 'Staff Engineer',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});

describe('a school whose name is generic, told apart by its city', () => {
  it.each([
    [
      'National Institute of Technology, Warangal    2010 – 2014',
      'National Institute of Technology, Warangal',
    ],
    [
      'International Institute of Information Technology, Bangalore    2012 – 2016',
      'International Institute of Information Technology, Bangalore',
    ],
    ['Government Engineering College, Kozhikode    2008 – 2012', 'Government Engineering College, Kozhikode'],
    // A name of its own needs no city.
    ['Anna University, Chennai    2008 – 2012', 'Anna University'],
    ['Chalmers University of Technology, Gothenburg    2008 – 2012', 'Chalmers University of Technology'],
  ])('reads "%s" as the school "%s"', async (line, school) => {
    const text = [
      'Asha Pillai',
      'asha@pillai.example',
      '',
      'EDUCATION',
      '',
      line,
      'B.Tech, Computer Science',
    ].join('\n');
    const result = await extractText(text);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual([school]);
  });
});

describe('a timeline of jobs and studies', () => {
  it('reads an entry naming a degree at a school as education, not a position', async () => {
    const pdf = await makePdf([
      column(50, 60, [
        { text: 'Maud Ferrand', size: 16, bold: true },
        'maud@ferrand.example',
        '',
        { text: 'T I M E L I N E', bold: true },
        '',
        '2019 – now',
        { text: 'Creative Developer', bold: true },
        'Lumen Labs · Québec',
        'Real-time visuals for museum shows in TouchDesigner and projection rigs built for touring.',
        '',
        '2014 – 2018',
        { text: 'BFA, Computation Arts', bold: true },
        'Université Laval · Québec',
        'Thesis installation built with Arduino.',
      ]),
    ]);
    const result = await extractBytes(pdf, 'timeline.pdf');
    expect(positions(result)).toEqual([
      {
        company: 'Lumen Labs',
        title: 'Creative Developer',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(
      result.resume.education?.map((entry) => ({
        institution: entry.institution,
        studyType: entry.studyType,
        area: entry.area,
        startDate: entry.startDate,
        endDate: entry.endDate,
      })),
    ).toEqual([
      {
        institution: 'Université Laval',
        studyType: 'BFA',
        area: 'Computation Arts',
        startDate: '2014',
        endDate: '2018',
      },
    ]);
  });
});

describe('a title that is also a section name', () => {
  it('reads "Internship" under a line of dates, set as the other titles, as the title', async () => {
    const docx = await makeDocx([
      { paragraph: 'Jonas Keller', bold: true },
      { paragraph: 'jonas@keller.example' },
      { paragraph: 'Professional experience', bold: true },
      { paragraph: '08/2016 – 02/2021' },
      { paragraph: 'Software Engineer', bold: true },
      { paragraph: 'Brenntal Systems AG, Basel' },
      { bullet: 'Claims portal in Java and Spring.' },
      { paragraph: '07/2014 – 09/2014' },
      { paragraph: 'Internship', bold: true },
      { paragraph: 'Rheinwerk Software GmbH, Mannheim' },
      { bullet: 'Test automation in Python.' },
      { paragraph: 'Education', bold: true },
      { paragraph: '09/2011 – 09/2015' },
      { paragraph: 'Bachelor of Science in Informatik' },
      { paragraph: 'Universität Basel' },
    ]);
    const result = await extractBytes(docx, 'cv.docx');
    expect(positions(result)).toEqual([
      {
        company: 'Brenntal Systems AG',
        title: 'Software Engineer',
        startDate: '2016-08',
        endDate: '2021-02',
        current: undefined,
      },
      {
        company: 'Rheinwerk Software GmbH',
        title: 'Internship',
        startDate: '2014-07',
        endDate: '2014-09',
        current: undefined,
      },
    ]);
    expect(result.resume.education?.map((entry) => entry.institution)).toEqual(['Universität Basel']);
  });
});
