/**
 * Metamorphic variants (`npm run eval:extract -- --variants [--sets …] [--seed S] [--misses]`): a document whose
 * facts stay the same while its surface changes must give the same roles.
 *
 * Documents: the text and Markdown documents of the sets named (by default every tuned-on set; the blind sets are
 * refused) whose roles are all extracted right today, read back from the lines the extractor read (so a
 * two-column text is already in reading order) and still all right when so re-read. Each position's header lines
 * are found through the provenance of its company, title and date facts; a document takes part only when every
 * position's header is a few lines of its own that say little besides those facts (no prose).
 *
 * Variants, each rewriting every position of a document and leaving the gold as it is (the facts are unchanged):
 * - dates: the same dates at the same precision in another shape of the date grammar (`Apr 2016 - Nov 2017`,
 *   `04/2016 – 11/2017`, `2016.04 – 2017.11`, `April 2016 to November 2017`, `Apr '16 – Nov '17`,
 *   `2016-04 — present`, `2016/04 – 2017/11`; the corpus renderer's shapes), in place of the dates as written;
 * - layouts: the header lines replaced by another common layout (`Company — Title (dates)`, `Title, Company |
 *   dates`, `Title at Company, dates`, a company line then `Title    dates`, a dates line first, `Title | Company |
 *   City | dates`, a title line then `Company    dates`, the company line in capitals);
 * - headings: the experience section's heading in another spelling résumés use;
 * - bullets: the positions' list markers as another glyph (•, -, *, ▪, –, or numbers).
 * The seed decides the small choices inside a variant (which dash, which word for an ongoing end, which city).
 * Scores: companies, titles, dates and roles (see MATCHING_RULES), summed per variant and per family.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.js';
import { findDates, rangeOf } from '../extract/dates.js';
import type { ExtractionResult } from '../extract/index.js';
import { MARKER_GLYPHS } from '../extract/line-model.js';
import { letterSpaced } from '../extract/sections.js';
import { looseSectionKind, sectionKind } from '../extract/vocabulary.js';
import { Random } from '../generate/random.js';
import { formatRange } from '../generate/render/dates.js';
import type { DateShape } from '../generate/render/style.js';
import type { EvalDocument } from './datasets.js';
import {
  addCounts,
  diffMultisets,
  emptyFieldCounts,
  type FactKeys,
  type FieldCounts,
  scoreResume,
  scores,
} from './score.js';

export const VARIANT_FAMILIES = ['dates', 'layouts', 'headings', 'heading styles', 'bullets'] as const;
export type VariantFamily = (typeof VARIANT_FAMILIES)[number];

/** One position as the extractor read it, and the lines (0-based) its header facts stand on. */
export interface PositionHeader {
  company: string;
  title: string | undefined;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the résumé format stores them. */
  start: string;
  end: string | undefined;
  current: boolean;
  /** The lines of its company, title and dates, sorted, without repeats. */
  lines: number[];
  /** The line its dates are written on. */
  dateLine: number;
}

const FACT_PATH = /^work\[(\d+)\]\.(?:positions\[(\d+)\]\.)?(name|position|startDate|endDate|current)$/u;

/**
 * The positions of an extraction with their header lines, in document order; null when one cannot be rewritten:
 * no start date, dates written over two lines, or facts on no line.
 */
