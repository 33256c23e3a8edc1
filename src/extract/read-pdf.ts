import { knownPlace } from '../catalogue/places.js';
import { coverage, joinSplitDateCells, wholeRange } from './date-cells.js';
import { findDates } from './dates.js';
import { DocumentError } from './document-error.js';
import { DURATION, lengthOfTimeOnly } from './entries.js';
import { CUT_WORDS, MARKER_GLYPHS, type ReadLine, setInCapitals, untracked } from './line-model.js';
import { raiseRowDates } from './row-dates.js';
import { letterSpaced } from './sections.js';
import { isRecordTable, labelFields, positionColumns, positionHead, recordLabel } from './tables.js';
import {
  findDegree,
  isInstitution,
  isLocation,
  NAME_PARTICLES,
  sectionKind,
  titleScore,
} from './vocabulary.js';

/** Résumés are a few pages; pages past this are not read (bounded time for a hostile file). */
const MAX_PAGES = 30;

/** One text item of a page as pdfjs gives it: a run of glyphs in one font, `y` its baseline from the bottom. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /** A space item of its own stood just before it on its baseline. */
  spaced?: boolean;
  /** Its glyphs were set letter-spaced and are closed up in `text` (see `closeTrackedItems`). */
  tracked?: boolean;
}
type Item = PdfItem;

/** Items of one baseline, left to right, cut where a wide gap separates them. */
interface Segment {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  /** The font of its last item. */
  font: string;
  /** The one font all its items are set in; null when they mix fonts. */
  soleFont: string | null;
  /** The baseline of its last line, when lines below were joined to it as a wrapped table cell. */
  bottom?: number;
  /** Where its last line ends, when lines below were joined to it. */
  end?: number;
  /** The items it was made of, left to right. */
  items?: readonly Item[];
}

interface Row {
  y: number;
  size: number;
  segments: Segment[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * A PDF's text, line by line in reading order, through pdfjs-dist (legacy build, Node 20).
 * Items are grouped into lines by baseline; a vertical gutter that separates two columns on most
 * lines makes the page read column by column (a sidebar does not interleave with the main column),
 * unless one side holds only dates (a date column on the left or right belongs to its row).
 * Larger type becomes heading hints; a wider gap between lines becomes a blank line.
 */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<ReadLine[]> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new DocumentError(
        fileName,
        'ENCRYPTED',
        'a password-protected (encrypted) PDF',
        'a PDF without a password (save or print it again without protection)',
        error,
      );
    }
    throw new DocumentError(
      fileName,
      'CORRUPT',
      `a PDF that cannot be read (${(error as Error).message})`,
      'a well-formed PDF document',
      error,
    );
  }
  try {
    const pages: PdfItem[][] = [];
    const count = Math.min(document.numPages, MAX_PAGES);
    for (let number = 1; number <= count; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || item.height || 10;
        items.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size, font: item.fontName });
      }
      pages.push(items);
      page.cleanup();
    }
    const lines = pdfLines(pages);
    if (lines.length === 0) {
      throw new DocumentError(
        fileName,
        'NO_TEXT_LAYER',
        'a PDF without a text layer: it is a scan (an image of the pages)',
        'a PDF with text (export it from the word processor, or run OCR on it first)',
      );
    }
    return lines;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(
      fileName,
      'CORRUPT',
      `a PDF whose pages cannot be read (${(error as Error).message})`,
      'a well-formed PDF document',
      error,
    );
  } finally {
    await document.destroy();
  }
}

/**
 * The lines a reader sees on the pages of a PDF's text items, in reading order (empty when the pages
 * hold no text). Glyphs that stand for no character (control codes, private-use icon glyphs) and the
 * names an icon font printed as words (see `iconWords`) are no part of them.
 */
export function pdfLines(pages: readonly (readonly PdfItem[])[]): ReadLine[] {
  const cleaned = pages.map((page) => {
    const kept = closeTrackedItems(
      page.map((item) => ({ ...item, text: item.text.replace(NO_CHARACTER, '') })),
    );
    // A space the PDF sets as an item of its own parts the words on either side of it, however
    // narrow the gap it leaves ("Katarzyna", " ", "Wójcik" in two fonts of a 30 pt name).
    kept.forEach((item, index) => {
      const space = kept[index - 1];
      if (
        space !== undefined &&
        item.text.trim() !== '' &&
        space.text !== '' &&
        space.text.trim() === '' &&
        Math.abs(space.y - item.y) <= item.size * 0.35 &&
        item.x >= space.x - 1
      )
        item.spaced = true;
    });
    return kept.filter((item) => item.text.trim() !== '');
  });
  const icons = iconWords(cleaned);
  const read = withoutRunningRows(cleaned.map((items) => rows(items.filter((item) => !icons.has(item)))));
  const all = read.flat();
  if (all.length === 0) return [];
  const body = bodySize(all);
  // The text's right edge over the whole document: a short last page does not make its lines full.
  const right = Math.max(...all.flatMap((row) => row.segments.map((segment) => segment.x1)));
  const lines: ReadLine[] = [];
  const open: OpenTable = { header: null };
  for (const page of read) {
    if (page.length === 0) continue;
    if (lines.length > 0) lines.push({ text: '' });
    lines.push(...joinHyphenBreaks(raiseRowDates(joinSplitDateCells(readingOrder(page, body, right, open)))));
  }
  return lines;
}

