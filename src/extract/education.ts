import type { Catalogue } from '../catalogue/catalogue.js';
import { lookupKey } from '../catalogue/lookup-key.js';
import { SCHOOL_UNIT_WORDS } from '../catalogue/mention-matcher.js';
import { knownPlace } from '../catalogue/places.js';
import { abbreviates } from '../resume/ids.js';
import { withoutCertifications } from './certifications.js';
import { type DateMention, findDates } from './dates.js';
import { entrySpan, type LineInfo, lineInfo, splitEntries, withoutDates } from './entries.js';
import { opensWithBreak } from './experience.js';
import { type FormRowField, formRow } from './form-rows.js';
import { type Part, splitParts } from './header-parts.js';
import type { DocLine } from './line-model.js';
import { type Located, type LocatedDate, locate } from './located.js';
import {
  bareSchoolWord,
  campusLength,
  FIELD_WORDS,
  GRADE_LABEL,
  GRADE_WORDS,
  genericSchoolName,
  unitOfUniversity,
  universityInUnit,
} from './school-names.js';
import { schoolEndBeforeCity } from './school-places.js';
import { sentences } from './sentences.js';
import {
  fieldBefore,
  findDegree,
  isInstitution,
  isLocation,
  LANGUAGE_TESTS,
  NAME_JOINERS,
  NAME_PARTICLES,
  opensWithDegree,
  STUDY_ENDED,
  STUDY_STARTED,
  sectionKind,
  titleScore,
} from './vocabulary.js';

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
  const degree = findDegree(info.line.text);
  const parts = educationParts(info);
  // "Tecnicatura Universitaria en Programación": a school's word inside the degree's own name names no school; nor
  // does a portal's level in its cell ("Universitario").
  let text = info.line.text;
  const blank = (start: number, end: number) => {
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  };
  if (degree) blank(degree.start, degree.end);
  for (const part of parts) if (portalLevelCell(part)) blank(part.start, part.end);
  const school =
    isInstitution(text) || parts.some((part) => catalogue.companies.find(part.text) !== undefined);
  return { school, degree: degree !== null };
}

/**
 * Reads the education section: an entry per school, opened by a line naming a school or a degree
 * (or by a date in the left column); the degree (`M.S.`), its field (`in Software Design`) and the
 * dates as written. A single date is the end of studies (the graduation).
 */
export function readEducation(lines: readonly DocLine[], catalogue: Catalogue): EducationDraft[] {
  const records = readEducationRecords(lines);
  if (records.length > 0) return withoutCertifications(records, lines);
  const { joined, wraps } = joinWrapped(lines);
  return withoutCertifications(
    readEducationEntries(joined, catalogue)
      .map((draft) => unwrapDraft(draft, wraps))
      // "Institute" from a table's header row "Exam Title | Institute | Result": a kind of school, no school.
      .filter((draft) => draft.studyType !== null || !bareSchoolWord(draft.institution.value)),
    lines,
  );
}

/** A line that stops on a word joining a name to what follows ("Technical University of", "Bachelor of Science in"). */
const WRAPPED_END = new RegExp(
  String.raw`\s(?:of|for|and|&|at|in|the|en|em|${NAME_PARTICLES.join('|')})$`,
  'u',
);

/**
 * "Technical University of" over "Eastmark", "Bachelor of Science in" over "Computer Engineering": a name cut
 * where a narrow column wrapped it, joined again into one line (numbered as its first; `wraps` keeps the second
 * and where its text starts in the joined raw text).
 */
function joinWrapped(lines: readonly DocLine[]): {
  joined: DocLine[];
  wraps: Map<number, { next: DocLine; at: number }>;
} {
  const joined: DocLine[] = [];
  const wraps = new Map<number, { next: DocLine; at: number }>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as DocLine;
    const next = lines[index + 1];
    const cellWise = next && joinWrappedCells(line, next);
    if (cellWise && next) {
      joined.push(cellWise);
      wraps.set(line.n, { next, at: line.raw.length + 1 });
      index++;
      continue;
    }
    if (
      next &&
      !line.blank &&
      !next.blank &&
      !next.bullet &&
      next.heading === 0 &&
      ((WRAPPED_END.test(line.text.trimEnd()) &&
        line.text.split(/\s+/u).length <= 10 &&
        /^\p{L}/u.test(next.text.trim()) &&
        next.text.trim().split(/\s+/u).length <= 8 &&
        findDates(next.text).every((date) => date.start > 0)) ||
        wrappedRangeEnd(line, next))
    ) {
      const text = `${line.text.trimEnd()} ${next.text.trim()}`;
      const at = line.raw.length + 1;
      const lead = next.text.length - next.text.trimStart().length;
      const columns = [
        ...line.columns.slice(0, line.text.trimEnd().length),
        line.raw.length,
        ...next.columns.slice(lead, lead + next.text.trim().length).map((column) => at + column),
      ];
      joined.push({ ...line, raw: `${line.raw} ${next.raw}`, text, columns });
      wraps.set(line.n, { next, at });
      index++;
      continue;
    }
    joined.push(line);
  }
  return { joined, wraps };
}

/**
 * "…, Lahore · 2015 -" over "2019 · CGPA 3.21/4.00": a range left open at the end of a line, the line under it opening
 * with a date, is one range a narrow column wrapped (its end stands first on the next line).
 */
function wrappedRangeEnd(line: DocLine, next: DocLine): boolean {
  const text = line.text.trimEnd();
  if (!/\p{N}\s*[-–—]$/u.test(text) || findDates(text).at(-1)?.openEnded !== true) return false;
  const nextText = next.text.trimStart();
  return findDates(nextText)[0]?.start === 0;
}

/** The cells of a table row a reader set apart by wide gaps or tabs (a PDF's or a Word table's row). */
const CELL_GAP = /\t+|\s{3,}/gu;

function gappedCells(line: DocLine): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let start = line.text.length - line.text.trimStart().length;
  for (const gap of line.text.trimEnd().matchAll(CELL_GAP)) {
    const at = gap.index ?? 0;
    if (at > start) cells.push({ start, end: at });
    start = at + gap[0].length;
  }
  if (start < line.text.trimEnd().length) cells.push({ start, end: line.text.trimEnd().length });
  return cells;
}

/**
 * "B.E. (Information    Pune Institute of Computer    Savitribai Phule Pune    2018    72.6%" over "Technology)
 * Technology    University": a table row whose narrow cells wrapped, the words that ran over standing on the next
 * line, one piece per cell that holds words and no figure, in the row's order (the year's and the score's cells do not
 * wrap).
 * The two lines become one row, each cell joined to its piece (numbered as the first; the joined raw text is the
 * first line's, a space and the second's, as `joinWrapped` keeps it). Null when the next line is no such piece: it
 * holds a date or a figure, or as many pieces as the row has cells of words is not what it holds.
 */
function joinWrappedCells(line: DocLine, next: DocLine): DocLine | null {
  if (line.blank || next.blank || next.bullet || next.heading > 0 || /\p{N}/u.test(next.text)) return null;
  const cells = gappedCells(line);
  const pieces = gappedCells(next);
  if (cells.length < 3 || pieces.length < 2) return null;
  const worded = cells.filter((cell) => {
    const text = line.text.slice(cell.start, cell.end);
    return /\p{L}{2}/u.test(text) && !/\p{N}/u.test(text);
  });
  if (worded.length !== pieces.length) return null;
  if (pieces.some((piece) => next.text.slice(piece.start, piece.end).split(/\s+/u).length > 4)) return null;
  const at = line.raw.length + 1;
  let text = '';
  const columns: number[] = [];
  const take = (from: DocLine, start: number, end: number, offset: number) => {
    text += from.text.slice(start, end);
    columns.push(...from.columns.slice(start, end).map((column) => column + offset));
  };
  let cursor = 0;
  worded.forEach((cell, index) => {
    const piece = pieces[index] as { start: number; end: number };
    take(line, cursor, cell.end, 0);
    text += ' ';
    columns.push(line.columns[cell.end] ?? line.raw.length);
    take(next, piece.start, piece.end, at);
    cursor = cell.end;
  });
  take(line, cursor, line.text.length, 0);
  columns.push(line.columns[line.text.length] ?? line.raw.length);
  return { ...line, raw: `${line.raw} ${next.raw}`, text, columns };
}

/** A value read from a joined line: its span on the document's own lines again (see `joinWrapped`). */
function unwrapLocated<T extends Located>(value: T, wraps: Map<number, { next: DocLine; at: number }>): T {
  const wrap = wraps.get(value.line);
  if (!wrap || value.column === undefined || value.endColumn === undefined) return value;
  const moved = { ...value };
  if (value.endColumn > wrap.at) {
    moved.endLine = wrap.next.n;
    moved.endColumn = value.endColumn - wrap.at;
  }
  if (value.column >= wrap.at) {
    moved.line = wrap.next.n;
    moved.column = value.column - wrap.at;
  }
  return moved;
}

function unwrapDraft(
  draft: EducationDraft,
  wraps: Map<number, { next: DocLine; at: number }>,
): EducationDraft {
  if (wraps.size === 0) return draft;
  const last = wraps.get(draft.last)?.next.n ?? draft.last;
  return {
    ...draft,
    institution: unwrapLocated(draft.institution, wraps),
    studyType: draft.studyType && unwrapLocated(draft.studyType, wraps),
    area: draft.area && unwrapLocated(draft.area, wraps),
    start: draft.start && unwrapLocated(draft.start, wraps),
    end: draft.end && unwrapLocated(draft.end, wraps),
    last,
  };
}

