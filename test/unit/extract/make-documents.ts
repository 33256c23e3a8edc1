import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { type PdfItem, pdfLines } from '../../../src/extract/read-pdf.js';

/** Builds the PDF and DOCX documents the reader tests read, so every expected answer is known. */

/**
 * A PDF text item as the reader's item model holds it: x from the left, `top` from the top of an A4
 * page (842 pt high), and a width of half an em a character unless given, so that a test's expected
 * lines follow from the geometry it writes.
 */
export function pdfItem(
  text: string,
  x: number,
  top: number,
  options: { size?: number; font?: string; width?: number } = {},
): PdfItem {
  const size = options.size ?? 10;
  return {
    text,
    x,
    y: 842 - top,
    size,
    font: options.font ?? 'body',
    width: options.width ?? [...text].length * size * 0.5,
  };
}

/** The non-blank lines the reader makes of pages of items. */
export function pdfPagesTexts(pages: PdfItem[][]): string[] {
  return pdfLines(pages)
    .map((line) => line.text)
    .filter((text) => text !== '');
}

/** The non-blank lines the reader makes of one page of items. */
export function pdfTexts(items: PdfItem[]): string[] {
  return pdfPagesTexts([items]);
}

export interface PdfText {
  text: string;
  x: number;
  /** From the top of an A4 page (842 pt high), as a reader thinks of it. */
  top: number;
  size?: number;
  bold?: boolean;
  /** Set in Courier (a second font, as an icon font's fallback is). */
  mono?: boolean;
}

export async function makePdf(pages: PdfText[][]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const mono = await document.embedFont(StandardFonts.Courier);
  for (const texts of pages) {
    const page = document.addPage([595, 842]);
    for (const item of texts) {
      page.drawText(item.text, {
        x: item.x,
        y: 842 - item.top,
        size: item.size ?? 10,
        font: item.mono ? mono : item.bold ? bold : regular,
      });
    }
  }
  return document.save();
}

/** Lines of text set one under the other from `top`, `step` points apart. */
export function column(
  x: number,
  top: number,
  lines: readonly (string | { text: string; size?: number; bold?: boolean })[],
  step = 14,
): PdfText[] {
  return lines.map((line, index) =>
    typeof line === 'string'
      ? { text: line, x, top: top + index * step }
      : { ...line, x, top: top + index * step },
  );
}

/** A PDF whose trailer names a standard security handler with a user password nobody knows. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText('Secret résumé', {
    x: 50,
    y: 800,
    size: 12,
    font: await document.embedFont(StandardFonts.Helvetica),
  });
  const filler = (seed: number) =>
    PDFString.of(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 65 + ((i * 7 + seed) % 26))));
  const encrypt = document.context.obj({
    Filter: PDFName.of('Standard'),
    V: 1,
    R: 2,
    O: filler(3),
    U: filler(11),
    P: -44,
  });
  document.context.trailerInfo.Encrypt = document.context.register(encrypt);
  document.context.trailerInfo.ID = document.context.obj([
    PDFString.of('0123456789abcdef'),
    PDFString.of('0123456789abcdef'),
  ]);
  return document.save({ useObjectStreams: false });
}

/** A PDF with pages but no text on them: what a scanner makes (here, drawn shapes). */
export async function scanPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 700, width: 400, height: 80 });
  page.drawRectangle({ x: 50, y: 600, width: 300, height: 20 });
  return document.save();
}

export type DocxBlock =
  | { heading: string; level?: 1 | 2 | 3 }
  | { paragraph: string; bold?: boolean }
  | { bullet: string }
  | { table: string[][][] };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  const children = blocks.map((block) => {
    if ('heading' in block)
      return new Paragraph({ text: block.heading, heading: HEADINGS[block.level ?? 1] });
    if ('bullet' in block) return new Paragraph({ text: block.bullet, bullet: { level: 0 } });
    if ('table' in block) {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.table.map(
          (row) =>
            new TableRow({
              children: row.map(
                (cell) => new TableCell({ children: cell.map((text) => new Paragraph({ text })) }),
              ),
            }),
        ),
      });
    }
    return new Paragraph({ children: [new TextRun({ text: block.paragraph, bold: block.bold ?? false })] });
  });
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A ZIP named .docx with one entry of `size` zero bytes: it compresses about a thousand times. */
export function zipBomb(size: number): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': new Uint8Array(size),
    },
    { level: 9 },
  );
}

/**
 * A zip bomb that lies: its directory declares `declared` bytes for word/document.xml, but the entry
 * inflates to `size`. Only counting while inflating catches it.
 */
export function lyingZipBomb(size: number, declared: number): Uint8Array {
  const zip = zipBomb(size);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // Local file headers (PK\x03\x04) keep the size at offset 22, central directory entries (PK\x01\x02) at 24.
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint32(at + 22, true) === size)
      view.setUint32(at + 22, declared, true);
    if (signature === 0x02014b50 && view.getUint32(at + 24, true) === size)
      view.setUint32(at + 24, declared, true);
  }
  return zip;
}
