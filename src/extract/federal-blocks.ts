import { looseCompanyKey } from '../catalogue/lookup-key.js';
import { datesAlone, findDates } from './dates.js';
import type { DocLine } from './line-model.js';
import { isLocation, titleScore } from './vocabulary.js';

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

/**
 * The labels only the builder's postings write ("Salary:", "Hours per week:", "Series:", "Grade:"): "Supervisor:",
 * "Rank:", "MOS:" and "Duties:" head lines of ordinary and military résumés too.
 */
const POSTING_LABEL =
  /^(?:salary|hours\s+per\s+week|series|grade|pay\s+plan|series\/grade|grade\s+level)\s*:/iu;

/** "Duties, Accomplishments and Related Skills:": the heading over a job's text, the end of its header. */
const DUTIES = /^duties\b[^:]{0,60}:\s*$/iu;

/** "Kansas City, MO US", "Silver Spring, MD 20910 United States", "Denver, CO, US": a place as the builder writes it. */
const PLACE =
  /^[\p{Lu}][\p{L}.' -]*,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?(?:,?\s+(?:US|USA|United\s+States))?$/u;

/**
 * An experience section's lines with each federal block's header read as one line of labelled fields, "Employer:
 * Agency | Department: Office | Job Title: … | Location: … | Dates: …" (the office and place when the block has
 * them), where the employer line stood (the agency and office lines, the posting's labelled lines and the title's own
 * line dropped, the labels over and after the text too): the labelled header every reader splits. The lines as they
 * are when the section holds no "Duties…:" heading and no posting's labelled line.
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
  const flush = block[0] && duties > 1 ? federalFlush(block[0].text, block.slice(0, duties)) : null;
  const dates = flush ? 0 : block.findIndex((line) => datesAlone(line.text.trim()));
  if (duties < 2 || dates < (flush ? 0 : 1) || dates > duties) return block;
  const header = block.slice(0, duties);
  const { places, names } = headerNames(header, flush ? -1 : dates);
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

/** A header's lines other than its labelled ones and the line at `skip`, split into places and names. */
function headerNames(header: readonly DocLine[], skip: number): { places: DocLine[]; names: DocLine[] } {
  const kept = header.filter((line, index) => index !== skip && !FEDERAL_LABEL.test(line.text.trim()));
  const places = kept.filter((line) => PLACE.test(line.text.trim()) || isLocation(line.text.trim()));
  return { places, names: kept.filter((line) => !places.includes(line)) };
}

/**
 * The header's first line read as "Agency, Office      dates" (see `flushRightDates`) when the header is a
 * posting's: it holds a label only postings write (`POSTING_LABEL`), or the name before the dates holds no title's
 * word and the header's last name is a title. "Senior Software Engineer      03/2019 - Present" over "Employer" and
 * "Supervisor:" is an ordinary résumé's title line: null.
 */
function federalFlush(first: string, header: readonly DocLine[]): { name: string; dates: string } | null {
  const flush = flushRightDates(first);
  if (!flush || header.some((line) => POSTING_LABEL.test(line.text.trim()))) return flush;
  const last = headerNames(header, -1).names.at(-1);
  return titleScore(flush.name) === 0 && last && titleScore(last.text.trim()) > 0 ? flush : null;
}

/**
 * "Internal Revenue Service, IT Applications Development      08/2021 - Present": a name, then a gap of spaces or a
 * tab, then a date range ending the line. The name and the dates, or null for any other line.
 */
function flushRightDates(text: string): { name: string; dates: string } | null {
  const range = findDates(text).at(-1);
  if (range?.kind !== 'range' || text.slice(range.end).trim() !== '') return null;
  const name = text.slice(0, range.start);
  // The gap: the blanks ending the name, two spaces or a tab among them (no unanchored `\s*$`: linear on any run).
  const gap = name.slice(name.trimEnd().length);
  if (!(gap.includes('  ') || gap.includes('\t')) || name.trim() === '') return null;
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
