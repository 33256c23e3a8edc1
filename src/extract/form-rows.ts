import { findDates } from './dates.js';
import type { LineInfo } from './entries.js';
import { isHumanLanguage } from './vocabulary.js';

/** What a row of the Europass CV form holds. */
export type FormRowField =
  | 'dates'
  | 'title'
  | 'employer'
  | 'describing'
  | 'degree'
  | 'school'
  | 'subjects'
  | 'level';

/**
 * The rows of the Europass CV form (the EU's standard layout, printed by its online editor and its Word
 * template), work experience and education: a label cell, then a value cell, with a colon, a bar or only the
 * gap between the cells. Only these long labels are read without a colon; a short word like "Title" before a
 * gap is a table's column label.
 */
const FORM_LABELS: [FormRowField, string][] = [
  ['dates', 'dates'],
  ['title', 'occupation or position held'],
  ['employer', 'name and address of employer'],
  ['describing', 'main activities and responsibilities'],
  ['describing', 'type of business or sector'],
  ['degree', 'title of qualification awarded'],
  ['subjects', 'principal subjects / occupational skills covered'],
  ['school', 'name and type of organisation providing education and training'],
  ['level', 'level in national or international classification'],
];

const LABEL_PATTERN = FORM_LABELS.map(([, label]) =>
  label.replace(/ \/ /gu, '\\s*/\\s*').replace(/ /gu, '\\s+'),
).join('|');
// A Word table's row reads "label | value": its cells joined by a bar.
const FORM_ROW = new RegExp(
  `^\\s*(${LABEL_PATTERN})(?:\\s*[:：|]\\s*|\\s{2,}|\\t\\s*)(\\S(?:.*\\S)?)\\s*$`,
  'iu',
);

/** A Europass form row's field, its value and where the value starts on the line; null for any other line. */
export function formRow(text: string): { field: FormRowField; value: string; at: number } | null {
  const found = FORM_ROW.exec(text);
  if (!found) return null;
  const label = (found[1] as string)
    .toLowerCase()
    .replace(/\s*\/\s*/gu, ' / ')
    .replace(/\s+/gu, ' ');
  const field = FORM_LABELS.find(([, name]) => name === label)?.[0];
  const value = found[2] as string;
  // "Dates    Sept 2019 – today" is a row only when it holds a date.
  if (!field || (field === 'dates' && findDates(value).length === 0)) return null;
  return { field, value, at: text.lastIndexOf(value) };
}

/**
 * The Europass CV's rows that hold no technology: the languages and their grid of CEFR levels, the
 * self-assessment grid of digital skills, the driving licence. Such a row and the unlabelled grid lines
 * under it, up to a blank line or the next labelled row, are no skills list.
 */
const FORM_GRID =
  /^\s*(?:mother\s+tongue|levels?\s*:\s*A1|common\s+european\s+framework|driving\s+licen[cs]e|digital\s+skills\b.*self-assessment)/iu;

/**
 * "Other language(s)" alone, before the grid's header or before a spoken language; before "Rust, Haskell"
 * it names programming languages.
 */
const OTHER_LANGUAGES = /^\s*other\s+languages?(?:\s*\(s\))?(?:\s{2,}|\t|\s*$)(.*)$/iu;
const CEFR_HEADER = /^(?:understanding|speaking|writing|listening|reading)\b/iu;

export function formGridRow(text: string): boolean {
  if (FORM_GRID.test(text)) return true;
  const other = OTHER_LANGUAGES.exec(text);
  if (!other) return false;
  const first = (other[1] as string).trim().split(/\s*[,;(]\s*|\s{2,}|\t/u)[0] as string;
  return first === '' || CEFR_HEADER.test(first) || isHumanLanguage(first);
}

/** The fields of an engagement record that make it a position. */
type RecordField = 'employer' | 'title' | 'dates';

/**
 * The labels of an engagement record's fields, as contractors and consultancies print one block per engagement
 * ("Client: Northmoor Bank", "Role: Data Engineer", "Period: February 2023 – present", then its location, its
 * technologies and its bullets).
 */
const RECORD_LABELS: [RecordField, RegExp][] = [
  ['employer', /^(?:client|customer|company|employer|organi[sz]ation|firm)(?:\s+name)?$/iu],
  ['title', /^(?:role|position|title|job\s+title|designation)$/iu],
  ['dates', /^(?:period|dates?|duration|when|tenure|timeline|time\s*frame)$/iu],
];

/** "Label: value", or "Label" a tab before its value (a Word table of labels and values reads as its own rows). */
const RECORD_LINE = /^\s*(\p{L}[\p{L} ]{0,24}?)\s*(?:[:：]|\t)\s*(\S(?:.*\S)?)\s*$/u;

function recordField(text: string): { field: RecordField; value: string; at: number } | null {
  const found = RECORD_LINE.exec(text);
  if (!found) return null;
  const field = RECORD_LABELS.find(([, label]) => label.test(found[1] as string))?.[0];
  const value = found[2] as string;
  if (!field || (field === 'dates' && findDates(value).length === 0)) return null;
  return { field, value, at: text.lastIndexOf(value) };
}

/**
 * Engagement records: blocks of labelled lines (apart by blank lines, or where a field comes again) that name an
 * employer ("Client:", "Company:", "Organisation:") and the engagement's dates ("Period:", "Dates:", "Duration:",
 * "When:"). Each such block is a position of its own, its client the employer, unless it stands under a dated
 * header of the section that holds no record ("Consultant, Acme   2019 – 2022" over "Client: Aviva" / "Period: …"):
 * there the records are that position's engagements. Marks each record's employer line (`recordEmployer`).
 */
export function markEngagementRecords(infos: readonly LineInfo[]): void {
  let datedHeader = false;
  let block: { info: LineInfo; field: RecordField; value: string; at: number }[] = [];
  const close = () => {
    const employer = block.find((entry) => entry.field === 'employer');
    if (employer && block.some((entry) => entry.field === 'dates') && !datedHeader)
      employer.info.recordEmployer = { value: employer.value, at: employer.at };
    block = [];
  };
  for (const info of infos) {
    if (info.line.blank) {
      close();
      continue;
    }
    const found = recordField(info.line.text);
    if (!found) {
      if (block.length === 0 && !info.line.bullet && info.dates.some((date) => date.kind === 'range'))
        datedHeader = true;
      continue;
    }
    if (block.some((entry) => entry.field === found.field)) close();
    block.push({ info, ...found });
  }
  close();
}
