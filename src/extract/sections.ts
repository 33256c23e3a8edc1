import { continuedText, continuesOverleaf, repeatsAbove } from './continued.js';
import { datesAlone, findDates } from './dates.js';
import { showsMarketplaceProfile } from './engagements.js';
import { DURATION, FIRST_PERSON } from './entries.js';
import type { DocLine } from './line-model.js';
import { headerRowColumns, studiesHeaderRow } from './tables.js';
import {
  findDegree,
  isInstitution,
  looseSectionKind,
  namesDesiredJob,
  namesEnglishRole,
  namesMarketToo,
  namesUnitToo,
  type SectionKind,
  sectionKind,
  titleScore,
} from './vocabulary.js';

export interface Section {
  /** `preamble`: the lines before the first section heading (name, contacts, headline). */
  kind: SectionKind | 'preamble';
  /** The heading as written, without markup; null for the preamble. */
  title: string | null;
  heading: DocLine | null;
  lines: DocLine[];
}

/** How loudly a line is set: a Markdown/DOCX heading or a large PDF line > capitals or bold > plain. */
function strength(line: DocLine): number {
  if (line.heading > 0 || line.size > 1.15) return 3;
  if (line.caps || line.bold) return 2;
  return 1;
}

/** "R E L E VA N T S K I L L S": a heading set letter-spaced is long for the few words it holds. */
export function letterSpaced(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  return tokens.length <= 60 && tokens.filter((token) => token.length <= 2).length >= tokens.length * 0.7;
}

/** Two lines set the same way: capitals, bold, heading level and size alike. */
function setAlike(line: DocLine, other: DocLine): boolean {
  return styledAlike(line, other) && strength(line) >= 2;
}

const LABEL = /^([^:：]{2,40})[:：]\s+(\S.*)$/u;
/** A label before a dash ("**Education** — **B.S., …**, School"), as a timeline types its items. */
const DASH_LABEL = /^([^—–]{2,40}?)\s+[—–]\s+(\S.*)$/u;

/** A row's first cell and the rest, apart by a bar ("Education | B.E., Anna University, 2012"). */
const CELL = /^([^|]{2,40}?)\s+\|\s+(\S.*)$/u;

/** How many lines above a job's header repeated after a page break may hold the header it repeats. */
const REPEAT_REACH = 200;