function readEducationEntries(lines: readonly DocLine[], catalogue: Catalogue): EducationDraft[] {
  const infos = lines.filter((line) => !isColumnLabels(line.text)).map(degreeLineInfo);
  const under = schoolsUnderProgrammes(infos, catalogue);
  const shown = schoolsOverDegrees(infos, catalogue);
  for (const info of schoolsBesidePlaces(infos, catalogue)) shown.add(info);
  for (const info of under.keys()) shown.delete(info);
  const heads = new Set(under.values());
  const overOwnEntry = linesOverOwnEntry(infos);
  // The lines with a blank line right above them that head their own school's block: the line or the next non-blank
  // one names a school ("Enseñanza Media" / "Liceo Bicentenario, 2010 – 2014"; not "A Levels: …" alone under
  // "Winstanley College, Wigan, 2011 – 2013").
  const namesSchool = (info: LineInfo | undefined) =>
    info !== undefined && (isInstitution(info.line.text) || SECONDARY_ONLY.test(info.line.text));
  const apart = new Set<LineInfo>();
  let nextFilled: LineInfo | undefined;
  for (let index = infos.length - 1; index > 0; index -= 1) {
    const info = infos[index] as LineInfo;
    if (
      infos[index - 1]?.line.blank === true &&
      !info.line.blank &&
      (namesSchool(info) || namesSchool(nextFilled))
    )
      apart.add(info);
    if (!info.line.blank) nextFilled = info;
  }
  const { entries } = splitEntries(
    infos,
    (info, current) => {
      if (shown.has(info) || heads.has(info)) return true;
      if (
        info.prose ||
        ENTRY_NOTE.test(info.line.text) ||
        HONOURS_NOTE.test(info.line.text) ||
        DIPLOMA_NOTE.test(info.line.text) ||
        PORTAL_LEVEL.test(info.line.text) ||
        labelledList(info) ||
        // "Leave of absence for military service, 2016–2017" under a school: time away from it, no school.
        opensWithBreak(info.line.text)
      )
        return false;
      // "Baccalauréat Mathématiques … 2014" over "Lycée Pilote": its own entry, left out below; under a
      // university's name with no dates yet, that university's degree ("Université de Montréal" /
      // "Baccalauréat spécialisé en informatique, 2012 - 2015").
      if (SCHOOL_LEAVING.test(info.line.text) && !degreeOfUniversity(current)) return true;
      const found = names(info, catalogue);
      // A date in the left column opens an entry too ("2009 – 2014   Diploma in Informatics").
      if (found.school || found.degree || info.lead !== null) return true;
      // "Certificate in Full Stack Web Development" over its university: a certificate programme opens its entry.
      if (CERTIFICATE_IN.test(info.line.text)) return true;
      // "ALX Software Engineering programme — 2022": a provider's programme with its date opens its entry.
      if (info.dates.length > 0 && programmeProvider(info.line.text, catalogue) !== null) return true;
      // "Frontend Developer course" under a degree and its school: a course followed elsewhere, its own entry (the
      // provider named on the line under it, with no school word: "Codecool, Budapest").
      if (!found.school && !found.degree && courseAfterDegree(info, current, catalogue)) return true;
      // A line with dates of its own after an entry that has its dates: the next school, named
      // without a school word ("Le Wagon — Web Development Bootcamp · 2021").
      return (
        (current === null || current.header.some((line) => line.dates.length > 0)) &&
        info.words <= 16 &&
        (info.dates.some((date) => date.kind === 'range') ||
          (info.dates.length > 0 && (info.line.bold || info.line.heading > 0 || namesAndTells(info))))
      );
    },
    (info, current) => {
      if (info.prose && current.header.length < 4 && schoolUnderDegree(info, current.header, catalogue))
        return true;
      const head = under.get(info);
      if (head) return current.header.includes(head);
      // The portal's level holds the entry's dates: a line of its header.
      if (PORTAL_LEVEL.test(info.line.text)) return current.header.length < 4;
      if (
        info.prose ||
        current.header.length >= 4 ||
        ENTRY_NOTE.test(info.line.text) ||
        DIPLOMA_NOTE.test(info.line.text)
      )
        return false;
      if (
        shown.has(info) &&
        current.header.some((line) => line.dates.length > 0 || findDegree(line.line.text))
      )
        return false;
      // "(MSc Computer Science)" under "Civilingenjör, Datateknik": a gloss of the degree above.
      if (/^\(.*\)$/u.test(info.line.text.trim())) return true;
      // "FSc (Pre-Engineering)" under "BS (Computer Science)" and its school: a line that opens with a school-leaving
      // certificate under a degree's or another certificate's lines, or after a blank line under an entry's dates
      // when it heads its own school's block (see `apart`), opens its own entry, as above.
      if (
        SCHOOL_LEAVING.exec(info.line.text.trimStart())?.index === 0 &&
        current.header.some(
          (line) =>
            findDegree(line.line.text) !== null ||
            SCHOOL_LEAVING.test(line.line.text) ||
            (apart.has(info) && line.dates.length > 0),
        ) &&
        !degreeOfUniversity(current)
      )
        return false;
      const found = names(info, catalogue);
      if (!found.school && !found.degree && courseAfterDegree(info, current, catalogue)) return false;
      // "kood/Jõhvi    Jõhvi, Estonia" over its programme and dates (see `schoolsBesidePlaces`).
      const [top] = current.header;
      if (current.header.length === 1 && top && shown.has(top) && info.dates.length > 0 && !found.school)
        return true;
      const header = current.header.map((line) => {
        const named = names(line, catalogue);
        // A certificate programme's line stands where a degree's does (see `universityCertificate`).
        if (CERTIFICATE_IN.test(line.line.text)) named.degree = true;
        return shown.has(line) ? { ...named, school: true } : named;
      });
      // "University of Westmarch" over "School of Informatics": a unit of the school named above, directly under
      // its name (hh.ru's "2016    University, City" over "Faculty of …, speciality" too, under the degree); under a
      // degree's or a date's own line it opens the next entry ("Columbia University" / "B.A., 2010 - 2014" / "School
      // of the Art Institute of Chicago").
      const last = current.header[current.header.length - 1];
      if (
        found.school &&
        isUnit(info.line.text) &&
        info.dates.length === 0 &&
        header[header.length - 1]?.school === true &&
        ((!header.some((h) => h.degree) && !current.header.some((line) => line.dates.length > 0)) ||
          (last !== undefined &&
            FACULTY.test(info.line.text) &&
            !isUnit(last.line.text) &&
            findDegree(last.line.text) === null &&
            !header.slice(0, -1).some((h) => h.school)))
      )
        return true;
      if (
        found.school &&
        !found.degree &&
        collegeUnderUniversity(info, current.header, overOwnEntry.has(info))
      )
        return true;
      if (found.school && header.some((h) => h.school)) return false;
      if (found.degree && header.some((h) => h.degree)) return false;
      const headerDates = current.header.flatMap((line) => line.dates);
      // "2008/09 –   University of Toronto" over "2012/06   BSc": the end of the date the header opened.
      if (
        info.lead?.kind === 'single' &&
        current.header.some((line) => line.leadOpen) &&
        !headerDates.some((date) => date.kind === 'range')
      )
        return true;
      if (info.lead && info.rest.trim() === '') return !headerDates.some((date) => date.kind === 'range');
      if (info.dates.length > 0 && headerDates.length > 0) return false;
      return found.school || found.degree || info.words <= 8;
    },
  );
  if (entries.length === 0) return readEducationProse(lines, catalogue);
  const drafts: EducationDraft[] = [];
  // Per draft, the event of studies its line tells ("Entered …", "Graduated from …"), if any.
  const events: (StudyEvent | null)[] = [];
  let lineAbove: LineInfo | undefined;
  for (const entry of entries) {
    const above = lineAbove;
    lineAbove = entry.body[entry.body.length - 1] ?? entry.header[entry.header.length - 1];
    const span = entrySpan(entry);
    let institution: Located | null = null;
    let studyType: Located | null = null;
    let area: Located | null = null;
    // The part after the degree taken as its field, when the field stands apart from the degree's words.
    let areaPart: Part | null = null;
    // The faculty or department the entry names beside its school (see `UNIT`).
    let unit: Located | null = null;
    const dates: { line: DocLine; date: DateMention }[] = [];
    let event: StudyEvent | null = null;
    for (const info of entry.header) {
      for (const date of info.dates) dates.push({ line: info.line, date });
      const glossed: Located | null = studyType && degreeGloss(studyType, info.line);
      if (glossed) {
        studyType = glossed;
        continue;
      }
      let wantsArea = false;
      const parts = educationParts(info).flatMap((part) => {
        const told = studyEvent(part);
        if (told) event ??= told.event;
        return (told?.parts ?? [part]).map(firstSentence);
      });
      let covered = 0;
      for (const [index, part] of parts.entries()) {
        if (part.start < covered || portalLevelCell(part)) continue;
        // "**Analítica de Negocios** (bootcamp online)": a programme its bracket calls a bootcamp names no degree.
        const degree = bracketSays(part.text, BOOTCAMP) ? null : degreeIn(info.line.text, part);
        if (degree) covered = part.start + degree.end;
        // "Bachelor of Science - BS, Computer Science": the field is the next part that is no degree.
        if (
          wantsArea &&
          !area &&
          !degree &&
          !isInstitution(part.text) &&
          !isLocation(part.text) &&
          !GRADE_LABEL.test(part.text) &&
          !(institution && schoolPlace(part.text, institution.value)) &&
          !schoolAcronym(info.line.text, part)
        ) {
          const label = FIELD_LABEL.exec(part.text)?.[0].length ?? 0;
          area = locate(info.line, part.start + label, part.end, part.text.slice(label), 0.6);
          areaPart = part;
          wantsArea = false;
          continue;
        }
        if (degree && studyType) continue;
        const level = parts[index + 1];
        if (
          !degree &&
          !studyType &&
          portalLevelCell(level) &&
          !SECONDARY.test(level?.text ?? '') &&
          !PORTAL_OTHER_LEVEL.test(level?.text.trim() ?? '') &&
          findDegree(level?.text ?? '') === null &&
          !isInstitution(part.text)
        ) {
          studyType = locate(info.line, part.start, part.end, part.text, 0.7);
          continue;
        }
        if (degree && !studyType) {
          wantsArea = true;
          studyType = locate(info.line, part.start + degree.start, part.start + degree.end, degree.text, 0.8);
          // "Software Engineering and Management, MSc": a degree closing its line after a field's words (XING's way)
          // is that field's degree.
          const lead = info.line.text.slice(0, part.start + degree.start);
          if (
            !area &&
            info.line.text.slice(part.start + degree.end).trim() === '' &&
            fieldBefore(lead, degree.text)
          ) {
            const field = lead.replace(/,\s*$/u, '');
            const from = Math.max(...[...',;|·•–—:'].map((mark) => field.lastIndexOf(mark))) + 1;
            const at = from + (field.length - from - field.slice(from).trimStart().length);
            area = locate(info.line, at, field.length, field.slice(at), 0.7);
            wantsArea = false;
          }
          // "Eastmark Polytechnic University Bachelor's in Physics": the school before the degree in one part,
          // where a reader closed the gap between two columns.
          const before = schoolIn(part.text.slice(0, degree.start));
          if (!institution && before) {
            const at = part.start + before.start;
            institution = locate(info.line, at, at + before.name.length, before.name, 0.7);
          }
          // "BSc in Physics University of Texas at Austin": degree, field and school in one part.
          const school = schoolIn(part.text.slice(degree.end));
          if (school && !institution) {
            const at = part.start + degree.end + school.start;
            institution = locate(info.line, at, at + school.name.length, school.name, 0.8);
          }
          const after = part.text.slice(degree.end, school ? degree.end + school.start : part.text.length);
          const field = FIELD_AFTER_DEGREE.exec(after);
          if (field && !isInstitution(field[1] as string)) {
            const at = part.start + degree.end + field[0].length - (field[1] as string).length;
            area = locate(info.line, at, at + (field[1] as string).length, field[1] as string, 0.7);
            wantsArea = false;
          }
          continue;
        }
        if (!institution && (isInstitution(part.text) || catalogue.companies.find(part.text))) {
          // A sentence ("I studied Physics at Peking University from 2013", "Studied at the University of
          // Eastmark"): the school it names, and the field it says was studied.
          const told = TOLD_STUDY.test(part.text);
          const school =
            told || (part.text.split(/\s+/u).length > 7 && !wholeName(part.text))
              ? schoolIn(part.text)
              : null;
          if (school) {
            const at = part.start + school.start;
            institution = locate(info.line, at, at + school.name.length, school.name, 0.7);
            if (told && !area) area = studiedField(info.line, part);
            continue;
          }
          // "Faculdade de Engenharia da Universidade do Porto (FEUP)": the university the unit's name ends with is
          // the school, the unit (and its acronym) no part of it.
          const within = isUnit(part.text) ? universityInUnit(part.text) : null;
          if (within) {
            const at = part.start + within.start;
            institution = locate(info.line, at, part.end, part.text.slice(within.start), 0.8);
            const unitText = part.text.slice(0, within.unitEnd);
            unit ??= locate(info.line, part.start, part.start + unitText.length, unitText, 0.6);
            covered = nameEnd(info.line.text, part, parts[index + 1]);
            continue;
          }
          // "Faculty of Technical Sciences, University of Novi Sad": the unit first, its university after it.
          const parent = isUnit(part.text)
            ? parts
                .slice(index + 1)
                .find((later) => isInstitution(later.text) && !isUnit(later.text) && !findDegree(later.text))
            : collegeOf(info.line.text, part, parts[index + 1], parts[index + 2]);
          if (parent) {
            unit ??= locate(info.line, part.start, part.end, part.text, 0.6);
            continue;
          }
          const short = shortNameBefore(info.line.text, part, parts[index - 1]);
          if (short) {
            institution = locate(info.line, short.start, short.end, short.text, 0.8);
            continue;
          }
          const spelled = spelledOutAfterDash(info.line.text, part, parts[index + 1]);
          const end = spelled
            ? nameEnd(info.line.text, spelled, parts[index + 2])
            : (schoolEndBeforeCity(info.line.text, part, parts[index + 1]) ??
              schoolEnd(info.line.text, part, parts[index + 1]));
          // "ITESO, Universidad Jesuita de Eastmark": the short name written before the school's name, as the
          // school calls itself, is part of it; so is "BIT – " before it (see `spelledOutAfterDash`).
          const previous = parts[index - 1];
          const from =
            previous &&
            previous.line === part.line &&
            ((/^\p{Lu}{4,}$/u.test(previous.text) &&
              /^,\s*$/u.test(info.line.text.slice(previous.end, part.start)) &&
              schoolAcronym(info.line.text, previous)) ||
              spelledOutAfterDash(info.line.text, previous, part))
              ? previous.start
              : part.start;
          institution = locate(info.line, from, end, info.line.text.slice(from, end), 0.9);
          const after = unitAfter(info.line.text, end, parts.slice(index + 1), info.line);
          if (after) {
            unit ??= locate(info.line, after.start, after.end, after.text, 0.6);
            covered = after.end;
          }
        } else if (institution && isUnit(part.text) && !unit) {
          // "University of Belgrade" over "Faculty of Electrical Engineering": the unit on a line of its own.
          unit = locate(info.line, part.start, part.end, part.text, 0.6);
        }
      }
    }
    if (
      !institution &&
      areaPart &&
      studyType &&
      (/ of /u.test(studyType.value) || ACRONYM.test(areaPart.text)) &&
      !areaPart.text.split(/\s+/u).every((word) => FIELD_WORDS.has(word.toLowerCase()))
    ) {
      // "Bachelor of Engineering (Honours), UNSW Sydney, 2014 – 2017": a degree that names its field
      // leaves the part after it to the school, named without a school word; so does a part with an acronym
      // ("B.Tech, NVU Eastpur, 2014"), a school's short name, never a field's.
      institution = area;
      area = null;
    }
    // "Microsoft Certified: Power BI Data Analyst Associate" over "Microsoft" (a Europass "Education and training"
    // row): a certification and its issuer, a company, not a school, whichever entry the certificate's line fell in.
    if (
      !studyType &&
      !(institution && isInstitution(institution.value)) &&
      [above, ...entry.header].some((info) => info && CERTIFICATION.test(info.line.text))
    )
      continue;
    // "Georgia Tech Professional Education    Atlanta, GA" under its programme's line: the name beside the place.
    // The programme's name, where it names no degree, is what was studied there ("Coding Boot Camp, Full Stack Flex").
    const named = entry.header.find((info) => under.has(info));
    if (!institution && named) {
      const [cell] = gappedCells(named.line);
      const head = under.get(named) as LineInfo;
      const [programme] = gappedCells(head.line);
      if (cell) {
        const name = named.line.text.slice(cell.start, cell.end);
        institution = locate(named.line, cell.start, cell.end, name, 0.7);
      }
      if (programme && !studyType && !area) {
        const text = head.line.text.slice(programme.start, programme.end);
        area = locate(head.line, programme.start, programme.end, text, 0.6);
      }
    }
    if (!institution) {
      // A school named without a school word: the first part that is not the degree, the course
      // ("Web Development Bootcamp") or a place.
      const parts = entry.header.flatMap(educationParts);
      const index = parts.findIndex(
        (part) =>
          !findDegree(part.text) &&
          part.text !== studyType?.value &&
          part.text !== area?.value &&
          !PROGRAMME.test(part.text) &&
          !isLocation(part.text) &&
          // "CGPA 3.21/4.00", "par apprentissage", "part-time": a grade or how the studies were followed, no name.
          !GRADE_LABEL.test(part.text) &&
          !STUDY_MODE.test(part.text.trim()) &&
          /\p{Lu}/u.test(part.text),
      );
      const first = parts[index];
      const previous = drafts[drafts.length - 1];
      const provided = first || studyType ? null : providerOfProgramme(parts, catalogue);
      if (first) {
        const end = schoolEnd(first.line.text, first, parts[index + 1]);
        institution = locate(first.line, first.start, end, first.line.text.slice(first.start, end), 0.5);
      } else if (provided) {
        ({ institution } = provided);
        area ??= provided.area;
      } else if (studyType && previous) {
        // "Chalmers University of Technology" over "MSc, …, 2012 - 2014" and "BSc, …, 2009 - 2012":
        // a school named once over the degrees taken there.
        institution = previous.institution;
      } else continue;
    }
    if (
      isSchoolLeaving(
        entry.header.map((info) => info.line.text),
        studyType?.value,
      )
    ) {
      // "Kings College, Lagos" over "West African Senior School Certificate (WAEC), 2010": a school named on the
      // line right above the certificate, with no degree or dates of its own, is the secondary school that gave it.
      const previous = drafts[drafts.length - 1];
      const top = entry.header[0]?.line.n ?? 0;
      if (
        previous &&
        previous.last === top - 1 &&
        !previous.studyType &&
        !previous.area &&
        !previous.start &&
        !previous.end &&
        !UNIVERSITY.test(previous.institution.value)
      )
        drafts.pop();
      continue;
    }
    if (!studyType && UNIVERSITY.test(institution.value)) {
      const certificate = universityCertificate(entry.header);
      if (certificate)
        ({ studyType, area } = { studyType: certificate.studyType, area: area ?? certificate.area });
    }
    if (!area && unit) area = unit;
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
    // "Entered Hokuto University (April 2010)": the one date of an entry told as its start is its start.
    if (event === 'start' && !start && end) [start, end] = [end, null];
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
    events.push(event);
  }
  return joinStudyEvents(drafts, events);
}

