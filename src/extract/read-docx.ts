import { Unzip, UnzipInflate, unzipSync, zipSync } from 'fflate';
import { findDates } from './dates.js';
import { DocumentError } from './document-error.js';
import { MARKER_GLYPHS, type ReadLine } from './line-model.js';
import { isRecordTable, labelFields, positionColumns, positionHead, recordLabel } from './tables.js';
import { sectionKind } from './vocabulary.js';

/** What a DOCX may inflate to in all: text and styles are small; pictures do not compress. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Beyond this ratio a large entry is a zip bomb, not a document part (XML compresses about 10:1). */
const MAX_RATIO = 100;
const LARGE_ENTRY = 1024 * 1024;
const MAX_ENTRIES = 5000;

const EXPECTED = 'a Word document saved as .docx (Office Open XML)';

/**
 * Inflates a DOCX safely: the sizes its directory declares are checked before anything is inflated
 * (total, count, compression ratio), and inflating stops as soon as an entry gives more than it
 * declared. Returns the entries by name.
 */
export function safeDocxArchive(fileName: string, bytes: Uint8Array): Record<string, Uint8Array> {
  const declared = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        declared.set(file.name, file.originalSize);
        total += file.originalSize;
        if (file.originalSize > LARGE_ENTRY && file.originalSize > file.size * MAX_RATIO) {
          throw new DocumentError(
            fileName,
            'ARCHIVE_TOO_LARGE',
            `an archive entry "${file.name}" that would inflate ${Math.round(file.originalSize / Math.max(1, file.size))} times (${file.originalSize} bytes): a zip bomb`,
            EXPECTED,
          );
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(
      fileName,
      'CORRUPT',
      `a damaged ZIP archive (${(error as Error).message})`,
      EXPECTED,
      error,
    );
  }
  if (declared.size > MAX_ENTRIES || total > MAX_DOCX_UNCOMPRESSED_BYTES) {
    throw new DocumentError(
      fileName,
      'ARCHIVE_TOO_LARGE',
      `an archive of ${declared.size} entries that would inflate to ${total} bytes`,
      `a document that inflates to at most ${MAX_DOCX_UNCOMPRESSED_BYTES / (1024 * 1024)} MB`,
    );
  }
  if (!declared.has('word/document.xml')) {
    const kind = declared.has('xl/workbook.xml')
      ? 'an Excel workbook'
      : declared.has('ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : declared.has('content.xml')
          ? 'an OpenDocument file'
          : 'a ZIP archive without word/document.xml';
    throw new DocumentError(
      fileName,
      kind.startsWith('a ZIP') ? 'CORRUPT' : 'UNSUPPORTED_TYPE',
      kind,
      EXPECTED,
    );
  }
  const files: Record<string, Uint8Array> = {};
  let failure: DocumentError | null = null;
  let inflated = 0;
  const unzip = new Unzip((file) => {
    const limit = declared.get(file.name) ?? 0;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new DocumentError(
          fileName,
          'CORRUPT',
          `a damaged archive entry "${file.name}"`,
          EXPECTED,
          error,
        );
        return;
      }
      size += chunk.length;
      inflated += chunk.length;
      if (size > limit || inflated > MAX_DOCX_UNCOMPRESSED_BYTES) {
        failure = new DocumentError(
          fileName,
          'ARCHIVE_TOO_LARGE',
          `an archive entry "${file.name}" that inflates past the ${limit} bytes it declares: a zip bomb`,
          EXPECTED,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (!failure) {
      throw new DocumentError(
        fileName,
        'CORRUPT',
        `a damaged ZIP archive (${(error as Error).message})`,
        EXPECTED,
        error,
      );
    }
  }
  if (failure) throw failure;
  return files;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The parts of mammoth's document tree this reader walks. */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  isBold?: boolean;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  breakType?: string;
}

/**
 * A DOCX's text through mammoth, one line per paragraph: heading styles become heading hints, a
 * paragraph set all in bold a bold hint, list paragraphs bullets ("• " shown before them), line
 * breaks new lines. A table row of one-paragraph cells is one line, its cells joined by " | " (a
 * table-like header); other tables are read cell by cell, so a two-column layout made with a table
 * reads one column after the other.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<ReadLine[]> {
  const files = safeDocxArchive(fileName, bytes);
  const lines: ReadLine[] = [];
  // The first page's header (a name and contact line set there by many templates) reads first, as
  // a reader meets it; a header that cannot be read is left out rather than failing the document.
  const header = firstPageHeader(files);
  if (header) {
    const read = await documentTree(header).catch(() => null);
    if (read) walk(read, lines);
    while (lines.length > 0 && (lines[lines.length - 1] as ReadLine).text.trim() === '') lines.pop();
    if (lines.length > 0) lines.push({ text: '' });
  }
  let root: DocNode;
  try {
    root = await documentTree(files);
  } catch (error) {
    throw new DocumentError(
      fileName,
      'CORRUPT',
      `a Word document that cannot be read (${(error as Error).message})`,
      EXPECTED,
      error,
    );
  }
  walk(root, lines);
  while (lines.length > 0 && (lines[lines.length - 1] as ReadLine).text.trim() === '') lines.pop();
  if (lines.every((line) => line.text.trim() === '')) {
    throw new DocumentError(fileName, 'EMPTY', 'a Word document without text', 'a résumé with text');
  }
  return lines;
}

/**
 * The document's XML with what mammoth drops without a trace written as what it reads:
 * - an absolute position tab (`w:ptab`, the alignment tab Word's templates put before right-aligned dates) is a
 *   tab, a carriage return (`w:cr`) a line break; dropped, they would run "Acme Bank" into "Mar 2019";
 * - a text box drawn as a DrawingML shape (`wps:txbx`, a sidebar or a contact box) is read as a VML picture's
 *   text box is, its paragraphs after the paragraph holding it (`w:pict` around the box's `w:txbxContent`): mammoth reads only a drawing's pictures, and of an
 *   `mc:AlternateContent` only its VML fallback, which Word writes but other writers may not.
 */
function readableXml(xml: string): string {
  let read = xml;
  if (read.includes('<w:ptab') || read.includes('<w:cr'))
    read = read.replace(/<w:ptab\b[^>]*\/>/gu, '<w:tab/>').replace(/<w:cr\s*\/>/gu, '<w:br/>');
  if (read.includes('<w:txbxContent')) {
    read = replaceBlocks(read, 'mc:AlternateContent', (block) => {
      if (block.includes('<mc:Fallback')) return block;
      const choice = /<mc:Choice\b[^>]*>([\s\S]*)<\/mc:Choice>/u.exec(block);
      return choice ? (choice[1] as string) : block;
    });
    read = replaceBlocks(read, 'w:drawing', (block) => {
      const boxes = outerBlocks(block, 'w:txbxContent').map(([start, end]) => block.slice(start, end));
      return boxes.length === 0 ? block : boxes.map((box) => `<w:pict>${box}</w:pict>`).join('');
    });
  }
  return read;
}

/** The [start, end) offsets of each outermost `<tag …>…</tag>` element in `xml` (elements of a tag may nest). */
function outerBlocks(xml: string, tag: string): [number, number][] {
  const found: [number, number][] = [];
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'gu');
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (match[2] === '/') {
      if (depth === 0) found.push([at, at + match[0].length]);
    } else if (match[1] === '/') {
      depth--;
      if (depth === 0) found.push([start, at + match[0].length]);
    } else {
      if (depth === 0) start = at;
      depth++;
    }
  }
  return found;
}

/** `xml` with each outermost `tag` element replaced by what `replace` makes of it. */
function replaceBlocks(xml: string, tag: string, replace: (block: string) => string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of outerBlocks(xml, tag)) {
    out += xml.slice(from, start) + replace(xml.slice(start, end));
    from = end;
  }
  return out + xml.slice(from);
}

