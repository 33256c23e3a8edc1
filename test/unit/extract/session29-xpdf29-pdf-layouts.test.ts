import { describe, expect, it } from 'vitest';
import { titleAt } from '../../../src/extract/header-parts.js';
import { looseSectionKind, titleScore } from '../../../src/extract/vocabulary.js';
import { extractBytes, fixtureDocument, position, positions, seedCatalogue } from './extract-text.js';
import { pdfItem as item, pdfTexts } from './make-documents.js';

/**
 * Session 29 (xpdf29): PDF header and role layouts: a title over its employer with a field flush right on each line,
 * titles with a level after the field they name after "in", a job portal's "Internee", shop and summer jobs in French
 * and Spanish with their engagement in brackets, two sections side by side on a one-column page.
 */

describe('titleScore: a level after the field a title names after "in"', () => {
  it('reads "Engineer in Test" with a level in Roman numerals or digits as a title', () => {
    expect(titleScore('Software Development Engineer in Test II')).toBe(1);
    expect(titleScore('Software Engineer in Test III')).toBe(1);
    expect(titleScore('Quality Engineer in Test 2')).toBe(1);
    expect(titleScore('Graduate Engineer in Training I')).toBe(1);
  });

  it('still reads an employer or a place after "in" as no field, level or not', () => {
    expect(titleScore('Software Engineer in Wipro II')).toBe(0);
    expect(titleScore('Consultant in Lagos 2')).toBe(0);
  });
});

describe('titleAt: "Title in Employer", as South Asian CVs name the employer', () => {
  it('parts a title ending in a role noun from the name after "in"', () => {
    expect(titleAt('Senior Software Engineer in Techlogix')).toEqual({
      title: 'Senior Software Engineer',
      employerStart: 'Senior Software Engineer in '.length,
    });
    expect(titleAt('Software Engineer in Netsol Technologies')?.title).toBe('Software Engineer');
  });

  it('parts nothing where "in" names a field, a subject taught or a place', () => {
    expect(titleAt('Software Engineer in Test II')).toBeNull();
    expect(titleAt('Lecturer in Computer Science')).toBeNull();
    expect(titleAt('Lecturer in Digital Media')).toBeNull();
    expect(titleAt('Software Engineer in Berlin')).toBeNull();
  });

  it('parts nothing before a sentence or a technology the work was done in', async () => {
    expect(titleAt('Editor in TypeScript.')).toBeNull();
    expect(titleAt('Senior Developer in Java', await seedCatalogue())).toBeNull();
  });
});

describe('titleScore: the titles of interns, shop and summer jobs', () => {
  it('reads South Asian "Internee" as a title', () => {
    expect(titleScore('Internee')).toBe(2);
    expect(titleScore('Software Internee')).toBe(2);
  });

  it('reads French and Spanish shop and restaurant jobs as titles', () => {
    expect(titleScore('Employé polyvalent')).toBe(2);
    expect(titleScore('Équipière polyvalente')).toBe(2);
    expect(titleScore('Vendeuse')).toBe(2);
    expect(titleScore('Camarera')).toBe(2);
    expect(titleScore('Dependienta')).toBe(2);
  });
});

describe('looseSectionKind: a bar chart headed by how well its languages are known', () => {
  it('reads "Most proficient" as a skills heading', () => {
    expect(looseSectionKind('Most proficient')).toBe('skills');
  });
});

describe('PDF: two sections side by side in one row of a one-column page', () => {
  const heading = { size: 13 };
  const rows = [
    item('Dana Whitfield', 40, 60, { size: 26 }),
    item('About me', 40, 100, heading),
    item('Most proficient', 310, 100, heading),
    item('Ruby', 370, 114),
    item('I keep payment systems boring and well documented.', 40, 118),
    item('Java', 370, 128),
    item('Lately a lot of queues and retries.', 40, 132),
    item('SQL', 372, 142),
    item('Experience', 40, 180, heading),
    item('Senior Software Engineer at Stripe, Dublin, 2021 – present: card issuing ledger.', 40, 198),
  ];

  it('reads the left section whole, then the right one, then the page across again', () => {
    expect(pdfTexts(rows)).toEqual([
      'Dana Whitfield',
      'About me',
      // The paragraph's second line wraps its first, as any paragraph's.
      'I keep payment systems boring and well documented. Lately a lot of queues and retries.',
      'Most proficient',
      'Ruby',
      'Java',
      'SQL',
      'Experience',
      'Senior Software Engineer at Stripe, Dublin, 2021 – present: card issuing ledger.',
    ]);
  });

  it('reads a row of two headings over one side only as the rows it has', () => {
    const oneSide = rows.filter((line) => line.x < 300 || line.text === 'Most proficient');
    expect(pdfTexts(oneSide)).toContain('About me    Most proficient');
  });
});

