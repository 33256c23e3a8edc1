import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, type Page, type Span, unknownBlock } from './blocks.js';
import type { RenderStyle } from './style.js';

type Child = Paragraph | Table;

const runs = (spans: readonly Span[]) =>
  spans.map(
    (span) => new TextRun({ text: span.text, bold: span.bold ?? false, italics: span.italic ?? false }),
  );

/** Side by side cells without borders: the date column, and a sidebar beside the main column. */
function columns(cells: readonly { width: number; children: Child[] }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: cells.map(
          (cell) =>
            new TableCell({
              width: { size: cell.width, type: WidthType.PERCENTAGE },
              // A cell must end with a paragraph (Word rejects one that ends with a table).
              children: [...cell.children, new Paragraph('')],
            }),
        ),
      }),
    ],
  });
}

function children(blocks: readonly Block[], style: RenderStyle): Child[] {
  return blocks.flatMap((block): Child[] => {
    switch (block.type) {
      case 'name':
        return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] })];
      case 'subtitle':
        return [new Paragraph({ children: [new TextRun({ text: block.text, color: '555555' })] })];
      case 'heading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
      case 'line':
        return [new Paragraph({ children: runs(block.spans) })];
      case 'bullets':
        // Word's own list bullets; the style's mark is typed in when it is not a plain bullet.
        return block.items.map((item) =>
          style.bullet === '•'
            ? new Paragraph({ bullet: { level: 0 }, children: runs(item) })
            : new Paragraph({
                indent: { left: 360, hanging: 240 },
                children: runs([{ text: `${style.bullet} ` }, ...item]),
              }),
        );
      case 'dated':
        return [
          columns([
            { width: 25, children: block.date.map((text) => new Paragraph(text)) },
            { width: 75, children: children(block.blocks, style) },
          ]),
        ];
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows.map(
              (row) =>
                new TableRow({
                  children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
                }),
            ),
          }),
        ];
      case 'break':
        return [new Paragraph('')];
      default:
        return unknownBlock(block);
    }
  });
}

/** A Word document: title and heading styles, list bullets, borderless tables for columns. */
export async function toDocx(page: Page, style: RenderStyle): Promise<Uint8Array> {
  const main = children(page.main, style);
  const body = page.sidebar
    ? [
        columns(
          style.sidebarLeft
            ? [
                { width: 32, children: children(page.sidebar, style) },
                { width: 68, children: main },
              ]
            : [
                { width: 68, children: main },
                { width: 32, children: children(page.sidebar, style) },
              ],
        ),
      ]
    : main;
  const document = new Document({
    creator: 'career-graph corpus:render',
    title: 'Résumé',
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