/** "ALX Software Engineering programme": a provider's short name in capitals, then its programme's name. */
const PROVIDER_PROGRAMME = /^(\s*)(\p{Lu}[\p{Lu}\p{N}]{1,7})\s+(\p{Lu}\p{Ll}.*)$/u;

/**
 * The words a provider names its own programme by. A certificate, a course or a training named after a short name
 * ("ITIL Foundation certificate", "SAP Basis training") is the exam's or the vendor's, given by no school.
 */
const PROVIDED_PROGRAMME = /(?<![\p{L}])(?:programme|program|bootcamp)(?![\p{L}])/iu;

/** Certifications and language tests known by their acronyms: what an exam is called, never who teaches for it. */
const EXAM_ACRONYM = new RegExp(
  `^(?:${LANGUAGE_TESTS}|HSK|CET|TEM|CCNA|CCNP|CCIE|CISSP|CISA|CISM|CEH|OSCP|PMP|CAPM|ITIL|PRINCE2|TOGAF|CSM|PSM|CKA|CKAD|CKS|RHCSA|RHCE|MCSA|MCSE|OCP|CFA|CPA|ACCA|CIMA)$`,
  'u',
);

/**
 * "ALX Software Engineering programme — 2022": a line opening with a provider's short name over the name of its
 * programme (see `PROVIDED_PROGRAMME`), the short name no exam's (see `EXAM_ACRONYM`) and none the catalogue knows as
 * a technology's or a company's ("AWS", "SAP", "IBM": a vendor's programme is no school's). Group 1 the indent, 2 the
 * short name, 3 the rest.
 */
function programmeProvider(text: string, catalogue: Catalogue): RegExpExecArray | null {
  const found = PROVIDER_PROGRAMME.exec(text);
  if (!found || !PROVIDED_PROGRAMME.test(found[3] as string)) return null;
  const name = found[2] as string;
  const known =
    EXAM_ACRONYM.test(name) ||
    catalogue.technologies.find(name) !== undefined ||
    catalogue.companies.find(name) !== undefined;
  return known ? null : found;
}

/**
 * "**ALX Software Engineering programme** — 2022": an entry whose only name is a programme's (see `programmeProvider`)
 * has the provider's short name as its school (a bootcamp's or academy's) and the rest as its area.
 */
function providerOfProgramme(
  parts: readonly Part[],
  catalogue: Catalogue,
): { institution: Located; area: Located } | null {
  for (const part of parts) {
    if (!PROVIDED_PROGRAMME.test(part.text)) continue;
    const found = programmeProvider(part.text, catalogue);
    if (!found || findDegree(part.text)) return null;
    const at = part.start + (found[1] as string).length;
    const name = found[2] as string;
    const rest = (found[3] as string).trimEnd();
    const from = part.start + found[0].length - (found[3] as string).length;
    return {
      institution: locate(part.line, at, at + name.length, name, 0.5),
      area: locate(part.line, from, from + rest.length, rest, 0.5),
    };
  }
  return null;
}

/**
 * "Certificate in Full Stack Web Development", LinkedIn's "Certificate, Project Management · (2017 - 2017)": a
 * certificate named before its field's "in" or comma, the field captured.
 */
const CERTIFICATE_IN = /^(\s*)Certificate(?:\s+in\s+|,\s*)(\p{Lu}[^,;|\t(·•]*)/u;

/**
 * "Certificate in Full Stack Web Development" over "Arizona State University - Tempe, AZ": a university's certificate
 * programme, the line opening with it, is the entry's degree ("Certificate") and its field; at a school of another
 * kind ("Professional Certificate in …, Northgate Extension School") it is a course, and no degree.
 */
function universityCertificate(header: readonly LineInfo[]): { studyType: Located; area: Located } | null {
  for (const info of header) {
    const found = CERTIFICATE_IN.exec(info.line.text);
    if (!found) continue;
    const at = (found[1] as string).length;
    const field = (found[2] as string).trimEnd();
    const from = found[0].length - (found[2] as string).length;
    return {
      studyType: locate(info.line, at, at + 'Certificate'.length, 'Certificate', 0.7),
      area: locate(info.line, from, from + field.length, field, 0.6),
    };
  }
  return null;
}

/**
 * A short line naming a course or programme ("Frontend Developer course", "Data Science Bootcamp"), no school, degree,
 * sentence or label, under an entry that has named its degree and its school already.
 */
function courseAfterDegree(
  info: LineInfo,
  current: { header: readonly LineInfo[] } | null,
  catalogue: Catalogue,
): boolean {
  // "Job Related Training:": a label over what follows, no course. "Diseño de Producto Digital (bootcamp), Provider,
  // 2020": a bracket saying bootcamp says what the line names, however long the programme's name; any other programme
  // word in brackets closes a note ("Studied one term abroad in Lyon (exchange program)").
  const limit = bracketSays(info.line.text, BOOTCAMP) ? 12 : 6;
  if (!current || info.words > limit || !PROGRAMME.test(info.line.text) || /[:：]\s*$/u.test(info.line.text))
    return false;
  const header = current.header.map((line) => names(line, catalogue));
  return header.some((named) => named.degree) && header.some((named) => named.school);
}

/**
 * "NUI Maynooth" over "BSc Computer Science | 2012 – 2016", "UCL" over "MSc Data Science, 2017": a short name, no
 * degree, date or sentence, standing right over a line that opens with a degree and names no school (no blank line
 * between), is that degree's school, named without a school word (an acronym, a short form): the layout shows it as
 * the words cannot.
 */
function schoolsOverDegrees(infos: readonly LineInfo[], catalogue: Catalogue): Set<LineInfo> {
  const found = new Set<LineInfo>();
  const known = new Map<LineInfo, boolean>();
  const schoolless = (info: LineInfo | undefined): boolean => {
    if (info === undefined) return false;
    let value = known.get(info);
    if (value === undefined) {
      value =
        !info.line.blank &&
        !info.line.bullet &&
        (opensWithDegree(info.line.text) || bootcampLine(info) !== null) &&
        !names(info, catalogue).school;
      known.set(info, value);
    }
    return value;
  };
  // "Web application course" under "Byte42": a line that is a programme by its last word only, no degree or bootcamp.
  const namedProgrammeOnly = (info: LineInfo): boolean =>
    bootcampLine(info) === 'named' && !opensWithDegree(info.line.text);
  const textAbove = (index: number) => {
    let at = index - 1;
    while (at >= 0 && (infos[at] as LineInfo).line.blank) at--;
    return at;
  };
  infos.forEach((info, index) => {
    const text = info.line.text.trim();
    if (
      info.line.blank ||
      info.prose ||
      info.line.bullet ||
      info.dates.length > 0 ||
      info.words > 6 ||
      /[:：;.]$|[:：]\s/u.test(text) ||
      !text
        .split(/[\s,]+/u)
        .filter((word) => word !== '')
        .every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_JOINERS.has(word)) ||
      !schoolless(infos[index + 1]) ||
      (namedProgrammeOnly(infos[index + 1] as LineInfo) && !looksLikeBrand(text)) ||
      findDegree(text) !== null ||
      names(info, catalogue).school ||
      isLocation(text) ||
      ENTRY_NOTE.test(text) ||
      HONOURS_NOTE.test(text) ||
      GRADE_LABEL.test(text)
    )
      return;
    // Under a degree that names no school ("BSc Physics, 2016" over "NUI Maynooth"), the name is that degree's, unless
    // a school stands over that degree already ("Marlow University" over "BSc Physics, 2016").
    const above = textAbove(index);
    if (above >= 0 && schoolless(infos[above])) {
      const overAbove = infos[textAbove(above)];
      if (!(overAbove && (found.has(overAbove) || names(overAbove, catalogue).school))) return;
    }
    found.add(info);
  });
  return found;
}

/**
 * "Full Stack JavaScript Immersive", "Data Science Bootcamp", "Web application course": a short line naming a
 * programme by a bootcamp's words (see `BOOTCAMP`) or ending in "course" or "programme" (see `NAMED_PROGRAMME`), no
 * date, degree or sentence: under a short name it is that school's programme ('named', ending in "course" or
 * "programme" only, under a name that looks like a brand: see `looksLikeBrand`).
 */
function bootcampLine(info: LineInfo): 'bootcamp' | 'named' | null {
  if (info.words > 6 || info.dates.length > 0 || info.prose || findDegree(info.line.text) !== null)
    return null;
  if (BOOTCAMP.test(info.line.text)) return 'bootcamp';
  return NAMED_PROGRAMME.test(info.line.text) ? 'named' : null;
}

/**
 * "Byte42", "CODE::FORGE", "CodeHarbor", "ALX", "Trellon": a name with a digit, "::", a capital inside a word or a word
 * in capitals, or a single word that heads no section, as a school's brand is written; a sub-heading of common words
 * ("Online Learning", "Erasmus Exchange") is not.
 */