export function positionHeaders(result: Pick<ExtractionResult, 'facts' | 'resume'>): PositionHeader[] | null {
  const factLines = new Map<string, { lines: Set<number>; start?: number; end?: number }>();
  const companyLines = new Map<string, number[]>();
  for (const fact of result.facts) {
    const match = FACT_PATH.exec(fact.path);
    if (!match) continue;
    const [, work, position, field] = match;
    const lines = Array.from({ length: fact.endLine - fact.line + 1 }, (_, k) => fact.line - 1 + k);
    if (field === 'name') {
      companyLines.set(work as string, [...(companyLines.get(work as string) ?? []), ...lines]);
      continue;
    }
    const key = `${work}.${position ?? 0}`;
    const entry = factLines.get(key) ?? { lines: new Set<number>() };
    for (const line of lines) entry.lines.add(line);
    if (field === 'startDate') entry.start = fact.endLine === fact.line ? fact.line - 1 : -1;
    if (field === 'endDate' || field === 'current')
      entry.end = fact.endLine === fact.line ? fact.line - 1 : -1;
    factLines.set(key, entry);
  }
  const headers: PositionHeader[] = [];
  for (const [w, work] of (result.resume.work ?? []).entries()) {
    const positions = work.positions ?? [{ ...work }];
    for (const [p, position] of positions.entries()) {
      const found = factLines.get(`${w}.${p}`);
      if (!found || position.startDate === undefined || found.start === undefined || found.start < 0)
        return null;
      if (found.end !== undefined && found.end !== found.start) return null;
      const lines = new Set([...found.lines, ...(companyLines.get(String(w)) ?? [])]);
      headers.push({
        company: work.name,
        title: position.position,
        start: String(position.startDate),
        end: position.endDate === undefined ? undefined : String(position.endDate),
        current: position.current === true,
        lines: [...lines].sort((a, b) => a - b),
        dateLine: found.start,
      });
    }
  }
  return headers.sort((a, b) => a.dateLine - b.dateLine);
}

/** The words of a header line besides its facts: a line of prose has many, a header a place or a type at most. */
const MAX_OTHER_WORDS = 6;

function otherWords(line: string, header: PositionHeader): number {
  let rest = line;
  for (const mention of findDates(rest).reverse())
    rest = rest.slice(0, mention.start) + rest.slice(mention.end);
  for (const value of [header.company, header.title ?? '']) {
    if (value !== '') rest = rest.split(value).join(' ');
  }
  return (rest.match(/\p{L}{2,}/gu) ?? []).length;
}

/**
 * Each position's own header lines: a line shared by several positions (an employer's line over its titles)
 * is the first one's; null when a position has no line of its own, when its lines stand apart (more than three
 * lines from first to last) or among another's, or when one is prose.
 */
export function headerBlocks(
  lines: readonly string[],
  headers: readonly PositionHeader[],
): number[][] | null {
  const taken = new Set<number>();
  const blocks: number[][] = [];
  for (const header of headers) {
    const own = header.lines.filter((line) => !taken.has(line));
    if (own.length === 0) return null;
    const first = own[0] as number;
    const last = own[own.length - 1] as number;
    if (last - first > 3) return null;
    for (let line = first; line <= last; line++) {
      if (taken.has(line)) return null;
      taken.add(line);
    }
    for (const line of own) {
      const text = lines[line] ?? '';
      if (text.length > 160 || otherWords(text, header) > MAX_OTHER_WORDS) return null;
    }
    blocks.push(Array.from({ length: last - first + 1 }, (_, k) => first + k));
  }
  return blocks;
}

/** A shape of the date grammar as the corpus renderer writes it, and what may join a range's ends in it. */
interface VariantDateShape {
  name: string;
  shape: DateShape;
  dashes: readonly string[];
}

const SPACED_DASHES = [' - ', ' – ', ' — '] as const;

export const DATE_SHAPES: readonly VariantDateShape[] = [
  { name: 'Mon YYYY', shape: 'Mon YYYY', dashes: [...SPACED_DASHES, '–'] },
  { name: 'MM/YYYY', shape: 'MM/YYYY', dashes: SPACED_DASHES },
  { name: 'YYYY.MM', shape: 'YYYY.MM', dashes: SPACED_DASHES },
  { name: 'Month YYYY to', shape: 'Month YYYY', dashes: [' to '] },
  { name: "Mon 'YY", shape: "Mon 'YY", dashes: [' – ', ' - '] },
  { name: 'YYYY-MM', shape: 'YYYY-MM', dashes: [' — ', ' – ', ' to '] },
  { name: 'YYYY/MM', shape: 'YYYY/MM', dashes: SPACED_DASHES },
];

