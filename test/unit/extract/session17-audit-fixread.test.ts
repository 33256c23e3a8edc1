import { HeadingLevel, Packer, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import type { PdfItem } from '../../../src/extract/read-pdf.js';
import {
  bullet,
  cell,
  heading,
  line,
  resumeDocument,
  run,
  table,
} from '../../fixtures/documents/word-parts.js';
import { documentLines } from './extract-text.js';
import { pdfItem as item, pdfPagesTexts } from './make-documents.js';

/**
 * Session 17 audit (fixread): the Word row label, the PDF table carried over a page and the lone list marker, each
 * misread on an ordinary résumé. Word documents are built here with the docx package and PDF pages are the reader's
 * item model fed directly, so every expected line is what the input below says.
 */
const docxLines = async (name: string, doc: Parameters<typeof Packer.toBuffer>[0]) =>
  documentLines(name, new Uint8Array(await Packer.toBuffer(doc)));
const pdfText = (...pages: PdfItem[][]) => pdfPagesTexts(pages);

describe('a Word table cell of two short paragraphs labels its row only beside a job’s dates', () => {
  it('keeps a header table’s name apart from the title under it', async () => {
    const doc = resumeDocument('Maya Singh', [
      table([
        new TableRow({
          children: [
            cell([line(run('Maya Singh', { bold: true, size: 36 })), line(run('Software Engineer'))], 35),
            cell(
              [
                line(run('maya.singh@example.com')),
                line(run('+44 20 7946 0000')),
                line(run('London, United Kingdom')),
                line(run('github.com/mayasingh')),
              ],
              65,
            ),
          ],
        }),
      ]),
      heading('Experience', HeadingLevel.HEADING_2),
      line(run('Senior Software Engineer, Monzo', { bold: true })),
      line(run('Jan 2020 – Present')),
      bullet('Built card processing in Go.'),
    ]);
    const lines = await docxLines('maya-singh.docx', doc);
    expect(lines.slice(0, 6)).toEqual([
      'Maya Singh',
      'Software Engineer',
      'maya.singh@example.com',
      '+44 20 7946 0000',
      'London, United Kingdom',
      'github.com/mayasingh',
    ]);
  });

  it('keeps a skills group’s sub-label apart from the group name beside a list', async () => {
    const doc = resumeDocument('Jon Bell', [
      line(run('Jon Bell', { bold: true, size: 36 })),
      heading('Technical Skills', HeadingLevel.HEADING_2),
      table([
        new TableRow({
          children: [
            cell([line(run('Languages')), line(run('(daily use)'))], 30),
            cell([bullet('Python'), bullet('Go'), bullet('SQL')], 70),
          ],
        }),
        new TableRow({
          children: [
            cell([line(run('Cloud')), line(run('(certified)'))], 30),
            cell([bullet('AWS'), bullet('Terraform'), bullet('Kubernetes')], 70),
          ],
        }),
      ]),
    ]);
    const lines = await docxLines('jon-bell.docx', doc);
    expect(lines).not.toContain('Languages, (daily use)');
    expect(lines).not.toContain('Cloud, (certified)');
    expect(lines).toContain('Cloud');
    expect(lines).toContain('(certified)');
  });

  it('still reads a title over its employer beside the dates as one line', async () => {
    const doc = resumeDocument('Ana Costa', [
      line(run('Ana Costa', { bold: true, size: 36 })),
      heading('Experience', HeadingLevel.HEADING_2),
      table([
        new TableRow({
          children: [
            cell([line(run('Data Engineer', { bold: true })), line(run('Farfetch'))], 30),
            cell([line(run('2019 – 2023')), bullet('Built Spark pipelines.')], 70),
          ],
        }),
      ]),
    ]);
    expect(await docxLines('ana-costa.docx', doc)).toContain('Data Engineer, Farfetch');
  });
});

describe('a table of positions at a page’s foot goes on over the next page only in its own columns', () => {
  const first = [
    item('Professional Experience', 40, 560, { size: 13, font: 'bold' }),
    item('Period', 40, 590, { font: 'bold' }),
    item('Organisation', 150, 590, { font: 'bold' }),
    item('Designation', 330, 590, { font: 'bold' }),
    item('Jan 2021 to Till date', 40, 612),
    item('Zenvia Telecom, Pune', 150, 612),
    item('Senior Software Engineer', 330, 612),
    item('Jun 2017 to Dec 2020', 40, 640),
    item('Infosys, Mysuru', 150, 640),
    item('Technology Analyst', 330, 640),
  ];

  it('reads a sentence that opens the next page as the sentence', () => {
    const sentence =
      'Worked on the Vodafone Idea billing migration from 2019 to 2021 with a team of twelve engineers in Pune.';
    const lines = pdfText(first, [
      item(sentence, 40, 60),
      item('Education', 40, 100, { size: 13, font: 'bold' }),
      item('B.E. Computer Science, Pune University, 2013', 40, 120),
    ]);
    expect(lines).toContain(sentence);
    expect(lines.slice(-2)).toEqual(['Education', 'B.E. Computer Science, Pune University, 2013']);
  });

  it('reads a running header that opens the next page apart from the table', () => {
    const lines = pdfText(first, [
      item('Priya Sharma – Curriculum Vitae', 40, 30, { size: 8 }),
      item('Page 2 of 2', 480, 30, { size: 8 }),
      item('Key Skills', 40, 60, { size: 13, font: 'bold' }),
      item('Java, Spring Boot, Oracle', 40, 80),
    ]);
    expect(lines.some((text) => text.includes('Curriculum | Vitae'))).toBe(false);
    expect(lines.slice(-2)).toEqual(['Key Skills', 'Java, Spring Boot, Oracle']);
  });
});

describe('a list marker parts from nothing but the text after it', () => {
  it('keeps a dash between a skill and its level a cell of its own', () => {
    const lines = pdfText([
      item('●', 72, 100, { width: 5 }),
      item('Ruby on Rails', 90, 100, { width: 65 }),
      item('Kubernetes', 72, 140, { width: 50 }),
      item('–', 200, 140, { width: 5 }),
      item('Expert', 220, 140, { width: 30 }),
    ]);
    // Three cells a wide gap apart, each set off as the reader sets off a row's cells (four spaces).
    expect(lines).toEqual(['● Ruby on Rails', 'Kubernetes    –    Expert']);
  });
});