function looksLikeBrand(name: string): boolean {
  if (/\p{N}|::|\p{Ll}\p{Lu}|(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u.test(name)) return true;
  return /^\p{L}+$/u.test(name) && sectionKind(name) === null;
}

/**
 * "HBO Bachelor Informatica" over "Hogeschool Utrecht, Utrecht — diploma behaald. Afstudeeropdracht bij …": a line of
 * sentences that opens with a school's name, right under a degree whose lines name no school, is where that degree was
 * taken, however it goes on.
 */
function schoolUnderDegree(info: LineInfo, header: readonly LineInfo[], catalogue: Catalogue): boolean {
  const first = educationParts(info)[0];
  return (
    first !== undefined &&
    info.line.text.slice(0, first.start).trim() === '' &&
    isInstitution(firstSentence(first).text) &&
    header.some((line) => findDegree(line.line.text) !== null) &&
    !header.some((line) => names(line, catalogue).school)
  );
}

/**
 * The name of line `info` when it is a name with only a place flush right of it (two cells, no dates, no bullet), of at
 * most `maxWords` words, naming no degree and not refused by `refused`; else null.
 */
function nameBesidePlace(info: LineInfo, maxWords: number, refused: RegExp): string | null {
  const cells = gappedCells(info.line);
  const [name, place] = cells;
  if (cells.length !== 2 || !name || !place || info.dates.length > 0 || info.line.bullet) return null;
  const nameText = info.line.text.slice(name.start, name.end);
  if (
    !isLocation(info.line.text.slice(place.start, place.end)) ||
    isLocation(nameText) ||
    nameText.split(/\s+/u).length > maxWords ||
    findDegree(nameText) !== null ||
    refused.test(nameText)
  )
    return null;
  return nameText;
}

/**
 * "kood/Jõhvi    Jõhvi, Estonia" over "Software development programme    Sep 2019 – May 2021": a short name with
 * only a place flush right of it (no degree, date or school word), standing right over a line with its dates that
 * names no school, is the school of that line's programme or degree, named without a school word (a bootcamp, a
 * peer-to-peer school, an acronym): the layout shows it as the words cannot.
 */
function schoolsBesidePlaces(infos: readonly LineInfo[], catalogue: Catalogue): LineInfo[] {
  const found: LineInfo[] = [];
  infos.forEach((info, index) => {
    if (nameBesidePlace(info, 5, /[:：;.]$|[:：]\s/u) === null) return;
    let at = index + 1;
    while (at < infos.length && (infos[at] as LineInfo).line.blank) at++;
    const next = infos[at];
    if (
      next === undefined ||
      next.line.n !== info.line.n + 1 ||
      !next.dates.some((date) => date.kind === 'range') ||
      names(next, catalogue).school
    )
      return;
    found.push(info);
  });
  return found;
}

/**
 * "Coding Boot Camp, Full Stack Flex    April 2020" over "Georgia Tech Professional Education    Atlanta, GA" (Rezi's and
 * other US templates' education): where a section opens with a degree's or a programme's line whose dates stand flush
 * right, each line of a name with only a place flush right of it, right under such a line, is the school of that
 * degree or programme, whether its name has a school word or not. Per such name line, the line above it.
 */
function schoolsUnderProgrammes(infos: readonly LineInfo[], catalogue: Catalogue): Map<LineInfo, LineInfo> {
  const found = new Map<LineInfo, LineInfo>();
  const first = infos.find((info) => !info.line.blank);
  if (!first || !datedProgramme(first, catalogue)) return found;
  infos.forEach((info, index) => {
    const above = infos[index - 1];
    if (!above || above.line.n !== info.line.n - 1 || !datedProgramme(above, catalogue)) return;
    if (nameBesidePlace(info, 6, GRADE_LABEL) === null) return;
    found.set(info, above);
  });
  return found;
}

/** A line of a degree or a programme, naming no school, with its dates alone in the last cell flush right. */
function datedProgramme(info: LineInfo, catalogue: Catalogue): boolean {
  const cells = gappedCells(info.line);
  const head = cells[0];
  const last = cells[cells.length - 1];
  if (cells.length < 2 || !head || !last || info.line.bullet) return false;
  const lastText = info.line.text.slice(last.start, last.end);
  const dates = findDates(lastText);
  const headText = info.line.text.slice(head.start, head.end);
  return (
    dates.length > 0 &&
    withoutDates(lastText, dates).trim() === '' &&
    (opensWithDegree(headText) || PROGRAMME.test(headText)) &&
    !names(info, catalogue).school
  );
}

/** "Eastmark University. Thesis": a school named in a part whose sentence ends after it, the part cut there. */
function firstSentence(part: Part): Part {
  // "Politechnika Eastmarska im. Jana Quilla. Thesis": a period after a short word closes an abbreviation of the name.
  const cut = sentences(part.text)
    .slice(0, -1)
    .find((sentence) => /\p{L}{4}\.\s*$/u.test(part.text.slice(0, sentence.end)));
  if (!cut) return part;
  const text = part.text.slice(0, cut.end).replace(/[.\s]+$/u, '');
  return isInstitution(text) ? { ...part, end: part.start + text.length, text } : part;
}

/**
 * "Bachelor of Computer Science" over "(B.C.Sc.)": the degree's own abbreviation in brackets on the line under it,
 * where a narrow column wrapped it, belongs to the degree as it does on one line (see `findDegree`).
 */
function degreeGloss(studyType: Located, line: DocLine): Located | null {
  const gloss = /^\s*\(([^()]{2,12})\)\s*$/u.exec(line.text);
  if (!gloss || studyType.endLine !== line.n - 1) return null;
  const inner = gloss[1] as string;
  const degree = findDegree(inner);
  if (degree?.start !== 0 || degree.end !== inner.length || !/\p{Ll}{4}/u.test(studyType.value)) return null;
  const start = line.text.indexOf('(');
  const end = line.text.lastIndexOf(')') + 1;
  const tail = locate(line, start, end, line.text.slice(start, end), studyType.confidence);
  return {
    ...studyType,
    value: `${studyType.value} ${tail.value}`,
    endLine: tail.endLine,
    endColumn: tail.endColumn,
  };
}

type StudyEvent = 'start' | 'end';

/** What may stand before the degree an event of studies names: nothing, or its date and "with a". */
const DEGREE_LEAD = /^\s*(?:(?:in|on)\s+)?(?:with(?:\s+an?)?\s*)?$/iu;

/** A piece of a text, by its offsets in it. */
interface Span {
  start: number;
  end: number;
  text: string;
}

/** What a text telling an event of studies names (see `readStudyEvent`). */
export interface StudyEventText {
  event: StudyEvent;
  school: Span;
  degree: Span | null;
  /** The field of study written after the degree ("B.Eng. Mechanical Engineering"). */
  area: Span | null;
}

/**
 * A text telling an event of studies ("Entered Hollin Institute of Technology, April 2010", "Graduated from Hollin
 * Institute of Technology, March 2014 (B.Eng. Mechanical Engineering)", see `STUDY_STARTED`): the event, the school
 * after the verb (its name runs to the first comma or bracket, a university system's campus kept, see
 * `campusLength`), and the degree with its field where a bracket or a comma's part after the school opens with a
 * degree. Offsets are into `text`; null when the text tells no event or names no school after its verb.
 */
export function readStudyEvent(text: string): StudyEventText | null {
  const started = STUDY_STARTED.exec(text);
  const told = started ?? STUDY_ENDED.exec(text);
  if (!told) return null;
  const from = told[0].length;
  // "Graduated from Quarry University in 2012 with a BSc": the name stops at a comma, a bracket, a date or "with",
  // without the word that led to the date.
  const after = text.slice(from);
  const stops = [after.search(/[,(]|\s+with\s/u), findDates(after)[0]?.start ?? -1].filter((at) => at >= 0);
  const named = after
    .slice(0, stops.length > 0 ? Math.min(...stops) : after.length)
    .replace(/\s+(?:in|on|at|from|since|during)\s*$/u, '')
    .trimEnd();
  if (!/^\p{Lu}/u.test(named) || !isInstitution(named)) return null;
  const end = from + named.length + campusLength(named, text.slice(from + named.length));
  const school = { start: from, end, text: text.slice(from, end) };
  let degree: Span | null = null;
  let area: Span | null = null;
  for (const piece of text.slice(end).matchAll(/[^,()]+/gu)) {
    const lead = piece[0].length - piece[0].trimStart().length;
    const at = end + (piece.index ?? 0) + lead;
    const body = piece[0].trim();
    const found = findDegree(body);
    // "… in 2012 with a BSc in Physics": what stands before the degree is its date and "with a".
    const before = found && withoutDates(body.slice(0, found.start), findDates(body.slice(0, found.start)));
    if (!found || !DEGREE_LEAD.test(before ?? '')) continue;
    degree = { start: at, end: at + found.end, text: found.text };
    const after = body.slice(found.end);
    const rest = withoutDates(after, findDates(after));
    const field = FIELD_AFTER_DEGREE.exec(rest);
    const value = field?.[1]?.trim();
    if (field && value && !isInstitution(value) && findDegree(value) === null) {
      const fieldAt = at + found.end + field[0].length - (field[1] as string).length;
      area = { start: fieldAt, end: fieldAt + value.length, text: value };
    }
    break;
  }
  return { event: started ? 'start' : 'end', school, degree, area };
}

/**
 * The part's school without the verb of an event of studies before it ("Entered Hokuto University, School of
 * Engineering", "Graduated from Hokuto University"), and the event; null when the part tells none.
 */
function studyEvent(part: Part): { parts: Part[]; event: StudyEvent } | null {
  const told = readStudyEvent(part.text);
  if (!told) return null;
  const { start, end } = told.school;
  const school = {
    ...part,
    start: part.start + start,
    end: part.start + end,
    text: part.text.slice(start, end),
  };
  // A degree after the school in the same part ("with a BSc in Physics") is a part of its own.
  const lead = part.text.slice(end).search(/\p{L}/u);
  if (lead === -1 || findDegree(part.text.slice(end + lead)) === null)
    return { parts: [school], event: told.event };
  const rest = { ...part, start: part.start + end + lead, text: part.text.slice(end + lead) };
  return { parts: [school, rest], event: told.event };
}

/**
 * "Entered Hokuto University" then "Graduated from Hokuto University", in either order (oldest or newest first):
 * the two events of one school's studies make one entry, from the start event's date to the end event's.
 */
function joinStudyEvents(drafts: EducationDraft[], events: readonly (StudyEvent | null)[]): EducationDraft[] {
  const joined: EducationDraft[] = [];
  let opened: { draft: EducationDraft; event: StudyEvent } | null = null;
  for (const [index, draft] of drafts.entries()) {
    const event = events[index] ?? null;
    if (
      opened &&
      event &&
      event !== opened.event &&
      opened.draft === joined[joined.length - 1] &&
      lookupKey(opened.draft.institution.value) === lookupKey(draft.institution.value)
    ) {
      const [started, ended] = event === 'end' ? [opened.draft, draft] : [draft, opened.draft];
      joined[joined.length - 1] = {
        ...opened.draft,
        studyType: opened.draft.studyType ?? draft.studyType,
        area: opened.draft.area ?? draft.area,
        start: started.start,
        end: ended.end ?? started.end,
        first: Math.min(opened.draft.first, draft.first),
        last: Math.max(opened.draft.last, draft.last),
      };
      opened = null;
      continue;
    }
    joined.push(draft);
    opened = event ? { draft, event } : null;
  }
  return joined;
}

/**
 * The field of study after a degree's name ("in Physics", ", Computer Science", "en Informatique", "în Informatică",
 * "de Sistemas", " (Physics)").
 */
const FIELD_AFTER_DEGREE =
  /^[\s,:–—-]*(?:\((?=[^()]*\)))?(?:(?:in|of|en|em|ès|i|în|de)\s+)?(\p{L}[\p{L}\s&/'-]*\p{L})/iu;

/**
 * "Ing., odbor Informatika": the word a Slovak, Czech or Polish CV writes before the field of study, no part of it
 * (Slovak "odbor", "špecializácia"; Czech "obor", "specializace"; Polish "kierunek", "specjalizacja").
 */
const FIELD_LABEL = /^(?:odbor|obor|kierunek|[sš]pecializ[áa]cia|specializace|specjalizacja)\s+(?=\p{L})/iu;

/** The label of an education form's field ("School: …", "Major: …", "Graduation Date: …"), by what it holds. */
const RECORD_FIELDS: [keyof typeof RECORD_SLOTS, RegExp][] = [
  ['school', /^(?:school|institution|institute|university|college|school\s+name|university\s+name)$/iu],
  [
    'degree',
    /^(?:degree|degree\s+type|qualification|diploma|highest\s+(?:grade|qualification)(?:\s+passed)?)$/iu,
  ],
  [
    'area',
    /^(?:major|field(?:\s+of\s+study)?|speciali[sz]ation|subject|course|programme|program|discipline)$/iu,
  ],
  [
    'dates',
    /^(?:dates?|period|years?|duration|from|to|start(?:\s+date)?|end(?:\s+date)?|graduat(?:ed|ion)(?:\s+date)?|completed|completion(?:\s+date)?|year\s+of\s+passing|passing\s+year)$/iu,
  ],
  ['other', /^(?:location|city|gpa|cgpa|grade|grades|score|honou?rs|thesis|minor|percentage)$/iu],
];
const RECORD_SLOTS = { school: 0, degree: 0, area: 0, dates: 0, other: 0 };
const RECORD_LINE = /^\s*(?:-\s+)?(\p{L}[\p{L}\s]{0,24}?)\s*[:：]\s*(\S(?:.*\S)?)\s*$/u;
/** A key with no value that groups the records under it (YAML's "courses:" in a site generator's profile). */
const RECORD_GROUP = /^\s*\p{L}[\p{L}\s_]{0,24}[:：]\s*$/u;
/** "  - course: PhD in …": a YAML list item, which opens a record. */
const RECORD_ITEM = /^\s*-\s+\p{L}/u;
/** "icon_pack: fas": a key of one word that names no field of a school, among records: passed over. */
const OTHER_KEY = /^\s*(?:-\s+)?\p{L}[\p{L}\p{N}_-]{0,24}\s*[:：]\s*\S/u;

/** The slot of a Europass form row ("Title of qualification awarded    MSc Statistics"). */
const FORM_ROW_SLOTS: Record<FormRowField, keyof typeof RECORD_SLOTS> = {
  dates: 'dates',
  degree: 'degree',
  school: 'school',
  subjects: 'other',
  level: 'other',
  title: 'other',
  employer: 'other',
  describing: 'other',
  sector: 'other',
};

function recordField(
  line: DocLine,
): { slot: keyof typeof RECORD_SLOTS; value: string; at: number; form?: true } | null {
  const row = formRow(line.text);
  if (row) return { slot: FORM_ROW_SLOTS[row.field], value: row.value, at: row.at, form: true };
  const found = RECORD_LINE.exec(line.text);
  if (!found) return null;
  const slot = RECORD_FIELDS.find(([, label]) => label.test(found[1] as string))?.[0];
  if (!slot) return null;
  const value = found[2] as string;
  // The value closes the line, so its last occurrence is where it stands.
  return { slot, value, at: line.text.lastIndexOf(value) };
}

/**
 * "Degree: Master of Science" / "Major: Computer Science" / "School: Stevens Institute of Technology" /
 * "Graduation Date: 05/2018" (an applicant-tracking system's export): records of labelled fields, one per
 * school, split at blank lines or where a field repeats. Empty when the section holds no such record
 * with a school field.
 */
function readEducationRecords(lines: readonly DocLine[]): EducationDraft[] {
  const records: { line: DocLine; field: NonNullable<ReturnType<typeof recordField>> }[][] = [];
  let current: (typeof records)[number] | null = null;
  for (const line of lines) {
    const field = line.blank ? null : recordField(line);
    if (!field) {
      current = null;
      if (!line.blank && !RECORD_GROUP.test(line.text) && !(records.length > 0 && OTHER_KEY.test(line.text)))
        return [];
      continue;
    }
    if (
      !current ||
      // The Europass Word template sets a bullet before each of its labels: a field of the record, not a new one.
      (line.bullet && !field.form) ||
      RECORD_ITEM.test(line.text) ||
      (field.slot !== 'other' && current.some((item) => item.field.slot === field.slot))
    ) {
      current = [];
      records.push(current);
    }
    current.push({ line, field });
  }
  if (records.length === 0 || !records.every((record) => record.some((item) => item.field.slot === 'school')))
    return [];
  return records.flatMap((record) => {
    const get = (slot: keyof typeof RECORD_SLOTS) => record.find((item) => item.field.slot === slot);
    // "School: Ananda College" over "Qualification: G.C.E. (A/L)": a school-leaving certificate, no entry.
    const degreeValue = get('degree')?.field.value ?? null;
    if (
      isSchoolLeaving(
        record.map((item) => item.line.text),
        degreeValue && findDegree(degreeValue)?.text,
      )
    )
      return [];
    const at = (item: (typeof record)[number], confidence: number) =>
      locate(item.line, item.field.at, item.field.at + item.field.value.length, item.field.value, confidence);
    const school = get('school') as (typeof record)[number];
    // "course: PhD in Computer Engineering": a course field that opens with a degree names the degree.
    const course = get('area');
    const courseIsDegree = !get('degree') && course !== undefined && opensWithDegree(course.field.value);
    const degree = courseIsDegree ? course : get('degree');
    const area = courseIsDegree ? undefined : course;
    const dates = record
      .filter((item) => item.field.slot === 'dates')
      .flatMap((item) =>
        findDates(item.field.value).map((date) => ({
          item,
          date,
          graduation: /^(?:graduat|complet|to|end|year\s+of|passing)/iu.test(
            RECORD_LINE.exec(item.line.text)?.[1] ?? '',
          ),
        })),
      );
    let start: LocatedDate | null = null;
    let end: LocatedDate | null = null;
    const range = dates.find(({ date }) => date.kind === 'range');
    const singles = dates.filter(({ date }) => date.kind === 'single' && date.from);
    const located = (item: (typeof record)[number], date: DateMention) => {
      const offset = item.field.at;
      return locate(item.line, offset + date.start, offset + date.end, date.text, 0.8);
    };
    if (range) {
      if (range.date.from) start = { ...located(range.item, range.date), date: range.date.from };
      if (range.date.to) end = { ...located(range.item, range.date), date: range.date.to };
    } else {
      for (const { item, date, graduation } of singles) {
        const value = { ...located(item, date), date: date.from as NonNullable<DateMention['from']> };
        if (graduation || singles.length === 1) end ??= value;
        else start ??= value;
      }
    }
    const lineNumbers = record.map((item) => item.line.n);
    // "Title of qualification awarded: Master of Science in Statistics": the degree, then its field.
    let studyType = degree ? at(degree, 0.9) : null;
    let field = area ? at(area, 0.8) : null;
    const spelled = degree && findDegree(degree.field.value);
    const rest =
      spelled && spelled.start === 0 ? FIELD_AFTER_DEGREE.exec(degree.field.value.slice(spelled.end)) : null;
    if (degree && spelled && rest && !field && !isInstitution(rest[1] as string)) {
      const from = degree.field.at;
      studyType = locate(degree.line, from, from + spelled.end, spelled.text, 0.9);
      const areaAt = from + spelled.end + rest[0].length - (rest[1] as string).length;
      field = locate(degree.line, areaAt, areaAt + (rest[1] as string).length, rest[1] as string, 0.8);
    }
    const named = schoolOfValue(school.field.value);
    const from = school.field.at + named.start;
    const unit = named.unit ? school.field.at + named.unit.start : -1;
    if (named.unit && !field)
      field = locate(school.line, unit, unit + named.unit.text.length, named.unit.text, 0.6);
    return [
      {
        institution: locate(school.line, from, from + named.text.length, named.text, 0.9),
        studyType,
        area: field,
        start,
        end,
        first: Math.min(...lineNumbers),
        last: Math.max(...lineNumbers),
        confidence: degree ? 0.9 : 0.7,
      },
    ];
  });
}

/**
 * School-leaving certificates of more countries: East and West Africa's (KCSE, KCPE, WASSCE, SSCE), the GCE O levels
 * and the matric, Italy's maturità, Romania's bacalaureat, Brazil's ensino médio, the Netherlands' VWO and HAVO,
 * Turkey's lise, Indonesia's SMA/SMK and Vietnam's THPT; South Africa's "Grade 12", "National Senior Certificate" and
 * "Highest Grade Passed", Sri Lanka's G.C.E. Advanced and Ordinary Levels ("A/L") and Singapore's "GCE 'A' Levels",
 * Chile's "Enseñanza Media" ("Educación Media"), Nepal's SLC and "+2" (India's "10+2"; France's "Bac+2" counts years of higher studies), Hungary's érettségi, the
 * Spanish-speaking bachiller, the Nordic studentereksamen, studentexamen, gymnasieexamen and ylioppilastutkinto,
 * Germany's Hochschulreife and Fachabitur, Malaysia's SPM and STPM; the International Baccalaureate's diploma, the
 * IGCSE, Hong Kong's HKDSE, Israel's bagrut, Ireland's "Leaving Cert", Tanzania's CSEE and ACSEE, Uganda's UCE and UACE;
 * the vocational baccalaureate (Switzerland's Berufsmaturität, "maturité professionnelle", France's "bac pro").
 */
const MORE_SCHOOL_LEAVING = String.raw`KCSE|KCPE|WASSCE|SSCE|WAEC|NECO|(?:West\s+African\s+)?Senior\s+School\s+Certificate|O[- ]?Levels?|Matric|Maturit[àa]|Bacalaureat|Ensino\s+M[ée]dio|VWO|HAVO|Lise|SMA|SMK|THPT|F\.?\s?Sc\.?|HSSC|Grade\s+12|National\s+Senior\s+Certificate|Highest\s+Grade\s+Passed|G\.?\s?C\.?\s?E\.?\s+(?:Advanced|Ordinary)\s+Levels?|[AO]/L|SLC|School\s+Leaving\s+Certificate|(?<!Bac\s?)(?:10\s?)?\+\s?2(?!\d)|[ÉE]retts[ée]gi|Bachiller(?!ato)|(?:Ense[ñn]anza|Educaci[óo]n)\s+Media|Studentereksamen|Studentexamen|Gymnasieexamen|Ylioppilastutkinto|(?:Allgemeine\s+|Fach)?Hochschulreife|Fachabitur|SPM|STPM|G\.?\s?C\.?\s?E\.?\s+['‘’][AO]['‘’]\s*Levels?|International\s+Baccalaureate|IB\s+Diploma(?:\s+Programme)?|IGCSEs?|HKDSE|Bagrut|Leaving\s+Cert|ACSEE|UACE|(?:Federal\s+)?Vocational\s+Baccalaureate|(?:Eidgen[öo]ssische\s+)?Berufsmaturit[äa]t|Maturit[ée]\s+professionnelle|Baccalaur[ée]at\s+professionnel|Bac\s+[Pp]ro`;

/**
 * School-leaving certificates and the schools that give them (Abitur, Class XII, a high school
 * diploma, A-levels; India's SSC, SSLC, 10th and its two pre-university years, "Intermediate (MPC)", HSC, PUC, 12th):
 * no entry of higher education.
 */
const SCHOOL_LEAVING = new RegExp(
  String.raw`(?<![\p{L}])(?:Abitur|Baccalaur[ée]at(?!\s+(?:en|ès|in)\s)|Bachillerato|Leaving\s+Certificate|Matura|Maturität|Maturita|A[- ]?Levels?|GCSEs?|High School Diploma|GED|Class\s+(?:X|XII|10|12)(?:th)?|Intermediate(?=\s*(?:\(|$|\||\t|\s{2,}|,))|Pre[- ]?University(?:\s+(?:Course|Certificate|Education))?|PUC|SSLC|HSLC|ICSE|ISC|(?:10|12)th(?:\s+(?:Standard|Grade|Class|Board))?|(?:Higher\s+|Senior\s+)?Secondary\s+(?:School|Certificate|Education)|(?:Higher|Senior)\s+Secondary|HSC|SSC|Matriculation|High\s+School|${MORE_SCHOOL_LEAVING})(?![\p{L}])`,
  'iu',
);

/**
 * A school of higher education, by its name ("Université Laval", "Technische Hochschule", "Polytechnic", "Universidad").
 * "Pre-University" names the years before it.
 */
const UNIVERSITY =
  /(?<![\p{L}])(?<!pre[- ])(?:universit|universidad|[üu]niversitesi|uniwersytet|univerzit|hochschule|polytechni|politecn|polit[eé]cnica|institute\s+of\s+technology)/iu;

/**
 * A school that teaches no higher studies, by the word its name is built on ("Szent István Gimnázium", "Colegio
 * Nacional de Monserrat", Swedish "… gymnasiet" (the definite form), "Pretoria Boys High School", "Liceo Scientifico",
 * "Kantonsschule", "Escola Secundária", Mexico's "Preparatoria", Indonesia's and Malaysia's "Sekolah Menengah", Poland's
 * "Technikum" and "Zespół Szkół …"), or a job portal's level of it ("Secundario · Graduado" under the school, Bumeran's
 * and Laborum's way). A "Colegio Mayor" is a university; a French lycée also teaches the preparatory classes, an entry
 * of their own. Austria's "FH Technikum" is a university of applied sciences, and a "Profesorado (Licenciatura, Máster)
 * de Educación Secundaria" a teaching degree for secondary schools.
 */
const SECONDARY_ONLY =
  /(?<![\p{L}])(?:gymnasium|gymn[aá]zium|gimn[aá]zium|gimnazjum|gimnazija|gimnasio|gymnasieskolan?|gymnasiet|col[eé]gio(?!\s+mayor)|high\s+school|liceo|liceum|lyceum|lisesi|lukio|atheneum|kantonsschule|realschule|gesamtschule|preparatoria|(?<!(?:Profesorado|Licenciatura|Pedagog[íi]a|M[áa]ster)\s{1,3}(?:de|en)\s{1,3}Educaci[óo]n\s{1,3})secundari[oa]|(?<!(?:FH|Fachhochschule)\s{1,3})technikum|zesp[óo][łl]\s+szk[óo][łl]|sekolah\s+menengah|escola\s+secund[áa]ria|videreg[åa]ende\s+skole)(?![\p{L}])/iu;

/** A secondary school or its track, named beside a school-leaving diploma ("Lycée Pilote", "série S", "profiel N&T"). */
const SECONDARY = new RegExp(
  String.raw`${SECONDARY_ONLY.source}|(?<![\p{L}])(?:lyc[eé]e|s[ée]rie|profiel)(?![\p{L}])`,
  'iu',
);

/**
 * An entry of a school-leaving diploma only: one that names it ("Baccalauréat", "A-Levels") beside a secondary school,
 * or names it or a school of no higher studies ("Szent István Gimnázium, 2005–2009") with no university and no other
 * degree.
 * Québec's "Baccalauréat spécialisé en informatique" at "Université de Montréal" is a university's degree, and so is
 * Peru's "Bachiller en Ingeniería" at a Universidad.
 */
function isSchoolLeaving(texts: readonly string[], studyType: string | null | undefined): boolean {
  const certificate = texts.some((text) => SCHOOL_LEAVING.test(text));
  if (certificate && texts.some((text) => SECONDARY.test(text))) return true;
  if (!certificate && !texts.some((text) => SECONDARY_ONLY.test(text))) return false;
  const otherDegree = typeof studyType === 'string' && !SCHOOL_LEAVING.test(studyType);
  return !otherDegree && !texts.some((text) => UNIVERSITY.test(text));
}

/** A college or school of a university by its name ("Kessler College of Business", "School of Computing"). */
const COLLEGE_OF = /(?<![\p{L}])(?:College|School|Faculty)\s+of\s+\p{Lu}/u;
/** A college, school or faculty with a name of its own before it ("Kessler College of Business"). */
const NAMED_COLLEGE_OF =
  /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:College|School|Faculty)\s+of\s+\p{Lu}/u;

/** "…; minor in Statistics", ", concentration in …": a note on a college's line about the studies taken there. */
const COLLEGE_NOTE =
  /[;,]\s*(?:minor|major|double\s+major|concentration|speciali[sz]ation|emphasis|track)(?![\p{L}])/iu;

/**
 * A college, school or faculty (not itself a university) named on the line right under a university's line is the
 * unit of that university the degree was taken in, no school of its own, while the entry has no dates yet
 * ("Northbrook University" / "School of Engineering" / "BS, 2010 – 2014"). Under an entry with its dates it opens the
 * next entry ("Westmarch University, B.A., 2010 – 2014" over "School of Visual Arts"), unless it is named before its
 * "of" ("Kessler College of Business") and either carries a note on the studies ("…; minor in Statistics") or stands
 * over no degree and no dates of its own (`ownEntryBelow` false): a graduate school over "MD, 2012 – 2016" is the next
 * entry's.
 */
function collegeUnderUniversity(
  info: LineInfo,
  header: readonly LineInfo[],
  ownEntryBelow: boolean,
): boolean {
  const last = header[header.length - 1];
  // Under a university's line that already names its degree, a bare "School of …" is a school of its own
  // ("Westmarch University - BA Economics" over "School of Visual Arts - Certificate …"); a college named before its
  // "of" may still be the university's (below).
  if (header.some((line) => findDegree(line.line.text)) && !NAMED_COLLEGE_OF.test(info.line.text))
    return false;
  const namedUnit =
    NAMED_COLLEGE_OF.test(info.line.text) &&
    info.dates.length === 0 &&
    !findDegree(info.line.text) &&
    (COLLEGE_NOTE.test(info.line.text) || !ownEntryBelow);
  return (
    last !== undefined &&
    COLLEGE_OF.test(info.line.text) &&
    !UNIVERSITY.test(info.line.text) &&
    UNIVERSITY.test(last.line.text) &&
    !SECONDARY.test(last.line.text) &&
    (namedUnit || header.every((line) => line.dates.length === 0))
  );
}

/** The lines whose next line with text opens with a degree or has dates: an entry of their own may start there. */
function linesOverOwnEntry(infos: readonly LineInfo[]): Set<LineInfo> {
  const found = new Set<LineInfo>();
  let next: LineInfo | undefined;
  for (let index = infos.length - 1; index >= 0; index--) {
    const info = infos[index] as LineInfo;
    if (next !== undefined && (next.dates.length > 0 || opensWithDegree(next.line.text))) found.add(info);
    if (!info.line.blank) next = info;
  }
  return found;
}

/** An entry opened by a university's name, with no degree and no dates yet: the degree taken there follows. */
function degreeOfUniversity(current: { header: readonly LineInfo[] } | null): boolean {
  if (!current) return false;
  return (
    current.header.some((info) => UNIVERSITY.test(info.line.text) && !SECONDARY.test(info.line.text)) &&
    current.header.every((info) => info.dates.length === 0 && !findDegree(info.line.text))
  );
}

/**
 * A labelled note of an entry ("Thesis: … (with the Institute for System Software)", "GPA: 3.8",
 * "Relevant coursework: …", "Major: Associate in Applied Science, Computer Science"): never a school or a degree of its
 * own, whatever school word or degree it names.
 */
const ENTRY_NOTE = new RegExp(
  String.raw`^\s*(?:[-•*▪◦]\s*)?(?:(?:bachelor|master|diploma|doctoral|ph\.?\s?d\.?)['’]?s?\s+)?(?:thesis|dissertation|final\s+project|capstone(?:\s+project)?|${GRADE_WORDS}|awards?|scholarships?|(?:relevant\s+)?coursework|courses|modules|minor|major|concentration|field\s+of\s+study|activities|advisor|supervisor|research)(?:\s*\([^)]*\))?\s*[:：–—-]\s`,
  'iu',
);

/**
 * "Diploma behaald, profiel Natuur en Techniek.", "Diploma obtained.": a note that the entry's diploma was obtained,
 * after which only punctuation or a note follows; it names no degree and opens no entry ("Degree awarded: BSc …" is a
 * label with its degree, no such note).
 */
const DIPLOMA_NOTE =
  /^\s*(?:[-•*▪◦]\s*)?(?:diploma|diplom|dipl[ôo]me)\s+(?:behaald|obtained|awarded|received|erhalten|obtenu)(?=\s*(?:[.,;]|$))/iu;

/**
 * A job portal's level of studies (Computrabajo's, Bumeran's): "Otro" is the level they give bootcamps and courses.
 */
const PORTAL_LEVEL_WORD =
  'universitari[oa]|terciari[oa]|t[ée]cnic[oa]|tecnol[óo]gic[oa]|posgrado|maestr[íi]a|doctorado|secundari[oa]|otro';

/**
 * "Universitario - Graduado · 2011 - 2016": a job portal's level of studies and their state, with the entry's dates,
 * under the degree and school it belongs to: no school, whatever school word the level holds.
 */
const PORTAL_LEVEL = new RegExp(
  String.raw`^\s*(?:${PORTAL_LEVEL_WORD})\s*[-–—·|]\s*(?:graduad[oa]|egresad[oa]|titulad[oa]|en\s+curso|abandonad[oa]|incomplet[oa]|complet[oa]|finalizad[oa])(?![\p{L}])`,
  'iu',
);

/**
 * "Analista Programador | Terciario | Graduado": a job portal's row of studies (Bumeran's, Computrabajo's), the title
 * as written, then the portal's level in a cell of its own. The level names no school and no degree; the cell before
 * it is what was studied, a degree as written whatever its words, except before "Otro" (a bootcamp or a course, whose
 * name is no degree) and before a level that is a degree itself ("Maestría").
 */
const PORTAL_LEVEL_CELL = new RegExp(`^(?:${PORTAL_LEVEL_WORD})$`, 'iu');
const PORTAL_OTHER_LEVEL = /^otro$/iu;

function portalLevelCell(part: Part | undefined): boolean {
  return part !== undefined && PORTAL_LEVEL_CELL.test(part.text.trim());
}

/**
 * A line that opens with the class of a degree or an honour ("First Class Honours; University Medal", "Magna cum
 * laude", "Dean's List"): a note of the entry above, which opens no entry whatever school word it names.
 */
const HONOURS_NOTE =
  /^\s*(?:[-•*▪◦]\s*)?(?:(?:first|second|third)[\s-]+class|(?:upper|lower)\s+second|(?:summa\s+|magna\s+)?cum\s+laude|with\s+(?:high(?:est)?\s+)?(?:distinction|honou?rs)|dean['’]s\s+list)(?![\p{L}])/iu;

/**
 * "Cloud: AWS, Terraform, Kubernetes": a label and a list of three items or more, under a heading the sections did
 * not tell apart from the education above it. With no school word, no degree and no date it names no school, whatever
 * company the list holds.
 */
function labelledList(info: LineInfo): boolean {
  const list = /^\s*\p{L}[^:：]{0,30}[:：]\s*(.+)$/u.exec(info.line.text);
  return (
    list !== null &&
    (list[1] as string).split(/\s*[,;]\s*/u).length >= 3 &&
    info.dates.length === 0 &&
    !isInstitution(info.line.text) &&
    findDegree(info.line.text) === null
  );
}

/** Words that head the columns of an education table ("Degree | Institution | Year | Score"). */
const COLUMN_LABEL =
  /^(?:degree|degrees|qualification|qualifications|course|programme|program|examination|exam|institution|institute|school|college|university|board|university\s*\/\s*board|year|years|year of passing|passing year|period|duration|from|to|dates?|score|grade|grades|cgpa|gpa|percentage|marks|result|specialisation|specialization|major|field|subject|location|city)$/iu;

/**
 * A table's header row: two or more cells, every one a column label, or labels joined ("Board/University",
 * "College & University", "School or Board": one column for either).
 */
function isColumnLabels(text: string): boolean {
  const cells = text.split(/\s*\|\s*|\t+|\s{3,}/u).filter((cell) => cell.trim() !== '');
  const label = (cell: string) =>
    cell
      .trim()
      .split(/\s*[/&]\s*|\s+or\s+/u)
      .every((piece) => COLUMN_LABEL.test(piece));
  return cells.length >= 2 && cells.every(label);
}

/** A line that opens with a degree is a header line, however long or punctuated ("Ph.D. in Statistics. Dissertation: …"). */
function degreeLineInfo(line: DocLine): LineInfo {
  const info = lineInfo(line);
  // "2015–2020 PhD in Physics, Eastmark University. Thesis: …": after the dates leading it too.
  if (info.prose && (opensWithDegree(line.text) || opensWithDegree(info.rest.trimStart())))
    info.prose = false;
  // "Graduated from Hollin Institute of Technology, March 2014 (B.Eng. Mechanical Engineering)": an event of studies
  // at a school heads its entry, however its abbreviations punctuate it.
  if (info.prose && info.words <= 16 && readStudyEvent(info.rest.trimStart()) !== null) info.prose = false;
  return info;
}

/**
 * "Bachelor of Engineering, Kyoto University, Kyoto.", "…, Waseda University, Tokyo": after the school, a part
 * repeating a capitalised word of its name that names no field or school ("Kyoto"), or a city, is the school's place, no field of study ("…, Stanford University,
 * Computer Science" keeps its field). Contract: "a city" is `knownPlace`, a town of the gazetteer ("Suita" too).
 */
function schoolPlace(text: string, school: string): boolean {
  const named = new Set((school.match(/\p{Lu}[\p{L}'-]*/gu) ?? []).map((word) => word.toLowerCase()));
  const shared = (text.match(/\p{Lu}[\p{L}'-]*/gu) ?? []).some((word) => {
    const key = word.toLowerCase();
    return named.has(key) && !FIELD_WORDS.has(key) && !isInstitution(word);
  });
  return shared || knownPlace(text.replace(/[.]$/u, ''));
}

/** The parts of an education line; a semicolon separates them too ("MS, Computer Science; Carnegie Mellon University"). */
function educationParts(info: LineInfo): Part[] {
  const parts = splitParts(info.line, info.dates);
  // "Education: BSc Physics, …": the label before the colon names the section, not a school.
  const label = parts[0];
  if (label && sectionKind(label.text) === 'education' && /^\s*[:：]/u.test(info.line.text.slice(label.end)))
    parts.shift();
  return parts.flatMap((part) => {
    const pieces: Part[] = [];
    let cursor = 0;
    for (const match of part.text.matchAll(/\s*;\s+/gu)) {
      const at = match.index ?? 0;
      pieces.push({
        ...part,
        start: part.start + cursor,
        end: part.start + at,
        text: part.text.slice(cursor, at),
      });
      cursor = at + match[0].length;
    }
    if (cursor === 0) return [part];
    pieces.push({ ...part, start: part.start + cursor, text: part.text.slice(cursor) });
    return pieces.filter((piece) => piece.text.trim() !== '');
  });
}

/**
 * The degree a part names, read in the line from the part on, so that what a separator cut off stays
 * with it ("Bachelor of Science - BS", and "MS" before ", Computer Science" reads as a degree).
 */
function degreeIn(text: string, part: Part): { start: number; end: number; text: string } | null {
  const found = findDegree(text.slice(part.start));
  if (found && found.start < part.end - part.start) return found;
  // "Higher education (Specialist)": a degree read only with the words before the part (see `findDegree`).
  const inLine = part.start > 0 ? findDegree(text) : null;
  return inLine && inLine.start >= part.start && inLine.start < part.end
    ? { ...inLine, start: inLine.start - part.start, end: inLine.end - part.start }
    : null;
}

/** How studies were followed, written beside the degree ("Part-time", "Online", "Evening programme"). */
const STUDY_MODE =
  /^(?:part[- ]time|full[- ]time|online|remote|distance(?:\s+learning)?|evening(?:\s+(?:programme|program|classes))?|dual|berufsbegleitend|teilzeit|fernstudium)$/iu;

/** A bootcamp's words for its programme ("Web Development Bootcamp", "Software Engineering Immersive"). */
const BOOTCAMP = /(?<![\p{L}])(?:bootcamp|boot\s+camp|immersive|nanodegree)(?![\p{L}])/iu;

/** Whether a bracket in `text` ("(bootcamp)", "(online course)") holds a word `words` finds. */
function bracketSays(text: string, words: RegExp): boolean {
  return [...text.matchAll(/\(([^()]{1,30})\)/gu)].some((bracket) => words.test(bracket[1] as string));
}

/** The words a line names a programme by when it ends in one ("Web application course", "Full-stack programme"). */
const COURSE_WORDS = 'course|programme|program';

/** Words of a course or programme followed at a school, not of the school's name. */
const PROGRAMME = new RegExp(
  `(?<![\\p{L}])(?:bootcamp|boot camp|${COURSE_WORDS}|courses|certificate|certification|nanodegree|classes|training|apprenticeship)(?![\\p{L}])`,
  'iu',
);

/** "Web application course", "Full-stack programme": a line that names a programme by its last word. */
const NAMED_PROGRAMME = new RegExp(`(?<![\\p{L}])(?:${COURSE_WORDS})\\s*$`, 'iu');

/**
 * Where a school's name ends: the part that names it, with an acronym in brackets right after it
 * ("Universidad Nacional Autónoma de México (UNAM)") and the campus after "University of X," when
 * a system of universities names it so ("University of California, Berkeley"). A place that is a
 * country, a region or the name's own city stays out ("University of Toronto, Canada"), and so does
 * a unit of the school or the university a college belongs to, named after a comma
 * ("University of Zagreb, Faculty of …", "College of Engineering, Guindy, Anna University").
 */
function schoolEnd(text: string, part: Part, next: Part | undefined): number {
  return nameEnd(text, part, next);
}

/**
 * A unit of a school rather than the school ("Faculty of Engineering", "Department of Physics", "School of
 * Informatics", "Faculdade de Engenharia", "Wydział Elektroniki"): the graph's School is the institution a
 * person can be found by, so the unit is no part of its name; it is kept as the entry's area when the
 * entry names no field.
 */
const UNIT = new RegExp(
  String.raw`^\s*(?:${SCHOOL_UNIT_WORDS}|Institut(?:e)?\s+(?:of|for|für)|School\s+of|Division\s+of)(?![\p{L}])`,
  'iu',
);

/** A faculty or department (see `UNIT`), never a school's own name that opens as a unit does ("School of the Art …"). */
const FACULTY = new RegExp(String.raw`^\s*(?:${SCHOOL_UNIT_WORDS})(?![\p{L}])`, 'iu');

/**
 * The school a form's field names ("Vilnius University, Faculty of Mathematics and Informatics", "Faculty of
 * Technical Sciences, University of Novi Sad"): the institution, and the unit named beside it.
 */
function schoolOfValue(value: string): {
  start: number;
  text: string;
  unit: { start: number; text: string } | null;
} {
  const pieces = [...value.matchAll(/[^,]+/gu)].map((piece) => ({
    start: (piece.index ?? 0) + (piece[0].length - piece[0].trimStart().length),
    text: piece[0].trim(),
  }));
  const first = pieces[0];
  if (!first) return { start: 0, text: value, unit: null };
  if (isUnit(first.text)) {
    const parent = pieces.find((piece) => isInstitution(piece.text) && !isUnit(piece.text));
    if (parent) return { start: parent.start, text: parent.text, unit: first };
  }
  const unitAt = pieces.findIndex((piece, index) => index > 0 && isUnit(piece.text));
  const unit = pieces[unitAt];
  // "Politechnika Wrocławska, Wrocław": a school named, then where it is (a record's value names the school
  // and its place, as a form's "Name and address of employer" does the employer's); the school is the first
  // piece when it reads as one and nothing after it does.
  if (
    !unit &&
    pieces.length > 1 &&
    isInstitution(first.text) &&
    !pieces.slice(1).some((piece) => isInstitution(piece.text))
  )
    return { start: first.start, text: first.text, unit: null };
  if (!unit) return { start: 0, text: value, unit: null };
  return {
    start: 0,
    text: value.slice(0, unit.start).replace(/[\s,]+$/u, ''),
    unit: { ...unit, text: value.slice(unit.start).trimEnd() },
  };
}

/**
 * "KHT (Kelvar Hochschule für Technik)": a school written by its short name with the full name in brackets after it is
 * named as written first, the short name (the golds' convention, as for employers: "PDO (Petroleum Development
 * Oman)"). The bracket must spell out the short name's capitals.
 */
function shortNameBefore(text: string, part: Part, previous: Part | undefined): Part | null {
  if (!previous || previous.line !== part.line || text[part.end] !== ')') return null;
  if (!/^\s*\(\s*$/u.test(text.slice(previous.end, part.start))) return null;
  return /^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(previous.text) && abbreviates(previous.text, part.text)
    ? previous
    : null;
}

/**
 * "BIT – Brackenridge Institute of Technology": a school's one-word name, a dash, then its name spelled out (a
 * university's whole name of three words or more, no unit, degree or place) are one name as the school writes it.
 * The one word is the acronym of the spelled-out name, or a name the school words know as a school's (no bare word
 * for a kind of school). Other capitals before the dash are as often a unit's or campus's ("CUSUR – Universidad de
 * Tolvana"), no part of the name. The spelled-out part when `part` and `next` are so, else null.
 */
function spelledOutAfterDash(text: string, part: Part, next: Part | undefined): Part | null {
  if (!next || next.line !== part.line || /\s/u.test(part.text)) return null;
  if (!/^\s+[–—]\s+$/u.test(text.slice(part.end, next.start))) return null;
  const short =
    /^\p{Lu}[\p{L}-]+$/u.test(part.text) &&
    findDegree(part.text) === null &&
    ((/^\p{Lu}[\p{Lu}\p{N}&-]{1,7}$/u.test(part.text) && abbreviates(part.text, next.text)) ||
      (isInstitution(part.text) && !bareSchoolWord(part.text)));
  const spelled =
    next.text.split(/\s+/u).length >= 3 &&
    UNIVERSITY.test(next.text) &&
    wholeName(next.text) &&
    !isUnit(next.text) &&
    findDegree(next.text) === null &&
    !isLocation(next.text);
  return short && spelled ? next : null;
}

/**
 * "Fourah Bay College, University of Eastmark": a college named with the university it belongs to, right after it,
 * is part of that university, the school a person is found by; so is a college with its own town between
 * ("College of Engineering, Guindy, Anna University": a town of one or two capitalised words, no school word).
 */
function collegeOf(
  text: string,
  part: Part,
  next: Part | undefined,
  afterNext: Part | undefined,
): Part | undefined {
  if (!next || next.line !== part.line) return undefined;
  if (unitOfUniversity(part.text, text.slice(part.end, next.start), next.text)) return next;
  if (!/(?<![\p{L}])College(?![\p{L}])/u.test(part.text) || UNIVERSITY.test(part.text)) return undefined;
  if (!/^\s*,\s*$/u.test(text.slice(part.end, next.start))) return undefined;
  const university = (candidate: Part) => UNIVERSITY.test(candidate.text) && !findDegree(candidate.text);
  if (university(next)) return next;
  const town =
    /^\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+)?$/u.test(next.text) &&
    !isInstitution(next.text) &&
    findDegree(next.text) === null;
  return town &&
    afterNext?.line === part.line &&
    /^\s*,\s*$/u.test(text.slice(next.end, afterNext.start)) &&
    university(afterNext)
    ? afterNext
    : undefined;
}

/**
 * "Code Forge Lisbon — Web Development Bootcamp, 2021": a dated line that opens with a name (its words capitalised)
 * and, after a dash or a comma, the programme followed there is an entry of its own, a school named without a school
 * word. A note ("Dean's List, 2011", "First Class Honours; Dean's List 2014"), an award ("National Scholarship
 * (2013); …"), a labelled course ("Courses    Kubernetes for Developers, online course (2021)") or a title shipped
 * ("Watch Dogs: Legion (2020) - Ubisoft") is none.
 */
function namesAndTells(info: LineInfo): boolean {
  const parts = educationParts(info);
  const [first, second] = parts;
  if (!first || !second || first.line !== second.line) return false;
  const words = first.text.split(/\s+/u);
  return (
    words.length <= 6 &&
    /^\s*(?:[—–-]|,)\s*$/u.test(info.line.text.slice(first.end, second.start)) &&
    !PROGRAMME.test(first.text) &&
    parts.slice(1).some((part) => PROGRAMME.test(part.text)) &&
    titleScore(first.text) === 0 &&
    words.every(
      (word) =>
        /^[\p{Lu}\p{N}]/u.test(word) || NAME_PARTICLES.includes(word) || /^(?:of|for|and|&)$/u.test(word),
    )
  );
}

/**
 * "Diplôme d'ingénieur, ENSEEIHT (Eastmark INP)": on a line not set in capitals, a word of four capitals or more
 * standing alone is a school's short name, and a bracketed remark after it (its parent, its city) is no field.
 */
function schoolAcronym(text: string, part: Part): boolean {
  if (!/\p{Ll}/u.test(text)) return false;
  if (/^\p{Lu}{4,}$/u.test(part.text))
    return !FIELD_WORDS.has(part.text.toLowerCase()) && !FIELD_ENDING.test(part.text);
  return (
    text[part.start - 1] === '(' &&
    /^\s*,?\s*\p{Lu}{4,}\s*$/u.test(
      text
        .slice(0, part.start - 1)
        .split(/[,;—–|]/u)
        .pop() ?? '',
    )
  );
}

/** A word of capitals ("NVU", "JNTU"), as a school's short name writes it. */
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])/u;

/** A part naming a unit of a school (see `UNIT`), and nothing else. */
function isUnit(text: string): boolean {
  return UNIT.test(text) && !findDegree(text);
}

/** The same unit part's extent: its name, with its acronym in brackets ("Faculdade de Engenharia (FEUP)"). */
function unitAfter(text: string, end: number, after: readonly Part[], line: DocLine): Part | null {
  const units = after.filter((item) => item.line === line && item.start >= end);
  const unit = units[0];
  if (!unit || !/^\s*,\s*$/u.test(text.slice(end, unit.start)) || !isUnit(unit.text)) return null;
  const unitEnd = nameEnd(text, unit, units[1]);
  return { ...unit, end: unitEnd, text: text.slice(unit.start, unitEnd) };
}

/** Where a name ends: its acronym in brackets, a university system's campus (see `schoolEnd`). */
function nameEnd(text: string, part: Part, next: Part | undefined): number {
  // In a table row a cell is one field: "Government Engineering College, Thrissur | University of Calicut", "National
  // Institute of Technology Karnataka, Surathkal" (a national system's school, named by its state, then its town). A
  // name of its own ("CVR College of Engineering, Ibrahimpatnam") needs no place to tell it apart: the place is no part.
  const systemName = part.text.replace(/\s+\p{Lu}[\p{L}-]*$/u, '');
  if (/\s\|\s/u.test(text) && (genericSchoolName(part.text) || genericSchoolName(systemName))) {
    const bar = text.indexOf('|', part.end);
    const cellEnd = bar === -1 ? text.length : bar;
    const cell = text.slice(part.end, cellEnd).trimEnd();
    if (/^,\s*\p{Lu}[\p{L}\s.'-]*$/u.test(cell) && !GRADE_LABEL.test(cell.replace(/^,\s*/u, '')))
      return part.end + cell.length;
  }
  if (next && next.line === part.line) {
    const between = text.slice(part.end, next.start);
    if (
      /^\s*\($/u.test(between) &&
      text[next.end] === ')' &&
      (SHORT_NAME.test(next.text) || otherName(next.text))
    )
      return next.end + 1;
  }
  return part.end + campusLength(part.text, text.slice(part.end));
}

/**
 * "Amirkabir University of Technology (Tehran Polytechnic)": a school's other name in brackets after its name, itself
 * a school's name (capitalised words with a school word, no degree, no unit of a school), is part of the name as
 * written; `schoolIdentity` keeps it too, as it keeps any bracket that is no acronym of the name.
 */
function otherName(text: string): boolean {
  return (
    text.split(/\s+/u).length <= 6 &&
    wholeName(text) &&
    isInstitution(text) &&
    !isUnit(text) &&
    findDegree(text) === null
  );
}

/**
 * "Oracle Certified Java Programmer, Gold SE 6", "Applied Information Technology Engineer Examination": a
 * certification earned or an examination passed, listed among studies. With no school word and no degree
 * it names no school.
 */
const CERTIFICATION = /(?<![\p{L}])(?:certified|certification|examination|exam)(?![\p{L}])/iu;

/**
 * A capitalised name, possibly joined by "of", "and", "at"… ("University of Texas at Austin"), a word after
 * an elided article too ("des Sciences de l’Informatique"), the patron a school is named after in quotes
 * ("Instituto Superior del Profesorado "Dr. Joaquín V. González"", "Universitatea „Alexandru Ioan Cuza”") and the
 * number a school system gives it ("Instituto Superior de Formación Docente N° 801 …", "School No. 57 …").
 */
const NAME_WORD = String.raw`["“„«]?[\p{Lu}][\p{L}\p{N}'’.&-]*["”»]?`;
const NAME_RUN = new RegExp(
  String.raw`${NAME_WORD}(?:\s+(?:(?:of|for|and|&|at|the|in|(?:N[°º]|No\.)\s?\d{1,4}|${NAME_PARTICLES.join('|')})\s+)*(?:[ld]['’])?${NAME_WORD})*`,
  'gu',
);

/** How the name of a field of study ends ("cybernetics", "geology", "chemistry", "astronomy", "nursing"). */
const FIELD_ENDING = /\p{L}{3}(?:ics|ology|ography|istry|onomy|sophy|ature|ing)$/iu;

/** "KNUST", "FAST-NUCES", "LUMS-SBASSE": a school's short name in capitals, two acronyms joined by a hyphen too. */
const SHORT_NAME_TEXT = String.raw`\p{Lu}[\p{Lu}\p{N}&.-]{1,9}|\p{Lu}{2,6}-\p{Lu}{2,8}`;
const SHORT_NAME = new RegExp(`^(?:${SHORT_NAME_TEXT})$`, 'u');
const BRACKETED_SHORT_NAME_AT_END = new RegExp(String.raw`\((?:${SHORT_NAME_TEXT})\)\s*$`, 'u');

/** A bracket closing a text ("… (Kyiv Polytechnic Institute)"), its words captured. */
const BRACKET_AT_END = /\(([^()]{1,80})\)\s*$/u;

/**
 * "Kwame Nkrumah University of Science and Technology (KNUST)": a long name, no sentence, its acronym kept; so is its
 * other name ("National Technical University of Ukraine (Kyiv Polytechnic Institute)", see `otherName`).
 */
function wholeName(text: string): boolean {
  const bare = text
    .replace(BRACKETED_SHORT_NAME_AT_END, '')
    .replace(BRACKET_AT_END, (whole, inner: string) => (otherName(inner) ? '' : whole))
    .trim();
  const halves = bare.split(/\s+\/\s+/u);
  const [first, second] = halves;
  // "Universidad del País Vasco / Euskal Herriko Unibertsitatea": the name in two languages.
  if (halves.length === 2 && first !== undefined && second !== undefined)
    return nameRun(first) && nameRun(second) && sameNameAgain(second);
  return nameRun(bare);
}

/** Whether `text` is one capitalised name run (see `NAME_RUN`), whole. */
function nameRun(text: string): boolean {
  return [...text.matchAll(NAME_RUN)].some((run) => run[0] === text);
}

/**
 * The half after " / " that names the school again in another language: words of a name (two to six), no unit of the
 * school, degree, place or field of study ("/ Computer Science", "/ Faculty of Law", "/ Madrid" are none).
 */
function sameNameAgain(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !isUnit(text) &&
    !UNIT.test(text) &&
    findDegree(text) === null &&
    !isLocation(text) &&
    !words.every((word) => FIELD_WORDS.has(word.toLowerCase()))
  );
}

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
  // "at the University of Technology": the article is no part of the name.
  // "Attended Eastmark College": the verb that tells the studies is no part of the name.
  let name = run[0]
    .slice(skip)
    .replace(/^\s+(?:at|in)\s+/u, '')
    .replace(/^(?:Studied|Attended)\s+(?=\p{Lu})/u, '')
    .replace(/^the\s+/u, '');
  // "Physics University of Texas", "Computer Science Massachusetts Institute of Technology": the words
  // of a field of study before the school's own name are not part of it.
  const words = name.split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && FIELD_WORDS.has((words[first] as string).toLowerCase())) first++;
  if (first > 0 && isInstitution(words.slice(first).join(' '))) name = words.slice(first).join(' ');
  // "… at Eastmark Polytechnic Institute.": a sentence's period closes no abbreviation of the name.
  const period = /\p{Ll}{3}\.$/u.test(name) ? 1 : 0;
  name = name.slice(0, name.length - period);
  const end = (run.index ?? 0) + run[0].length - period;
  const campus = campusLength(name, text.slice(end));
  return { start: end - name.length, name: name + text.slice(end, end + campus) };
}

/**
 * Education told in sentences ("I studied Physics at Peking University from 2013 to 2017 and
 * graduated with a BSc."): per sentence naming a school, the school, the degree, the field studied
 * and the dates.
 */
function readEducationProse(lines: readonly DocLine[], catalogue: Catalogue): EducationDraft[] {
  const drafts: EducationDraft[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    const text = line.text;
    for (const sentence of sentences(text)) {
      const offset = sentence.start;
      const body = text.slice(sentence.start, sentence.end);
      // "I studied computer science at Eastmark Tech": under an education heading, where the sentence says
      // its writer studied is the school, named with or without a school word.
      const school = schoolIn(body) ?? studiedAt(body, catalogue, new Set());
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
      const studied = /\bstudied\s+(\p{L}[\p{L}\s&-]*?)\s+(?:at|in)\s/u.exec(body);
      // "studied Physics at …", "studied computer science at …"; "studied at the University of …" names none.
      const field =
        (studied &&
        (/^\p{Lu}/u.test(studied[1] as string) ||
          (studied[1] as string)
            .split(/\s+/u)
            .every((word) => FIELD_WORDS.has(word.toLowerCase()) || FIELD_ENDING.test(word)))
          ? studied
          : null) ??
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

/** "studied applied physics at KTH": the school a sentence says was studied at, with or without a school word. */
const STUDIED_AT =
  /\b[Ss]tudied\b([^.;]*?)\bat\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|de|da|do|di|für)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*)*)/u;

/**
 * The school a sentence says was studied at, where its name has no school word. Only a field of study
 * (or nothing) may stand between "studied" and "at": "I studied how nurses chart at Epic" tells of
 * research at a workplace. A name the company catalogue knows, or one of the résumé's employers
 * (`employers`, as `lookupKey` gives them), is a workplace too.
 */
function studiedAt(
  text: string,
  catalogue: Catalogue,
  employers: ReadonlySet<string>,
): { start: number; name: string } | null {
  const found = STUDIED_AT.exec(text);
  const name = found?.[2]?.replace(/[.,]$/u, '');
  if (!found || !name) return null;
  const studied = (found[1] as string).trim().split(/\s+/u).filter(Boolean);
  if (!studied.every((word) => FIELD_WORDS.has(word.toLowerCase()) || FIELD_ENDING.test(word))) return null;
  if (catalogue.companies.find(name) || employers.has(lookupKey(name))) return null;
  return { start: found.index + found[0].length - (found[2] as string).length, name };
}

/** A part that opens by telling where its writer studied ("Studied at the …", "I studied physics at …", "Attended …"). */
const TOLD_STUDY = /^(?:I\s+)?(?:studied|attended)(?![\p{L}])/iu;

/** The field a part says was studied ("I studied computer science at …"), when its words name a field. */
function studiedField(line: DocLine, part: Part): Located | null {
  const found = STUDIED_AT.exec(part.text);
  const field = found?.[1]?.trim();
  if (!found || !field) return null;
  if (!field.split(/\s+/u).every((word) => FIELD_WORDS.has(word.toLowerCase()) || FIELD_ENDING.test(word)))
    return null;
  const at = part.start + found.index + found[0].indexOf(field);
  return locate(line, at, at + field.length, field, 0.6);
}

/** The verbs a sentence tells its writer's studies with ("I studied …", "graduated with", "I hold an MSc"). */
const STUDY_VERB =
  /(?<![\p{L}])(?:stud(?:ied|ying)|graduated|graduating|earned|earning|hold|holds|held|received|completed|obtained|attended|majored|did\s+(?:my|an?))(?![\p{L}])/iu;

/**
 * Studies a narrative résumé tells in its sentences ("straight out of Kyushu University (B.Eng. in
 * Information Engineering, 2014)", "I studied engineering cybernetics at NTNU, where I graduated with an
 * MSc in 2013"): a sentence that names a degree and a school (by a school word, or as where the person
 * studied). A sentence runs on to the next line of its paragraph. Only the school and the degree are read:
 * the dates of such a sentence are as often those of the job it tells.
 */
export function readStudiesInProse(
  lines: readonly DocLine[],
  catalogue: Catalogue,
  employers: ReadonlySet<string>,
  toldAsStudies = false,
): EducationDraft[] {
  const drafts: EducationDraft[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.blank) continue;
    const next = lines[index + 1];
    for (const sentence of sentences(line.text)) {
      const body = line.text.slice(sentence.start, sentence.end);
      const school = schoolIn(body);
      const found = school ?? studiedAt(body, catalogue, employers);
      if (!found) continue;
      // A summary over dated positions: a sentence that tells the person's studies, not one that names a
      // school and a degree otherwise ("I co-supervise PhD students at Carnegie Mellon University").
      if (toldAsStudies && !STUDY_VERB.test(body)) continue;
      const name = found.name;
      const schoolAt = sentence.start + found.start;
      let degree = findDegree(body);
      let degreeLine = line;
      let degreeOffset = sentence.start;
      // The sentence goes on to the next line of the paragraph ("… where I graduated with" / "an MSc in 2013.").
      if (
        !degree &&
        sentence.end === line.text.length &&
        !/[.!?]["”’)]?\s*$/u.test(body) &&
        next &&
        !next.blank
      ) {
        const rest = next.text.slice(0, sentences(next.text)[0]?.end ?? next.text.length);
        degree = findDegree(rest);
        degreeLine = next;
        degreeOffset = 0;
      }
      if (!degree) continue;
      drafts.push({
        institution: locate(line, schoolAt, schoolAt + name.length, name, 0.5),
        studyType: locate(
          degreeLine,
          degreeOffset + degree.start,
          degreeOffset + degree.end,
          degree.text,
          0.5,
        ),
        area: null,
        start: null,
        end: null,
        first: line.n,
        last: degreeLine.n,
        confidence: 0.5,
      });
    }
  }
  return drafts;
}
