import { looseCompanyKey } from '../catalogue/lookup-key.js';
import { datesAlone, findDates } from './dates.js';
import type { DocLine } from './line-model.js';
import { isLocation } from './vocabulary.js';

/**
 * The US federal résumé (USAJOBS's résumé builder, saved as text or Word): each job a block of lines, the employer,
 * perhaps its agency and office, the place, the dates alone ("10/2019 - Present") or flush right on the employer's
 * line ("Internal Revenue Service, IT Applications Development      08/2021 - Present"), then labelled lines of the
 * posting ("Salary:", "Hours per week:", "Series: 2210 Grade: 13"), then the title, then "Duties, Accomplishments and
 * Related Skills:" over the text, closed by "Supervisor:" and "Okay to contact this Supervisor:".
 */

/** The builder's own labels, around a job's title and text: none of them is a part of a header. */
const FEDERAL_LABEL =
  /^(?:salary|hours\s+per\s+week|series|grade|pay\s+plan|series\/grade|grade\s+level|supervisor(?:'s\s+name)?|rank|mos|okay\s+to\s+contact(?:\s+this\s+supervisor)?|may\s+we\s+contact(?:\s+your)?\s+(?:current\s+)?supervisor|number\s+of\s+employees\s+supervised|employment\s+type|work\s+schedule)\s*:/iu;

/** "Duties, Accomplishments and Related Skills:": the heading over a job's text, the end of its header. */
const DUTIES = /^duties\b[^:]{0,60}:\s*$/iu;

/** "Kansas City, MO US", "Silver Spring, MD 20910 United States", "Denver, CO, US": a place as the builder writes it. */
const PLACE =
  /^[\p{Lu}][\p{L}.' -]*,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?(?:,?\s+(?:US|USA|United\s+States))?$/u;

/**
 * An experience section's lines with each federal block's header read as one line, "Title | Employer | Place |
 * dates", where the employer line stood (the agency and office lines, the posting's labelled lines and the title's
 * own line dropped, the labels over and after the text too): the header shape every reader knows. The lines as
 * they are when the section holds no "Duties…:" heading over dates alone and a posting's labelled line.
 */
export function federalBlocks(lines: readonly DocLine[]): DocLine[] {
  if (
    !lines.some((line) => DUTIES.test(line.text.trim())) ||
    !lines.some((line) => FEDERAL_LABEL.test(line.text.trim()))
  )
    return [...lines];
  const out: DocLine[] = [];
  let block: DocLine[] = [];
  const flush = () => {
    out.push(...federalBlock(block));
    block = [];
  };
  for (const line of lines) {
    if (line.blank) {
      flush();
      out.push(line);
    } else block.push(line);
  }
  flush();
  return out;
}

/** One block read as `federalBlocks` says, or as it is when it is no federal job's. */
function federalBlock(block: DocLine[]): DocLine[] {
  const duties = block.findIndex((line) => DUTIES.test(line.text.trim()));
  const flush = block[0] ? flushRightDates(block[0].text) : null;
  const dates = flush ? 0 : block.findIndex((line) => datesAlone(line.text.trim()));
  if (duties < 2 || dates < (flush ? 0 : 1) || dates > duties) return block;
  const header = block.slice(0, duties);
  const kept = header.filter(
    (line, index) => (index !== dates || flush) && !FEDERAL_LABEL.test(line.text.trim()),
  );
  const places = kept.filter((line) => PLACE.test(line.text.trim()) || isLocation(line.text.trim()));
  const names = kept.filter((line) => !places.includes(line));
  const employer = names[0];
  const title = names.at(-1);
  if (!employer || !title || title === employer || header.indexOf(title) < dates) return block;
  const { agency, office } = agencyOf(flush && employer === block[0] ? flush.name : employer.text.trim());
  const datesText = flush ? flush.dates : (block[dates] as DocLine).text.trim();
  // "Kansas City, MO US": the place without the ZIP code and the country the builder adds.
  const place = places[0]?.text
    .trim()
    .replace(/(?:\s+\d{5}(?:-\d{4})?)?(?:,?\s+(?:US|USA|United\s+States))?$/u, '');
  const parts = [
    `Employer: ${agency}`,
    ...(office ? [`Department: ${office}`] : []),
    `Job Title: ${title.text.trim()}`,
    ...(place ? [`Location: ${place}`] : []),
    `Dates: ${datesText}`,
  ];
  const first = block[0] as DocLine;
  const joined: DocLine = {
    ...first,
    text: parts.join(' | '),
    raw: parts.join(' | '),
    bold: false,
    heading: 0,
  };
  const body = block.slice(duties + 1).filter((line) => !FEDERAL_LABEL.test(line.text.trim()));
  return [joined, ...body];
}

/**
 * "Internal Revenue Service, IT Applications Development      08/2021 - Present": a name, then a gap of spaces or a
 * tab, then a date range ending the line. The name and the dates, or null for any other line.
 */
function flushRightDates(text: string): { name: string; dates: string } | null {
  const range = findDates(text).at(-1);
  if (range?.kind !== 'range' || text.slice(range.end).trim() !== '') return null;
  const name = text.slice(0, range.start);
  if (!/(?: {2}|\t)\s*$/u.test(name) || name.trim() === '') return null;
  return { name: name.trim(), dates: range.text };
}

/**
 * "Department of the Interior, Bureau of Indian Affairs", "Kaiser Permanente, Mid-Atlantic Health IT": the builder's
 * "Agency, Office" names the employer before the comma, its office (a unit) after it. A legal form after the comma
 * ("Leidos, Inc.") is the name's own.
 */
function agencyOf(name: string): { agency: string; office?: string } {
  const comma = name.indexOf(', ');
  if (comma < 1 || looseCompanyKey(name) !== null) return { agency: name };
  return { agency: name.slice(0, comma), office: name.slice(comma + 2).trim() };
}
