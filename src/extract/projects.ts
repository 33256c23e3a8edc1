import { lookupKey, looseCompanyKey } from '../catalogue/lookup-key.js';
import { type DateMention, findDates, monthKey } from './dates.js';
import { entrySpan, type LineInfo, lineInfo, splitEntries } from './entries.js';
import { continueItem, type PositionDraft, titleCased } from './experience.js';
import type { DocLine } from './line-model.js';
import { type Located, type LocatedDate, locate } from './located.js';

export interface ProjectDraft {
  name: Located;
  start: LocatedDate | null;
  end: LocatedDate | null;
  current: boolean;
  description: Located[];
  highlights: Located[];
  first: number;
  last: number;
  confidence: number;
}

/** "ônibus-agora — a bus map in Go", "Kite (2023): a CLI for logs": a name, then what it is. */
const NAMED_ITEM = /^(\S[^:—–]{0,58}?)\s*(?:\s-\s|[—–]|:)\s*(?=\S)/u;
/** Labels of a project's own lines ("Stack: Go, Redis", "Role: lead"), no project names. */
const PROJECT_FIELDS =
  /^(?:(?:tech(?:nolog(?:y|ies))?\s*)?stack|tech(?:nolog(?:y|ies))?|tools?|languages?|role|team|impact|results?|outcomes?|links?|url|repo(?:sitory)?|source|demo|description|summary|context|dates?|duration|period|status|(?:client|customer)(?:\s+name)?|project\s+role|designation|award|team\s+size|environment|responsibilit(?:y|ies)|platform|domain|company|organi[sz]ation|employer|(?:company|employer|organi[sz]ation)\s+name|location|technologies\s+used|tools\s+used)$/iu;

/** The label of a project's dates on a line of their own ("Duration: Apr 2022 – Till Date"). */
const DATES_LABEL = /^\s*(?:duration|period|dates?|timeline|time\s*frame|tenure)\s*[:：]/iu;

