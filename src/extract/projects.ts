import type { DateMention } from './dates.js';
import { entrySpan, lineInfo, splitEntries } from './entries.js';
import { titleCased } from './experience.js';
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

/**
 * Reads a projects section: a project per heading (or short title-cased line), its dates where the
 * header or the left date column gives them, bullets as highlights and other lines as description.
 */
export function readProjects(lines: readonly DocLine[]): ProjectDraft[] {
  const infos = lines.map(lineInfo);
  const isHeader = (info: ReturnType<typeof lineInfo>) =>
    !info.prose &&
    !info.line.bullet &&
    info.lead === null &&
    info.words <= 12 &&
    (info.line.heading > 0 || info.line.bold || info.line.caps || titleCased(info.line.text));
  const { entries } = splitEntries(infos, isHeader, () => false);
  const drafts: ProjectDraft[] = [];
  for (const entry of entries) {
    const header = entry.header[0];
    if (!header) continue;
    const span = entrySpan(entry);
    const dates: { line: DocLine; date: DateMention }[] = [];
    const headerDate = header.dates.find((date) => date.kind !== 'ongoing');
    let nameEnd = header.line.text.length;
    if (headerDate) {
      dates.push({ line: header.line, date: headerDate });
      if (headerDate.start > 0) nameEnd = headerDate.start;
    }
    const name = header.line.text.slice(0, nameEnd).replace(/[\s,|(–—-]+$/u, '');
    if (name === '') continue;
    const draft: ProjectDraft = {
      name: locate(header.line, 0, name.length, name, 0.8),
      start: null,
      end: null,
      current: false,
      description: [],
      highlights: [],
      first: span.first,
      last: span.last,
      confidence: 0.7,
    };
    entry.body.forEach((info, index) => {
      let from = 0;
      // Left-column dates on the first two lines: start, then end.
      if (info.lead && index < 2 && !headerDate && info.lead.kind !== 'ongoing') {
        dates.push({ line: info.line, date: info.lead });
        from = info.restStart;
      }
      const text = info.line.text.slice(from).trim();
      if (text === '') return;
      const value = locate(info.line, info.line.text.indexOf(text, from), info.line.text.length, text, 0.7);
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