/** mammoth's document tree of the archive's word/document.xml. */
async function documentTree(files: Record<string, Uint8Array>): Promise<DocNode> {
  const { default: mammoth } = await import('mammoth');
  const document = files['word/document.xml'];
  if (document) {
    const xml = new TextDecoder().decode(document);
    const read = readableXml(xml);
    if (read !== xml) files = { ...files, 'word/document.xml': new TextEncoder().encode(read) };
  }
  const archive = zipSync(files, { level: 0 });
  let root: DocNode | null = null;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength) },
    {
      ignoreEmptyParagraphs: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: (document: DocNode) => {
        root = document;
        return document;
      },
    },
  );
  return root ?? { type: 'document', children: [] };
}

/**
 * The archive with the header the first page shows as its body, for mammoth to read like the
 * document (a header holds the same paragraphs and tables a body does), or null when there is none.
 * The first section's header references say which: its "first" header when the section has a
 * distinct first page (`w:titlePg`), else its "default" one.
 */
function firstPageHeader(files: Record<string, Uint8Array>): Record<string, Uint8Array> | null {
  const decode = (name: string) => {
    const bytes = files[name];
    return bytes ? new TextDecoder().decode(bytes) : null;
  };
  const document = decode('word/document.xml');
  const relationships = decode('word/_rels/document.xml.rels');
  if (!document || !relationships) return null;
  const section = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/u.exec(document)?.[0];
  if (!section) return null;
  const references = new Map<string, string>();
  for (const match of section.matchAll(/<w:headerReference\b([^>]*)>/gu)) {
    const type = /\bw:type="(\w+)"/u.exec(match[1] as string)?.[1] ?? 'default';
    const id = /\br:id="([^"]+)"/u.exec(match[1] as string)?.[1];
    if (id) references.set(type, id);
  }
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/u.test(section);
  const id = titlePage ? references.get('first') : references.get('default');
  if (!id) return null;
  const target = [...relationships.matchAll(/<Relationship\b([^>]*)>/gu)]
    .map((match) => match[1] as string)
    .find((attributes) => new RegExp(`\\bId="${id.replace(/[^\w-]/gu, '')}"`, 'u').test(attributes));
  const path = target && /\bTarget="([^"]+)"/u.exec(target)?.[1];
  if (!path) return null;
  const part = path.startsWith('/') ? path.slice(1) : `word/${path}`;
  const header = decode(part);
  if (!header) return null;
  const root = /<w:hdr\b([^>]*)>([\s\S]*)<\/w:hdr>/u.exec(header);
  if (!root) return null;
  const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document${root[1]}><w:body>${root[2]}</w:body></w:document>`;
  const name = part.slice(part.lastIndexOf('/') + 1);
  const own = files[`word/_rels/${name}.rels`];
  const copy: Record<string, Uint8Array> = { ...files, 'word/document.xml': new TextEncoder().encode(body) };
  if (own) copy['word/_rels/document.xml.rels'] = own;
  return copy;
}

function walk(node: DocNode, lines: ReadLine[]): void {
  if (node.type === 'paragraph') {
    lines.push(...paragraphLines(node));
    return;
  }
  if (node.type === 'table') {
    const record = recordRows(node);
    if (record) {
      lines.push(...record);
      return;
    }
    const positions = positionRows(node);
    if (positions) {
      lines.push(...positions);
      return;
    }
    for (const row of node.children ?? []) {
      const cells = (row.children ?? []).filter((cell) => cell.type === 'tableCell');
      const simple = cells.every((cell) => {
        const blocks = (cell.children ?? []).filter(
          (child) => child.type === 'paragraph' && textOf(child).trim() !== '',
        );
        return (
          blocks.length <= 1 &&
          (cell.children ?? []).every((child) => child.type === 'paragraph' && !child.numbering)
        );
      });
      if (simple && cells.length > 1) {
        const texts = cells
          .map((cell) => (cell.children ?? []).map(textOf).join(' ').trim())
          .filter((text) => text !== '');
        if (texts.length > 0) lines.push({ text: texts.join(' | ') });
        continue;
      }
      // Each cell reads as a block of its own, set off by blank lines. The cells before the last that only
      // date or label the row ("Mar 2019 –" over "Present", "iFood" over "Campinas", beside the title and its
      // bullets) read as one line, joined as a table-like header joins its cells: "Mar 2019 – Present | iFood,
      // Campinas".
      const underSection = lines.some((read) => sectionKind(read.text) !== null);
      const heads: ReadLine[] = [];
      while (heads.length < cells.length - 1) {
        const cell = cells[heads.length] as DocNode;
        const head = datesCell(cell) ?? (underSection ? labelCell(cell, cells) : null);
        if (!head) break;
        heads.push(head);
      }
      if (heads.length > 0) {
        if (lines.length > 0 && (lines[lines.length - 1] as ReadLine).text.trim() !== '')
          lines.push({ text: '' });
        const head: ReadLine = { text: heads.map((read) => read.text).join(' | ') };
        if (heads.some((read) => read.bold)) head.bold = true;
        lines.push(head, { text: '' });
      }
      // A last cell of dates alone right of the row's text ("Senior Engineer" over its bullets, "Mar 2019 –" over
      // "Present" right of them) dates the text's first line, as a right tab stop would: "Senior Engineer | Mar
      // 2019 – Present".
      let rest = cells.slice(heads.length);
      const tail =
        rest.length >= 2 && heads.length === 0 ? datesCell(rest[rest.length - 1] as DocNode) : null;
      if (tail) rest = rest.slice(0, -1);
      for (const cell of rest) {
        if (lines.length > 0 && (lines[lines.length - 1] as ReadLine).text.trim() !== '')
          lines.push({ text: '' });
        const from = lines.length;
        for (const child of cell.children ?? []) walk(child, lines);
        if (tail && cell === rest[0]) {
          const first = lines.slice(from).find((read) => read.text.trim() !== '');
          if (first && !first.bullet) first.text = `${first.text} | ${tail.text}`;
          else lines.push(tail);
        }
        lines.push({ text: '' });
      }
    }
    return;
  }
  for (const child of node.children ?? []) walk(child, lines);
}

/**
 * A row's first cell that names what the cells right of it hold, as one line ("iFood, Campinas"): two or
 * three short paragraphs, no list, no dates (a stacked "2019" over "2021" is a range of its own) and no section's
 * name, beside a cell that holds dates (the title, its dates, the bullets), under a section's heading (the caller's
 * rule: a table above the first one is the résumé's header). Null for any other cell.
 */
function labelCell(cell: DocNode, row: readonly DocNode[]): ReadLine | null {
  const paragraphs = (of: DocNode) =>
    (of.children ?? []).filter((child) => child.type !== 'paragraph' || textOf(child).trim() !== '');
  const own = paragraphs(cell);
  if (own.length < 2 || own.length > 3) return null;
  if (own.some((child) => child.type !== 'paragraph' || child.numbering)) return null;
  const texts = own.map((child) => textOf(child).replace(/\s+/gu, ' ').trim());
  if (texts.some((text) => text.split(' ').length > 6 || findDates(text).length > 0)) return null;
  // A sidebar's section ("Skills" over "Rust, Kafka") is no label of the row.
  if (sectionKind(texts[0] as string) !== null || own.some((child) => headingLevel(child) > 0)) return null;
  // Only a job's row: a header's name over its title beside the contacts, or a skills group over "(certified)"
  // beside its list, are lines of their own.
  const dated = (other: DocNode) => paragraphs(other).some((child) => findDates(textOf(child)).length > 0);
  if (!row.some((other) => other !== cell && dated(other))) return null;
  const line: ReadLine = { text: texts.join(', ') };
  const { bold, all } = runsBold(own[0] as DocNode);
  if (all > 0 && bold === all) line.bold = true;
  return line;
}

/**
 * A cell's paragraphs as one line, joined by commas ("Northwind Logistics", "Hamburg"); a paragraph that opens or
 * closes on a dash goes on with its neighbour: "03/2016" over "– 12/2019" is one range.
 */
function cellText(cell: DocNode): string {
  return (cell.children ?? [])
    .map((child) => textOf(child).replace(/\s+/gu, ' ').trim())
    .filter((text) => text !== '')
    .reduce(
      (joined, text) =>
        joined === ''
          ? text
          : /[-–—]$/u.test(joined) || /^[-–—]/u.test(text)
            ? `${joined} ${text}`
            : `${joined}, ${text}`,
      '',
    );
}

/**
 * A cell that holds only a job's dates, in one to three plain paragraphs ("Mar 2019 –" over "Present"), as one
 * line; null for any other cell.
 */
function datesCell(cell: DocNode): ReadLine | null {
  const children = (cell.children ?? []).filter(
    (child) => child.type !== 'paragraph' || textOf(child).trim() !== '',
  );
  if (children.length === 0 || children.length > 3) return null;
  if (children.some((child) => child.type !== 'paragraph' || child.numbering)) return null;
  const text = cellText(cell);
  const dates = findDates(text);
  if (dates.length !== 1 || dates[0]?.kind !== 'range') return null;
  const date = dates[0];
  if (/[\p{L}\p{N}]/u.test(text.slice(0, date.start) + text.slice(date.end))) return null;
  return { text };
}

/**
 * A table that is one record (see `isRecordTable`: "Role | Technology Lead" over "Duration | Jan 2020 –
 * till date") as the labelled lines a form prints ("Role: Technology Lead"), one per row; null for
 * any other table.
 */
function recordRows(table: DocNode): ReadLine[] | null {
  const rows: string[][] = [];
  for (const row of table.children ?? []) {
    const cells = (row.children ?? []).filter((cell) => cell.type === 'tableCell');
    if (cells.some((cell) => (cell.children ?? []).some((child) => child.type !== 'paragraph'))) return null;
    const texts = cells.map((cell) =>
      (cell.children ?? []).map(textOf).join(' ').replace(/\s+/gu, ' ').trim(),
    );
    if (texts.every((text) => text === '')) continue;
    rows.push(texts);
  }
  if (!isRecordTable(rows)) return null;
  return rows.map(([label, value]) => ({ text: `${recordLabel(label as string)}: ${value}` }));
}

/**
 * A table of positions under a header row ("Period | Employer | Position | Main tasks"): each row
 * becomes its entry's head line, its header cells in the header's order (see `positionHead`; a
 * cell's paragraphs joined by commas: "Northwind Logistics", "Hamburg"), followed by what its other
 * cells hold (the tasks, their bullets), so a row whose tasks run to several paragraphs is still one
 * entry. Null when the table's first row is no such header. A row that does not fill the header's
 * columns (a merged cell across the table) reads cell by cell.
 */
function positionRows(table: DocNode): ReadLine[] | null {
  const rows = (table.children ?? []).map((row) =>
    (row.children ?? []).filter((cell) => cell.type === 'tableCell'),
  );
  const first = rows.findIndex((cells) => cells.some((cell) => cellText(cell) !== ''));
  const header = rows[first];
  if (!header || header.some((cell) => (cell.children ?? []).some((child) => child.type !== 'paragraph')))
    return null;
  // "Firma | Lodos Bilişim | Tarih | 2018 – 2021": a form's row of labels and their values; a header row holds no date.
  if (header.some((cell) => findDates(cellText(cell)).length > 0)) return null;
  const columns = positionColumns(header.map(cellText));
  if (!columns) return null;
  const fields = header.map((cell) => labelFields(cellText(cell)));
  const lines: ReadLine[] = [];
  for (const cells of rows.slice(first + 1)) {
    if (cells.length !== columns.length) {
      for (const cell of cells) for (const child of cell.children ?? []) walk(child, lines);
      continue;
    }
    // A dates cell keeps its paragraphs whole: "01/2020" over "– present" is one range.
    const split = cells.map((cell, index) =>
      columns[index] === 'other'
        ? null
        : columns[index] === 'company' || columns[index] === 'title'
          ? headFields(cell)
          : { head: cell.children ?? [], rest: [] },
    );
    // A cell under a label naming several fields ("Employer / Position") holds one paragraph each: parts of their own.
    const head = positionHead(
      columns,
      cells.map((cell, index) => {
        const parts = split[index];
        if (!parts) return '';
        const named = columns[index] === 'company' || columns[index] === 'title';
        if (!named || fields[index] === 1) return cellText({ ...cell, children: parts.head });
        return parts.head
          .map((child) => cellText({ ...cell, children: [child] }))
          .filter((text) => text !== '')
          .join(' | ');
      }),
    );
    if (head !== '') lines.push({ text: head });
    for (const parts of split) for (const child of parts?.rest ?? []) walk(child, lines);
    cells.forEach((cell, index) => {
      if (columns[index] !== 'other') return;
      for (const child of cell.children ?? []) walk(child, lines);
    });
  }
  return lines;
}

const ITEM_MARK = new RegExp(String.raw`^\s*[${MARKER_GLYPHS}]\s`, 'u');

/**
 * A header cell's paragraphs split where its fields end: "Acme Bank, Luxembourg" and "Senior Java Developer" are
 * the head's, and from the first list item on ("• Built the payments gateway.", a numbered or non-paragraph
 * child) the rest is the position's text, read as lines of their own.
 */
function headFields(cell: DocNode): { head: DocNode[]; rest: DocNode[] } {
  const children = cell.children ?? [];
  const item = children.findIndex(
    (child) => child.type !== 'paragraph' || Boolean(child.numbering) || ITEM_MARK.test(textOf(child)),
  );
  return item < 0
    ? { head: children, rest: [] }
    : { head: children.slice(0, item), rest: children.slice(item) };
}

/** A soft hyphen (Ctrl+-) only shows where Word breaks the word at a line's end: inside the text it is no character. */
const SOFT_HYPHEN = /\u00ad/gu;

function textOf(node: DocNode): string {
  if (node.type === 'text') return (node.value ?? '').replace(SOFT_HYPHEN, '');
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function runsBold(node: DocNode): { bold: number; all: number } {
  if (node.type === 'run') {
    const length = textOf(node).trim().length;
    return { bold: node.isBold ? length : 0, all: length };
  }
  let bold = 0;
  let all = 0;
  for (const child of node.children ?? []) {
    const found = runsBold(child);
    bold += found.bold;
    all += found.all;
  }
  return { bold, all };
}

function headingLevel(node: DocNode): number {
  const style = `${node.styleName ?? ''} ${node.styleId ?? ''}`;
  const heading = /heading\s*([1-6])/i.exec(style);
  if (heading) return Number(heading[1]);
  if (/\btitle\b/i.test(style)) return 1;
  if (/\bsubtitle\b/i.test(style)) return 2;
  return 0;
}

function paragraphLines(node: DocNode): ReadLine[] {
  const text = textOf(node);
  const heading = headingLevel(node);
  const { bold, all } = runsBold(node);
  const list = node.numbering !== null && node.numbering !== undefined;
  const depth = list ? Number(node.numbering?.level ?? 0) : 0;
  const parts = text.split('\n');
  return parts.map((part, index) => {
    const line: ReadLine = { text: part.replace(/\s+$/u, '') };
    if (list && index === 0) {
      line.text = `${'  '.repeat(depth)}• ${line.text.trimStart()}`;
      line.bullet = true;
    }
    if (heading > 0) line.heading = heading;
    if (all > 0 && bold === all) line.bold = true;
    return line;
  });
}