/** A run of rule characters a plain-text heading is set between ("------ EDUCATION ------", "=== Skills ==="). */
const RULED = /^[-=_*~#.·•—–\s]*[-=_*~#.·•—–]{3}[-=_*~#.·•—–\s]*$/u;

/**
 * "Work experience — 11 years 3 months", "Experience (6 yrs)", "Experience · 8 yrs 4 mos": the total a job portal's
 * export prints after the work history's heading: group 1 the heading. Its head is bounded and it is tried on a
 * heading's length only (see `withoutTotal`), so no long line is searched.
 */
const HEADING_TOTAL = new RegExp(
  String.raw`^(\S.{0,60}?)\s*(?:[—–:|·-]\s*(?=\(?\d)|(?=\(\d))(?:${DURATION.source})\s*$`,
  'iu',
);

/** A heading line's text without its trailing colon, decorations (emoji, icons, rules either side) and total time. */
export function headingText(line: DocLine): string {
  const text = withoutTotal(line.text)
    .replace(/\p{Extended_Pictographic}|[\u{1F000}-\u{1FFFF}\u2600-\u27BF]|\uFE0F/gu, '')
    .replace(/[:：]\s*$/u, '')
    .trim();
  // The first and the last word, found by a walk (a regex of a lazy middle goes quadratic over one long word).
  const firstEnd = text.search(/\s/u);
  let lastStart = text.length;
  while (lastStart > 0 && !/\s/u.test(text[lastStart - 1] as string)) lastStart--;
  if (firstEnd === -1 || lastStart <= firstEnd) return text;
  const middle = text.slice(firstEnd, lastStart).trim();
  return middle !== '' && RULED.test(text.slice(0, firstEnd)) && RULED.test(text.slice(lastStart))
    ? middle
    : text;
}

/** The square or diamond a shokumu-keirekisho (and other CVs set in its manner) sets before each section's name. */
const HEADING_MARK = /^\s*([■□◆◇])/u;

/**
 * "■ Education", "◆ Work History": a list item that is a square or diamond mark and a section's exact name alone
 * heads that section (a bullet that reads "Education" among a job's or an interest list's items, after a round or
 * dashed mark, stays an item). A heading stands over plain lines: an item whose nearest non-blank line above or below
 * is an item with the same mark ("■ Training" among a job's ■ items, "◆ Leadership" in a ◆ skills list) stays an item.
 * `index` is the line's place in `lines`, whose neighbours are read when given.
 */
export function markedHeading(line: DocLine, lines?: readonly DocLine[], index?: number): boolean {
  const mark = line.bullet ? HEADING_MARK.exec(line.raw)?.[1] : undefined;
  if (mark === undefined || sectionKind(headingText(line)) === null) return false;
  if (lines === undefined || index === undefined) return true;
  return !(sameMarkAt(lines, index, -1, mark) || sameMarkAt(lines, index, 1, mark));
}

/** Whether the nearest non-blank line from `index` in direction `step` is a list item set with `mark`. */
function sameMarkAt(lines: readonly DocLine[], index: number, step: -1 | 1, mark: string): boolean {
  for (let at = index + step; at >= 0 && at < lines.length; at += step) {
    const other = lines[at] as DocLine;
    if (other.blank) continue;
    return other.bullet && HEADING_MARK.exec(other.raw)?.[1] === mark;
  }
  return false;
}

/**
 * Cuts the document into sections at lines that are a section name on their own ("EXPERIENCE",
 * "Work History", "## Education", "Things I use:"). Inside a section, a heading set more quietly than
 * the section's own heading, with no blank line above it or with a colon after it, is a sub-heading
 * ("Projects:" inside a job), not a new section; so is a section name set more quietly than an
 * entry's own heading above it in the section ("Achievements" in bold under a job's heading).
 * A labelled line outside the body sections ("Skills: Go, Python") opens a section holding its text; one
 * naming a degree or a school ("Education: MSc, ETH Zurich") is a section of its own line only.
 */
export function splitSections(lines: readonly DocLine[]): Section[] {
  const sections: Section[] = [{ kind: 'preamble', title: null, heading: null, lines: [] }];
  let current = sections[0] as Section;
  let previous: DocLine | undefined;
  // The loudest line inside the current section so far (an entry's own heading).
  let loudestInside = 0;
  let lastText: DocLine | undefined;
  // Whether a blank line (or the document's start) stands right above lastText.
  let lastTextApart = true;
  // The lines right under a line of dates alone in the current section: how its entries set their titles.
  const titlesUnderDates: DocLine[] = [];
  // The Markdown headings of work histories that opened no section of their own: their entries' headings.
  const entryHeadings: Array<{ section: Section; line: DocLine }> = [];
  const largest = Math.max(1, ...lines.map((line) => line.size));
  // A table of studies standing in another section (see below): whether its rows are barred, and that section.
  let studies: { barred: boolean; around: Section } | null = null;
  const marketplaceProfile = showsMarketplaceProfile(lines);
  for (const [index, line] of lines.entries()) {
    const before = previous;
    previous = line;
    const above = lastText;
    const aboveApart = lastTextApart;
    if (!line.blank) {
      lastText = line;
      lastTextApart = before?.blank !== false;
    }
    // "| Period | Institution | Degree |" before any heading or inside the work history: its header row says the
    // table lists studies, so its rows are education; the section around it goes on after its last row (a line
    // with no bar, or a blank line).
    if (studies) {
      if (line.rule || (!line.blank && (!studies.barred || line.text.includes('|')))) {
        current.lines.push(line);
        continue;
      }
      current = { ...studies.around, lines: [] };
      sections.push(current);
      studies = null;
    }
    if (!line.blank && current.kind !== 'education' && studiesHeaderRow(line.text)) {
      studies = { barred: line.text.includes('|'), around: current };
      current = { kind: 'education', title: null, heading: null, lines: [line] };
      sections.push(current);
      continue;
    }
    // "Education: BSc Physics, Uppsala University, 2012" (or "- Edu: …" in a list, "Education — …" in a timeline)
    // among other lines: a labelled line naming a degree or a school is an education section of that one line, and
    // the section around it goes on after it. A job's bullet so labelled ("- Education: partnered with Stanford
    // University …") tells of the job's work, not the person's studies.
    const colonLabel = line.blank ? null : LABEL.exec(line.text);
    const educationLabel = colonLabel ?? (line.blank ? null : DASH_LABEL.exec(line.text));
    const labelled =
      educationLabel !== null &&
      current.kind !== 'education' &&
      !(line.bullet && (current.kind === 'experience' || current.kind === 'projects')) &&
      sectionKind(educationLabel[1] as string) === 'education'
        ? (educationLabel[2] as string)
        : null;
    const degreeLabelled = labelled !== null && findDegree(labelled) !== null;
    if (educationLabel && labelled !== null && (degreeLabelled || isInstitution(labelled))) {
      const section: Section = {
        kind: 'education',
        title: (educationLabel[1] as string).trim(),
        heading: null,
        lines: [line],
      };
      sections.push(section);
      // In an undivided document the line ends the entries above it: what follows ("- Certs: CKA") is
      // about the person, not the last job.
      const around =
        current.kind === 'preamble' && current.lines.length > 0
          ? { kind: 'preamble' as const, title: null, heading: null, lines: [] }
          : current;
      // "EDUCATION — STANFORD UNIVERSITY, 2015 – 2019" over "BS Computer Science": a school after the dash with no
      // degree is a heading over its studies' lines, which run to the next blank line (as a table of studies does).
      if (!colonLabel && !degreeLabelled) {
        current = section;
        studies = { barred: false, around };
        continue;
      }
      if (around !== current) {
        current = around;
        sections.push(current);
      }
      continue;
    }
    // After a page break: a note that the text goes on, or a job's header again with a continuation mark ("Zopa Bank
    // – Software Engineer (continued)") naming what the section above holds, opens nothing.
    if (!line.blank && !line.bullet && continuesOverleaf(line.text)) continue;
    const repeated = line.blank || line.bullet ? null : continuedText(line.text);
    if (
      repeated !== null &&
      current.kind !== 'preamble' &&
      sectionKind(repeated) === null &&
      findDates(repeated).length === 0 &&
      // A job's header stands within a page or two above its repeat: the last lines only, linear on a long document.
      repeatsAbove(
        repeated,
        current.lines
          .slice(-REPEAT_REACH)
          .map((inside) => inside.text)
          .join('\n'),
      )
    )
      continue;
    if (
      !line.blank &&
      (!(line.bullet && line.heading === 0 && !line.bold) || markedHeading(line, lines, index))
    ) {
      const text = headingText(line);
      const next = lines[index + 1];
      const loud = strength(line) >= 2 || (next?.rule === true && !line.bullet);
      // "Tech" or "Advisory" right under a job's header is the unit the job was done in: alone, such a word
      // heads a section only after a blank line, as a Markdown heading or larger type, or over a rule.
      const setApart = before?.blank !== false || strength(line) >= 3 || next?.rule === true;
      // "Higher Education" over a job's bullets is the market the job served: inside the work history it opens
      // the studies only over a degree or a school.
      const followed = lines.slice(index + 1).find((after) => !after.blank);
      const market =
        namesMarketToo(text) &&
        (current.kind === 'experience' || current.kind === 'projects') &&
        (followed === undefined ||
          followed.bullet ||
          (findDegree(followed.text) === null && !isInstitution(followed.text)));
      const named = !(
        (text.length > 60 && !letterSpaced(text)) ||
        (!setApart && namesUnitToo(text)) ||
        market
      );
      // "Experience (continued)", "Berufserfahrung (Fortsetzung)": the section's heading again after a page break.
      const continued = continuedText(text);
      const exact = named ? sectionKind(continued ?? text) : null;
      const loose =
        named && exact === null && loud && before?.blank !== false ? looseSectionKind(text) : null;
      // "RIMAC TECHNOLOGY", "DELL TECHNOLOGIES" over "Senior Developer    Jun 2019 – Feb 2022" in the work history:
      // an employer's name in capitals that holds a section's word, over a dated line naming a role, is no other
      // section. Over a school, a degree or a project ("GRADUATE EDUCATION" over "University of Toronto    Sep 2014 –
      // Jun 2016", "HACKATHON PROJECTS" over "Ledger Rewrite    Jan 2018 – Jun 2018") it opens its section.
      const employerOverDates =
        loose !== null &&
        loose !== current.kind &&
        current.kind === 'experience' &&
        followed !== undefined &&
        findDates(followed.text).some((date) => date.kind === 'range') &&
        namesEnglishRole(followed.text) &&
        findDegree(followed.text) === null &&
        !isInstitution(followed.text);
      // "### Research Assistant" after "### Senior Data Scientist" and "### Data Analyst" in the work history: a
      // heading set as the section's entries' headings are, which only loosely names a section, is an entry's.
      const entryHeading =
        loose !== null &&
        line.heading > 0 &&
        entryHeadings.some((entry) => entry.section === current && entry.line.heading === line.heading);
      const kind = exact ?? (employerOverDates || entryHeading ? null : loose);
      const standsOut =
        current.heading === null ||
        ((strength(line) >= Math.min(2, strength(current.heading)) ||
          (before?.blank !== false && !/[:：]\s*$/u.test(line.text))) &&
          // "Achievements" in bold under a job set as a heading: a part of that job, not a section
          // (a plain line after a blank one, as a table's cell reads, still may be).
          (strength(line) >= loudestInside ||
            (before?.blank !== false && strength(line) === 1) ||
            // Set as the section's own heading is ("PERSONAL INFORMATION" … "WORK EXPERIENCE" in a
            // Europass CV, whose entries' headers are set larger): a peer, whatever lies between.
            setAlike(line, current.heading)));
      // "07/2013 – 09/2013" over "Internship" over "SAP SE": under a line of dates alone, a section's name set as
      // the section's entries set their titles under their dates is the entry's title. Dates that close the lines
      // of an entry above them ("Tulsa Community College - Tulsa, OK" over "August 2015 to May 2017"), a blank line
      // after them, open nothing ("Skills").
      const aboveDates =
        above !== undefined && (before?.blank === false || aboveApart) && datesAlone(above.text);
      const underDates = aboveDates && titlesUnderDates.some((title) => styledAlike(title, line));
      if (aboveDates) titlesUnderDates.push(line);
      // "education:" over an indented "  courses:" (a site generator's profile): a group inside the
      // section just opened, before any line of it.
      const nestedInEducation =
        kind === 'other' &&
        current.kind === 'education' &&
        current.heading !== null &&
        line.indent > current.heading.indent &&
        current.lines.every((inside) => inside.blank);
      // "Key achievements:" or "Highlights:" right under a job's title line in the work history, no blank line
      // between: a label over that job's bullets, however loud, no summary of the person.
      const jobsLabel =
        kind === 'summary' &&
        current.kind === 'experience' &&
        before?.blank === false &&
        /[:：]\s*$/u.test(line.text);
      if (kind && standsOut && !underDates && !nestedInEducation && !jobsLabel) {
        // The open section's heading again after a page break: the section goes on. (A section read between, a
        // sidebar's, leaves it a section of its own: a job's lines are one run of the document's.)
        if (continued !== null && kind === current.kind) continue;
        current = { kind, title: text, heading: line, lines: [] };
        sections.push(current);
        loudestInside = 0;
        titlesUnderDates.length = 0;
        continue;
      }
      if (line.heading > 0 && current.kind === 'experience') entryHeadings.push({ section: current, line });
      // A heading set louder than the section's own heading, and naming no section (a name banner
      // read after a sidebar), ends the section: what follows is about the person again.
      // In a PDF the banner is type far larger than the heading's (a name at 26 pt under a sidebar's 10 pt),
      // at the document's largest size (the name's), opening the column read after the sidebar: the PDF
      // reader puts a blank line between columns read apart and marks no gap above a column's first line,
      // where a blank line it set for space above carries `gapBefore`. Employers set large under a small
      // "EXPERIENCE", each after a gap, are the section's entries.
      const banner =
        current.heading !== null &&
        ((line.heading > 0 && current.heading.heading > line.heading) ||
          (line.size >= 1.8 &&
            line.size >= current.heading.size * 1.6 &&
            line.size >= largest &&
            before?.blank === true &&
            !line.gapBefore));
      if (!kind && banner) {
        current = { kind: 'preamble', title: null, heading: null, lines: [line] };
        sections.push(current);
        continue;
      }
      // "* **Vienna University of Technology**" over "    * MSc Informatics, 2014 – 2016" with no
      // Education heading anywhere: a school set as a heading or list item over a degree opens education.
      if (
        !kind &&
        (current.kind === 'preamble' || current.kind === 'experience') &&
        (line.bullet || line.bold || line.heading > 0) &&
        schoolOverDegree(
          line,
          lines.slice(index + 1).find((next) => !next.blank),
        )
      ) {
        current = { kind: 'education', title: null, heading: null, lines: [line] };
        sections.push(current);
        loudestInside = 0;
        continue;
      }
      // "Education | B.E. (Electronics), Anna University, 2012": a table whose first column names the
      // section beside its content (a Word table CV) opens that section.
      const cell = CELL.exec(line.text);
      const cellName = (cell?.[1] ?? '').trim();
      const cellKind = cell ? sectionKind(cellName) : null;
      if (
        cellKind &&
        cellKind !== current.kind &&
        // Inside a job, "Skills | Go, Kafka" is that job's field; its own row, after a gap, or a body
        // section's name is a section of its own.
        (before?.blank !== false || cellKind === 'education' || cellKind === 'experience') &&
        findDates(cellName).length === 0 &&
        // "Educación | Soporte técnico" inside a job's lines (a portal's industry and area under the employer):
        // a row right under another line of the work history names the studies only with a degree or a school.
        !(
          cellKind === 'education' &&
          current.kind === 'experience' &&
          before?.blank === false &&
          findDegree(cell?.[2] ?? '') === null &&
          !isInstitution(cell?.[2] ?? '')
        )
      ) {
        current = { kind: cellKind, title: cellName, heading: null, lines: [line] };
        sections.push(current);
        loudestInside = 0;
        continue;
      }
      // "| Period | Role / Company | Stack |" with no heading above: a table of positions is the work history.
      if (current.kind === 'preamble' && headerRowColumns(line.text) !== null) {
        current = { kind: 'experience', title: null, heading: null, lines: [line] };
        sections.push(current);
        loudestInside = 0;
        continue;
      }
      const label = LABEL.exec(line.text);
      const labelKind = label ? sectionKind(label[1] as string) : null;
      if (
        labelKind &&
        (labelKind === 'skills' || labelKind === 'languages') &&
        ['preamble', 'summary', 'other', 'education'].includes(current.kind) &&
        // "Specializations: …" under "Desired position and salary": what the job sought is, no skills.
        !(current.kind === 'other' && namesDesiredJob(current.title))
      ) {
        current = { kind: labelKind, title: (label?.[1] ?? '').trim(), heading: null, lines: [line] };
        sections.push(current);
        continue;
      }
      // "Oczekiwania finansowe: 22 000 PLN brutto" after the skills (a portal's closing lines): the job sought,
      // no skill; it ends the skills.
      if (
        label &&
        (current.kind === 'skills' || current.kind === 'languages') &&
        namesDesiredJob(label[1] as string)
      ) {
        current = { kind: 'other', title: (label[1] as string).trim(), heading: null, lines: [line] };
        sections.push(current);
        continue;
      }
    }
    // A freelance marketplace's profile pasted as text (Upwork's): the overview, a paragraph in the first person,
    // follows the sidebar's blocks (languages, education) after a blank line, under no heading of its own. It opens
    // the person's summary; it is no part of those blocks. Elsewhere such a paragraph tells of the studies above it.
    if (
      (current.kind === 'education' || current.kind === 'languages') &&
      marketplaceProfile &&
      !line.blank &&
      !line.bullet &&
      line.heading === 0 &&
      before?.blank === true &&
      FIRST_PERSON.test(line.text) &&
      line.text.trim().split(/\s+/u).length >= 10
    ) {
      current = { kind: 'summary', title: null, heading: null, lines: [line] };
      sections.push(current);
      loudestInside = 0;
      continue;
    }
    if (!line.blank && current.heading !== null) loudestInside = Math.max(loudestInside, strength(line));
    current.lines.push(line);
  }
  return sections.filter((section) => section.kind !== 'preamble' || section.lines.length > 0);
}

/** A heading's text without the total time after it (HEADING_TOTAL); a line longer than any heading unchanged. */
function withoutTotal(text: string): string {
  if (text.length > 100) return text;
  return HEADING_TOTAL.exec(text.trim())?.[1] ?? text;
}

/** Two lines set the same way, loud or not. */
function styledAlike(line: DocLine, other: DocLine): boolean {
  return (
    line.caps === other.caps &&
    line.bold === other.bold &&
    line.heading === other.heading &&
    Math.abs(line.size - other.size) < 0.02
  );
}

/** A short line naming a school, the next line a degree and no job title ("PhD Student" is a job). */
function schoolOverDegree(line: DocLine, next: DocLine | undefined): boolean {
  return (
    next !== undefined &&
    line.text.length <= 80 &&
    isInstitution(line.text) &&
    findDates(line.text).length === 0 &&
    findDegree(next.text) !== null &&
    titleScore(next.text) === 0 &&
    (next.indent > line.indent || !line.bullet)
  );
}
