import { lookupKey, looseCompanyKey, nameWords } from '../catalogue/lookup-key.js';
import type { PartialDate } from '../resume/parse-partial-date.js';
import { monthKey } from './dates.js';
import { type EducationDraft, readStudyEvent } from './education.js';
import { emptyPosition, type PositionDraft } from './experience.js';
import type { DocLine } from './line-model.js';
import { type Located, type LocatedDate, locate } from './located.js';
import { isInstitution } from './vocabulary.js';

/**
 * A Japanese rirekisho's history, translated: one row per event, "Year | Month | Event" ("2014  4  Joined
 * Rakuten, Inc. as Software Engineer", "2017  7  Promoted to Senior Software Engineer", "2019  3  Resigned
 * from Rakuten, Inc.", "Currently employed", "End"). A row names a change, not a span: a position runs from
 * the event that starts it to the next event that changes it, a school from "Entered" to "Graduated".
 */
const EVENT_ROW =
  /^\s*\|?\s*((?:19|20)\d{2})(?:\s*年\s*|[\s|]+)(0?[1-9]|1[0-2])(?:\s*月\s*|[\s|]+)(\p{L}.*?)[\s|]*$/u;
/** Rows that make a section an event history; fewer read as an ordinary dated list, unless all tell studies. */
const MIN_ROWS = 3;
/** Longer lines are prose, not a row; the bound also keeps EVENT_ROW's backtracking linear in practice. */
const MAX_ROW_LENGTH = 300;

const JOINED =
  /^(?:joined|entered|started\s+(?:at|with)|hired\s+by|employed\s+by|began\s+(?:at|with))\s+(.+?)(?:\s+as\s+(?:an?\s+)?(.+))?$/iu;
const CHANGED =
  /^(?:promoted\s+to|appointed(?:\s+(?:as|to))?|became|reassigned\s+to|transferred\s+to\s+the\s+role\s+of)\s+(?:an?\s+)?(.+)$/iu;
/**
 * "Transferred to the cloud services division as a software engineer", "Moved to the payments team as tech lead": a
 * new title in another unit of the same employer, a position of its own.
 */
const TRANSFERRED =
  /^(?:transferred|moved|reassigned|seconded|rotated)\s+to\s+(?:the\s+)?(.+?)\s+as\s+(?:an?\s+)?(.+)$/iu;
const LEFT = /^(?:resigned|left|retired|departed)(?:\s+from)?\b/iu;
const ONGOING = /^(?:currently\s+(?:employed|working|in\s+post)|to\s+the\s+present|present)\b/iu;
const ENDS = /^(?:end|that\s+is\s+all|以上)\.?$/iu;
/** A school that leaves school, not one a résumé lists as an education entry. */
const SCHOOL_LEAVING = /\b(?:high|secondary|junior|middle|elementary|primary)\s+school\b/iu;
const DEPARTMENT = /\b(?:department|dept\.?|course|major)\s+(?:of|in)\s+([^,()]+)/iu;

interface EventRow {
  line: DocLine;
  date: PartialDate;
  /** Where the event's text starts on the line. */
  at: number;
  text: string;
}

/** The event rows of `lines`, when at least MIN_ROWS of its lines are such rows; else none. */
export function eventRows(lines: readonly DocLine[]): EventRow[] {
  const rows: EventRow[] = [];
  for (const line of lines) {
    if (line.blank || line.text.length > MAX_ROW_LENGTH) continue;
    const match = EVENT_ROW.exec(line.text);
    if (!match) continue;
    const text = match[3] as string;
    rows.push({
      line,
      date: { year: Number(match[1]), month: Number(match[2]), day: null },
      at: line.text.lastIndexOf(text),
      text,
    });
  }
  // "2010  4  Entered …" and "2014  3  Graduated from …" under an education heading of their own: two events of studies
  // are a history too.
  const studies = rows.length >= 2 && rows.every((row) => readStudyEvent(row.text) !== null);
  return rows.length >= MIN_ROWS || studies ? rows : [];
}

function dateAt(row: EventRow): LocatedDate {
  const span = locate(row.line, 0, row.at, row.line.text.slice(0, row.at).trim(), 0.8);
  return { ...span, date: row.date };
}

