import { describe, expect, it } from 'vitest';
import { type PdfItem, pdfLines } from '../../../src/extract/read-pdf.js';
import { pdfItem } from './make-documents.js';

/**
 * Session 14's PDF reading rules, fed the reader's item model directly: each item is placed as a PDF
 * places it (x from the left, `top` from the top of an A4 page, half an em a character unless a width
 * is given), so every expected line follows from the geometry written here.
 */
const item = pdfItem;

const texts = (pages: PdfItem[][]) => pdfLines(pages).map((line) => line.text);

/** The main column beside a sidebar, its baselines apart from the sidebar's: the page reads as two columns. */
const mainColumn = [
  item('EXPERIENCE', 200, 105, { size: 11, font: 'bold' }),
  item('Senior Backend Engineer, Kestrel Logistics, Gdańsk', 200, 125, { font: 'bold' }),
  item('Apr 2020 – Present', 200, 139),
  item('Built the routing service in Go on PostgreSQL for the', 200, 153),
  item('parcel network of four countries.', 200, 167),
  item('Software Engineer, Amber Systems, Gdynia', 200, 191, { font: 'bold' }),
  item('Sep 2016 – Mar 2020', 200, 205),
  item('Billing jobs in Java with Spring Batch; moved the', 200, 219),
  item('reports to Apache Kafka streams and ClickHouse.', 200, 233),
];

describe('a name wrapped over three lines of a narrow sidebar', () => {
  // The sidebar's right edge is 150 (its widest line); "Sciences" would not have fitted after "… Data".
  const sidebar = [
    item('EDUCATION', 20, 100, { size: 11, font: 'bold' }),
    item('BSc Computer Science', 20, 120, { font: 'bold' }),
    item('Northern Institute of', 20, 133),
    item('Applied Computing and Data', 20, 146),
    item('Sciences', 20, 159),
    item('2012 – 2016', 20, 172),
    item('CERTIFICATIONS', 20, 198, { size: 11, font: 'bold' }),
    item('ISTQB Certified Tester', 20, 218),
    item('Foundation Level (2017)', 20, 231),
  ];

  it('joins the third line to the two before it: the line as joined so far is long', () => {
    const lines = texts([[...sidebar, ...mainColumn]]).filter((line) => line !== '');
    expect(lines.slice(0, lines.indexOf('CERTIFICATIONS'))).toEqual([
      'EDUCATION',
      'BSc Computer Science',
      'Northern Institute of Applied Computing and Data Sciences',
      '2012 – 2016',
    ]);
  });

  it('keeps a short line that fills the sidebar apart from the capitalised line under it', () => {
    const lines = texts([[...sidebar, ...mainColumn]]).filter((line) => line !== '');
    expect(lines.slice(lines.indexOf('CERTIFICATIONS'), lines.indexOf('EXPERIENCE'))).toEqual([
      'CERTIFICATIONS',
      'ISTQB Certified Tester',
      'Foundation Level (2017)',
    ]);
  });
});

describe('labels set less than an em before their values', () => {
  // Labels right-aligned to x = 158, values from x = 166: an 8 pt gap at a 10 pt size, narrower than
  // the em that parts cells elsewhere, but every value of the table starts at x = 166.
  const rightAligned = (text: string, top: number) => item(text, 158 - [...text].length * 5, top);
  const table = [
    item('Computer skills', 166, 100, { size: 14, font: 'bold' }),
    rightAligned('Languages', 120),
    item('Python, R, SQL', 166, 120),
    rightAligned('Libraries', 139.5),
    item('pandas, scikit-learn, LightGBM, PyTorch', 166, 139.5),
    rightAligned('Platforms', 159),
    item('Azure Machine Learning, Databricks, Spark', 166, 159),
  ];

  it('parts each label from its value, and a value in lower case does not run on from the one above', () => {
    expect(texts([table])).toEqual([
      'Computer skills',
      'Languages    Python, R, SQL',
      'Libraries    pandas, scikit-learn, LightGBM, PyTorch',
      'Platforms    Azure Machine Learning, Databricks, Spark',
    ]);
  });

  it('parts a long label from its value at the column the shorter labels leave wide', () => {
    const lines = texts([
      [
        item('Kenntnisse', 62, 100, { size: 11, font: 'bold' }),
        item('Programmiersprachen', 62, 120),
        item('C#, Java, TypeScript, SQL', 165, 120),
        item('Frameworks', 62, 137),
        item('.NET, ASP.NET Core, Spring Boot', 165, 137),
        item('Datenbanken', 62, 154),
        item('PostgreSQL, SQL Server, Redis', 165, 154),
      ],
    ]);
    expect(lines).toContain('Programmiersprachen    C#, Java, TypeScript, SQL');
  });

  it('keeps a wide word space of justified prose in its line when no column starts there', () => {
    // One gap of 8 pt in a justified line; the words under it start elsewhere.
    const lines = texts([
      [
        item('Summary', 50, 100, { size: 12, font: 'bold' }),
        item('Platform engineer with ten years of', 50, 120, { width: 180 }),
        item('payments experience.', 238, 120, { width: 100 }),
        item('Led the move to Kubernetes and Terraform.', 50, 133),
        item('Mentors four engineers.', 50, 146),
      ],
    ]).filter((line) => line !== '');
    expect(lines).toEqual([
      'Summary',
      'Platform engineer with ten years of payments experience. Led the move to Kubernetes and Terraform.',
      'Mentors four engineers.',
    ]);
  });
});

