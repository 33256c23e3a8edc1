import { describe, expect, it } from 'vitest';
import { extractBytes, positions } from './extract-text.js';
import { column, makeDocx, makePdf } from './make-documents.js';

/** Session 11: header conventions PDF and Word résumés print (constructed documents whose answer is known). */

/** Each position with its place, in document order. */
async function placedPositions(content: Uint8Array, fileName: string) {
  const result = await extractBytes(content, fileName);
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      location: position.location,
    })),
  );
}

describe('a Europass export: the city after the dates, the employer over a bracketed place', () => {
  it('reads the employer from its own line and the cities as places', async () => {
    const pdf = await makePdf([
      column(50, 60, [
        { text: 'Lena Brandt', size: 16, bold: true },
        'Email address: lena@brandt.example',
        '',
        { text: 'WORK EXPERIENCE', bold: true },
        '',
        '01/03/2021 – CURRENT – Stuttgart, Germany',
        { text: 'Software Engineer', bold: true },
        'Valtrix Mobility GmbH [ Stuttgart, Germany ]',
        'Embedded services in C++ for public charging stations, with firmware updates over the air.',
        '',
        '01/10/2017 – 28/02/2021 – Lyon, France',
        { text: 'Research Engineer', bold: true },
        'Orvane Robotique [ Lyon, France ]',
        'Path planning in Python for warehouse robots, from the simulator to the fleet on the floor.',
        '',
        { text: 'EDUCATION AND TRAINING', bold: true },
        '',
        '01/09/2012 – 30/06/2017 – Lyon, France',
        'Master of Science, Computer Science',
        'Université Claude Bernard Lyon 1',
      ]),
    ]);
    expect(await placedPositions(pdf, 'europass.pdf')).toEqual([
      { company: 'Valtrix Mobility GmbH', title: 'Software Engineer', location: { city: 'Stuttgart' } },
      { company: 'Orvane Robotique', title: 'Research Engineer', location: { city: 'Lyon' } },
    ]);
  });

  it('keeps a catalogue employer written before its country', async () => {
    const pdf = await makePdf([
      column(50, 60, [
        { text: 'Ines Moura', size: 16, bold: true },
        'ines@moura.example',
        '',
        { text: 'EXPERIENCE', bold: true },
        '',
        'Google, Ireland — Site Reliability Engineer',
        '2019 – 2023',
        'Ran the storage fleet on Borg.',
      ]),
    ]);
    expect(await placedPositions(pdf, 'resume.pdf')).toEqual([
      { company: 'Google', title: 'Site Reliability Engineer', location: 'Ireland' },
    ]);
  });
});

describe('one header line with fewer parts than its siblings', () => {
  it('reads "Employer, City — dates" among "Title, Employer, City — dates" as the employer and its city', async () => {
    const docx = await makeDocx([
      { paragraph: 'Rosa Quintero', bold: true },
      { paragraph: 'rosa@quintero.example' },
      { heading: 'Employment', level: 2 },
      { paragraph: 'Database Engineer, Banco Atlántico, Valencia — 2018 to 2024' },
      { paragraph: 'Database Administrator, Banco Atlántico, Valencia — 2014 to 2018' },
      { paragraph: 'Redes Levante, Valencia — 2010 to 2014' },
      { paragraph: 'Graduate programme: rotations in billing and provisioning.' },
    ]);
    expect(positions(await extractBytes(docx, 'resume.docx'))).toEqual([
      {
        company: 'Banco Atlántico',
        title: 'Database Engineer',
        startDate: '2018',
        endDate: '2024',
        current: undefined,
      },
      {
        company: 'Banco Atlántico',
        title: 'Database Administrator',
        startDate: '2014',
        endDate: '2018',
        current: undefined,
      },
      { company: 'Redes Levante', title: undefined, startDate: '2010', endDate: '2014', current: undefined },
    ]);
  });
});