function piece(row: EventRow, value: string, confidence = 0.8): Located {
  const start = Math.max(0, row.line.text.indexOf(value, row.at));
  return locate(row.line, start, start + value.length, value, confidence);
}

/** "Software Engineer, Search Platform Group" → title and team; a bracket remark ("(Merpay)") and all after it is dropped. */
function titleAndTeam(row: EventRow, text: string): { title: Located | null; team: Located | null } {
  // "systems engineer (public-sector systems division) Resident registry systems …": the title ends at its bracket,
  // whatever a reader joined after it.
  const cleaned = text.replace(/\s*\([^()]*\).*$/u, '').replace(/[.;]\s*$/u, '');
  const comma = cleaned.indexOf(',');
  const title = (comma === -1 ? cleaned : cleaned.slice(0, comma)).trim();
  const team = comma === -1 ? '' : cleaned.slice(comma + 1).trim();
  return {
    title: title ? piece(row, title) : null,
    team: team ? piece(row, team.replace(/\s+team$/iu, ''), 0.7) : null,
  };
}

/**
 * The positions an event history gives: "Joined X as T[, team]" opens one at X, "Promoted to T" and
 * "Appointed T" close it and open the next at the same employer, "Resigned" closes it, "Currently
 * employed" keeps the last one open, "End" ends the history.
 */
export function readEventPositions(lines: readonly DocLine[]): PositionDraft[] {
  const rows = eventRows(lines);
  const positions: PositionDraft[] = [];
  // The position an event opened and no later one closed yet, the employer of the last "Joined", and the
  // position whose event row the lines read since stand directly under.
  const state: { open: PositionDraft | null; company: Located | null; under: PositionDraft | null } = {
    open: null,
    company: null,
    under: null,
  };
  const close = (row: EventRow) => {
    if (state.open) state.open.end = dateAt(row);
    state.open = null;
  };
  // A position covers its event row: what the row names (a team, a stack) is the position's.
  const start = (row: EventRow, title: string | undefined) => {
    const position = emptyPosition(row.line.n, row.line.n, 'header');
    position.company = state.company;
    const parts = title ? titleAndTeam(row, title) : { title: null, team: null };
    position.title = parts.title;
    position.team = parts.team;
    position.start = dateAt(row);
    position.confidence = 0.8;
    positions.push(position);
    state.open = position;
    state.under = position;
  };
  for (const line of lines) {
    if (line.blank) {
      state.under = null;
      continue;
    }
    const row = rows.find((candidate) => candidate.line === line);
    // "|      |   | Present |": a table row whose year and month cells are empty holds its word alone.
    const text = row ? row.text : line.text.replace(/^[\s|]+|[\s|]+$/gu, '');
    if (ENDS.test(text)) break;
    if (ONGOING.test(text)) {
      if (state.open) state.open.current = locate(line, 0, line.text.length, line.text.trim(), 0.8);
      state.under = null;
      continue;
    }
    // "Operations tooling for the cloud service in Python" directly under the row that opened a position: that
    // position's work.
    if (!row) {
      if (state.under && line.heading === 0) state.under.last = line.n;
      else state.under = null;
      continue;
    }
    state.under = null;
    const joined = JOINED.exec(text);
    const changed = CHANGED.exec(text);
    const transferred = TRANSFERRED.exec(text);
    // "Entered Keio University": a school entered is education, read by readEventEducation.
    if (joined && !SCHOOL_LEAVING.test(text) && (joined[2] || !isInstitution(joined[1] as string))) {
      close(row);
      state.company = piece(row, (joined[1] as string).replace(/[,;]\s*$/u, ''));
      start(row, joined[2]);
    } else if (transferred && state.company) {
      close(row);
      start(row, transferred[2]);
      const unit = (transferred[1] as string).replace(/\s+team$/iu, '');
      if (state.open) state.open.team = piece(row, unit, 0.7);
    } else if (changed && state.company) {
      close(row);
      start(row, changed[1]);
    } else if (LEFT.test(text)) {
      close(row);
    }
  }
  return positions;
}

/**
 * The schools an event history gives: "Entered X, Faculty of …, Department of Y" opens one at X (the
 * department its field), "Graduated from X (Degree Field)" closes it with the degree and its field (see
 * `readStudyEvent`). A school-leaving school (a high school) is no entry.
 */