describe("a form's label set flush right that wraps, wider, onto the line under it", () => {
  // Labels end at x = 191, values start at x = 208 (a Europass CV's two columns).
  const label = (text: string, top: number) => item(text, 191 - [...text].length * 4.5, top, { size: 9 });
  const value = (text: string, top: number) => item(text, 208, top, { size: 9 });
  const form = [
    item('Education and training', 30, 80, { size: 11, font: 'bold' }),
    label('Dates', 100),
    value('September 2012 → June 2016', 100),
    label('Title of qualification awarded', 115),
    value('Bachelor of Science in Physics', 115),
    label('Name and type of organisation', 130),
    label('providing education and training', 142),
    value('Riverside Technical University', 130),
    label('Dates', 165),
    value('September 2008 → June 2012', 165),
    label('Title of qualification awarded', 180),
    value('Secondary school leaving certificate', 180),
    label('Name and type of organisation', 195),
    label('providing education and training', 207),
    value('Lakeside Grammar School', 195),
  ];

  it('joins the label to its wrap, beside its value', () => {
    expect(texts([form]).filter((line) => line !== '')).toEqual([
      'Education and training',
      'Dates    September 2012 → June 2016',
      'Title of qualification awarded    Bachelor of Science in Physics',
      'Name and type of organisation providing education and training    Riverside Technical University',
      'Dates    September 2008 → June 2012',
      'Title of qualification awarded    Secondary school leaving certificate',
      'Name and type of organisation providing education and training    Lakeside Grammar School',
    ]);
  });

  it('keeps a capitalised line under a right-aligned cell a line of its own', () => {
    const lines = texts([
      [
        item('Contact', 400, 80, { size: 11, font: 'bold' }),
        item('Aleja Róż 5, Kraków', 440, 100),
        item('Poland, remote work welcome', 400, 113),
        item('Experience', 30, 80, { size: 11, font: 'bold' }),
        item('Platform Engineer', 30, 100),
        item('Vistula Payments', 30, 113),
      ],
    ]).filter((line) => line !== '');
    expect(lines).not.toContain('Aleja Róż 5, Kraków Poland, remote work welcome');
  });
});

describe('a space the PDF sets as an item of its own', () => {
  it('parts the words beside it, however narrow the gap it leaves', () => {
    // A 30 pt name in two fonts: the space between them is its own item, and "Wójcik" starts 3 pt
    // (a tenth of an em) after "Katarzyna" ends.
    const lines = texts([
      [
        item('Katarzyna', 51, 80, { size: 30, width: 150 }),
        item(' ', 201, 80, { size: 30, width: 4 }),
        item('Wójcik', 204, 80, { size: 30, font: 'light', width: 97 }),
        item('Data Scientist', 51, 110, { size: 14 }),
      ],
    ]).filter((line) => line !== '');
    expect(lines[0]).toBe('Katarzyna Wójcik');
  });

  it('adds no space inside a word whose ligature is an item of its own', () => {
    // "Certi" "fi" "ed": the ligature glyph is its own item, a tenth of an em after the letters before it.
    const lines = texts([
      [
        item('ISTQB Certi', 51, 80, { width: 51.5 }),
        item('fi', 103.5, 80, { width: 5.7 }),
        item('ed Tester', 209.2 - 100, 80, { width: 41.1 }),
      ],
    ]);
    expect(lines[0]).toBe('ISTQB Certified Tester');
  });
});

describe('a line set wholly in another font than the line above it', () => {
  // A column whose right edge is 400: "Junior Developer" would not have fitted after the sentence.
  const column = [
    item('Experience', 50, 80, { size: 12, font: 'bold' }),
    item('Python Developer', 50, 100, { font: 'bold' }),
    item('Netguru, Poznań', 50, 114),
    item('Client web applications in Django and PostgreSQL for the retail', 50, 128, { width: 350 }),
    item('clients of the agency.', 50, 142),
    item('Search ranking services in Python and Django on AWS, with Celery.', 50, 156, { width: 350 }),
    item('Junior Developer', 50, 170, { font: 'bold' }),
    item('Wolters Kluwer, Warsaw', 50, 184),
  ];

  it('starts a line of its own, however far the line above runs', () => {
    expect(texts([column]).filter((line) => line !== '')).toEqual([
      'Experience',
      'Python Developer',
      'Netguru, Poznań',
      'Client web applications in Django and PostgreSQL for the retail clients of the agency.',
      'Search ranking services in Python and Django on AWS, with Celery.',
      'Junior Developer',
      'Wolters Kluwer, Warsaw',
    ]);
  });

  it('still joins a line that mixes fonts to the line it wraps from', () => {
    const lines = texts([
      [
        item('Summary', 50, 80, { size: 12, font: 'bold' }),
        item('Data engineer who moved the reporting of a retail bank from nightly batch', 50, 100, {
          width: 350,
        }),
        item('Kafka', 50, 114, { font: 'bold', width: 27 }),
        item('streams and dbt models.', 80, 114),
      ],
    ]).filter((line) => line !== '');
    expect(lines).toEqual([
      'Summary',
      'Data engineer who moved the reporting of a retail bank from nightly batch Kafka streams and dbt models.',
    ]);
  });
});