describe('a season leading a header', () => {
  it('reads "Summer 2016 Research Intern, Employer" as a position within that year', async () => {
    const pdf = await makePdf([
      [
        ...column(50, 60, [
          { text: 'Omar Said', size: 16, bold: true },
          'omar@said.example',
          '',
          { text: 'APPOINTMENTS', bold: true },
        ]),
        { text: '2019 – present', x: 50, top: 130 },
        { text: 'Lecturer in Computing, Harwick University', x: 140, top: 130 },
        { text: 'Summer 2016', x: 50, top: 150 },
        { text: 'Research Intern, Nordlys Labs', x: 140, top: 150 },
        { text: 'Static analysis of Haskell programs.', x: 140, top: 164 },
      ],
    ]);
    expect(positions(await extractBytes(pdf, 'cv.pdf'))).toEqual([
      {
        company: 'Harwick University',
        title: 'Lecturer in Computing',
        startDate: '2019',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Nordlys Labs',
        title: 'Research Intern',
        startDate: '2016',
        endDate: '2016',
        current: undefined,
      },
    ]);
  });
});

describe('entries a PDF lost', () => {
  it('reads a lower-case role line over a line of dates alone as a position', async () => {
    const pdf = await makePdf([
      column(50, 60, [
        { text: 'Jan Peeters', size: 16, bold: true },
        'jan@peeters.example',
        '',
        { text: 'Internships', bold: true },
        '',
        "Master's thesis intern · qubit labs, Leuven",
        'Feb 2022 – Jun 2022',
        'A simulator for edge schedulers in Rust.',
        '',
        'Software Test Intern · Corvin, Kortrijk',
        'Jul 2021 – Sep 2021',
        'Test automation with Robot Framework.',
      ]),
    ]);
    expect(positions(await extractBytes(pdf, 'resume.pdf'))).toEqual([
      {
        company: 'qubit labs',
        title: "Master's thesis intern",
        startDate: '2022-02',
        endDate: '2022-06',
        current: undefined,
      },
      {
        company: 'Corvin',
        title: 'Software Test Intern',
        startDate: '2021-07',
        endDate: '2021-09',
        current: undefined,
      },
    ]);
  });

  it('reads a job held as national service as a position, not a career break', async () => {
    const pdf = await makePdf([
      column(50, 60, [
        { text: 'Kojo Mensah', size: 16, bold: true },
        'kojo@mensah.example',
        '',
        { text: 'EXPERIENCE', bold: true },
        '',
        'Paylane, Accra — Software Engineer',
        'JANUARY 2018 - APRIL 2021',
        'Payment APIs in C# on SQL Server.',
        '',
        'Volta Water Board, Accra — IT Officer (National Service)',
        'SEPTEMBER 2016 - AUGUST 2017',
        'Wrote PHP scripts to clean meter data.',
        '',
        'National Service',
        '2015 - 2016',
      ]),
    ]);
    expect(positions(await extractBytes(pdf, 'resume.pdf'))).toEqual([
      {
        company: 'Paylane',
        title: 'Software Engineer',
        startDate: '2018-01',
        endDate: '2021-04',
        current: undefined,
      },
      {
        company: 'Volta Water Board',
        title: 'IT Officer',
        startDate: '2016-09',
        endDate: '2017-08',
        current: undefined,
      },
    ]);
  });

  it('reads a long employer name beside its place under the title line', async () => {
    const pdf = await makePdf([
      [
        ...column(50, 60, [
          { text: 'Linh Pham', size: 16, bold: true },
          'linh@pham.example',
          '',
          { text: 'EXPERIENCE', bold: true },
        ]),
        { text: 'Backend Developer Intern', x: 50, top: 130, bold: true },
        { text: 'Jan. 2023 – Jun. 2023', x: 450, top: 130 },
        { text: 'Sendo', x: 50, top: 144 },
        { text: 'Da Nang City', x: 450, top: 144 },
        { text: 'Product search API in Node.js.', x: 50, top: 158 },
        { text: 'Teaching Assistant', x: 50, top: 178, bold: true },
        { text: 'Sep. 2021 – Dec. 2022', x: 450, top: 178 },
        { text: 'Da Nang City University of Science and Technology', x: 50, top: 192 },
        { text: 'Da Nang City', x: 450, top: 192 },
        { text: 'Graded labs for Data Structures.', x: 50, top: 206 },
      ],
    ]);
    expect(positions(await extractBytes(pdf, 'resume.pdf'))).toEqual([
      {
        company: 'Sendo',
        title: 'Backend Developer Intern',
        startDate: '2023-01',
        endDate: '2023-06',
        current: undefined,
      },
      {
        company: 'Da Nang City University of Science and Technology',
        title: 'Teaching Assistant',
        startDate: '2021-09',
        endDate: '2022-12',
        current: undefined,
      },
    ]);
  });
});