describe('PDF: a title over its employer, each with a field flush right', () => {
  it('keeps an employer written in lower case a line of its own under the dated title', () => {
    const page = [
      item('Priya Raghunathan', 40, 60, { size: 20 }),
      item('EXPERIENCE', 40, 100, { size: 11 }),
      item('Quality Assurance Analyst', 40, 118),
      item('January 2019 - July 2021', 430, 118),
      item('athenahealth', 40, 132),
      item('Watertown, MA', 485, 132),
      item('Regression testing of the patient portal with Postman collections and SQL checks.', 52, 146),
    ];
    expect(pdfTexts(page)).toEqual([
      'Priya Raghunathan',
      'EXPERIENCE',
      'Quality Assurance Analyst    January 2019 - July 2021',
      'athenahealth    Watertown, MA',
      'Regression testing of the patient portal with Postman collections and SQL checks.',
    ]);
  });
});

describe("PDF: a sidebar whose heading stands on the main column's heading's baseline", () => {
  it('reads the sidebar whole, then the main column, as two columns down the page', () => {
    const heading = { size: 13 };
    const page = [
      item('Contact', 40, 100, heading),
      item('Experience', 230, 100, heading),
      item('ana.silva@example.org', 40, 118),
      item('Senior Data Engineer, Talkdesk', 230, 118),
      item('+351 912 000 111', 40, 132),
      item('Jan 2021 – present', 230, 132),
      item('Skills', 40, 160, heading),
      item('Built the Spark pipelines of the contact analytics.', 230, 146),
      item('Python, Spark, Airflow', 40, 178),
      item('Data Engineer, Farfetch', 230, 174),
      item('Sep 2017 – Dec 2020', 230, 188),
      item('Moved the catalogue feeds to Kafka.', 230, 202),
    ];
    expect(pdfTexts(page)).toEqual([
      'Contact',
      'ana.silva@example.org',
      '+351 912 000 111',
      'Skills',
      'Python, Spark, Airflow',
      'Experience',
      'Senior Data Engineer, Talkdesk',
      'Jan 2021 – present',
      'Built the Spark pipelines of the contact analytics.',
      'Data Engineer, Farfetch',
      'Sep 2017 – Dec 2020',
      'Moved the catalogue feeds to Kafka.',
    ]);
  });
});

describe('extraction of the dev-s29-xpdf29 layouts', () => {
  it('reads each title over its employer with a field flush right on both lines', async () => {
    const result = await extractBytes(
      await fixtureDocument('dev-s29-xpdf29', 'tomasz-wierzbicki.pdf'),
      'tomasz-wierzbicki.pdf',
    );
    expect(positions(result)).toEqual([
      position('Allegro', 'Software Development Engineer in Test 2', '2022-02', 'present'),
      position('Allegro', 'Software Development Engineer in Test 1', '2020-07', '2022-01'),
      position(
        'Poznań University of Technology',
        'Teaching Assistant in Computer Science',
        '2018-10',
        '2020-06',
      ),
    ]);
  });

  it('reads "Title in Employer" beside "Lecturer in Computer Science" over its university', async () => {
    const result = await extractBytes(
      await fixtureDocument('dev-s29-xpdf29', 'ahsan-mehmood.pdf'),
      'ahsan-mehmood.pdf',
    );
    expect(positions(result)).toEqual([
      position('Techlogix', 'Senior Software Engineer', '2021-09', 'present'),
      position('Netsol Technologies', 'Software Engineer', '2018-07', '2021-08'),
      position('COMSATS University Islamabad', 'Lecturer in Computer Science', '2016-02', '2018-06'),
    ]);
  });

  it('reads a portal\'s "Internee" over a public body with its acronym in brackets', async () => {
    const result = await extractBytes(
      await fixtureDocument('dev-s29-xpdf29', 'sana-javed.pdf'),
      'sana-javed.pdf',
    );
    expect(positions(result).at(-1)).toEqual(
      position('National Database and Registration Authority', 'Internee', '2019-07', '2019-09'),
    );
  });

  it('reads summer jobs beside a column of dates, the engagement in brackets left out', async () => {
    const result = await extractBytes(
      await fixtureDocument('dev-s29-xpdf29', 'camille-roussel.pdf'),
      'camille-roussel.pdf',
    );
    expect(positions(result).slice(2)).toEqual([
      position('Leclerc', 'Équipière polyvalente', '2017-07', '2017-08'),
      position('Fnac', 'Vendeuse', '2016-12', '2017-01'),
    ]);
  });
});