export function readEventEducation(lines: readonly DocLine[]): EducationDraft[] {
  const rows = eventRows(lines);
  const schools: EducationDraft[] = [];
  for (const row of rows) {
    if (ENDS.test(row.text)) break;
    if (SCHOOL_LEAVING.test(row.text)) continue;
    const told = readStudyEvent(row.text);
    if (!told) continue;
    const at = (span: { start: number; end: number; text: string }, confidence = 0.8) =>
      locate(row.line, row.at + span.start, row.at + span.end, span.text, confidence);
    const degree = told.degree && at(told.degree);
    const area = told.area && at(told.area, 0.7);
    if (told.event === 'start') {
      const department = DEPARTMENT.exec(row.text.slice(told.school.end));
      schools.push({
        institution: at(told.school),
        studyType: degree,
        area: area ?? (department ? piece(row, (department[1] as string).trim(), 0.7) : null),
        start: dateAt(row),
        end: null,
        first: row.line.n,
        last: row.line.n,
        confidence: 0.8,
      });
      continue;
    }
    const key = told.school.text.toLowerCase();
    let school = schools.findLast((entry) => entry.institution.value.toLowerCase() === key && !entry.end);
    if (!school) {
      school = {
        institution: at(told.school),
        studyType: null,
        area: null,
        start: null,
        end: null,
        first: row.line.n,
        last: row.line.n,
        confidence: 0.8,
      };
      schools.push(school);
    }
    school.end = dateAt(row);
    school.last = row.line.n;
    if (degree) school.studyType = degree;
    if (area && !school.area) school.area = area;
  }
  return schools;
}

/**
 * Whether `text` names the employer whose lookup key is `key` in whole words: "LINE" is named by "joined
 * LINE in 2019", not by "pipelines"; "Booking.com" by "at Booking.com".
 */
function namesWhole(text: string, key: string): boolean {
  const words = nameWords(text);
  for (let first = 0; first < words.length; first++) {
    let run = '';
    for (let last = first; last < words.length && run.length < key.length; last++) {
      run += words[last];
      if (run === key) return true;
    }
  }
  return false;
}

/** The key an employer's name is matched by in the lines about it. */
function employerKey(name: string): string {
  return looseCompanyKey(name) ?? lookupKey(name);
}

/**
 * "April 2019 – present    Mercari, Inc. — Backend Engineer, then Engineering Manager …": a rirekisho's
 * career summary tells each employer's work once for all its positions; a line that names an employer of
 * the event history is a detail of every position there. A heading (or a bold line) that is an employer's
 * name alone heads a block of that employer's work, to the next blank line or heading: told once for its
 * titles, as the body under a ladder of titles is, it is the latest position's there (the one started last).
 */
export function attachEmployerLines(positions: readonly PositionDraft[], lines: readonly DocLine[]): void {
  const inBlock = new Set<number>();
  for (const [index, line] of lines.entries()) {
    if (line.blank || (line.heading === 0 && !line.bold)) continue;
    const key = employerKey(line.text);
    const there = positions.filter(
      (position) => position.company && employerKey(position.company.value) === key,
    );
    if (key.length < 4 || there.length === 0) continue;
    let last = line.n;
    for (const next of lines.slice(index + 1)) {
      if (next.blank || next.heading > 0 || next.bold) break;
      last = next.n;
    }
    const latest = there.reduce((best, position) =>
      position.start &&
      (!best.start || monthKey(position.start.date, false) > monthKey(best.start.date, false))
        ? position
        : best,
    );
    latest.details = [...(latest.details ?? []), { first: line.n, last }];
    for (let n = line.n; n <= last; n++) inBlock.add(n);
  }
  for (const position of positions) {
    if (!position.company) continue;
    const key = employerKey(position.company.value);
    if (key.length < 4) continue;
    for (const line of lines) {
      if (line.blank || line.n === position.company.line || inBlock.has(line.n)) continue;
      // A line under an event row is the work of the position that row opened, not of every one at its employer.
      if (positions.some((other) => other.first <= line.n && line.n <= other.last)) continue;
      if (!namesWhole(line.text, key)) continue;
      if (line.text.length <= MAX_ROW_LENGTH && EVENT_ROW.test(line.text)) continue;
      position.details = [...(position.details ?? []), { first: line.n, last: line.n }];
    }
  }
}
