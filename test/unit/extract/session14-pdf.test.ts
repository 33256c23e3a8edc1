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