const ONGOING_WORDS = ['Present', 'present', 'Now', 'Current', 'Today'] as const;

/** A position's dates in `shape`, each end at the precision it has (a year alone stays a year). */
export function renderDates(header: PositionHeader, shape: VariantDateShape, random: Random): string {
  const dash = random.pick(shape.dashes);
  return formatRange(
    {
      startDate: header.start,
      ...(header.end !== undefined && { endDate: header.end }),
      current: header.current,
    },
    {
      shape: shape.shape,
      dash: header.current && dash === '–' ? ' – ' : dash,
      presentWord: random.pick(ONGOING_WORDS),
    },
  );
}

/** A document's lines with each position's dates, where they are written, in `shape`; null if one is not found. */
export function rewriteDates(
  lines: readonly string[],
  headers: readonly PositionHeader[],
  shape: VariantDateShape,
  random: Random,
): string[] | null {
  const out = [...lines];
  const byLine = new Map<number, PositionHeader[]>();
  for (const header of headers) byLine.set(header.dateLine, [...(byLine.get(header.dateLine) ?? []), header]);
  for (const [line, onLine] of byLine) {
    let text = out[line] ?? '';
    const mentions = findDates(text);
    const replaced = new Set<number>();
    const edits: { start: number; end: number; value: string }[] = [];
    for (const header of onLine) {
      const index = mentions.findIndex((mention, k) => !replaced.has(k) && sameDates(mention, header));
      const mention = mentions[index];
      // "From: 04/2022   To: Current": a form's labelled pair is two fields, not a shape of a range.
      if (!mention || /[:：]/u.test(mention.text)) return null;
      replaced.add(index);
      edits.push({ start: mention.start, end: mention.end, value: renderDates(header, shape, random) });
    }
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start) + edit.value + text.slice(edit.end);
    }
    out[line] = text;
  }
  return out;
}

function sameDates(mention: ReturnType<typeof findDates>[number], header: PositionHeader): boolean {
  const range = rangeOf(mention);
  const month = (value: string | undefined) => value?.slice(0, 7);
  return (
    month(range.startDate) === month(header.start) &&
    (range.current === true) === header.current &&
    month(range.endDate) === month(header.end)
  );
}

/** A layout of a position's header: the lines it writes, from the company, the title and the dates. */
interface Layout {
  name: string;
  lines: (header: { company: string; title: string; dates: string; city: string }) => string[];
}

const CITIES = ['Berlin', 'London', 'Toronto, ON', 'Austin, TX', 'Remote', 'Singapore'] as const;

export const LAYOUTS: readonly Layout[] = [
  { name: 'Company — Title (dates)', lines: (h) => [`${h.company} — ${h.title} (${h.dates})`] },
  { name: 'Title, Company | dates', lines: (h) => [`${h.title}, ${h.company} | ${h.dates}`] },
  { name: 'Title at Company, dates', lines: (h) => [`${h.title} at ${h.company}, ${h.dates}`] },
  { name: 'Company / Title    dates', lines: (h) => [h.company, `${h.title}    ${h.dates}`] },
  { name: 'dates / Title, Company', lines: (h) => [h.dates, `${h.title}, ${h.company}`] },
  {
    name: 'Title | Company | City | dates',
    lines: (h) => [`${h.title} | ${h.company} | ${h.city} | ${h.dates}`],
  },
  { name: 'Title / Company    dates', lines: (h) => [h.title, `${h.company}    ${h.dates}`] },
  {
    name: 'COMPANY / Title    dates',
    lines: (h) => [h.company.toLocaleUpperCase('en'), `${h.title}    ${h.dates}`],
  },
];

/** A row of a Markdown table, or of a table whose cells a text sets apart by tabs. */
const TABLE_ROW = /^\s*\||\t.*\t/u;

