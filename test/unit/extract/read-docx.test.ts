import { Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractBytes, positions } from './extract-text.js';

/** A one-section DOCX whose page header (and footer) hold the given paragraphs. */
async function docxWithHeader(options: {
  header?: string[];
  firstHeader?: string[];
  footer?: string[];
  body: Paragraph[];
}): Promise<Uint8Array> {
  const paragraphs = (texts: string[]) => texts.map((text) => new Paragraph({ text }));
  const document = new Document({
    sections: [
      {
        properties: options.firstHeader ? { titlePage: true } : {},
        headers: {
          ...(options.header && { default: new Header({ children: paragraphs(options.header) }) }),
          ...(options.firstHeader && { first: new Header({ children: paragraphs(options.firstHeader) }) }),
        },
        ...(options.footer && { footers: { default: new Footer({ children: paragraphs(options.footer) }) } }),
        children: options.body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const body = [
  new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_2 }),
  new Paragraph({ children: [new TextRun({ text: 'Staff Engineer, Stripe | 2021 – Present', bold: true })] }),
  new Paragraph({ text: 'Built the ledger in Go.' }),
];

describe('DOCX page header', () => {
  it('reads the header the first page shows before the body: the name and contact a template puts there', async () => {
    const docx = await docxWithHeader({
      header: ['Ana Lima', 'ana.lima@example.com · Lisbon'],
      footer: ['Page 1'],
      body,
    });
    const result = await extractBytes(docx, 'header.docx');
    expect(result.lines).toEqual([
      'Ana Lima',
      'ana.lima@example.com · Lisbon',
      '',
      'Experience',
      'Staff Engineer, Stripe | 2021 – Present',
      'Built the ledger in Go.',
    ]);
    expect(result.resume.basics?.name).toBe('Ana Lima');
    expect(result.resume.basics?.email).toBe('ana.lima@example.com');
    expect(positions(result)).toEqual([
      { company: 'Stripe', title: 'Staff Engineer', startDate: '2021', endDate: undefined, current: true },
    ]);
  });

  it('reads the first-page header of a section with a distinct first page, not the running one', async () => {
    const docx = await docxWithHeader({
      firstHeader: ['Ana Lima'],
      header: ['Ana Lima — curriculum vitae, continued'],
      body,
    });
    const result = await extractBytes(docx, 'first-header.docx');
    expect(result.lines.slice(0, 3)).toEqual(['Ana Lima', '', 'Experience']);
  });

  it('reads a document without a header as its body alone', async () => {
    const docx = await docxWithHeader({ body });
    const result = await extractBytes(docx, 'no-header.docx');
    expect(result.lines).toEqual([
      'Experience',
      'Staff Engineer, Stripe | 2021 – Present',
      'Built the ledger in Go.',
    ]);
  });
});
