import type { Catalogue } from '../catalogue/catalogue.js';
import { type DateMention, findDates } from './dates.js';
import { entrySpan, type LineInfo, lineInfo, splitEntries } from './entries.js';
import { splitParts } from './header-parts.js';
import type { DocLine } from './line-model.js';
import { type Located, type LocatedDate, locate } from './located.js';
import { sentences } from './sentences.js';
import { findDegree, isInstitution, isLocation } from './vocabulary.js';

export interface EducationDraft {
  institution: Located;
  studyType: Located | null;
  area: Located | null;
  start: LocatedDate | null;
  end: LocatedDate | null;
  first: number;
  last: number;
  confidence: number;
}

function names(info: LineInfo, catalogue: Catalogue): { school: boolean; degree: boolean } {
  const school =
    isInstitution(info.line.text) ||
    splitParts(info.line, info.dates).some((part) => catalogue.companies.find(part.text) !== undefined);
  return { school, degree: findDegree(info.line.text) !== null };
}

/**
 * Reads the education section: an entry per school, opened by a line naming a school or a degree
 * (or by a date in the left column); the degree (`M.S.`), its field (`in Software Design`) and the
 * dates as written. A single date is the end of studies (the graduation).
 */
export function readEducation(lines: readonly DocLine[], catalogue: Catalogue): EducationDraft[] {
  const infos = lines.map(lineInfo);
  const { entries } = splitEntries(
    infos,
    (info) => {
      if (info.prose) return false;
      const found = names(info, catalogue);
      // A date in the left column opens an entry too ("2009 – 2014   Diploma in Informatics").
      return found.school || found.degree || info.lead !== null;
    },
    (info, current) => {
      if (info.prose || current.header.length >= 4) return false;
      const found = names(info, catalogue);
      const header = current.header.map((line) => names(line, catalogue));
      if (found.school && header.some((h) => h.school)) return false;
      if (found.degree && header.some((h) => h.degree)) return false;
      const headerDates = current.header.flatMap((line) => line.dates);
      if (info.lead && info.rest.trim() === '') return !headerDates.some((date) => date.kind === 'range');
      if (info.dates.length > 0 && headerDates.length > 0) return false;
      return found.school || found.degree || info.words <= 8;
    },
  );
  if (entries.length === 0) return readEducationProse(lines);
  const drafts: EducationDraft[] = [];
  for (const entry of entries) {
    const span = entrySpan(entry);
    let institution: Located | null = null;
    let studyType: Located | null = null;
    let area: Located | null = null;
    const dates: { line: DocLine; date: DateMention }[] = [];
    for (const info of entry.header) {
      for (const date of info.dates) dates.push({ line: info.line, date });
      let wantsArea = false;
      for (const part of splitParts(info.line, info.dates)) {
        const degree = findDegree(part.text);
        // "Bachelor of Science - BS, Computer Science": the field is the next part that is no degree.
        if (wantsArea && !area && !degree && !isInstitution(part.text) && !isLocation(part.text)) {
          area = locate(info.line, part.start, part.end, part.text, 0.6);
          wantsArea = false;
          continue;
        }
        if (degree && studyType) continue;
        if (degree && !studyType) {
          wantsArea = true;
          studyType = locate(info.line, part.start + degree.start, part.start + degree.end, degree.text, 0.8);
          // "BSc in Physics University of Texas at Austin": degree, field and school in one part.
          const school = schoolIn(part.text.slice(degree.end));
          if (school && !institution) {
            const at = part.start + degree.end + school.start;
            institution = locate(info.line, at, at + school.name.length, school.name, 0.8);
          }
          const after = part.text.slice(degree.end, school ? degree.end + school.start : part.text.length);
          const field = /^[\s,:–—-]*(?:in|of)?\s*(\p{L}[\p{L}\s&/'-]*\p{L})/u.exec(after);
          if (field && !isInstitution(field[1] as string)) {
            const at = part.start + degree.end + field[0].length - (field[1] as string).length;
            area = locate(info.line, at, at + (field[1] as string).length, field[1] as string, 0.7);
            wantsArea = false;
          }
          continue;
        }
        if (!institution && (isInstitution(part.text) || catalogue.companies.find(part.text))) {
          institution = locate(info.line, part.start, part.end, part.text, 0.9);
        }
      }
    }
    if (!institution) {
      // A school named without a school word: the first part that is not the degree.
      const first = entry.header
        .flatMap((info) => splitParts(info.line, info.dates))
        .find((part) => !findDegree(part.text) && part.text !== area?.value);
      if (!first) continue;
      institution = locate(first.line, first.start, first.end, first.text, 0.5);
    }
    // A start in the left date column and its end on the next line (2013/09 … / 2016/03).
    const bodyLead = entry.body[0]?.lead;
    if (dates.length === 1 && dates[0]?.date.kind === 'single' && bodyLead?.kind === 'single') {
      dates.push({ line: (entry.body[0] as LineInfo).line, date: bodyLead });
    }
    let start: LocatedDate | null = null;
    let end: LocatedDate | null = null;
    const range = dates.find(({ date }) => date.kind === 'range');
    const at = (line: DocLine, date: DateMention) => locate(line, date.start, date.end, date.text, 0.8);
    if (range) {
      if (range.date.from) start = { ...at(range.line, range.date), date: range.date.from };
      if (range.date.to) end = { ...at(range.line, range.date), date: range.date.to };
    } else {
      const singles = dates.filter(({ date }) => date.kind === 'single' && date.from);
      if (singles.length >= 2) {
        const [a, b] = singles as [(typeof singles)[number], (typeof singles)[number]];
        start = { ...at(a.line, a.date), date: a.date.from as NonNullable<DateMention['from']> };
        end = { ...at(b.line, b.date), date: b.date.from as NonNullable<DateMention['from']> };
      } else if (singles.length === 1) {
        const [a] = singles as [(typeof singles)[number]];
        end = { ...at(a.line, a.date), date: a.date.from as NonNullable<DateMention['from']> };
      }
    }
    drafts.push({
      institution,
      studyType,
      area,
      start,
      end,
      first: span.first,
      last: span.last,
      confidence: institution.confidence * (studyType ? 1 : 0.8),
    });
  }
  return drafts;
}

/** A capitalised name, possibly joined by "of", "and", "at"… ("University of Texas at Austin"). */
const NAME_RUN =
  /[\p{Lu}][\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|for|and|&|de|at|the|in)\s+)*[\p{Lu}][\p{L}\p{N}'’.&-]*)*/gu;

/** Words that name fields of study ("Computer Science", "Electrical Engineering"), never a school's own name. */
const FIELD_WORDS = new Set(
  'science sciences computer computing engineering physics mathematics math maths statistics chemistry biology economics business administration electrical electronic electronics mechanical civil software information systems data applied finance management psychology philosophy history arts design communications telecommunications industrial chemical aerospace materials bioinformatics cognitive linguistics law medicine accounting marketing operations robotics artificial intelligence machine learning and &'.split(
    ' ',
  ),
);

/** The school a text names: the capitalised run holding a school word, from the piece that names it. */
function schoolIn(text: string): { start: number; name: string } | null {
  const run = [...text.matchAll(NAME_RUN)].find((found) => isInstitution(found[0]));
  if (!run) return null;
  // "Physics at Peking University", "Physics University of Texas at Austin": the school starts at the
  // word that begins its name, after any field of study before it.
  const pieces = run[0].split(/(\s+(?:at|in)\s+)/u);
  let skip = 0;
  for (let i = 0; i < pieces.length - 1 && !isInstitution(pieces[i] as string); i++)
    skip += (pieces[i] as string).length;
  let name = run[0].slice(skip).replace(/^\s+(?:at|in)\s+/u, '');
  // "Physics University of Texas", "Computer Science Massachusetts Institute of Technology": the words
  // of a field of study before the school's own name are not part of it.
  const words = name.split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && FIELD_WORDS.has((words[first] as string).toLowerCase())) first++;
  if (first > 0 && isInstitution(words.slice(first).join(' '))) name = words.slice(first).join(' ');
  return { start: (run.index ?? 0) + run[0].length - name.length, name };
}

/**
 * Education told in sentences ("I studied Physics at Peking University from 2013 to 2017 and
 * graduated with a BSc."): per sentence naming a school, the school, the degree, the field studied
 * and the dates.
 */
function readEducationProse(lines: readonly DocLine[]): EducationDraft[] {
  const drafts: EducationDraft[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    const text = line.text;
    for (const sentence of sentences(text)) {
      const offset = sentence.start;
      const body = text.slice(sentence.start, sentence.end);
      const school = schoolIn(body);
      if (!school) continue;
      const name = school.name;
      const schoolAt = offset + school.start;
      const draft: EducationDraft = {
        institution: locate(line, schoolAt, schoolAt + name.length, name, 0.6),
        studyType: null,
        area: null,
        start: null,
        end: null,
        first: line.n,
        last: line.n,
        confidence: 0.6,
      };
      const degree = findDegree(body);
      if (degree) {
        draft.studyType = locate(line, offset + degree.start, offset + degree.end, degree.text, 0.6);
      }
      const field =
        /\bstudied\s+([\p{Lu}][\p{L}\s&-]*?)\s+(?:at|in)\s/u.exec(body) ??
        /\b(?:degree|diploma|major(?:ed)?|BSc|MSc|B\.?S\.?|M\.?S\.?|PhD)\s+in\s+([\p{Lu}][\p{L}&-]*(?:\s+[\p{Lu}&][\p{L}&-]*)*)/u.exec(
          body,
        );
      if (field) {
        const value = field[1] as string;
        const at = offset + field.index + field[0].indexOf(value);
        draft.area = locate(line, at, at + value.length, value, 0.6);
      }
      const range = findDates(body).find((date) => date.kind === 'range');
      if (range) {
        const at = locate(line, offset + range.start, offset + range.end, range.text, 0.6);
        if (range.from) draft.start = { ...at, date: range.from };
        if (range.to) draft.end = { ...at, date: range.to };
      } else {
        const single = findDates(body).find((date) => date.kind === 'single' && date.from);
        if (single?.from) {
          draft.end = {
            ...locate(line, offset + single.start, offset + single.end, single.text, 0.6),
            date: single.from,
          };
        }
      }
      drafts.push(draft);
    }
  }
  return drafts;
}