/** A word broken at its own hyphen at the end of a line ("IQ-", "scikit-"): letters or digits right before it. */
const HYPHEN_BREAK = /[\p{L}\p{N}][-\u2010]$/u;
/** The first word of a line and the space after it; a closing bracket or punctuation may follow the word. */
const FIRST_WORD = /^([\p{L}\p{N}][\p{L}\p{N}+#.]*?)([)\]]?[.,;:]?)(?:\s+|$)/u;

/**
 * "Tools:    BWA, SAMtools, IQ-" over "TREE. Compute: SLURM": a name broken at its own hyphen at the end of a
 * line of cells, which the reader does not run into the next line, goes on with the first word of that line
 * ("IQ-TREE."); the rest of that line stays where it is. A line of cells or a line that opens a list item is no
 * paragraph the reader joins whole (see `continues`), so the break is mended here, word by word.
 */
export function joinHyphenBreaks(lines: readonly ReadLine[]): ReadLine[] {
  const result = lines.map((line) => ({ ...line }));
  for (let i = 0; i + 1 < result.length; i++) {
    const line = result[i] as ReadLine;
    const next = result[i + 1] as ReadLine;
    if (!HYPHEN_BREAK.test(line.text.trimEnd()) || next.heading || LIST_MARKER.test(next.text)) continue;
    const word = FIRST_WORD.exec(next.text);
    if (!word) continue;
    line.text = `${line.text.trimEnd()}${word[1]}${word[2]}`;
    next.text = next.text.slice(word[0].length);
  }
  return result.filter((line, index) => line.text !== '' || (lines[index] as ReadLine).text === '');
}

/**
 * Items set letter-spaced ("2 0 2 2", "P R E S E N T": CSS letter-spacing, as pdfjs reads it, puts a space between
 * the glyphs of an item and gives each word space an item of its own) closed up into their words (see
 * `trackingSpaces`); an item of two glyphs so set closes up on a baseline that holds a longer tracked one.
 */
function closeTrackedItems(items: PdfItem[]): PdfItem[] {
  const spaced = items.map((item) => untracked(item.text, false) !== item.text);
  const sameRow = (a: PdfItem, b: PdfItem) => Math.abs(a.y - b.y) <= Math.max(a.size, b.size) * 0.35;
  const closed = items.map((item, index) => {
    if (!spaced[index]) return item;
    // Alone on its row, an item may hold several words whose gaps the reader set as the glyphs' own
    // ("Z O É L A U R E N T"): read as a line, capitals alone stay as set.
    const alone = !items.some(
      (other, k) => k !== index && (spaced[k] || TWO_GLYPHS.test(other.text)) && sameRow(other, item),
    );
    return { ...item, text: untracked(item.text, alone), tracked: true };
  });
  const tracked = closed.filter((item) => item.tracked);
  if (tracked.length === 0) return closed;
  return closed.map((item) =>
    TWO_GLYPHS.test(item.text) && tracked.some((other) => sameRow(other, item))
      ? { ...item, text: untracked(item.text, false, 2), tracked: true }
      : item,
  );
}

const TWO_GLYPHS = /^\s*\S \S\s*$/u;

/** The widest gap, in ems, between two words set letter-spaced: a word space widened by the tracking on its sides. */
const TRACKED_WORD_GAP = 2;

/**
 * Whether `item` goes on a letter-spaced line after `last` (and `before` it): a tracked word after a tracked word,
 * or a lone dash or dot between them.
 */
function trackedWord(item: PdfItem, last: PdfItem | undefined, before: PdfItem | undefined): boolean {
  if (last === undefined) return false;
  const lone = (piece: PdfItem) => /^\s*[^\s\p{L}\p{N}]\s*$/u.test(piece.text);
  if (last.tracked) return item.tracked === true || lone(item);
  return lone(last) && before?.tracked === true && item.tracked === true;
}

/**
 * "2019 – present" beside "Senior Lecturer …, Faculty of Engineering, University of Dunmore", over "Teach the modules
 * on …": an entry's head beside its date cell, however far it runs, ends where a sentence starts under it (a
 * capitalised word, then words in small letters that are no particles of a name). A head's name wrapped onto the
 * next line ("University of" / "Dunmore", "Faculty of Engineering," / "Dunmore University") goes on.
 */
function textUnderDatedHead(row: Row, head: Segment, below: Segment): boolean {
  if (!row.segments.some((segment) => onlyDates(segment.text))) return false;
  if (titleUnderHead(head.text, below.text)) return true;
  // A cell that closes a sentence of its own ("…, then Engineering Manager from January 2022.") is a paragraph
  // of text: its lines run on.
  if (/[.!?]$/u.test(head.text.trim())) return false;
  const words = below.text.trim().split(/\s+/u).slice(0, 4);
  return (
    /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') &&
    words
      .slice(1)
      .some((word) => /^\p{Ll}{2,}/u.test(word) && !JOINING.test(word) && !/^(?:the|for|in|at)$/u.test(word))
  );
}

/**
 * "Euroimmun Medizinische Labordiagnostika AG, Lübeck" over "Softwareentwicklerin", "Universität zu Lübeck, Institut
 * für Medizinische Informatik" over "Wissenschaftliche Mitarbeiterin": a dated head's employer and its place or unit,
 * run close to the cell's edge, over a line that is a title whole is two lines: the title starts afresh. Not where
 * the head is a title itself, nor where the head's last part and the line make one title ("…, Senior Software" over
 * "Engineer"), unless that part is a place ("Lübeck Softwareentwicklerin" is a German compound's look-alike).
 */
export function titleUnderHead(head: string, below: string): boolean {
  // "Werkstudentin (10 Std./Woche)": a closing bracket says how the post was held, no part of its title.
  const trimmed = below
    .trim()
    .replace(/\([^()]*\)$/u, '')
    .trimEnd();
  if (titleScore(trimmed) === 0 || titleScore(head) > 0) return false;
  const last = (head.split(',').pop() as string).trim();
  return knownPlace(last) || isLocation(last) || titleScore(`${last} ${trimmed}`) === 0;
}

/**
 * A date, then its range's dash ("2022", "—") or its end after the dash ("2022 —", "PRESENT"): one range, however
 * wide letter-spacing sets its words apart, not a date cell before a value.
 */
function rangeGoesOn(before: string, text: string): boolean {
  if (!onlyDates(before)) return false;
  if (/^\s*[–—-](?:\s|$)/u.test(text)) return true;
  return /[–—-]\s*$/u.test(before) && onlyDates(`${before} ${text}`);
}

/** How many rows at the top and at the bottom of a page a running header or footer may take. */
const RUNNING_BAND = 2;

/**
 * The pages' rows without their running headers and footers: a row in the top (bottom) band of every
 * page of a document of two or more pages, the same words (a page number aside) at the same place.
 * A header is kept on the first page and a footer on the last, where they interrupt nothing (the
 * name or contact line they often carry stays in the document once); elsewhere they would cut an
 * entry that runs on from one page to the next.
 */
function withoutRunningRows(pages: Row[][]): Row[][] {
  const filled = pages.filter((page) => page.length > 0);
  if (filled.length < 2) return pages;
  const words = (row: Row) =>
    row.segments
      .map((segment) => segment.text)
      .join(' ')
      .replace(/\d+/gu, '#');
  const same = (a: Row, b: Row) =>
    Math.abs(a.y - b.y) <= 2 &&
    Math.abs((a.segments[0]?.x0 ?? 0) - (b.segments[0]?.x0 ?? 0)) <= 2 &&
    words(a) === words(b);
  const band = (page: Row[], top: boolean) =>
    top ? page.slice(0, RUNNING_BAND) : page.slice(Math.max(0, page.length - RUNNING_BAND));
  const running = new Set<Row>();
  for (const top of [true, false]) {
    const first = filled[0] as Row[];
    for (const row of band(first, top)) {
      const matches = filled.slice(1).map((page) => band(page, top).find((other) => same(row, other)));
      if (matches.some((match) => match === undefined)) continue;
      const all = [row, ...(matches as Row[])];
      // The first page's header and the last page's footer stay.
      for (const found of top ? all.slice(1) : all.slice(0, -1)) running.add(found);
    }
  }
  for (const row of namedHeaders(filled)) running.add(row);
  if (running.size === 0) return pages;
  return pages.map((page) => page.filter((row) => !running.has(row)));
}

/**
 * The running headers of the pages after the first that name the person, where the first page has none (a
 * "different first page" in Word, fancyhdr's plain first page): a row of the top band, no larger than the text
 * under it, whose words take in the name the first page opens with in its largest type ("Hamish McAllister –
 * Curriculum Vitae", "Page 2 – Ana Ruiz"). With no first-page copy to match, the name is what shows it: a résumé
 * names its person once, at the top. Like a margin's header it stands apart from the row under it, by more than
 * twice that row's size: "Hamish McAllister Consulting Ltd" set as the body is set, over its position's title, is
 * an employer named after its owner.
 */
function namedHeaders(pages: readonly Row[][]): Row[] {
  const [first, ...rest] = pages;
  const opening = (first ?? []).slice(0, RUNNING_BAND + 1);
  const name = opening.reduce<Row | null>(
    (big, row) => (big === null || row.size > big.size ? row : big),
    null,
  );
  const words = (row: Row) =>
    row.segments
      .map((segment) => segment.text)
      .join(' ')
      .toLowerCase()
      .replace(/\s+/gu, ' ')
      .trim();
  const named = name ? words(name) : '';
  if (named.split(' ').length < 2 || !/\p{L}/u.test(named)) return [];
  // A first page with a header of its own naming the person leaves the other pages' headers to the rule above.
  if (opening.some((row) => row !== name && words(row).includes(named))) return [];
  return rest.flatMap((page) => {
    const [top, next] = page;
    return top !== undefined &&
      top !== name &&
      words(top).includes(named) &&
      next !== undefined &&
      top.size <= next.size + 0.5 &&
      top.y - next.y > next.size * 2
      ? [top]
      : [];
  });
}

/**
 * Code points that print no character a reader sees: C0/C1 controls (a font without a Unicode map
 * gives NUL for each glyph), the replacement character, zero-width marks, and the private-use planes
 * (icon fonts such as Font Awesome put their pictures there).
 */
const NO_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd\u200b-\u200d\u2060\ufeff\ue000-\uf8ff\u{f0000}-\u{10ffff}]/gu;

/** A ligature name of an icon font ("mail", "location_on", "school"): one lower-case identifier. */
const ICON_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Items that are icons printed as their ligature names rather than as pictures. Two ways a PDF shows
 * them: (1) the icon font drew the ligature, so a whole name takes the width of one glyph (under a
 * third of an em a letter); (2) the icon font did not load and a fallback font printed the names: a
 * font that sets nothing but such names, at least two of them, each one followed on its line by
 * text in another font (the label it decorates). No list of names is needed: the font's use shows it.
 */
function iconWords(pages: readonly (readonly PdfItem[])[]): Set<PdfItem> {
  const icons = new Set<PdfItem>();
  const byFont = new Map<string, { items: PdfItem[]; decorating: number }>();
  for (const items of pages) {
    for (const item of items) {
      const text = item.text.trim();
      if (ICON_NAME.test(text) && text.length >= 4 && item.width < item.size * 0.3 * text.length) {
        icons.add(item);
        continue;
      }
      const font = byFont.get(item.font) ?? { items: [], decorating: 0 };
      byFont.set(item.font, font);
      font.items.push(item);
      if (!ICON_NAME.test(text)) continue;
      const end = item.x + item.width;
      const label = items.some(
        (other) =>
          other.font !== item.font &&
          other.text.trim() !== '' &&
          Math.abs(other.y - item.y) <= Math.max(other.size, item.size) * 0.5 &&
          other.x >= end - 1 &&
          other.x <= end + Math.max(other.size, item.size) * 2,
      );
      if (label) font.decorating++;
    }
  }
  for (const { items, decorating } of byFont.values()) {
    if (items.length >= 2 && decorating === items.length) for (const item of items) icons.add(item);
  }
  return icons;
}

/** Items grouped by baseline (top to bottom) and cut into segments at wide gaps. */
function rows(items: Item[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const found: { y: number; size: number; items: Item[] }[] = [];
  for (const item of sorted) {
    const row = found.find(
      (candidate) => Math.abs(candidate.y - item.y) <= Math.max(candidate.size, item.size) * 0.35,
    );
    if (row) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
    } else {
      found.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  found.sort((a, b) => b.y - a.y);
  for (const row of found) row.items.sort((a, b) => a.x - b.x);
  const columnStart = columnStarts(found.map((row) => row.items));
  return found.map((row) => {
    const ordered = row.items;
    const pieces: { segment: Segment; items: Item[] }[] = [];
    for (const item of ordered) {
      const last = pieces[pieces.length - 1];
      const gap = last ? item.x - last.segment.x1 : Number.POSITIVE_INFINITY;
      // A gap of an em, or half an em where the font changes (a bold label before its value), parts
      // cells; so does a narrower one before a column that other rows start at too (see `columnStarts`).
      // A date cell that fills its column, or overflows it ("Jan 2019 – Jun 2022" a word space before
      // the title, "2021 – present" run up to it), parts from the value beside it at a column the other
      // rows start at, however narrow the gap.
      const before = last ? last.items.map((piece) => piece.text).join('') : '';
      const cell =
        last !== undefined &&
        columnStart(item.x) &&
        !rangeGoesOn(before, item.text) &&
        ((gap >= item.size * WIDE_GAP && /[\p{L}\p{N}]{2}/u.test(before)) ||
          (gap >= -1 && onlyDates(before)));
      // A justified line stretches its word spaces: a line cut at a word that only joins a name's words
      // ("UNIVERSIDAD", a space stretched over five ems, "DE" last in its column) goes on with the words before it,
      // as no cell is that word alone ("Da Nang City" beside "Sendo" is a place).
      // A list's marker set a tab apart from its text (Word, LibreOffice: "●", a space item, the text) is
      // the start of its line, no cell of its own; a dash after a cell ("Kubernetes | – | Expert") is a cell.
      const marker = pieces.length === 1 && LONE_MARKER.test(before) && gap < item.size * 3;
      const stretched =
        last !== undefined &&
        item.spaced === true &&
        lastWord(ordered, item) &&
        last.segment.font === item.font &&
        JOINING.test(item.text);
      // "Mobile Kotlin · Swift · Jetpack Compose": a label set in its own font (bold) a word space before a list
      // in another font is a cell of its own, as if a colon or a tab stood between.
      const label =
        last !== undefined &&
        last.segment.soleFont !== null &&
        last.segment.font !== item.font &&
        labelBeforeList(
          before,
          ordered
            .slice(ordered.indexOf(item))
            .map((piece) => piece.text)
            .join(''),
        );
      // "K A S I M I R", " ", "O D U Y A", or "2 0 1 9", "—", "P R E S E N T": the words of a letter-spaced line and
      // the dashes between them, set as far apart as its tracking makes them.
      const trackedWords =
        last !== undefined &&
        trackedWord(item, last.items[last.items.length - 1], last.items[last.items.length - 2]) &&
        last.segment.font === item.font &&
        Math.abs(last.segment.size - item.size) < 0.5 &&
        gap < item.size * TRACKED_WORD_GAP;
      if (
        last &&
        !label &&
        (marker ||
          stretched ||
          trackedWords ||
          (!cell && gap < item.size * (last.segment.font === item.font ? 1 : 0.5)))
      ) {
        last.items.push(item);
        last.segment.x1 = Math.max(last.segment.x1, item.x + item.width);
        if (last.segment.soleFont !== item.font) last.segment.soleFont = null;
        last.segment.font = item.font;
      } else {
        pieces.push({
          segment: {
            x0: item.x,
            x1: item.x + item.width,
            y: item.y,
            size: item.size,
            text: '',
            font: item.font,
            soleFont: item.font,
          },
          items: [item],
        });
      }
    }
    const segments = pieces.map(({ segment, items }) => ({ ...segment, text: segmentText(items), items }));
    return { y: row.y, size: row.size, segments: segments.filter((segment) => segment.text !== '') };
  });
}

/**
 * A short label ("Mobile", "Cloud platforms": one to three capitalised words, no digits, no colon of its own, no
 * title) before a list of three short items or more, all between one kind of separator (middle dots, commas or
 * bars: "Kotlin · Swift · SwiftUI"). A head's fields ("(internship) · Babolat, Lyon") mix separators.
 */
function labelBeforeList(label: string, rest: string): boolean {
  if (!/^\p{Lu}[\p{L}&/-]*(?:\s+[\p{L}&/-]+){0,2}$/u.test(label.trim()) || titleScore(label) > 0)
    return false;
  const separator = /[·,|•]/u.exec(rest)?.[0];
  if (separator === undefined || /^\s*[·,|•]/u.test(rest)) return false;
  const items = rest
    .trim()
    .split(separator)
    .map((item) => item.trim());
  return (
    items.length >= 3 &&
    items.every((item) => /^[\p{L}\p{N}][^·,|•()[\]]*$/u.test(item) && item.split(/\s+/u).length <= 3)
  );
}

/** A list marker standing alone: a bullet glyph, a dash, a number ("3." "b)"). */
const LONE_MARKER = new RegExp(String.raw`^\s*(?:[${MARKER_GLYPHS}]|\d{1,2}[.)])\s*$`, 'u');

/** A name's particle ("Universidad de Guadalajara"), as a regular expression's alternatives. */
const PARTICLE = NAME_PARTICLES.join('|');

/** A word that only joins a name's words ("of", "de", "und"), standing alone: never a cell of its own. */
const JOINING = new RegExp(String.raw`^\s*(?:of|and|${PARTICLE})\s*$`, 'iu');

/** Whether `item` ends its run of words on the row: nothing follows it closer than a cell's gap. */
function lastWord(row: readonly Item[], item: Item): boolean {
  const next = row[row.indexOf(item) + 1];
  return next === undefined || next.x - (item.x + item.width) >= item.size * WIDE_GAP;
}

/** Text that is all dates: a range or a single date ("2019 – 2021", "Summer 2016"), nothing else. */
function onlyDates(text: string): boolean {
  const dates = findDates(text);
  const covered = dates.reduce(
    (sum, date) => sum + text.slice(date.start, date.end).replace(/\s/gu, '').length,
    0,
  );
  return dates.length > 0 && dates.length <= 2 && covered >= text.replace(/\s/gu, '').length * 0.9;
}

/** A gap of this many ems is wider than any word space of a proportional or a monospaced font. */
const WIDE_GAP = 0.75;

/**
 * Whether an item at `x` starts a column of the page: at least three rows have an item starting there
 * (within a point) after a gap of `WIDE_GAP` or at the row's start. A label cell and its value set
 * closer than an em ("Languages" right-aligned 8 pt before "Python, R, SQL", a long label just
 * short of the value column) are two cells when the values of the rows around them start at that x;
 * the words of justified prose do not line up so across rows.
 */
function columnStarts(rows: readonly (readonly Item[])[]): (x: number) => boolean {
  const starts: number[] = [];
  for (const items of rows) {
    let end = Number.NEGATIVE_INFINITY;
    for (const item of items) {
      if (item.x - end >= item.size * WIDE_GAP) starts.push(item.x);
      end = Math.max(end, item.x + item.width);
    }
  }
  return (x) => starts.filter((start) => Math.abs(start - x) <= 1).length >= 3;
}

/**
 * The text of one segment's items, left to right. Between two items a space where the gap is wider
 * than the tightest word space (an eighth of an em). A run of three or more single glyphs is text set
 * letter-spaced ("E X P E R I E N C E", small capitals drawn glyph by glyph): its letters join, and
 * only a gap clearly wider than the run's own letter gap (by a fifth of an em, a word space) parts
 * words. A date range run into the word after it, as a date cell too narrow for "present" prints it
 * ("2021 – presentLecturer"), gets its space back.
 */
function segmentText(items: readonly Item[]): string {
  const single = items.map((item) => [...item.text.trim()].length === 1);
  let text = '';
  let i = 0;
  while (i < items.length) {
    let end = i;
    while (end < items.length && single[end]) end++;
    if (end - i >= 3) {
      const run = items.slice(i, end);
      const gaps = run.slice(1).map((item, k) => item.x - ((run[k] as Item).x + (run[k] as Item).width));
      const letterGap = median(gaps);
      const size = median(run.map((item) => item.size));
      if (i > 0) text += spaceBefore(text, (run[0] as Item).x - end_(items[i - 1] as Item), run[0] as Item);
      text += (run[0] as Item).text.trim();
      run.slice(1).forEach((item, k) => {
        text += ((gaps[k] as number) > letterGap + size * 0.2 ? ' ' : '') + item.text.trim();
      });
      i = end;
      continue;
    }
    const item = items[i] as Item;
    if (i > 0) text += spaceBefore(text, item.x - end_(items[i - 1] as Item), item);
    text += item.text;
    i++;
  }
  return text.replace(/\s+/gu, ' ').trim().replace(GLUED_DATE_END, '$1 ');
}

const end_ = (item: Item) => item.x + item.width;

function spaceBefore(text: string, gap: number, item: Item): string {
  return (gap > item.size * 0.12 || item.spaced === true) && !text.endsWith(' ') && !item.text.startsWith(' ')
    ? ' '
    : '';
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The end of a date range ("– present", "– 2021", "– 03/2021") with a capital glued to it. */
const GLUED_DATE_END =
  /([–—-]\s*(?:[Pp]resent|PRESENT|[Nn]ow|[Cc]urrent|[Tt]oday|(?:\d{1,2}[./])?(?:19|20)\d{2}))(?=\p{Lu})/gu;

/** The most common text size: the body's. */
function bodySize(rows: readonly Row[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    for (const segment of row.segments) {
      const size = Math.round(segment.size * 2) / 2;
      counts.set(size, (counts.get(size) ?? 0) + segment.text.length);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** The x of an empty vertical band that splits the page's segments into two columns, if there is one. */
function gutter(rows: readonly Row[]): number | null {
  const segments = rows.flatMap((row) => row.segments);
  if (segments.length < 6) return null;
  const left = Math.min(...segments.map((segment) => segment.x0));
  const right = Math.max(...segments.map((segment) => segment.x1));
  const width = right - left;
  if (width <= 0) return null;
  type Cut = { x: number; crossing: number; balance: number; aligned: number };
  const cuts: Cut[] = [];
  let best: Cut | null = null;
  // Candidate cuts every 2 pt between 15% and 85% of the text width.
  for (let x = left + width * 0.15; x <= left + width * 0.85; x += 2) {
    let crossing = 0;
    let before = 0;
    const starts: number[] = [];
    for (const row of rows) {
      for (const segment of row.segments) {
        if (segment.x0 < x - 1 && segment.x1 > x + 1) crossing++;
        else if (segment.x1 <= x + 1) before++;
        else starts.push(segment.x0);
      }
    }
    if (before < 3 || starts.length < 3) continue;
    const nearest = Math.min(...starts);
    const cut = {
      x,
      crossing,
      balance: Math.min(before, starts.length),
      aligned: starts.filter((start) => start - nearest <= 1.5).length,
    };
    cuts.push(cut);
    if (!best || crossing < best.crossing || (crossing === best.crossing && cut.balance > best.balance)) {
      best = cut;
    }
  }
  // Two columns: (almost) nothing crosses the cut. Full-width lines (a name, a title) may.
  const limit = Math.max(2, segments.length * 0.1);
  if (!best || best.crossing > limit) return null;
  // A column starts at one left edge: a cut before a stray word (the second word of a heading set
  // justified, "UNIVERSIDAD      DE") gives way to one a full-width line more crosses, before the
  // edge where many lines start.
  const edge = cuts
    .filter((cut) => cut.crossing <= Math.min(limit, (best as Cut).crossing + 1) && cut.aligned >= 4)
    .sort((a, b) => b.aligned - a.aligned || a.crossing - b.crossing)[0];
  if (edge && edge.aligned >= best.aligned * 3) return edge.x;
  return best.x;
}

/**
 * The share of a page's text on the lighter side of the cut. Under 5% (a photo box, a date in a
 * corner, an "End" set flush right) that side is no column of its own to read apart.
 */
function minorShare(rows: readonly Row[], cut: number): number {
  const segments = rows.flatMap((row) => row.segments);
  const chars = (keep: (segment: Segment) => boolean) =>
    segments.filter(keep).reduce((sum, segment) => sum + segment.text.length, 0);
  const left = chars((segment) => segment.x1 <= cut + 1);
  const right = chars((segment) => segment.x0 >= cut - 1);
  return left + right === 0 ? 0 : Math.min(left, right) / (left + right);
}

/**
 * Cells most of which are dates, or lengths of time as a job portal's date column sets under each job's dates
 * ("June 2019 — currently" over "2 years 7 months").
 */
function mostlyDates(segments: readonly Segment[]): boolean {
  if (segments.length === 0) return false;
  const dated = segments.filter((segment) => {
    if (lengthOfTimeOnly(segment.text)) return true;
    const covered = findDates(segment.text).reduce((sum, date) => sum + (date.end - date.start), 0);
    return covered >= segment.text.replace(/\s/g, '').length * 0.6;
  });
  return dated.length >= segments.length * 0.6;
}

/** One line of one column, before it becomes text. */
interface Placed {
  y: number;
  /** The baseline of its last line (below `y` when wrapped table cells were joined to it). */
  bottom: number;
  /** Where its last line ends: whether the next line's first word would have fitted is asked of it. */
  end: number;
  size: number;
  x0: number;
  x1: number;
  text: string;
  /** How many cells (pieces apart by a wide gap) the line holds. */
  cells: number;
  /** The one font the whole line is set in; null when it mixes fonts. */
  font: string | null;
}

function placed(segments: readonly Segment[], y: number): Placed {
  return {
    y,
    bottom: Math.min(...segments.map((segment) => segment.bottom ?? y)),
    end: (segments[segments.length - 1] as Segment).end ?? Math.max(...segments.map((segment) => segment.x1)),
    size: Math.max(...segments.map((segment) => segment.size)),
    x0: Math.min(...segments.map((segment) => segment.x0)),
    x1: Math.max(...segments.map((segment) => segment.x1)),
    text: segments.map((segment) => segment.text).join('    '),
    cells: segments.length,
    font: segments.every((segment) => segment.soleFont === segments[0]?.soleFont)
      ? (segments[0]?.soleFont ?? null)
      : null,
  };
}

/** A list item's marker, "›", "»" and ">" among them (a PDF sets no Markdown, so ">" quotes nothing). */
const LIST_MARKER = new RegExp(String.raw`^(?:[${MARKER_GLYPHS}>›»]|\d{1,2}[.)])\s`, 'u');

/**
 * Where a word starts: no letter or digit right before. (`\b` knows only ASCII letters: in "Tecnología" it finds a
 * word "a" after the "í".)
 */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;

/** A line that ends mid-phrase: a comma, a hyphen, or a word that cannot end one. */
const OPEN_END = new RegExp(`(?:[,&/-]|${WORD_START}(?:${CUT_WORDS}|or|as|into|using|via))$`, 'iu');

/**
 * A line cut at a word that cannot end a phrase: an English one, or the particle a name in a Romance or Germanic
 * language joins its words with ("Universidad de" / "Guadalajara", "Universität der" / "Künste").
 */
const CUT_PHRASE = new RegExp(`${WORD_START}(?:${CUT_WORDS}|${PARTICLE})$`, 'iu');

/**
 * Whether `text` ends where `pattern` (OPEN_END, CUT_PHRASE) says a phrase is cut. A joining word in capitals at the
 * end of a line that is not all capitals is an abbreviation, no cut: a province or state ("Toronto, ON", "Portland,
 * OR", "Gary, IN"), a country code ("Berlin, DE"), a letter naming a thing ("Series A"). In a line set in capitals
 * ("UNIVERSITY OF" over "TORONTO") it is the word itself.
 */
function endsCut(pattern: RegExp, text: string): boolean {
  const trimmed = text.trim();
  const word = pattern.exec(trimmed)?.[0];
  if (word === undefined) return false;
  return !(/^\p{Lu}+$/u.test(word) && /\p{Ll}/u.test(trimmed));
}

/** "Tools: Go, Kafka, Redis": short items between commas, a list rather than a sentence. */
function listLike(text: string): boolean {
  const items = text.replace(/^[^:]{1,30}:\s*/u, '').split(/,\s*/u);
  return items.length >= 3 && items.every((item) => item.split(/\s+/u).length <= 3);
}

/**
 * Whether `next` continues `previous` (a wrapped line). Geometry first: `previous` runs so close to
 * the column's right edge that `next`'s first word would not have fitted, same size, same left edge
 * or a hanging indent, no wider gap, no new list item, no date opening `next`. Then the words: `next`
 * starts in lower case, or `previous` ends mid-phrase, or `previous` is a long line of prose, or a
 * list whose next item, opening `next`, is as short as its items, or the line `joined` so far
 * (`previous` and the lines it continues) is long and `next` can only be the last words of a name.
 * `right` is the column's right edge; `edge` the furthest any of its lines other than `previous` ends.
 */
function continues(
  previous: Placed,
  next: Placed,
  start: Placed,
  right: number,
  edge: number,
  joined: string,
): boolean {
  const firstWord = next.text.split(/\s/u)[0] ?? '';
  if (Math.abs(previous.size - next.size) >= 0.5) return false;
  // Rows of a table (cells apart by wide gaps) do not run into each other.
  if (previous.cells > 1 || next.cells > 1) return false;
  if (LIST_MARKER.test(next.text) || next.x0 < start.x0 - 1 || next.x0 > start.x0 + next.size * 2.5)
    return false;
  // A heading set letter-spaced ("E D U C A T I O N") is a line of its own, however many "words" its
  // letters make and however close to the edge of a narrow sidebar it ends.
  if (letterSpaced(previous.text) || letterSpaced(next.text)) return false;
  if (datesLine(previous.text)) return false;
  const lead = findDates(next.text)[0];
  if (lead && lead.start === 0) {
    // A range left open at the line's end ("(2016-12 –") is completed by the single date under it.
    const dates = findDates(previous.text);
    const last = dates[dates.length - 1];
    if (
      lead.kind !== 'range' &&
      last?.openEnded === true &&
      last.end >= previous.text.trimEnd().length - 1 &&
      findDates(`${previous.text.slice(last.start)} ${next.text}`)[0]?.kind === 'range'
    )
      return true;
    // So is one cut after its closing month ("(Oct 2020–Dec" over "2021)"): the two lines read as one
    // make a complete range that runs over the break and takes in the whole date under it.
    const at = previous.text.length;
    return (
      lead.kind !== 'range' &&
      findDates(`${previous.text} ${next.text}`).some(
        (date) =>
          date.kind === 'range' &&
          !date.openEnded &&
          date.start < at &&
          date.start >= (last?.start ?? 0) &&
          date.end >= at + 1 + lead.end,
      )
    );
  }
  // "Team: Payments", "Stack: Go": a labelled line starts afresh.
  if (/^\p{Lu}[\p{L} ]{1,20}:\s/u.test(next.text)) return false;
  // "Employer (ABC) | City" over a line set in from its left edge: a head's fields, then the entry's text (a
  // paragraph wraps to the edge it started at; only a list item's wrap hangs further in).
  if (/\s\|\s/u.test(previous.text) && !LIST_MARKER.test(start.text) && next.x0 > start.x0 + 1) return false;
  // "Bachelor of Science in" / "Computer Engineering": a phrase cut at a word that cannot end it.
  if (endsCut(CUT_PHRASE, previous.text)) return true;
  // A line set wholly in another font than the whole line above it starts afresh where it reads as a
  // head (a bold title under a line of plain text, a plain school under a bold degree): short, not
  // closed by a period, under a line that does not end mid-phrase. Prose cut at "using" goes on
  // onto a phrase set in bold ("Redis Cluster and read replicas.").
  if (
    previous.font !== null &&
    next.font !== null &&
    previous.font !== next.font &&
    !endsCut(OPEN_END, previous.text) &&
    headLike(next.text)
  )
    return false;
  // An entry's head that ends in its dates ("Title, Employer | 2020-03 – present") ends there, however
  // far it runs: a capitalised line under it starts the entry's text.
  if (endsInRange(previous.text) && /^\p{Lu}/u.test(next.text)) return false;
  // So does one that opens under a line that ended its phrase: a capitalised line ending in its dates
  // ("Software Engineer II, Quill Labs | 2016 - 2017") is the next entry's head, however full the list
  // or the sentence above it ran. A head starts at the entry's left edge and under no list item: a
  // bullet's wrap, indented under its text or not, may end in a range of its own ("Adyen and our own
  // platform team (2019 - 2020)").
  if (
    endsInRange(next.text) &&
    /^\p{Lu}/u.test(next.text) &&
    next.x0 <= start.x0 + 1 &&
    !LIST_MARKER.test(start.text) &&
    !endsCut(OPEN_END, previous.text)
  )
    return false;
  if (previous.end + firstWord.length * next.size * 0.5 <= right - next.size) return false;
  if (/^\p{Ll}[\p{Ll}-]*(?:\s|$)/u.test(next.text) || endsCut(OPEN_END, previous.text)) return true;
  if (degreeGoesOn(joined, next.text)) return true;
  // A list that fills its line goes on where the next line's first item is as short as a list's
  // ("…, Azure Stream" over "Analytics, WCF"); prose goes on after a long line.
  if (listLike(previous.text)) return (next.text.split(',')[0] ?? '').trim().split(/\s+/u).length <= 3;
  if (previous.text.split(/\s+/u).length >= 6) return true;
  // Counted over the line as joined so far: a name wrapped over three lines of a narrow sidebar
  // ("FAST National University of" / "Computer and Emerging" / "Sciences") is one long line cut twice.
  // Only for a last word or two that stand on their own as nothing else: "Master of Science" under
  // "Technical University of" / "Munich, School of Informatics" is the next line of the entry. A
  // school's name needs no length: "Indian Institute of Technology" run to the edge over "Bombay",
  // where another line of the column ends as far ("September 2006 -- June 2010"); a school that is
  // itself the column's widest line shows no edge it was cut at ("Georgia Institute of Technology" over
  // "Atlanta" in a sidebar whose other lines all stop short of it).
  // A school's name cut before the word that makes it one ("Istanbul Technical" over "University") goes on too.
  return (
    (joined.split(/\s+/u).length >= 6 ||
      (isInstitution(joined) && previous.end <= edge + 1) ||
      (!isInstitution(joined) && isInstitution(`${joined} ${next.text}`))) &&
    endsName(next.text)
  );
}

/**
 * "Bachelor of Business" over "Administration" in a narrow column: a degree cut before the words that end its
 * name, the two lines read as one a longer degree the vocabulary knows, whole. "Bachelor of Science" over
 * "Computer Science" is a degree over its field: the degree read in both is no longer.
 */
function degreeGoesOn(joined: string, next: string): boolean {
  const whole = `${joined} ${next.trim()}`;
  const degree = findDegree(whole);
  return (
    next.trim().split(/\s+/u).length <= 3 &&
    degree !== null &&
    degree.start === 0 &&
    degree.end >= whole.length
  );
}

/** A line that reads as a head: a title, an employer, a school; a few words, no sentence's period. */
function headLike(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/u).length <= 10 && !/\p{Ll}{3}[.!?]$/u.test(trimmed);
}

/**
 * An honour or a grade an entry notes on a line of its own ("Dean's List", "Cum Laude", "GPA 3.9",
 * "With Distinction", "First Class Honours"): no part of the school's name above it.
 */
const HONOUR =
  /\b(?:(?:dean|president|chancellor)['’]?s\s+(?:list|honou?r\s+roll)|cum\s+laude|c?gpa|honou?rs|distinction|valedictorian|salutatorian|first\s+class)\b/iu;

/** One or two words that can only end a name cut above them: no degree, title, place or honour of their own. */
function endsName(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.split(/\s+/u).length <= 2 &&
    findDegree(trimmed) === null &&
    titleScore(trimmed) === 0 &&
    !isLocation(trimmed) &&
    !HONOUR.test(trimmed)
  );
}

/**
 * A line that is a complete date range, with the duration an export prints after it ("January 2021 -
 * Present (3 years 2 months)"): an entry's dates end their line, however far to the right it runs,
 * so the place or the text under them is never joined to them.
 */
function datesLine(text: string): boolean {
  const dated = text
    .replace(DURATION, '')
    .replace(/[\s·|,(]+$/u, '')
    .trim();
  const range = findDates(dated).find((date) => date.kind === 'range' && !date.openEnded);
  return range !== undefined && range.start === 0 && range.end >= dated.length - 1;
}

/** A line whose last words are a complete date range ("… | 2020-03 – present", "… (2019 – 2021)"). */
function endsInRange(text: string): boolean {
  const trimmed = text.replace(/[\s)\]]+$/u, '');
  const dates = findDates(trimmed);
  const last = dates[dates.length - 1];
  return last !== undefined && last.kind === 'range' && !last.openEnded && last.end >= trimmed.length;
}

/**
 * A line and the line it wrapped onto, as one. A line broken after the hyphen of a compound
 * ("event-" over "driven", "2023-" over "08") joins without a space: the hyphen is the word's own;
 * a word the typesetter hyphenated with U+2010 or a soft hyphen ("infra‐" over "structure") joins
 * whole.
 */
function joinWrapped(text: string, next: string): string {
  // A hyphen the typesetter put at a break (U+2010, or a soft hyphen shown) is no part of the word.
  if (/\p{L}[\u2010\u00ad]$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  return /[\p{L}\p{N}]-$/u.test(text) && /^[\p{L}\p{N}]/u.test(next) ? text + next : `${text} ${next}`;
}

/** One unbroken token that is an e-mail address or a link ("ana@example.org", "linkedin.com/in/ana"). */
const ADDRESS = /^(?:\S+@\S+\.\S+|(?:https?:\/\/|www\.)\S+|[\w.-]+\.[a-z]{2,}\/\S*)$/iu;

/** Lines of a column in order, wrapped lines joined back (see `continues`). */
function columnLines(column: readonly Placed[], body: number): ReadLine[] {
  const lines: ReadLine[] = [];
  if (column.length === 0) return lines;
  // An address set in one piece (an e-mail, a link) overflows a narrow column rather than wrap: the edge the
  // column's text wraps at is where its other lines end.
  const wrapping = column.filter((line) => !ADDRESS.test(line.text.trim()));
  const right = Math.max(...(wrapping.length > 0 ? wrapping : column).map((line) => line.x1));
  // The furthest right any line but `line` ends: the edge the column's other lines show.
  const ends = column.map((line) => line.x1).sort((a, b) => b - a);
  const edgeBesides = (line: Placed) =>
    line.x1 < (ends[0] as number) ? (ends[0] as number) : (ends[1] ?? Number.NEGATIVE_INFINITY);
  const spacing = typicalSpacing(
    column.map((line) => line.y),
    body,
  );
  let previous: Placed | null = null;
  let open: { line: ReadLine; placed: Placed } | null = null;
  for (const line of column) {
    const gap = previous ? previous.bottom - line.y : 0;
    const gapBefore = previous !== null && gap > spacing * 1.5;
    const wraps =
      open !== null &&
      previous !== null &&
      !gapBefore &&
      continues(previous, line, open.placed, right, edgeBesides(previous), open.line.text);
    if (wraps && open) {
      open.line.text = joinWrapped(open.line.text, line.text);
    } else {
      if (gapBefore) lines.push({ text: '' });
      open = { line: hinted(line.text, line.size, body, gapBefore), placed: line };
      lines.push(open.line);
    }
    previous = line;
  }
  return lines;
}

/**
 * Table cells that wrap: a row whose every piece sits right under a piece of the row above
 * ("University of Science and Technology of" over "China", "Mar 2020 – May" over "2021") continues
 * those cells when one of them shows it (a date range completed, a phrase cut at "of", a lower-case
 * start). Each piece is joined to the cell above it, so the cells do not run into each other.
 * `right` is the right edge of the document's text; `cut` the page's gutter, if it has one.
 */
function joinWrappedCells(rows: readonly Row[], right: number, cut: number | null): Row[] {
  const result = rows.map((row) => ({ ...row, segments: [...row.segments] }));
  const join = (above: Segment, below: Segment) => {
    above.text = joinWrapped(above.text, below.text);
    if (above.soleFont !== below.soleFont) above.soleFont = null;
    above.bottom = below.bottom ?? below.y;
    above.end = below.end ?? below.x1;
  };
  // The words show that `below` goes on with `above`: `above` ends mid-phrase, or `below` starts in
  // lower case (not a name such as "iOS" or "xAI", nor an address: "ana@example.com", "github.com/ana"),
  // and `below` does not open with a date.
  const runsOn = (above: Segment, below: Segment) =>
    findDates(below.text)[0]?.start !== 0 &&
    (endsCut(OPEN_END, above.text) ||
      (/^\p{Ll}(?!\p{Ll}?\p{Lu})/u.test(below.text) && !/^[^\s@/]*[@/.]\S/u.test(below.text)));
  // `above`'s last line reaches so near the right edge that `below`'s first word would not have fitted.
  // Not where `below` is set wholly in another font than `above` (a plain school under a bold degree).
  const fillsLine = (above: Segment, below: Segment) => {
    const firstWord = below.text.split(/\s/u)[0] ?? '';
    return (
      (above.soleFont === null || below.soleFont === null || above.soleFont === below.soleFont) &&
      (above.end ?? above.x1) + firstWord.length * below.size * 0.5 > right - below.size
    );
  };
  // `below` shows it goes on with `above` (see `runsOn`), or the row's last cell runs to the right
  // edge and the next word did not fit ("…, AGH" over "University of …").
  const showsWrap = (above: Segment, below: Segment, pieces: number, last: Segment, row: Row) =>
    runsOn(above, below) ||
    (above === last &&
      pieces === 1 &&
      findDates(below.text)[0]?.start !== 0 &&
      !LIST_MARKER.test(below.text) &&
      !/^\p{Lu}[\p{L} ]{1,20}:\s/u.test(below.text) &&
      !textUnderDatedHead(row, above, below) &&
      fillsLine(last, below));
  for (let i = 0; i + 1 < result.length; i++) {
    const row = result[i] as Row;
    const next = result[i + 1] as Row;
    if (row.segments.length === 1) row.segments = dateCellApart(row.segments[0] as Segment, next);
    if (row.segments.length < 2) continue;
    // A cell set closer than an em beside a cell to its left is a value beside its own label
    // ("Libraries" before "pandas, scikit-learn"): it starts afresh, whatever its first letter.
    const labelled = (segment: Segment) =>
      next.segments.some((other) => other.x1 <= segment.x0 && segment.x0 - other.x1 < segment.size);
    const pairs = next.segments.map((segment) => ({
      below: segment,
      above: labelled(segment)
        ? undefined
        : (row.segments.find((candidate) => sameCell(candidate, segment)) ??
          row.segments.find((candidate) => labelGoesOn(candidate, segment)) ??
          row.segments.find((candidate) => dateGoesOn(candidate, segment))),
    }));
    // A date cell completed by the piece under it joins on its own; the rest of the row stays.
    const date = pairs.find(
      ({ above, below }) =>
        above && coverage(above.text) < 0.8 && coverage(`${above.text} ${below.text}`) >= 0.8,
    );
    if (date?.above) {
      // The other cells of the row may wrap with it ("… National" over "Laboratory"), where the
      // text shows it (see `runsOn`, or the last cell filling its line), unless what stands under
      // them starts something new (a list item, a label, a date) or they end a sentence. A title
      // over an employer, each a line of its own, stays two lines.
      const last = row.segments[row.segments.length - 1] as Segment;
      // A cell that runs up to the cell right of it is full too: its next word went to the line under it.
      const fillsCell = (above: Segment, below: Segment) => {
        const right = row.segments[row.segments.indexOf(above) + 1];
        const firstWord = below.text.split(/\s/u)[0] ?? '';
        return right !== undefined && above.x1 + firstWord.length * below.size * 0.5 > right.x0 - below.size;
      };
      const joined = pairs.filter(
        (pair) =>
          pair === date ||
          (pair.above &&
            !LIST_MARKER.test(pair.below.text) &&
            !/^\p{Lu}[\p{L} ]{1,20}:\s/u.test(pair.below.text) &&
            findDates(pair.below.text)[0]?.start !== 0 &&
            !/[.!?:]$/u.test(pair.above.text.trim()) &&
            (runsOn(pair.above, pair.below) ||
              (pair.above === last ? fillsLine(pair.above, pair.below) : fillsCell(pair.above, pair.below)))),
      );
      for (const pair of joined) join(pair.above as Segment, pair.below);
      next.segments = next.segments.filter((segment) => !joined.some((pair) => pair.below === segment));
      if (next.segments.length === 0) i = absorb(result, i);
      continue;
    }
    // Two columns read apart are two texts: a sidebar's wrapped line says nothing of the main
    // column's line that happens to share its baselines, so each side of the gutter decides alone.
    const last = row.segments[row.segments.length - 1] as Segment;
    const groups = sidesOf(pairs, row.segments, cut);
    let joinedAny = false;
    for (const group of groups) {
      if (group.some((pair) => !pair.above)) continue;
      // A complete date range over a line of no dates ("January 2019 - July 2021" over "Watertown, MA"): the row is a
      // dated head over a line of its own (the employer under the title, in lower case as "athenahealth" writes
      // itself), no cell wrapped; a cell left mid-phrase ("Analytics for a") still goes on below.
      if (
        group.some(
          ({ above, below }) =>
            coverage((above as Segment).text) >= 0.8 &&
            findDates(below.text).length === 0 &&
            !runsOn(above as Segment, below),
        ) &&
        !group.some(({ above }) => endsCut(OPEN_END, (above as Segment).text))
      )
        continue;
      if (!group.some((pair) => showsWrap(pair.above as Segment, pair.below, pairs.length, last, row)))
        continue;
      for (const { above, below } of group) join(above as Segment, below);
      next.segments = next.segments.filter((segment) => !group.some((pair) => pair.below === segment));
      joinedAny = true;
    }
    if (joinedAny && next.segments.length === 0) i = absorb(result, i);
  }
  return result;
}

/**
 * "Research Assistant, Kestrel Institute Aug. 2018 – Aug." over "Trust, Lilongwe" and "2020": a date cell set a
 * narrow gap after the text beside it reads as one segment with it. Where the row under it has a piece starting
 * right under the item that opens the date, and that piece completes the date, the segment is two cells.
 */
function dateCellApart(segment: Segment, next: Row): Segment[] {
  const items = segment.items ?? [];
  for (let k = 1; k < items.length; k++) {
    const item = items[k] as Item;
    const tail = segmentText(items.slice(k));
    if (findDates(tail)[0]?.start !== 0 || coverage(tail) >= 0.8) continue;
    const under = next.segments.find((below) => Math.abs(below.x0 - item.x) <= 2);
    if (!under || coverage(`${tail} ${under.text}`) < 0.8) continue;
    const cell = (part: readonly Item[]): Segment => {
      const fonts = new Set(part.map((one) => one.font));
      return {
        ...segment,
        x0: (part[0] as Item).x,
        x1: end_(part[part.length - 1] as Item),
        text: segmentText(part),
        font: (part[part.length - 1] as Item).font,
        soleFont: fonts.size === 1 ? (part[0] as Item).font : null,
        items: part,
      };
    };
    return [cell(items.slice(0, k)), cell(items.slice(k))];
  }
  return [segment];
}

/**
 * The pairs of a row and the row under it, grouped by the side of the gutter they stand on: one
 * group when there is no gutter or a piece of either row crosses it.
 */
function sidesOf<T extends { below: Segment }>(
  pairs: T[],
  above: readonly Segment[],
  cut: number | null,
): T[][] {
  const crosses = (segment: Segment) => cut !== null && segment.x0 < cut - 1 && segment.x1 > cut + 1;
  if (cut === null || above.some(crosses) || pairs.some((pair) => crosses(pair.below))) return [pairs];
  const left = pairs.filter((pair) => pair.below.x1 <= cut + 1);
  const right = pairs.filter((pair) => !left.includes(pair));
  return [left, right].filter((group) => group.length > 0);
}

/**
 * Drops the row under `result[i]`, all of it joined to that row, and returns the index from which
 * the scan goes on: the same row again, so that a cell wrapped over three lines joins whole.
 */
function absorb(result: Row[], i: number): number {
  result.splice(i + 1, 1);
  return i - 1;
}

/**
 * Whether `below` sits in the same table cell as `above`: flush with its left edge, or, for a cell
 * set flush right, flush with its right edge and no wider than it.
 */
function sameCell(above: Segment, below: Segment): boolean {
  if (Math.abs(above.size - below.size) > Math.max(above.size, below.size) * 0.08) return false;
  if (Math.abs(above.x0 - below.x0) <= 2) return true;
  return Math.abs(above.x1 - below.x1) <= 2 && below.x0 >= above.x0 - 2;
}

/**
 * A date set flush right in a column of dates over the rest of its range, wider ("May 2018" over "– Dec 2020"):
 * the two lines are one range, whatever the width of either.
 */
function dateGoesOn(above: Segment, below: Segment): boolean {
  return (
    Math.abs(above.size - below.size) <= Math.max(above.size, below.size) * 0.08 &&
    Math.abs(above.x1 - below.x1) <= 2 &&
    findDates(above.text).length > 0 &&
    coverage(above.text) < 0.8 &&
    coverage(`${above.text} ${below.text}`) >= 0.8
  );
}

/**
 * A label set flush right that goes on, wider, on the line under it: in lower case ("Name and type of
 * organisation" over "providing education and training", a Europass form's label beside its value), or under a
 * line left open at a sign ("CAD &" over "Simulation", awesome-cv's skill labels right-aligned in their column).
 * A label ending in a word goes on only onto lower case: "JOB APPLIED FOR" over "WORK EXPERIENCE" is two labels.
 */
function labelGoesOn(above: Segment, below: Segment): boolean {
  return (
    Math.abs(above.size - below.size) <= Math.max(above.size, below.size) * 0.08 &&
    Math.abs(above.x1 - below.x1) <= 2 &&
    below.x0 < above.x0 &&
    (/^\p{Ll}+(?:\s|$)/u.test(below.text) ||
      (/[,&/+]$/u.test(above.text.trim()) && sectionKind(below.text) === null)) &&
    !/[.!?:;]$/u.test(above.text.trim())
  );
}

/**
 * Rows to lines: a table of positions row by row (see `positionTable`), the rest as `readRows` reads
 * it, the rows above a table apart from those below it.
 */
function readingOrder(
  read: readonly Row[],
  body: number,
  right: number,
  open: OpenTable = { header: null },
): ReadLine[] {
  const continued = open.header;
  open.header = null;
  for (let at = 0; at < read.length; at++) {
    const table =
      (at === 0 && continued !== null ? positionTable(read, 0, body, continued) : null) ??
      positionTable(read, at, body);
    if (!table) continue;
    const rest = read.slice(table.to);
    const lines = [
      ...readRows(read.slice(0, at), body, right),
      { text: '' },
      ...table.lines,
      { text: '' },
      ...readingOrder(rest, body, right, open),
    ];
    if (rest.length === 0) open.header = table.header;
    return lines;
  }
  return readRows(read, body, right);
}

/**
 * The header row of a table of positions that ran to the foot of the page just read: the next page's first rows,
 * set in its columns without a header row of their own, are more of its positions.
 */
interface OpenTable {
  header: Row | null;
}

/** The ems between two baselines of a cell's wrapped lines, at most; wider apart, rows are set off by padding. */
const CELL_LINE = 1.25;

/**
 * A table of positions whose header row is `read[at]` ("Period | Employer | Position | Main tasks",
 * each label a cell; see `positionColumns`), with the lines it reads as, or null. Each column runs
 * from its label's left edge to the next label's; the table runs down while every piece of a row
 * stands in one column (a paragraph across the columns, a heading, a wide gap end it). A position's
 * row is told from the wrapped lines of its cells by the padding between rows (baselines further
 * apart than a cell's lines), or, in a table set without padding, by its first column opening anew
 * (a date that does not complete the one above). Each position becomes one line of its header cells
 * in the header's order (a cell's wrapped lines joined), then the lines of its other cells (tasks), then the
 * lines set across the table from its first column under it (its description; see `acrossTable`).
 * With `continued`, the header of a table that ran to the foot of the page before, the table's rows start at
 * `read[at]` under no header row of their own. The header it read under comes back with the lines.
 */
function positionTable(
  read: readonly Row[],
  at: number,
  body: number,
  continued: Row | null = null,
): { to: number; lines: ReadLine[]; header: Row } | null {
  const header = continued ?? (read[at] as Row);
  const first = continued ? at : at + 1;
  if (header.segments.length < 2) return null;
  const columns = positionColumns(header.segments.map((segment) => segment.text));
  if (!columns) return null;
  const size = Math.max(header.size, body);
  // The rows the table may run over: down to a heading or a wide gap.
  const below: Row[] = [];
  for (const row of read.slice(first)) {
    const above = below[below.length - 1] ?? header;
    // A header carried from the page before stands on another page: no gap to measure from it.
    const gap = above === continued ? 0 : above.y - row.y;
    if (row.size > size * 1.15 || gap > size * 4) break;
    if (row.segments.length === 1 && sectionKind((row.segments[0] as Segment).text) !== null) break;
    below.push(row);
  }
  // A label set centred over its column stands right of where the column's cells start: each column
  // starts at the leftmost item under it that starts past the label to its left (the first row's, for
  // the first column: a line after the table may start further left).
  const items = (rows: readonly Row[]) =>
    rows.flatMap((row) => row.segments.flatMap((segment) => segment.items ?? []));
  const lefts = header.segments.map((label, index) => {
    const after = index === 0 ? Number.NEGATIVE_INFINITY : (header.segments[index - 1] as Segment).x1 + 1;
    const starts = items(index === 0 ? below.slice(0, 1) : below)
      .map((item) => item.x)
      .filter((x) => x > after && x <= label.x0 + 2);
    return Math.min(label.x0, ...starts);
  });
  const columnAt = (x: number) => lefts.findLastIndex((left) => x >= left - 2);
  // A page goes on with the table only where its first row is a position's: a date in the first column and no
  // piece across a column's edge (a sentence, a running header "Priya Sharma – Curriculum Vitae" are no row).
  const opening = below[0];
  if (continued && opening) {
    const lead = opening.segments.find((segment) => columnAt(segment.x0) === 0);
    const across = opening.segments.some((segment) =>
      lefts.slice(1).some((left) => segment.x0 < left - 2 && segment.x1 > left + 2),
    );
    if (lead === undefined || findDates(lead.text).length === 0 || across) return null;
  }
  const cellsOf = (row: Row): Segment[][] | null => {
    const cells: Segment[][] = columns.map(() => []);
    for (const segment of row.segments) {
      const groups = new Map<number, Item[]>();
      const pieces = (segment.items ?? []).map((item) => acrossColumns(item, lefts));
      if (pieces.some((piece) => piece === null)) return null;
      for (const item of pieces.flat() as Item[]) {
        const column = columnAt(item.x);
        if (column === -1) return null;
        groups.set(column, [...(groups.get(column) ?? []), item]);
      }
      for (const [column, items] of groups) {
        const x1 = Math.max(...items.map(end_));
        const next = lefts[column + 1];
        if (next !== undefined && x1 > next + 2) return null;
        (cells[column] as Segment[]).push({
          ...segment,
          x0: (items[0] as Item).x,
          x1,
          text: segmentText(items),
          items,
        });
      }
    }
    return cells;
  };
  // A line from the first column's start across the next one's with no date in it ("Led the security operations
  // centre and its incident response.") is no row of cells: it is the text of the position above, set across the
  // table. A line of cells set a narrow gap apart opens with its dates ("Mar 2015 – Sep 2019 Software Engineer").
  const acrossTable = (row: Row) => {
    const [only, ...others] = row.segments;
    return (
      only !== undefined &&
      others.length === 0 &&
      columnAt(only.x0) === 0 &&
      lefts[1] !== undefined &&
      only.x1 > lefts[1] + 2 &&
      findDates(only.text).length === 0
    );
  };
  const body_: { row: Row; cells: Segment[][] }[] = [];
  /** The rows set across the table, by the index in `body_` of the row above them. */
  const texts = new Map<number, Segment[]>();
  let taken = 0;
  for (const row of below) {
    taken++;
    if (body_.length > 0 && acrossTable(row)) {
      const key = body_.length - 1;
      texts.set(key, [...(texts.get(key) ?? []), row.segments[0] as Segment]);
      continue;
    }
    const cells = cellsOf(row);
    if (!cells) {
      taken--;
      break;
    }
    body_.push({ row, cells });
  }
  if (body_.length === 0) return null;
  // Positions: where a row opens one (see above).
  const gaps = body_.slice(1).map(({ row }, k) => (body_[k] as { row: Row }).row.y - row.y);
  const line = Math.max(Math.min(...gaps), size);
  const padded = gaps.some((gap) => gap > line * CELL_LINE);
  const records: Segment[][][] = [];
  const recordTexts: Segment[][] = [];
  body_.forEach(({ cells }, k) => {
    const record = records[records.length - 1];
    const lead = cells[0]?.[0];
    const above = record?.[0]?.[record[0].length - 1];
    const opens =
      record === undefined ||
      (padded
        ? (gaps[k - 1] ?? 0) > line * CELL_LINE
        : lead !== undefined && (above === undefined || !cellGoesOn(above.text, lead.text)));
    if (opens || record === undefined) {
      records.push(cells.map((cell) => [...cell]));
      recordTexts.push([...(texts.get(k) ?? [])]);
      return;
    }
    for (const [index, cell] of cells.entries()) (record[index] as Segment[]).push(...cell);
    (recordTexts[recordTexts.length - 1] as Segment[]).push(...(texts.get(k) ?? []));
  });
  // A column's text runs to its widest line, or to an em short of the next column.
  const rights = columns.map((_, index) =>
    Math.max(
      (lefts[index + 1] ?? 0) - size,
      ...body_.flatMap(({ cells }) => (cells[index] ?? []).map((segment) => segment.x1)),
    ),
  );
  // A cell's paragraphs: its lines joined where one wraps into the next.
  const paragraphs = (cell: readonly Segment[], index: number) => {
    const done: string[] = [];
    cell.forEach((segment, k) => {
      const above = cell[k - 1];
      const firstWord = segment.text.split(/\s/u)[0] ?? '';
      const full =
        above !== undefined &&
        above.x1 + firstWord.length * segment.size * 0.5 > (rights[index] as number) - segment.size;
      // A line that stopped short of the column's edge ended its paragraph: "Northwind Logistics" over "Hamburg".
      if (above !== undefined && (full || cellGoesOn(above.text, segment.text)))
        done[done.length - 1] = joinWrapped(done[done.length - 1] as string, segment.text);
      else done.push(segment.text);
    });
    return done;
  };
  // A header cell naming several fields ("Position & Organisation") holds one paragraph each, each a part of the
  // head of its own as a column's would be; the paragraphs after those are the position's text.
  const fields = header.segments.map((segment) => labelFields(segment.text));
  const keyCells = (record: Segment[][]) => {
    const rest: string[] = [];
    const keys = record.map((cell, index) => {
      const parts = paragraphs(cell, index);
      const held = fields[index] ?? 1;
      if (held > 1 && parts.length > held) rest.push(...parts.slice(held));
      return held > 1 ? parts.slice(0, held).join(' | ') : parts.join(', ');
    });
    return { keys, rest };
  };
  const lines: ReadLine[] = [];
  records.forEach((record, r) => {
    const { keys, rest } = keyCells(record);
    const head = positionHead(columns, keys);
    if (head !== '') lines.push({ text: head });
    lines.push(...rest.map((text) => ({ text })));
    const across = recordTexts[r] as Segment[];
    [...record.filter((_, index) => columns[index] === 'other'), across].forEach((cell) => {
      if (cell.length === 0) return;
      lines.push(
        ...columnLines(
          cell.map((segment) => placed([segment], segment.y)),
          body,
        ),
      );
    });
  });
  return { to: first + taken, lines, header };
}

/**
 * An item cut where it runs across the start of a column: pdfjs gives the text of two cells set a
 * narrow gap apart as one item ("Mar 2015 – Sep 2019 Software Engineer"). The cut is the word space
 * nearest to where the column starts, at the item's mean glyph width; null when no word space stands
 * within a few glyphs of it (a word across the column's start: no cell of that table).
 */
function acrossColumns(item: Item, lefts: readonly number[]): Item[] | null {
  const pieces: Item[] = [];
  let rest = item;
  for (const left of lefts) {
    if (left <= rest.x + 2 || left >= rest.x + rest.width - 2) continue;
    const chars = [...rest.text];
    const glyph = rest.width / Math.max(1, chars.length);
    const at = (left - rest.x) / glyph;
    let space = -1;
    chars.forEach((char, index) => {
      if (char === ' ' && (space === -1 || Math.abs(index - at) < Math.abs(space - at))) space = index;
    });
    if (space === -1 || Math.abs(space - at) > 3) return null;
    pieces.push({ ...rest, text: chars.slice(0, space).join(''), width: space * glyph });
    rest = { ...rest, text: chars.slice(space + 1).join(''), x: left, width: rest.x + rest.width - left };
  }
  pieces.push(rest);
  return pieces;
}

/** Whether a cell's line `below` goes on with the line `above` it: a hyphen, a dash or a phrase left open, a lower-case start, a date completed. */
function cellGoesOn(above: string, below: string): boolean {
  return (
    /[-–—,&/]$/u.test(above.trim()) ||
    endsCut(OPEN_END, above) ||
    /^\p{Ll}/u.test(below) ||
    (coverage(above) < 0.8 && coverage(`${above} ${below}`) >= 0.8)
  );
}

/**
 * Rows read whole, but for a band that opens with two sections' headings side by side ("About me" beside "Most
 * proficient", "Education" beside "Languages", as LaTeX CV classes and builders set two short sections in one row of a
 * one-column page): its left section, then its right one, each in its own order.
 */
function withSectionsSideBySide(rows: readonly Row[], body: number): ReadLine[] {
  const lines: ReadLine[] = [];
  let whole: Row[] = [];
  const flushWhole = () => {
    lines.push(...columnLines(wholeRows(whole), body));
    whole = [];
  };
  for (let at = 0; at < rows.length; at++) {
    const band = sideBySideBand(rows, at, body);
    if (band === null) {
      whole.push(rows[at] as Row);
      continue;
    }
    flushWhole();
    lines.push(...sidesApart(rows.slice(at, band.to), band.cut, body));
    at = band.to - 1;
  }
  flushWhole();
  return lines;
}

/** A band's left side, then its right side, each followed by a blank line. */
function sidesApart(band: readonly Row[], cut: number, body: number): ReadLine[] {
  return [
    ...columnLines(
      band.flatMap((row) => side(row, cut, 'left')),
      body,
    ),
    { text: '' },
    ...columnLines(
      band.flatMap((row) => side(row, cut, 'right')),
      body,
    ),
    { text: '' },
  ];
}

/** The most words a heading of a section set beside another has ("Tools & tech", "Most proficient"). */
const SIDE_HEADING_WORDS = 4;

/** A short heading set larger than the body: a few words, no digits, no sentence. */
function sideHeading(segment: Segment, body: number): boolean {
  const text = segment.text.trim();
  return (
    segment.size >= body * 1.1 && !/[\d.:;,]/u.test(text) && text.split(/\s+/u).length <= SIDE_HEADING_WORDS
  );
}

/** Where a row of two headings side by side parts them (see `sideBySideBand`), or null. */
function headingPair(row: Row, body: number): { cut: number; size: number } | null {
  if (row.segments.length !== 2) return null;
  const [left, right] = row.segments as [Segment, Segment];
  if (!sideHeading(left, body) || !sideHeading(right, body)) return null;
  if (Math.abs(left.size - right.size) > 0.5 || left.soleFont === null || left.soleFont !== right.soleFont)
    return null;
  if (right.x0 - left.x1 < left.size * 2) return null;
  return { cut: right.x0 - 1, size: left.size };
}

/**
 * When `rows[at]` holds two headings side by side (the same size and font, larger than the body, a wide gap between),
 * the band they head: the rows below down to one that crosses the gap between them or holds a heading as large
 * (`to`, exclusive), and the x that parts the two sides; null when the row heads no such band or a side stays empty.
 * On a page read in two columns (`columns`), the band ends only where the page goes on across the gap: below it a
 * row crosses the gap before anything stands right of it alone, so a sidebar's heading, or a column's, set on the
 * other column's heading's baseline parts nothing (Deedy's "Education" beside "Experience").
 */
function sideBySideBand(
  rows: readonly Row[],
  at: number,
  body: number,
  columns = false,
): { to: number; cut: number } | null {
  const pair = headingPair(rows[at] as Row, body);
  if (pair === null) return null;
  const { cut } = pair;
  const crosses = (row: Row) => row.segments.some((segment) => segment.x0 < cut - 1 && segment.x1 > cut + 1);
  let to = at + 1;
  let leftRows = 0;
  let rightRows = 0;
  for (; to < rows.length; to++) {
    const below = rows[to] as Row;
    if (crosses(below)) break;
    if (below.segments.some((segment) => segment.size >= pair.size - 0.5)) break;
    if (below.segments.some((segment) => segment.x1 <= cut + 1)) leftRows++;
    if (below.segments.some((segment) => segment.x0 >= cut - 1)) rightRows++;
  }
  if (leftRows === 0 || rightRows === 0) return null;
  if (columns) {
    let across = false;
    for (let after = to; after < rows.length && !across; after++) {
      const below = rows[after] as Row;
      across = crosses(below);
      if (across || headingPair(below, body) !== null) break;
      if (below.segments.some((segment) => segment.x0 >= cut - 1)) return null;
    }
    if (!across) return null;
  }
  return { to, cut };
}

/** Rows to lines: two columns read one after the other between full-width rows (see `readApart`). */
function readRows(read: readonly Row[], body: number, right: number, top = true): ReadLine[] {
  // The name's block and the contact block beside it (see `headBlock`), then the rest of the page.
  const head = top ? headBlock(read, body) : null;
  if (head)
    return [
      ...columnLines(head.left, body),
      { text: '' },
      ...columnLines(head.right, body),
      { text: '' },
      ...readRows(read.slice(head.end), body, right, false),
    ];
  const rows = joinWrappedCells(read, right, gutter(read));
  const records = recordLabels(rows);
  const pageCut = gutter(rows);
  if (pageCut === null) return withSectionsSideBySide(rows, body);
  const columns = minorShare(rows, pageCut) >= 0.05;
  const lines: ReadLine[] = [];
  // Rows read whole (full-width rows and bands not read apart), so wrapped lines still join across them.
  let whole: Row[] = [];
  let band: Row[] = [];
  const flushWhole = () => {
    lines.push(...columnLines(wholeRows(whole), body));
    whole = [];
  };
  const flushBand = () => {
    // A date column at the inside edge of one side belongs to the rows beside it: the band parts further out.
    const inside = band.length > 0 ? datesInsideCut(band, pageCut, right) : null;
    const cut = inside?.cut ?? pageCut;
    if (inside) band = inside.band;
    else if (band.length > 0) band = withDateColumn(band, pageCut, right);
    const column = band.length > 0 ? headingColumn(band, cut) : null;
    const headings = column?.side ?? null;
    if (column && headings) {
      // Each section's name before the section, as a reader takes a column of headings beside the text; the rows
      // above the first name (the page's head) read whole.
      whole.push(...band.slice(0, column.from));
      band = band.slice(column.from);
      flushWhole();
      const text = band.flatMap((row) => side(row, cut, headings === 'left' ? 'right' : 'left'));
      const top = Math.max(...text.map((line) => line.y + line.size));
      const names = wrappedNames(
        band.flatMap((row) => side(row, cut, headings)).filter((name) => name.y <= top),
      );
      lines.push(
        ...columnLines(
          band.flatMap((row) => side(row, cut, headings)).filter((name) => name.y > top),
          body,
        ),
      );
      // A section runs from its name's line down to the next name; a name set a little below its
      // section's first baseline (a smaller size) still opens that line.
      const opens = (name: Placed, line: Placed) => line.y <= name.y + name.size * 0.8;
      let rest = text;
      const before = rest.filter((line) => !names.some((name) => opens(name, line)));
      lines.push(...columnLines(before, body));
      rest = rest.filter((line) => !before.includes(line));
      for (const [index, name] of names.entries()) {
        const next = names[index + 1];
        const own = rest.filter((line) => !next || !opens(next, line));
        rest = rest.filter((line) => !own.includes(line));
        lines.push({ text: '' }, hinted(name.text, name.size, body, true), ...columnLines(own, body));
      }
    } else if (band.length > 0 && columns && tableRows(band, cut)) {
      // A table's rows read in turn: from a row both sides share to the next, the left side's lines down to the
      // last cell's last line (their wraps joined), then the last cell's; what the left side holds below it (the
      // next employer's line under the table) after.
      flushWhole();
      let group: Row[] = [];
      const flushGroup = () => {
        if (group.length === 0) return;
        const left = group.flatMap((row) => side(row, cut, 'left'));
        const right = group.flatMap((row) => side(row, cut, 'right'));
        const lowest = Math.min(...right.map((line) => line.y - line.size));
        if (lines.length > 0) lines.push({ text: '' });
        lines.push(
          ...columnLines(
            left.filter((line) => line.y >= lowest),
            body,
          ),
        );
        lines.push(...columnLines(right, body));
        const below = left.filter((line) => line.y < lowest);
        if (below.length > 0) lines.push({ text: '' }, ...columnLines(below, body));
        group = [];
      };
      for (const row of band) {
        if (side(row, cut, 'left').length > 0 && side(row, cut, 'right').length > 0) flushGroup();
        group.push(row);
      }
      flushGroup();
    } else if (
      band.length > 0 &&
      columns &&
      (inside !== null || datedHeads(band, cut).length >= 2 || readApart(band, cut, records))
    ) {
      // Beside entries that open with their own column of dates, what stands further out is a column of its own, no
      // labels of their rows.
      flushWhole();
      const left = band.flatMap((row) => side(row, cut, 'left'));
      const right = band.flatMap((row) => side(row, cut, 'right'));
      lines.push(...columnLines(left, body));
      if (left.length > 0 && right.length > 0) lines.push({ text: '' });
      lines.push(...columnLines(right, body));
    } else {
      whole.push(...band);
    }
    band = [];
  };
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as Row;
    const pair = sideBySideBand(rows, at, body, true);
    if (pair) {
      flushBand();
      flushWhole();
      lines.push(...sidesApart(rows.slice(at, pair.to), pair.cut, body));
      at = pair.to - 1;
      continue;
    }
    if (row.segments.some((segment) => segment.x0 < pageCut - 1 && segment.x1 > pageCut + 1)) {
      flushBand();
      whole.push(row);
      continue;
    }
    band.push(row);
  }
  flushBand();
  flushWhole();
  return lines;
}

/**
 * "2021 – now" in a column of years beside "Senior Embedded Software Engineer    Honeywell, Brno", with a sidebar
 * (or a column of section names) further out on the same side of the page's gutter: the gutter parts the years from
 * the rows they date. Where one side's cells next to the gutter stand in a column of their own, apart from the rest
 * of that side by an empty band, and at least two of them are dates each on the baseline of a row of the other
 * side (an entry's head), that column goes with the other side, and with it every cell of its side that reaches out
 * past it short of that band (section names set left of a timeline's dates): the band parts at the empty band
 * further out.
 * Null where no such column stands (a side that is all dates is read with its rows already; see `readApart`).
 */
function datesInsideCut(
  band: readonly Row[],
  cut: number,
  right: number,
): { cut: number; band: Row[] } | null {
  for (const which of ['left', 'right'] as const) {
    const own = (segment: Segment) => (which === 'left' ? segment.x1 <= cut + 1 : segment.x0 >= cut - 1);
    const dated = band.flatMap((row) =>
      row.segments.filter(
        (segment) =>
          own(segment) &&
          onlyDates(segment.text) &&
          row.segments.some((other) => !own(other) && besideDate(segment, other)),
      ),
    );
    if (dated.length < 2) continue;
    const cells = band.flatMap((row) => row.segments.filter(own));
    // The date column's outer edge, and the empty band between it and the side's cells further out. Cells that
    // reach out past the dates (the main column's section names, "Experience" set left of its timeline) widen the
    // column up to that band; with no band left, the side is one column. Cells are taken inner edge first: once one
    // stands clear of the column, every one after it does.
    const outside = (segment: Segment, at: number) =>
      which === 'left' ? segment.x1 < at - 1 : segment.x0 > at + 1;
    const inward = (segment: Segment) => (which === 'left' ? -segment.x1 : segment.x0);
    let edge =
      which === 'left'
        ? Math.min(...dated.map((segment) => segment.x0))
        : Math.max(...dated.map((segment) => segment.x1));
    for (const segment of [...cells].sort((a, b) => inward(a) - inward(b))) {
      if (outside(segment, edge)) break;
      edge = which === 'left' ? Math.min(edge, segment.x0) : Math.max(edge, segment.x1);
    }
    const outer = cells.filter((segment) => outside(segment, edge));
    const inner = cells.filter((segment) => !outside(segment, edge));
    if (outer.length === 0) continue;
    const space = Math.max(...band.map((row) => row.size));
    const far =
      which === 'left'
        ? Math.max(...outer.map((segment) => segment.x1))
        : Math.min(...outer.map((segment) => segment.x0));
    if (Math.abs(edge - far) < space) continue;
    return {
      cut: (edge + far) / 2,
      band: withDateCellLines(
        band,
        inner,
        dated,
        band.flatMap((row) => row.segments.filter((segment) => !own(segment))),
        right,
      ),
    };
  }
  return null;
}

/**
 * The dates that open rows right of the cut with the head they date beside them on the row ("2017 – 2020    Software
 * Developer"), a column's gap apart (see `besideDate`).
 */
function datedHeads(band: readonly Row[], cut: number): Segment[] {
  return band.flatMap((row) => {
    const cells = row.segments.filter((segment) => segment.x0 >= cut - 1);
    const [first, second] = cells;
    return first !== undefined && second !== undefined && onlyDates(first.text) && besideDate(first, second)
      ? [first]
      : [];
  });
}

/** The most ems between a date cell and the head it dates: a column's gap, not a place set flush right across the page. */
const DATE_GAP = 4;

/** Whether `head` stands right beside the date cell `date` on its row, on either side. */
function besideDate(date: Segment, head: Segment): boolean {
  const gap = head.x0 >= date.x1 ? head.x0 - date.x1 : date.x0 - head.x1;
  return gap >= 0 && gap <= date.size * DATE_GAP;
}

/**
 * A band whose side right of the cut (a column of section names left of it) opens its entries with a column of dates
 * ("04/2021 – present" over "Lagos, Nigeria" beside "Backend Engineer, Paystack"): the lines under the dates go on
 * their rows (see `withDateCellLines`). Unchanged where that side holds no such column: two dates or more, each with
 * the head it dates to its right on its row.
 */
function withDateColumn(band: readonly Row[], cut: number, right: number): Row[] {
  const textSide = (row: Row) => row.segments.filter((segment) => segment.x0 >= cut - 1);
  const dated = datedHeads(band, cut);
  if (dated.length < 2) return [...band];
  const edge = Math.min(...dated.map((segment) => segment.x0));
  const heads = band.flatMap((row) => {
    const cells = textSide(row);
    return dated.includes(cells[0] as Segment) ? cells.slice(1, 2) : [];
  });
  const start = Math.min(...heads.map((segment) => segment.x0));
  const cells = band.flatMap(textSide);
  const inner = cells.filter((segment) => Math.abs(segment.x0 - edge) <= 1 && segment.x1 < start - 1);
  const facing = cells.filter((segment) => segment.x0 >= start - 1);
  return withDateCellLines(band, inner, dated, facing, right);
}

/**
 * "03/2022 – present" over "Kraków, Poland" in a date column beside "Senior Frontend Developer, Brainly": the line
 * under a date in its cell (the place) goes on the date's row, after the head it stands beside, as a place set flush
 * right on a head's line; it would otherwise open the row of the text beside it (a bullet).
 */
function withDateCellLines(
  band: readonly Row[],
  inner: readonly Segment[],
  dated: readonly Segment[],
  facing: readonly Segment[],
  right: number,
): Row[] {
  const result = band.map((row) => ({ ...row, segments: [...row.segments] }));
  const rowOf = (segment: Segment) => result.findIndex((row) => row.segments.includes(segment));
  for (const date of dated) {
    const at = rowOf(date);
    const below = result
      .slice(at + 1)
      .findIndex((row) => row.segments.some((segment) => inner.includes(segment)));
    if (below === -1) continue;
    const row = result[at + 1 + below] as Row;
    const cell = row.segments.find((segment) => inner.includes(segment)) as Segment;
    if (!placeLine(cell.text) || date.y - cell.y > date.size * STACK_LINE) continue;
    row.segments = row.segments.filter((segment) => segment !== cell);
    const head = result[at] as Row;
    // The head's own next line, left alone on the row the place stood on, goes on with it where the head ran to
    // the text's right edge and the next word did not fit ("…, V. N. Karazin Kharkiv National" over "University").
    const [rest, ...others] = row.segments;
    const beside = head.segments.find((segment) => facing.includes(segment));
    if (
      below === 0 &&
      rest !== undefined &&
      others.length === 0 &&
      beside !== undefined &&
      Math.abs(rest.x0 - beside.x0) <= 1 &&
      !LIST_MARKER.test(rest.text) &&
      findDates(rest.text).length === 0 &&
      beside.x1 + (rest.text.split(/\s/u)[0] ?? '').length * rest.size * 0.5 > right - rest.size
    ) {
      head.segments[head.segments.indexOf(beside)] = { ...beside, text: joinWrapped(beside.text, rest.text) };
      row.segments = [];
    }
    // The cell's own further lines ("Ibadan, Nigeria" over "(remote)") go with it, up to the next date.
    let moved = cell;
    let last = cell;
    for (const next of result.slice(at + 2 + below)) {
      const more = next.segments.find((segment) => inner.includes(segment));
      if (more === undefined) continue;
      if (dated.includes(more) || !placeLine(more.text) || last.y - more.y > last.size * STACK_LINE) break;
      next.segments = next.segments.filter((segment) => segment !== more);
      moved = { ...moved, text: joinWrapped(moved.text, more.text) };
      last = more;
    }
    head.segments.push(moved);
  }
  return result.filter((row) => row.segments.length > 0);
}

/**
 * A line of a date's cell under the date that goes on the date's row: words ("Kraków, Poland", "(remote)"), no date
 * and no dash (the rest of a range wrapped in its cell: "AGO 2019 –" over "DIC 2021").
 */
function placeLine(text: string): boolean {
  return /\p{L}{2}/u.test(text) && findDates(text).length === 0 && !/^\s*[–—-]/u.test(text);
}

/**
 * A column of section names with a name wrapped onto a second line ("PROFESSIONAL" over "EXPERIENCE", "EMPLOYMENT"
 * over "HISTORY", a line apart): one name, where the two lines together name a section, and the first alone names
 * none or the same kind of section as the second (not "SKILLS" over "LANGUAGES").
 */
function wrappedNames(names: readonly Placed[]): Placed[] {
  const result: Placed[] = [];
  for (const name of names) {
    const last = result[result.length - 1];
    const text = last ? `${last.text} ${name.text}` : '';
    if (
      last !== undefined &&
      last.bottom - name.y <= Math.max(last.size, name.size) * 2 &&
      sectionKind(text) !== null &&
      (sectionKind(last.text) === null ||
        (sectionKind(last.text) === sectionKind(name.text) && sectionKind(text) === sectionKind(name.text)))
    ) {
      result[result.length - 1] = {
        ...last,
        text,
        bottom: name.y,
        end: name.x1,
        x1: Math.max(last.x1, name.x1),
      };
      continue;
    }
    result.push(name);
  }
  return result;
}

/** How many rows from the top a name and the contact block beside it may take. */
const HEAD_ROWS = 8;

/**
 * The head of a page set as two blocks side by side above text that runs across the page (Google Docs' "Serif",
 * moderncv): the name in large type (half as large again as the body, or more) on the left, a block of contact
 * lines in body type to its right, their baselines falling between the name's and the headline's. Read row by row
 * the name shares a line with a phone number; a reader takes the name's block, then the contact block. The head
 * runs down to the last row with a contact line, while nothing on the left reaches the contact block; null where
 * the page opens otherwise (a centred name, one line beside the name).
 */
function headBlock(
  rows: readonly Row[],
  body: number,
): { left: Placed[]; right: Placed[]; end: number } | null {
  const opening = rows.slice(0, 3).flatMap((row) => row.segments);
  const name = opening.reduce<Segment | null>(
    (big, segment) => (!big || segment.size > big.size ? segment : big),
    null,
  );
  if (!name || name.size < body * 1.5) return null;
  const isRight = (segment: Segment) => segment.x0 >= name.x1 + body;
  const left: Placed[] = [];
  const right: Placed[] = [];
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const [index, row] of rows.slice(0, HEAD_ROWS).entries()) {
    const rightward = row.segments.filter(isRight);
    const leftward = row.segments.filter((segment) => !isRight(segment));
    const from = Math.min(start, ...rightward.map((segment) => segment.x0));
    const lefts = [...left.map((line) => line.x1), ...leftward.map((segment) => segment.x1)];
    if (lefts.some((x1) => x1 > from - body * 0.5)) break;
    if (rightward.some((segment) => segment.size > body * 1.25)) break;
    start = from;
    if (leftward.length > 0) left.push(placed(leftward, row.y));
    if (rightward.length > 0) {
      right.push(placed(rightward, row.y));
      end = index + 1;
    }
  }
  const headLines = left.filter((line) => line.y >= (rows[end - 1]?.y ?? 0) - 1);
  if (right.length < 2 || !headLines.some((line) => line.size === name.size)) return null;
  // Contact lines stand beside the name, the first of them no lower than the name's baseline: a column that starts
  // under the name, or one that opens with a section's name, is the page's second column.
  if ((right[0] as Placed).y < name.y - name.size * 0.5) return null;
  if (right.some((line) => sectionKind(line.text) !== null)) return null;
  // The name opens the page at its left edge: a sidebar left of it makes the page columns (see `gutter`).
  if (left.some((line) => line.x0 < name.x0 - body)) return null;
  return { left: headLines, right, end };
}

/**
 * Tables that are one record each (see `isRecordTable`): runs of rows of a label cell and a value
 * cell, the labels at one left edge and the values at another. Each label becomes the labelled
 * field a form prints ("Role:" before "Technology Lead"), and the label cells are returned: they
 * label the rows they stand on, never a column to read apart.
 */
function recordLabels(rows: readonly Row[]): Set<Segment> {
  const found = new Set<Segment>();
  let run: Row[] = [];
  const close = () => {
    const texts = run.map((row) => row.segments.map((segment) => segment.text));
    if (isRecordTable(texts)) {
      for (const row of run) {
        const label = row.segments[0] as Segment;
        label.text = `${recordLabel(label.text)}:`;
        found.add(label);
      }
    }
    run = [];
  };
  for (const row of rows) {
    const [label, value] = row.segments;
    const pair =
      row.segments.length === 2 &&
      label !== undefined &&
      value !== undefined &&
      recordLabel(label.text) !== null;
    const first = run[0]?.segments;
    const aligned =
      pair &&
      (!first ||
        (Math.abs((first[0] as Segment).x0 - label.x0) <= 2 &&
          Math.abs((first[1] as Segment).x0 - value.x0) <= 2));
    if (!aligned) close();
    if (pair) run.push(row);
  }
  close();
  return found;
}

/**
 * A row read whole as the lines a reader sees in it, `above` and `next` the rows before and after it. A section's
 * name in the label cell of a form beside the dates that open its first entry ("Work experience" beside
 * "09.2020 – present", in a grid of labels and values) heads what stands beside it and below: it becomes a line of
 * its own before the row's other cells, as it would be above them; so does a section's name in a margin column
 * (`marginName`). A label beside anything else ("Languages" beside "Python, Scala") labels its row.
 */
function rowLines(row: Row, above?: Row, next?: Row): Placed[] {
  const [label, ...rest] = row.segments;
  const first = rest[0];
  if (label && first && sectionKind(label.text) !== null && findDates(first.text)[0]?.start === 0) {
    return [placed([label], row.y), placed(rest, row.y)];
  }
  if (label && first && marginName(label, first, above, next)) {
    return [placed([label], row.y), placed(rest, row.y)];
  }
  // A name set half as large again as the text beside it on its baseline ("Siddharth Venkataraman" in 14 pt beside
  // "Bengaluru, India | +91 … | …@gmail.com" in 9 pt) is a line of its own, the smaller text the next line. A date
  // so set ("2019" in 16 pt beside its entry's title, a timeline's year) stays with the row it dates.
  if (
    label &&
    first &&
    findDates(label.text).length === 0 &&
    label.size >= Math.max(...rest.map((segment) => segment.size)) * LARGER
  ) {
    return [placed([label], row.y), placed(rest, row.y)];
  }
  return [placed(row.segments, row.y)];
}

/** How many times larger than the text beside it a line is set to stand apart from it: a name's, not a heading's. */
const LARGER = 1.5;

/** The fewest ems between a column of section names and the text beside it: a column's gap, not a label's. */
const MARGIN_GAP = 2;

/** A word space, in ems (Times sets a quarter of an em, Helvetica a little more). */
const SPACE_WIDTH = 0.25;

/**
 * Rows read whole, in turn, as their lines (see `rowLines`): an entry's dates stacked under its place go up to its
 * heading (`raiseStackedDates`), and a section's name wrapped in a margin column is one name (`joinMarginNames`).
 */
function wholeRows(rows: readonly Row[]): Placed[] {
  const read = joinMarginNames(raiseStackedDates(rows));
  return read.flatMap((row, index) => rowLines(row, read[index - 1], read[index + 1]));
}

/**
 * A section's name in a narrow column left of its section's text, level with the section's first line (FlowCV,
 * Reactive Resume and many designed templates; on a page too few such names stand for a column of them, see
 * `headingColumn`): it names a section and stands a column's gap before the text, and the name's column is empty
 * under it: the text goes on under the text beside it (`next`, the row below, starts in the text column), or, where
 * the name is set apart from the text (another font, letter-spaced, or in capitals beside text that is not), the
 * next section's name stands under it a section's gap below (a section of one line) or nothing does (the last of
 * the rows read whole). A label with another label right above or below it in its column, as near as a table's rows
 * stand (`inLabelColumn`), labels its row of a table: a skills table ("Tools" over "Frameworks"), a form of contact
 * or personal details ("Work" over "Mobile"). Names of spoken languages, and of skills unless set apart, also label
 * a row of a skills table: they label their row.
 */
function marginName(label: Segment, first: Segment, above: Row | undefined, next: Row | undefined): boolean {
  const kind = sectionKind(label.text);
  if (kind === null || kind === 'languages') return false;
  if (first.x0 - label.x1 < label.size * MARGIN_GAP) return false;
  // A table's rows stand evenly: a label a line away, or no farther than the row on the other side, is its neighbour.
  const line = label.size * STACK_LINE;
  const up = above === undefined ? 0 : above.y - label.y;
  const down = next === undefined ? 0 : label.y - next.y;
  if (
    inLabelColumn(above, label, first, Math.max(line, down)) ||
    inLabelColumn(next, label, first, Math.max(line, up))
  ) {
    return false;
  }
  const apart =
    label.soleFont !== first.soleFont ||
    label.items?.some((item) => item.tracked) === true ||
    (setInCapitals(label.text) && !setInCapitals(first.text));
  const [below] = next?.segments ?? [];
  if (next === undefined || below === undefined) return apart;
  if (next.y >= first.y) return false;
  if (first.y - next.y <= Math.max(first.size, below.size) * STACK_LINE) {
    return below.x0 >= first.x0 - 1 && (apart || kind !== 'skills');
  }
  const under = sectionKind(below.text);
  return apart && Math.abs(below.x0 - label.x0) <= 1 && under !== null && under !== kind;
}

/**
 * Whether `row`, right above or under the row of `label` and no farther from it than `reach`, opens with a cell in
 * the column of `label` (starting where it starts, ending before `first`, the text beside it) beside text: a label
 * of a table of labels and values, as `label` is then.
 */
function inLabelColumn(row: Row | undefined, label: Segment, first: Segment, reach: number): boolean {
  const [cell, beside] = row?.segments ?? [];
  if (row === undefined || cell === undefined || beside === undefined) return false;
  if (Math.abs(row.y - label.y) > reach) return false;
  return Math.abs(cell.x0 - label.x0) <= 1 && cell.x1 < first.x0 - 1 && beside.x0 >= first.x0 - 1;
}

/**
 * "WORK" over "EXPERIENCE", "Beruflicher" over "Werdegang": a section's name wrapped in its margin column, each line
 * the first cell of its row, the second right under the first, before the text column: one name, where the two lines
 * are words (no digit: a date column's "2019 – 2023" over "Research" is two cells), together name a section and the
 * first alone names none or the same kind (see `wrappedNames`); where the name joined would not fit in the column
 * (a name wraps where its column is too narrow for it: "Software" over "Tools" in a column wide enough for both are
 * two labels); where no label stands stacked right above or under the two (`inLabelColumn`: the labels of a
 * table, "Programming" over "Languages" over "Technologies", each beside its values); and where the line above is
 * not a heading of the same kind of section (a section's first line is not the name of another such section:
 * "Technologies" over "Tools" under "Skills" label two rows of its table).
 */
function joinMarginNames(rows: readonly Row[]): Row[] {
  const result = rows.map((row) => ({ ...row, segments: [...row.segments] }));
  for (let i = 0; i + 1 < result.length; i++) {
    const row = result[i] as Row;
    const below = result[i + 1] as Row;
    const [label, first] = row.segments;
    const [more, beside] = below.segments;
    if (!label || !first || !more || Math.abs(more.x0 - label.x0) > 1 || more.x1 >= first.x0 - 1) continue;
    if (beside !== undefined && beside.x0 < first.x0 - 1) continue;
    if (row.y - below.y > Math.max(label.size, more.size) * STACK_LINE) continue;
    if (/\p{N}/u.test(label.text) || /\p{N}/u.test(more.text)) continue;
    const space = Math.max(label.size, more.size) * SPACE_WIDTH;
    const width = label.x1 - label.x0 + space + (more.x1 - more.x0);
    if (label.x0 + width <= first.x0 - label.size * MARGIN_GAP) continue;
    const line = Math.max(label.size, more.size) * STACK_LINE;
    if (inLabelColumn(result[i - 1], label, first, line) || inLabelColumn(result[i + 2], more, first, line))
      continue;
    const joined = `${label.text} ${more.text}`;
    const kind = sectionKind(joined);
    const alone = sectionKind(label.text);
    if (kind === null || (alone !== null && alone !== kind)) continue;
    const [heading, ...others] = result[i - 1]?.segments ?? [];
    if (heading !== undefined && others.length === 0 && sectionKind(heading.text) === kind) continue;
    row.segments[0] = { ...label, text: joined, x1: Math.max(label.x1, more.x1) };
    below.segments = below.segments.slice(1);
  }
  return result.filter((row) => row.segments.length > 0);
}

/** How far apart, in ems, two lines stacked in one cell or column stand at most: a place over its dates, a name wrapped. */
const STACK_LINE = 1.8;

/**
 * RenderCV's "classic" theme and résumés built like it set an entry's place over its dates flush right, beside the
 * entry's heading and its first item ("Employer, Title    City" over "First item …    Mon YYYY – present"): a date cell
 * under the heading's last cell, their right edges one, beside a line indented under the heading (or opening with a
 * list marker) goes on the heading's row, after that cell; a range wrapped in its narrow cell ("January 2016 –
 * January" over "2018") goes up whole. Where the line beside the dates starts where the heading does (the second line
 * of a heading: "Title    dates" under "Employer    City"), each row keeps its cells. A heading dated already keeps
 * what stands under it.
 */
function raiseStackedDates(rows: readonly Row[]): Row[] {
  const result = rows.map((row) => ({ ...row, segments: [...row.segments] }));
  const lastOf = (row: Row) => row.segments[row.segments.length - 1] as Segment;
  const under = (above: Row, below: Row) =>
    above.y - below.y <= Math.max(above.size, below.size) * STACK_LINE && above.y > below.y;
  for (let i = 0; i + 1 < result.length; i++) {
    const head = result[i] as Row;
    const below = result[i + 1] as Row;
    if (head.segments.length < 2 || below.segments.length < 2 || !under(head, below)) continue;
    const lead = head.segments[0] as Segment;
    const cell = lastOf(head);
    const date = lastOf(below);
    const body = below.segments[0] as Segment;
    if (Math.abs(cell.x1 - date.x1) > 1.5 || findDates(cell.text).length > 0) continue;
    if (body.x0 <= lead.x0 + body.size * 0.5 && !LIST_MARKER.test(body.text)) continue;
    let text = date.text;
    const taken: { row: Row; segment: Segment }[] = [{ row: below, segment: date }];
    const next = result[i + 2];
    if (!wholeRange(text) && next !== undefined && next.segments.length > 0 && under(below, next)) {
      const piece = lastOf(next);
      if (Math.abs(piece.x1 - date.x1) <= 1.5 && wholeRange(`${text} ${piece.text}`)) {
        text = `${text} ${piece.text}`;
        taken.push({ row: next, segment: piece });
      }
    }
    if (!onlyDates(text)) continue;
    for (const { row, segment } of taken) row.segments = row.segments.filter((other) => other !== segment);
    head.segments.push({ ...date, text, x0: Math.min(...taken.map(({ segment }) => segment.x0)) });
  }
  return result.filter((row) => row.segments.length > 0);
}

function side(row: Row, cut: number, which: 'left' | 'right'): Placed[] {
  const segments = row.segments.filter((segment) =>
    which === 'left' ? segment.x1 <= cut + 1 : segment.x0 >= cut - 1,
  );
  return segments.length > 0 ? [placed(segments, row.y)] : [];
}

/**
 * The side of a band that is a column of section names beside the sections' text ("WORK",
 * "EDUCATION" in a left margin, as JSON Resume themes set them), and the first row of the band the column heads; or
 * null: every piece on that side names a section, and there are at least two of them. Cells on that side above the
 * first known name, on rows that go on across the cut, are the page's head (a contact line whose first item ends
 * where the column of names does), not names: the column starts under them.
 */
function headingColumn(band: readonly Row[], cut: number): { side: 'left' | 'right'; from: number } | null {
  for (const which of ['left', 'right'] as const) {
    const otherSide = which === 'left' ? 'right' : 'left';
    const other = band.flatMap((row) => side(row, cut, otherSide));
    const top = Math.max(...other.map((line) => line.y + line.size));
    // Above the text beside it, a side holds what heads the page (a name), not section names.
    const cells = band.flatMap((row) => side(row, cut, which)).filter((cell) => cell.y <= top);
    if (cells.length >= 2 && other.length > cells.length && namesSections(cells))
      return { side: which, from: 0 };
    const first = band.findIndex((row) =>
      side(row, cut, which).some((cell) => cell.y <= top && sectionKind(cell.text) !== null),
    );
    if (first <= 0) continue;
    const head = band.slice(0, first);
    if (!head.every((row) => side(row, cut, which).length === 0 || side(row, cut, otherSide).length > 0))
      continue;
    const below = cells.filter((cell) => cell.y <= (band[first] as Row).y + 0.5);
    if (below.length >= 2 && other.length > below.length && namesSections(below))
      return { side: which, from: first };
  }
  return null;
}

/**
 * Whether a column's cells are all section names: each names a section, or is set as the ones that do are (their one
 * font, their size) in a few letters: the name of a section the vocabulary does not know ("Ö V R I G T" among
 * "E R F A R E N H E T", "U T B I L D N I N G"). Most of them, and at least two, are known names; a sidebar's own
 * text (contact lines, skills) is set in the body's font, not its headings'.
 */
/** The most letters a section's name has ("Q U A L I F I C A T I O N S", letter-spaced or not, with a second word). */
const SHORT_NAME = 30;

function namesSections(cells: readonly Placed[]): boolean {
  const known = cells.filter((cell) => sectionKind(cell.text) !== null);
  if (known.length < 2 || known.length < cells.length * (2 / 3)) return false;
  const font = known[0]?.font ?? null;
  if (font === null || known.some((cell) => cell.font !== font)) return known.length === cells.length;
  const size = known[0]?.size ?? 0;
  return cells.every(
    (cell) =>
      known.includes(cell) ||
      (cell.font === font &&
        Math.abs(cell.size - size) < 0.5 &&
        cell.cells === 1 &&
        cell.text.replace(/\s+/gu, '').length <= SHORT_NAME &&
        !/[\d,;:@]/u.test(cell.text)),
  );
}

/** Words of a cell that labels the row it stands on: a date, a place, or a short name ("Mother tongue"). */
function labelLike(text: string): boolean {
  if (mostlyDates([{ text } as Segment])) return true;
  if (isLocation(text)) return true;
  return !/[,;]/u.test(text) && text.split(/\s+/u).length <= 3;
}

/**
 * Whether the rows between two full-width rows hold two columns to read one after the other (a
 * sidebar beside the main column), rather than a main column with a narrow column of labels, dates
 * or places beside it that belong to the rows they stand on: Europass and moderncv put dates and
 * labels in a left column, awesome-cv puts places and dates flush right. Such a side column holds
 * less text than the other, its cells are dates, places or short labels, almost all of them share a
 * baseline with the other column, and they come one or two at a time (an entry's head) or are set
 * flush towards the page edge while the other column's text starts at one left edge.
 */
function readApart(band: readonly Row[], cut: number, records: ReadonlySet<Segment>): boolean {
  const left = band.map((row) => row.segments.filter((segment) => segment.x1 <= cut + 1));
  const right = band.map((row) => row.segments.filter((segment) => segment.x0 >= cut - 1));
  const leftSegments = left.flat();
  const rightSegments = right.flat();
  if (leftSegments.length === 0 || rightSegments.length === 0) return false;
  if (mostlyDates(leftSegments) || mostlyDates(rightSegments)) return false;
  if (datesBesideRows(left, right) || datesBesideRows(right, left)) return false;
  // Each side opens with a section's name, both on one row in one size ("Education" beside
  // "Experience", Deedy's two minipages): two columns of sections, whatever baselines their lines
  // happen to share. (A form's label column names sections too, beside what is no section's name.)
  const top = left.findIndex((cells) => cells.length > 0);
  const [leftName] = left[top] ?? [];
  const [rightName] = right[top] ?? [];
  if (
    top === right.findIndex((cells) => cells.length > 0) &&
    leftName !== undefined &&
    rightName !== undefined &&
    sectionKind(leftName.text) !== null &&
    sectionKind(rightName.text) !== null &&
    Math.abs(leftName.size - rightName.size) < 0.5
  )
    return true;
  const chars = (segments: readonly Segment[]) => segments.reduce((sum, s) => sum + s.text.length, 0);
  const leftIsSide = chars(leftSegments) <= chars(rightSegments);
  // Only where both columns run matters: above or below the other column, rows read the same either way.
  const otherAll = leftIsSide ? right : left;
  const from = otherAll.findIndex((cells) => cells.length > 0);
  const to = otherAll.findLastIndex((cells) => cells.length > 0) + 1;
  const sideCells = (leftIsSide ? left : right).slice(from, to);
  const otherCells = otherAll.slice(from, to);
  const sideRows = sideCells.filter((cells) => cells.length > 0).length;
  // The side cells that share a baseline with the other column: the labels, if it is a label column.
  // Dates set off their line's baseline (awesome-cv's, smaller and raised beside the title, on no row
  // of the other column) share the line of the row beside them that has no side cell of its own.
  const bandRows = band.slice(from, to);
  const offBaseline = (i: number) =>
    [i - 1, i + 1].some(
      (j) =>
        (otherCells[j] ?? []).length > 0 &&
        (sideCells[j] ?? []).length === 0 &&
        Math.abs((bandRows[j] as Row).y - (bandRows[i] as Row).y) <= (bandRows[i] as Row).size * 1.2,
    );
  const labels = sideCells.map((cells, i) =>
    (otherCells[i] ?? []).length > 0 || (cells.length > 0 && mostlyDates(cells) && offBaseline(i))
      ? cells
      : [],
  );
  const labelSegments = labels.flat();
  const labelRows = labels.filter((cells) => cells.length > 0).length;
  if (labelSegments.length > 0 && labelSegments.every((segment) => records.has(segment))) return false;
  // Whichever side holds more text, a side that repeats its cells row by row beside the other is a form's labels.
  const facing = otherCells.flatMap((cells, i) => ((sideCells[i] ?? []).length > 0 ? cells : []));
  if (labelRows >= sideRows * 0.6 && (repeatedLabels(labelSegments) || repeatedLabels(facing))) return false;
  // A side that names sections of its own beside the other column's text, in type larger than that text
  // ("Skills", "Languages" in a builder's sidebar beside the experience), is a column of sections, not a
  // column of labels: labels are set in the text's size or smaller, and not letter-spaced as a designer sets a
  // sidebar's headings ("C O N T A C T"). (Headings alone on their rows, above a table's label column, are the page's
  // own.)
  const text = median(otherCells.flat().map((segment) => segment.size));
  const sideNames = sideCells.filter(
    (cells, i) =>
      (otherCells[i] ?? []).length > 0 &&
      cells.some(
        (segment) =>
          (segment.size >= text * 1.05 || segment.items?.some((item) => item.tracked) === true) &&
          sectionKind(segment.text) !== null,
      ),
  );
  if (sideNames.length >= 2) return true;
  // A label is set on its value's baseline (a table's row, a tab stop). A list in a sidebar beside the main
  // column only falls near the main column's baselines here and there ("Terraform" 3 pt above "Site Reliability
  // Engineer"): where nearly every cell said to share a row sits off the baselines beside it, and none is a date
  // (moderncv sets its date column smaller, a little off the text's baselines), the two columns are two texts.
  const offBaselines = labels.filter((cells, i) =>
    cells.some((cell) =>
      (otherCells[i] ?? []).every(
        (other) => Math.abs(other.y - cell.y) > Math.min(other.size, cell.size) * 0.15,
      ),
    ),
  ).length;
  if (
    labelRows >= 4 &&
    offBaselines >= labelRows * 0.8 &&
    labelSegments.every((cell) => findDates(cell.text).length === 0)
  )
    return true;
  if (labelRows < sideRows * 0.6) return true;
  if (labelSegments.filter((segment) => labelLike(segment.text)).length < labelSegments.length * 0.8)
    return true;
  // Entry heads dated in the side column ("03/2020 – dosud" beside "Analytik dat"), two or more, under a form's labels
  // ("Adresa", "Telefon" beside their values): a column of labels and dates, each on its row's baseline. A date
  // column's head stands alone, no side cell on the row below it; a sidebar's cells (a degree under its period) do not.
  if (
    labels.filter(
      (cells, i) => cells.length > 0 && mostlyDates(cells) && (sideCells[i + 1] ?? []).length === 0,
    ).length >= 2
  )
    return false;
  // A run of labels is a list when its rows follow one another at the other column's line spacing; a
  // label column's cells stand one per entry, apart by more than a line ("Front", "Back" beside
  // their skill rows, each row set off by its margin).
  // The line spacing of the other column's running text, taken where no label stands beside it.
  const rowsFrom = bandRows;
  const baselines = (unlabelled: boolean) =>
    otherCells.flatMap((cells, i) =>
      cells.length > 0 && (!unlabelled || (labels[i] ?? []).length === 0) ? [(rowsFrom[i] as Row).y] : [],
    );
  // Where nearly every row of the other column has a label beside it, its spacing is the labels' own: a line of
  // its text is then at most a wrapped cell's line apart, so rows set apart by padding are no list.
  const size = median(bandRows.map((row) => row.size));
  const spacing =
    baselines(true).length >= 3
      ? typicalSpacing(baselines(true), size)
      : Math.min(typicalSpacing(baselines(false), size), size * CELL_LINE);
  let run = 0;
  let longest = 0;
  labels.forEach((cells, i) => {
    const above = rowsFrom[i - 1];
    const close = above !== undefined && above.y - (rowsFrom[i] as Row).y <= spacing * 1.3;
    run = cells.length === 0 ? 0 : close && (labels[i - 1] ?? []).length > 0 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  if (longest <= 3) return false;
  // Set flush right (labels against the main column, or places and dates against the right margin).
  const ends = labelSegments.map((segment) => segment.x1).sort((a, b) => a - b);
  const middle = ends[Math.floor(ends.length / 2)] as number;
  const flush = ends.filter((end) => Math.abs(end - middle) <= 2).length >= ends.length * 0.8;
  const starts = labelSegments.map((segment) => segment.x0);
  return !(flush && Math.max(...starts) - Math.min(...starts) > 10);
}

/**
 * Whether `side` is a date column beside the rows of `other` where the two run side by side (from the
 * first row both hold text to the last): each of its rows there shares a baseline with `other`, and
 * they are dates ("2015/09 — 2017/06" beside a school over its degree), at least two of them or one
 * that opens the band. Above or below that stretch the band may hold anything (a heading, a list of
 * skills under the education entries): it says nothing of whether the dates belong to their rows.
 */
function datesBesideRows(side: readonly Segment[][], other: readonly Segment[][]): boolean {
  const shared = side.map((cells, i) => cells.length > 0 && (other[i] ?? []).length > 0);
  const first = shared.indexOf(true);
  const last = shared.lastIndexOf(true);
  if (first === -1) return false;
  const rows = shared.slice(first, last + 1).map((both, k) => ({ both, cells: side[first + k] ?? [] }));
  const filled = rows.filter((row) => row.cells.length > 0);
  // One row will do where it opens the band: an entry's dates beside its head, the first thing under a
  // heading set across both columns.
  return (
    (filled.length >= 2 || (filled.length === 1 && first === 0)) &&
    filled.every((row) => row.both) &&
    mostlyDates(filled.flatMap((row) => row.cells))
  );
}

/**
 * "Period | Duties | Environment": a band whose right side is a table's last column, its cells opening beside rows of
 * cells that open with a date ("2019/12 – 2023/03 | Software Engineer, Invoicing Team | Ruby on Rails, React"), is
 * one table, not a sidebar: each row read in turn keeps a position's tools with it. Every row that opens a last cell
 * holds two cells or more on the left, the first a date or a short label (the table's header, "Period"; a row's
 * category, "Languages"), and at least two open with a date. A sidebar's lines fall beside the main column's text,
 * one piece a line.
 */
function tableRows(band: readonly Row[], cut: number): boolean {
  const other = band.map((row) => row.segments.filter((segment) => segment.x1 <= cut + 1));
  const side = band.map((row) => row.segments.filter((segment) => segment.x0 >= cut - 1));
  const shared = side.flatMap((cells, i) => (cells.length > 0 && (other[i] ?? []).length > 0 ? [i] : []));
  const first = (i: number) => other[i]?.[0]?.text ?? '';
  // A row opens the last cell where the row above holds none of it; a wrapped line of the cell may share a baseline
  // with anything.
  const opening = shared.filter((i) => (side[i - 1] ?? []).length === 0);
  return (
    opening.filter((i) => onlyDates(first(i))).length >= 2 &&
    opening.every((i) => (other[i] ?? []).length >= 2 && labelLike(first(i)))
  );
}

/**
 * Whether the cells beside the other column are a form's labels, printed again for each entry
 * ("Dates", "Occupation or position held", "Name and address of employer" in a Europass CV): at
 * least four of them, and most of them said more than once. A sidebar says each thing once.
 */
function repeatedLabels(cells: readonly Segment[]): boolean {
  if (cells.length < 4) return false;
  const counts = new Map<string, number>();
  const key = (cell: Segment) => cell.text.trim().toLowerCase();
  for (const cell of cells) counts.set(key(cell), (counts.get(key(cell)) ?? 0) + 1);
  const repeated = cells.filter((cell) => (counts.get(key(cell)) ?? 0) >= 2);
  if (repeated.length >= cells.length * 0.5) return true;
  // A record's labels printed again for a second entry, two of them or more, each a phrase ("Occupation or
  // position held", "Name and address of employer"), beside a column that also holds the form's one-off
  // labels and section names; a sidebar's level words ("Expert") are single words.
  return new Set(repeated.filter((cell) => /\S\s+\S/u.test(cell.text.trim())).map(key)).size >= 2;
}

/** The fewest distances between baselines whose lack of a repeated one says the page is all blocks (see below). */
const SPACING_SAMPLE = 6;

/** The least distance between two lines' baselines, as a share of the body text's size (see `typicalSpacing`). */
const LINE_FLOOR = 0.6;

/**
 * The most common distance between consecutive baselines. Where six distances or more show none three times (a short
 * last page: a job's last bullets, then headings each over a line or two), the smallest of those at least
 * LINE_FLOOR × the body text's size: the lines of one block stand closest, and a nearer baseline (a superscript, rows
 * that overlap) is no line of text.
 */
export function typicalSpacing(ys: readonly number[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < ys.length; i++) {
    const gap = (ys[i - 1] as number) - (ys[i] as number);
    if (gap > 0) gaps.push(Math.round(gap));
  }
  if (gaps.length === 0) return 12;
  const counts = new Map<number, number>();
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  const [mode] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!mode) return 12;
  // A few lines say nothing either way (a heading over two rows): their most common distance stands.
  if (mode[1] > 2 || gaps.length < SPACING_SAMPLE) return mode[0];
  const lines = gaps.filter((gap) => gap >= body * LINE_FLOOR);
  return lines.length > 0 ? Math.min(...lines) : mode[0];
}

function hinted(text: string, size: number, body: number, gapBefore: boolean): ReadLine {
  // Rounded before it is compared: 11.5 pt over a 10 pt body is 1.15 however the font's matrix rounds it.
  const relative = Math.round((size / body) * 100) / 100;
  const line: ReadLine = { text, size: relative };
  if (gapBefore) line.gapBefore = true;
  if (relative >= 1.6) line.heading = 1;
  else if (relative >= 1.15) line.heading = 2;
  return line;
}