/** "Project #2", "Project 3": a number in a list of projects, the name after it. */
const NUMBERED = /^project\s*(?:#|no\.?)?\s*\d{1,2}$/iu;

/** Where the project name of a line of that shape ends and its description starts. */
function namedItem(line: DocLine): { nameEnd: number; rest: number } | null {
  const match = NAMED_ITEM.exec(line.text);
  if (!match) return null;
  const name = (match[1] as string).trim();
  if (name.split(/\s+/u).length > 6 || /[.!?,;]$/u.test(name) || PROJECT_FIELDS.test(name)) return null;
  // "2022.03 - 2023.06 …": a date range's dash, not a name's.
  if (findDates(line.text)[0]?.start === 0) return null;
  return { nameEnd: (match[1] as string).length, rest: match[0].length };
}

/**
 * "1. Crop Price Forecasting (major project, 2024-25)" over "   Forecast of weekly prices with Python…": projects
 * written as list items, each over its own text indented under it. Such an item is the project's header: a short
 * name, in capitals at its words' starts, no sentence, over a line of text (not another item) indented deeper. An
 * item with nothing indented under it stays a line of text.
 */
function itemsOverText(infos: readonly LineInfo[]): Set<LineInfo> {
  const heads = new Set<LineInfo>();
  // Projects named by headings, bold or capitals have their headers already; list items under them are their text.
  if (infos.some((info) => info.line.heading > 0 || info.line.bold || info.line.caps)) return heads;
  infos.forEach((info, index) => {
    const below = infos[index + 1];
    if (
      !below ||
      below.line.blank ||
      !info.line.bullet ||
      info.line.heading > 0 ||
      info.prose ||
      below.line.bullet ||
      below.line.indent <= info.line.indent
    )
      return;
    const name = info.line.text.replace(/\s*\(.*$/u, '').trim();
    if (name.split(/\s+/u).length <= 8 && !/[.!?;:,]$/u.test(name) && titleCased(name)) heads.add(info);
  });
  return heads;
}

/**
 * Reads a projects section: a project per heading (or short title-cased line), its dates where the
 * header or the left date column gives them, bullets as highlights and other lines as description.
 * A section that opens with a line naming a project and saying what it is ("- Kite: a CLI for logs",
 * "Kite (2023) — a CLI") is a list of projects, one per line of that kind at that depth.
 */
export function readProjects(lines: readonly DocLine[]): ProjectDraft[] {
  const infos = lines.map(lineInfo);
  const opening = lines.find((line) => !line.blank);
  const listed = opening && namedItem(opening) ? opening : null;
  const isItem = (line: DocLine) =>
    listed !== null &&
    line.bullet === listed.bullet &&
    line.indent <= listed.indent &&
    namedItem(line) !== null;
  const itemHeads = itemsOverText(infos);
  const isHeader = (info: ReturnType<typeof lineInfo>) =>
    listed
      ? isItem(info.line)
      : itemHeads.size > 0
        ? // The items head the projects; what is indented under them is their text, however it is cased.
          itemHeads.has(info) || info.line.heading > 0
        : !info.prose &&
          !info.line.bullet &&
          !PROJECT_FIELDS.test(/^\s*([^:：]{1,30})[:：]/u.exec(info.line.text)?.[1]?.trim() ?? '') &&
          // "2022.03 - 2023.06    Live-stream coupon system (ByteDance)": a date column on the left. A name may open
          // with a number glued to letters ("5G baseband board BSP", "3D scanner app").
          (info.lead === null ||
            (info.lead.kind === 'range' && /^(?:\p{Lu}|\p{N}+\p{L})/u.test(info.rest))) &&
          info.words <= 12 &&
          (info.line.heading > 0 ||
            info.line.bold ||
            info.line.caps ||
            titleCased(info.line.text) ||
            info.lead !== null);
  const { entries } = splitEntries(infos, isHeader, () => false);
  const drafts: ProjectDraft[] = [];
  for (const entry of entries) {
    const header = entry.header[0];
    if (!header) continue;
    const span = entrySpan(entry);
    const dates: { line: DocLine; date: DateMention }[] = [];
    const item = isItem(header.line) ? namedItem(header.line) : null;
    const headerDate = header.dates.find((date) => date.kind !== 'ongoing');
    let nameEnd = item ? item.nameEnd : header.line.text.length;
    if (headerDate && headerDate.start < nameEnd) {
      dates.push({ line: header.line, date: headerDate });
      if (headerDate.start > 0) nameEnd = headerDate.start;
    }
    // A bracket the dates cut open ("Raft in Go (school project, 2023)") is no part of the name.
    let name = header.line.text
      .slice(0, nameEnd)
      .replace(/\s*\([^)]*$/u, '')
      .replace(/[\s,|(–—-]+$/u, '');
    let nameStart = 0;
    if (header.lead && header.lead.kind === 'range' && !item) {
      // The dates in the left column, the name up to the next wide gap, without a bracket after it.
      nameStart = header.restStart;
      name = header.line.text
        .slice(nameStart)
        .split(/\s{3,}|\t/u)[0]
        ?.replace(/\s*\([^)]*\)\s*$/u, '')
        .trim() as string;
    }
    // "Project #1: Claims Modernization": the number labels the project the rest of the line names.
    const numbered = item && NUMBERED.test(name) ? item : null;
    if (numbered) {
      nameStart = numbered.rest;
      name = header.line.text.slice(nameStart).trim();
    }
    if (name === '') continue;
    const draft: ProjectDraft = {
      name: locate(header.line, nameStart, nameStart + name.length, name, 0.8),
      start: null,
      end: null,
      current: false,
      description: [],
      highlights: [],
      first: span.first,
      last: span.last,
      confidence: 0.7,
    };
    if (item && !numbered) {
      const text = header.line.text.slice(item.rest);
      draft.description.push(locate(header.line, item.rest, header.line.text.length, text, 0.7));
    }
    let lastItem: LineInfo | null = null;
    entry.body.forEach((info, index) => {
      // "Duration: Apr 2022 – Till Date": a labelled line anywhere in the entry gives its dates.
      if (DATES_LABEL.test(info.line.text) && !dates.some(({ date }) => date.kind === 'range')) {
        const range = info.dates.find((date) => date.kind === 'range');
        if (range) dates.unshift({ line: info.line, date: range });
      }
      let from = 0;
      // Left-column dates on the first two lines: start, then end.
      if (info.lead && index < 2 && !headerDate && info.lead.kind !== 'ongoing') {
        dates.push({ line: info.line, date: info.lead });
        from = info.restStart;
      }
      const text = info.line.text.slice(from).trim();
      if (text === '') return;
      const value = locate(info.line, info.line.text.indexOf(text, from), info.line.text.length, text, 0.7);
      if (continueItem(draft.highlights, lastItem, info, text)) return;
      lastItem = info.line.bullet ? info : null;
      if (info.line.bullet || /^[•·*-]\s/u.test(text)) {
        const stripped = text.replace(/^[•·*-]\s+/u, '');
        draft.highlights.push({ ...value, value: stripped });
      } else if (index === 0 || draft.highlights.length === 0) draft.description.push(value);
      else draft.highlights.push(value);
    });
    const at = (line: DocLine, date: DateMention) => locate(line, date.start, date.end, date.text, 0.8);
    const range = dates.find(({ date }) => date.kind === 'range');
    if (range) {
      if (range.date.from) draft.start = { ...at(range.line, range.date), date: range.date.from };
      if (range.date.to) draft.end = { ...at(range.line, range.date), date: range.date.to };
      draft.current = range.date.ongoing;
    } else {
      const [a, b] = dates.filter(({ date }) => date.from);
      if (a?.date.from) draft.start = { ...at(a.line, a.date), date: a.date.from };
      if (b?.date.from) draft.end = { ...at(b.line, b.date), date: b.date.from };
    }
    drafts.push(draft);
  }
  return drafts;
}

export interface PublicationDraft {
  name: Located;
  type: 'paper' | 'patent' | 'talk';
  year: LocatedDate | null;
  first: number;
  last: number;
}

/** A publication per list item or paragraph line; its kind from its words, its year if it gives one. */
export function readPublications(lines: readonly DocLine[]): PublicationDraft[] {
  const drafts: PublicationDraft[] = [];
  for (const info of lines.map(lineInfo)) {
    const text = info.line.text.trim();
    if (info.line.blank || text === '') continue;
    const type = /\bpatents?\b/iu.test(text)
      ? 'patent'
      : /\b(?:talk|keynote|presented|presentation|speaker|conference talk|webinar)\b/iu.test(text)
        ? 'talk'
        : 'paper';
    const single = info.dates.find((date) => date.kind === 'single' && date.from);
    drafts.push({
      name: locate(info.line, 0, info.line.text.length, text, 0.6),
      type,
      year: single?.from
        ? { ...locate(info.line, single.start, single.end, single.text, 0.7), date: single.from }
        : null,
      first: info.line.n,
      last: info.line.n,
    });
  }
  return drafts;
}

/** "Organisation: Velantis Software Pvt. Ltd.", "Employer - Orbis Infotech": the field of a project naming its employer. */
const EMPLOYER_FIELD =
  /^[^\p{L}\p{N}]*(?:employer|organi[sz]ation|company)(?:\s+name)?\s*(?:[:：]|\s[-–—]\s)\s*(\S(?:.*\S)?)\s*$/iu;

/** Where a line's cells part: a wide gap (as the readers set cells apart), a tab, a bar between spaces. */
const CELL_GAP = /\s{3,}|\t|\s\|\s/u;

/**
 * "Huawei" for "Huawei Technologies Co., Ltd.": a project's field naming the employer by the first words of the
 * position's employer, fewer of them.
 */
function shortName(named: string, company: string): boolean {
  const short = named.trim().split(/\s+/u);
  const full = company.trim().split(/\s+/u);
  return short.length < full.length && lookupKey(full.slice(0, short.length).join(' ')) === lookupKey(named);
}

/** A company's name as positions and project fields are compared: without its legal form, case or punctuation. */
function employerKey(name: string): string {
  return looseCompanyKey(name) ?? lookupKey(name);
}

/**
 * "Project #2: Warehouse Scanner" with "Employer: Orbis Infotech Ltd." among its fields, in a projects section of its
 * own under a table of employers (an IT-services résumé): a project whose fields name the employer it was done at is
 * a project of a position there, dated or not. Of several positions at that employer, the one whose dates hold the
 * project's, else the one they overlap most, else the latest listed. Moves such projects from `projects` into their
 * positions; a project naming no employer, or one no position names, stays where it is.
 */
export function attachEmployerProjects(
  projects: ProjectDraft[],
  positions: readonly PositionDraft[],
  lines: readonly DocLine[],
): void {
  for (const project of [...projects]) {
    // The field is a line of its own or a cell of one ("2021.03 – 2023.06    Gimbal firmware    Company: DJI").
    const named = lines
      .filter((line) => line.n >= project.first && line.n <= project.last)
      .flatMap((line) => line.text.split(CELL_GAP))
      .map((cell) => EMPLOYER_FIELD.exec(cell)?.[1])
      .find((value) => value !== undefined);
    if (!named) continue;
    const key = employerKey(named);
    const exact = positions.filter(
      (position) => position.company && employerKey(position.company.value) === key,
    );
    const there =
      exact.length > 0
        ? exact
        : positions.filter((position) => position.company && shortName(named, position.company.value));
    const holder = there.length > 1 ? bestHolder(project, there) : there[0];
    if (!holder) continue;
    holder.projects.push({ name: project.name, first: project.first, last: project.last });
    projects.splice(projects.indexOf(project), 1);
  }
}

/** A range of months as numbers (see `monthKey`), open-ended when ongoing. */
function monthsOf(
  start: LocatedDate | null,
  end: LocatedDate | null,
  current: boolean,
): [number, number] | null {
  if (!start) return null;
  const from = monthKey(start.date, false);
  return [from, current ? Number.POSITIVE_INFINITY : end ? monthKey(end.date, true) : from];
}

function bestHolder(project: ProjectDraft, positions: readonly PositionDraft[]): PositionDraft | undefined {
  const held = monthsOf(project.start, project.end, project.current);
  if (!held) return positions[0];
  let best: PositionDraft | undefined;
  let bestOverlap = 0;
  for (const position of positions) {
    const span = monthsOf(position.start, position.end, position.current !== null);
    if (!span) continue;
    if (span[0] <= held[0] && held[1] <= span[1]) return position;
    const overlap = Math.min(span[1], held[1]) - Math.max(span[0], held[0]);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = position;
    }
  }
  return best ?? positions[0];
}
