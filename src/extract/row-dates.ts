import { cellOf, wholeRange } from './date-cells.js';
import { findDates } from './dates.js';
import type { ReadLine } from './line-model.js';
import { sectionKind } from './vocabulary.js';

/** The fewest words a line's text beside a date cell has to be a sentence of the entry, not its title. */
const PROSE_WORDS = 7;

/**
 * A sentence's punctuation: a full stop at its end (after a closing bracket or not), or a semicolon inside it. An
 * entry's heading ("BSc in Physics, Minor in Mathematics", "Title · Employer · City") has neither.
 */
const SENTENCE = /\p{Ll}[.!]\)?$|\)\.$|;\s/u;

/** The most words the first cell of an entry's heading line has ("Employer, Title", "School, Degree"). */
const HEADING_WORDS = 12;

function words(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/**
 * An entry's heading line that holds no date: set apart (bold, or a gap above it), or a row of cells (the
 * heading and its place flush right), its first cell short enough to be a heading.
 */
function undatedHeading(line: ReadLine): boolean {
  const text = line.text.trim();
  if (text === '' || findDates(text).length > 0 || sectionKind(text) !== null) return false;
  const lead = cellOf(text, 'lead', false);
  const hasCells = lead !== null && lead.rest.trim() !== '';
  return (
    (hasCells || line.bold === true || line.gapBefore === true) && words(lead?.cell ?? text) <= HEADING_WORDS
  );
}

/**
 * RenderCV, Jake's Résumé and most LaTeX résumés set an entry's place and its dates flush right, one over the
 * other, beside the lines of the entry: the heading ("Employer, Title") beside the place, and the entry's first
 * sentence beside the dates. A reader of the page then finds the range at the end of a sentence
 * ("Platform team; on-call for … services.    May 2022 – present"). Where a line's last cell is a whole date
 * range, the text before it is a sentence (several words, a sentence's punctuation: no title), and the line above it is an entry's
 * heading with no date of its own, the range belongs to that heading: it ends the heading's line, and the
 * sentence stands alone. A title beside its dates ("Site Engineer    2019 – 2021", under "Employer    City") is
 * left where it is, and so is a range beside a sentence whose heading is dated already.
 */
export function raiseRowDates(lines: readonly ReadLine[]): ReadLine[] {
  const out = lines.map((line) => ({ ...line }));
  for (let index = 1; index < out.length; index++) {
    const line = out[index] as ReadLine;
    const above = out[index - 1] as ReadLine;
    const trail = cellOf(line.text, 'trail', false);
    if (trail === null || !wholeRange(trail.cell)) continue;
    const sentence = trail.rest.trim();
    if (words(sentence) < PROSE_WORDS || !SENTENCE.test(sentence) || findDates(sentence).length > 0) continue;
    if (!undatedHeading(above)) continue;
    above.text = `${above.text.trimEnd()}    ${trail.cell}`;
    line.text = trail.rest.trimEnd();
  }
  return out;
}