/** How a header's first line is set: as a Markdown heading, a list item, or plain. */
function markKind(text: string): 'heading' | 'item' | 'plain' {
  if (/^\s*#{1,6}\s/u.test(text)) return 'heading';
  return BULLET_LINE.test(text) ? 'item' : 'plain';
}

/** A Markdown heading's marks and the indentation a header block opens with: the new header keeps them. */
function leading(text: string): string {
  return /^\s*(?:#{1,6}\s+)?/u.exec(text)?.[0] ?? '';
}

/** The lines with every position's header block written in `layout` (dates as `Mon YYYY – Mon YYYY`). */
export function rewriteLayout(
  lines: readonly string[],
  headers: readonly PositionHeader[],
  blocks: readonly number[][],
  layout: Layout,
  random: Random,
): string[] | null {
  if (headers.some((header) => header.title === undefined)) return null;
  // A document that opens with a header has no name above it: its first line would be read as the person's.
  if (blocks[0]?.[0] === 0) return null;
  // "### Acme, Berlin" over "- Engineer (2019 – 2021)" and more items: headers set apart as heading and items
  // would be rewritten as one heading over items that say as much as it does.
  const marks = new Set(blocks.map((block) => markKind(lines[block[0] as number] ?? '')));
  if (marks.size > 1) return null;
  // A table's rows are cells, not header lines: rewritten one by one they would leave a table of nothing.
  if (blocks.some((block) => block.some((line) => TABLE_ROW.test(lines[line] ?? '')))) return null;
  // Headers of several lines one right under the other, with no body between, would read as one another's.
  const stacked = blocks.some((block, k) => blocks[k + 1]?.[0] === (block[block.length - 1] as number) + 1);
  if (stacked && layout.lines({ company: 'C', title: 'T', dates: 'D', city: 'X' }).length > 1) return null;
  const replacement = new Map<number, string[]>();
  const dropped = new Set<number>();
  for (const [k, header] of headers.entries()) {
    const block = blocks[k] as number[];
    const first = block[0] as number;
    const dates = renderDates(header, DATE_SHAPES[0] as VariantDateShape, new Random(1));
    const written = layout.lines({
      company: header.company,
      title: header.title as string,
      dates,
      city: random.pick(CITIES),
    });
    const indent = leading(lines[first] ?? '');
    const plainIndent = /^\s*/u.exec(indent)?.[0] ?? '';
    // "- Nubank - Platform Engineer - 2021-now": a list item's header stays one item, on one line.
    const item = BULLET_LINE.exec(lines[first] ?? '');
    if (item && written.length > 1) return null;
    replacement.set(
      first,
      written.map((line, n) => `${n === 0 ? (item?.[0] ?? indent) : plainIndent}${line}`),
    );
    for (const line of block) dropped.add(line);
  }
  return lines.flatMap((line, n) => replacement.get(n) ?? (dropped.has(n) ? [] : [line]));
}

/** Spellings of the experience section's heading that résumés use, written in the heading's own style. */
export const HEADINGS = [
  'Experience',
  'Work Experience',
  'Professional Experience',
  'Employment History',
  'Work History',
  'Career History',
  'Relevant Experience',
  'Employment',
  'Professional Background',
  'Career',
  'Positions Held',
  'Work',
] as const;

const MARKUP = /[#*_`]/gu;

/** A line's words without Markdown marks or a closing colon: what names its section if it is a heading. */
function bareHeading(text: string): string {
  return text
    .replace(MARKUP, '')
    .replace(/[:：]\s*$/u, '')
    .trim();
}

/** The experience section's heading: the nearest line above the first header that names that section. */
export function experienceHeading(lines: readonly string[], blocks: readonly number[][]): number | null {
  const first = blocks[0]?.[0];
  if (first === undefined) return null;
  for (let n = first - 1; n >= 0; n--) {
    const text = bareHeading(lines[n] ?? '');
    if (text !== '' && sectionKind(text) === 'experience') return n;
  }
  return null;
}

/** `heading` set as the line at `at` sets its own: its Markdown marks, capitals and closing colon. */
export function rewriteHeading(lines: readonly string[], at: number, heading: string): string[] {
  const out = [...lines];
  const old = lines[at] ?? '';
  const bare = bareHeading(old);
  const caps = /\p{L}/u.test(bare) && bare === bare.toLocaleUpperCase('en');
  const colon = /[:：]\s*$/u.test(old.replace(MARKUP, ''));
  out[at] = `${leading(old)}${caps ? heading.toLocaleUpperCase('en') : heading}${colon ? ':' : ''}`;
  return out;
}

/** How a résumé sets all its section headings; each style is applied to every one of them. */
export const HEADING_STYLES = [
  'CAPITALS',
  'Title Case',
  'Title Case:',
  'CAPITALS:',
  '--- CAPITALS ---',
  'underlined',
] as const;
type HeadingStyle = (typeof HEADING_STYLES)[number];

const SMALL_WORDS = new Set(['of', 'and', 'the', 'in', 'for', 'a', 'an', 'on', 'to', '&']);

/** Each word capitalised but the small ones; a closing bracket's qualifier as written. */
function titleCase(text: string): string {
  const qualifier = /\s*\([^)]*\)$/u.exec(text)?.[0] ?? '';
  return `${titleCaseWords(text.slice(0, text.length - qualifier.length))}${qualifier}`;
}

function titleCaseWords(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .split(/(\s+)/u)
    .map((word, k) =>
      k > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toLocaleUpperCase('en') + word.slice(1),
    )
    .join('');
}

/**
 * A line of a few words naming a section: in words the vocabulary knows, or in capitals with a qualifier
 * ("PERMANENT ROLES (before contracting)"); no markup, no list marker, no digit.
 */
function sectionHeading(line: string, bare: string): boolean {
  if (bare.length > 40 || !/^\p{L}[\p{L}&'’\s/()-]*$/u.test(bare) || BULLET_LINE.test(line)) return false;
  // "S K I L L S": a heading set letter-spaced keeps its own style.
  if (letterSpaced(bare)) return false;
  if (sectionKind(bare) !== null) return true;
  const head = bare.replace(/\s*\([^)]*\)$/u, '');
  return head === head.toLocaleUpperCase('en') && looseSectionKind(bare) !== null;
}

/**
 * Every section heading (see `sectionHeading`), with a blank line or the document's start above it, set in `style`;
 * Markdown headings keep their marks. Null when there is none.
 */
export function restyleHeadings(lines: readonly string[], style: HeadingStyle): string[] | null {
  const out: string[] = [];
  const underlines = new Set<number>();
  let changed = 0;
  for (const [n, line] of lines.entries()) {
    if (underlines.has(n)) continue;
    const bare = bareHeading(line);
    const apart = n === 0 || (lines[n - 1] ?? '').trim() === '';
    if (!apart || !sectionHeading(line, bare)) {
      out.push(line);
      continue;
    }
    changed++;
    const upper = bare.toLocaleUpperCase('en');
    const title = titleCase(bare);
    const lead = leading(line);
    if (style === 'CAPITALS') out.push(`${lead}${upper}`);
    else if (style === 'Title Case') out.push(`${lead}${title}`);
    else if (style === 'Title Case:') out.push(`${lead}${title}:`);
    else if (style === 'CAPITALS:') out.push(`${lead}${upper}:`);
    else if (style === '--- CAPITALS ---') out.push(`${lead}--- ${upper} ---`);
    else out.push(`${lead}${title}`, '-'.repeat(title.length));
    // An underline the heading had is no part of the style: every heading is set alike, underlined or not.
    if (/^\s*[-=]{3,}\s*$/u.test(lines[n + 1] ?? '')) underlines.add(n + 1);
  }
  return changed === 0 ? null : out;
}

const BULLET_LINE = new RegExp(String.raw`^(\s*)(?:[${MARKER_GLYPHS}]|\d{1,2}[.)])([ \t]+)(?=\S)`, 'u');

export const BULLETS = ['•', '-', '*', '▪', '–', '1.'] as const;

/**
 * The lines with the list markers of the positions' bodies (from a header to the next, the last up to the next
 * section heading) as `glyph`; `1.` numbers each position's items from 1. Null when no body has a marker.
 */
export function rewriteBullets(
  lines: readonly string[],
  blocks: readonly number[][],
  glyph: (typeof BULLETS)[number],
): string[] | null {
  const out = [...lines];
  let changed = 0;
  for (const [k, block] of blocks.entries()) {
    const from = (block[block.length - 1] as number) + 1;
    const to = blocks[k + 1]?.[0] ?? lines.length;
    let item = 0;
    for (let n = from; n < to; n++) {
      const text = lines[n] ?? '';
      const bare = text
        .replace(MARKUP, '')
        .replace(/[:：]\s*$/u, '')
        .trim();
      if (k === blocks.length - 1 && bare !== '' && sectionKind(bare) !== null) break;
      const marker = BULLET_LINE.exec(text);
      if (!marker) continue;
      item++;
      const mark = glyph === '1.' ? `${item}.` : glyph;
      out[n] = `${marker[1]}${mark}${marker[2]}${text.slice(marker[0].length)}`;
      changed++;
    }
  }
  return changed === 0 ? null : out;
}

/** One rewritten document: its family, its variant's name, its text. */
export interface Variant {
  family: VariantFamily;
  name: string;
  text: string;
}

/** Every variant of a document's lines, from the extraction that read them; empty when it has no usable headers. */
export function variantsOf(
  lines: readonly string[],
  result: Pick<ExtractionResult, 'facts' | 'resume'>,
  seed: number,
): Variant[] {
  const headers = positionHeaders(result);
  if (!headers || headers.length === 0) return [];
  const blocks = headerBlocks(lines, headers);
  if (!blocks) return [];
  const variants: Variant[] = [];
  const add = (family: VariantFamily, name: string, rewritten: string[] | null) => {
    if (rewritten) variants.push({ family, name, text: `${rewritten.join('\n')}\n` });
  };
  for (const [k, shape] of DATE_SHAPES.entries()) {
    add('dates', shape.name, rewriteDates(lines, headers, shape, new Random(seed * 131 + k)));
  }
  for (const [k, layout] of LAYOUTS.entries()) {
    add('layouts', layout.name, rewriteLayout(lines, headers, blocks, layout, new Random(seed * 137 + k)));
  }
  const heading = experienceHeading(lines, blocks);
  if (heading !== null) {
    for (const spelling of HEADINGS) add('headings', spelling, rewriteHeading(lines, heading, spelling));
  }
  for (const style of HEADING_STYLES) add('heading styles', style, restyleHeadings(lines, style));
  for (const glyph of BULLETS) add('bullets', glyph, rewriteBullets(lines, blocks, glyph));
  return variants;
}

/** What a variants run found: counts per family and per variant, and every variant whose roles came out wrong. */
export interface VariantsReport {
  /** Documents read, and those whose roles were all right (the ones varied). */
  read: number;
  rightToday: number;
  /** Documents with usable headers, given variants. */
  varied: number;
  byVariant: Map<string, { family: VariantFamily; name: string; documents: number; counts: FieldCounts }>;
  byFamily: Map<VariantFamily, { documents: number; counts: FieldCounts }>;
  broken: { file: string; family: VariantFamily; name: string; missed: string[]; extra: string[] }[];
}

const rolesRight = (counts: FieldCounts) => counts.roles.falsePositives + counts.roles.falseNegatives === 0;

/** Extracts every text and Markdown document, then every variant of those whose roles are all right. */
export async function evaluateVariants(
  documents: readonly EvalDocument[],
  extract: (
    input: { fileName: string; content: Uint8Array },
    catalogue: Catalogue,
  ) => Promise<ExtractionResult>,
  catalogue: Catalogue,
  keys: FactKeys,
  seed: number,
): Promise<VariantsReport> {
  const own = documents.filter((document) => document.format === 'text' || document.format === 'markdown');
  const report: VariantsReport = {
    read: own.length,
    rightToday: 0,
    varied: 0,
    byVariant: new Map(),
    byFamily: new Map(),
    broken: [],
  };
  const encoder = new TextEncoder();
  const read = async (fileName: string, content: Uint8Array) => {
    try {
      return await extract({ fileName, content }, catalogue);
    } catch {
      return null;
    }
  };
  for (const document of own) {
    const fileName = basename(document.file);
    const first = await read(fileName, new Uint8Array(await readFile(document.file)));
    if (!first || !rolesRight(scoreResume(document.gold, first.resume, keys))) continue;
    // The lines as read, written back: the document every variant is made from must read the same.
    const reread = await read(fileName, encoder.encode(`${first.lines.join('\n')}\n`));
    if (!reread || !rolesRight(scoreResume(document.gold, reread.resume, keys))) continue;
    report.rightToday++;
    const variants = variantsOf(reread.lines, reread, seed);
    if (variants.length === 0) continue;
    report.varied++;
    for (const variant of variants) {
      const resume = (await read(fileName, encoder.encode(variant.text)))?.resume ?? {};
      const counts = scoreResume(document.gold, resume, keys);
      const key = `${variant.family}\u0000${variant.name}`;
      const row = report.byVariant.get(key) ?? {
        family: variant.family,
        name: variant.name,
        documents: 0,
        counts: emptyFieldCounts(),
      };
      row.documents++;
      addCounts(row.counts, counts);
      report.byVariant.set(key, row);
      const family = report.byFamily.get(variant.family) ?? { documents: 0, counts: emptyFieldCounts() };
      family.documents++;
      addCounts(family.counts, counts);
      report.byFamily.set(variant.family, family);
      if (!rolesRight(counts)) {
        const { missing, extra } = diffMultisets(keys.facts(document.gold).roles, keys.facts(resume).roles);
        report.broken.push({
          file: document.file,
          family: variant.family,
          name: variant.name,
          missed: missing,
          extra,
        });
      }
    }
  }
  return report;
}

/** The fields a variants run reports: the ones a position's header gives. */
export const VARIANT_FIELDS = ['companies', 'titles', 'dates', 'roles'] as const;

const f1 = (counts: FieldCounts, field: (typeof VARIANT_FIELDS)[number]) => {
  const value = scores(counts[field]).f1;
  return value === null ? '-' : value.toFixed(3);
};

/** Markdown tables of F1 per family and per variant. */
export function variantsTables(report: VariantsReport): string {
  const header = `| documents | ${VARIANT_FIELDS.join(' | ')} |`;
  const rule = `| ---: | ${VARIANT_FIELDS.map(() => '---:').join(' | ')} |`;
  const row = (documents: number, counts: FieldCounts) =>
    `| ${documents} | ${VARIANT_FIELDS.map((field) => f1(counts, field)).join(' | ')} |`;
  return [
    `${report.read} text and Markdown documents, ${report.rightToday} with every role right (read back from their lines), ${report.varied} with headers to rewrite.`,
    '',
    `| family ${header}`,
    `| --- ${rule}`,
    ...VARIANT_FAMILIES.flatMap((family) => {
      const sum = report.byFamily.get(family);
      return sum ? [`| ${family} ${row(sum.documents, sum.counts)}`] : [];
    }),
    '',
    `| family | variant ${header}`,
    `| --- | --- ${rule}`,
    ...[...report.byVariant.values()].map(
      (sum) => `| ${sum.family} | ${sum.name.replaceAll('|', '\\|')} ${row(sum.documents, sum.counts)}`,
    ),
  ].join('\n');
}
