import { findDates } from './dates.js';
import type { DocLine } from './line-model.js';

/**
 * "promoted to", as a résumé writes a new title at the same employer: after a comma, a semicolon or a dash
 * ("Software Engineer (2018 – 2020), promoted to Senior Software Engineer (2020 – 2023)"), or opening a line
 * ("Promoted to Senior Developer (2021)"). Group 1 is the title that follows.
 */
const PROMOTED_TO =
  /(?:^|[,;.]\s*|\s+[-–—→]\s*|\s+)(?:and\s+|then\s+|later\s+)?(?:was\s+|got\s+)?promoted\s+to\s+(?:the\s+(?:role|position)\s+of\s+|an?\s+)?(?=\S)/iu;

/** A line read as the title a promotion led to: what it holds of the position's header. */
export interface Promotion {
  line: DocLine;
  /** The line names a date of its own: the promotion opens a position. Without one it is what the job was. */
  dated: boolean;
}

/** `line` with the text outside [start, end) blanked, so that every column stays where it was. */
function keep(line: DocLine, start: number, end: number): DocLine {
  const text = line.text;
  return {
    ...line,
    text: (' '.repeat(start) + text.slice(start, end)).trimEnd(),
  };
}

/**
 * Reads promotions written inline into lines of their own: a line naming a dated title, then "promoted to" and
 * a dated title, becomes two lines (the first title, the second), each with the other's text blanked; a line that
 * opens with "Promoted to" is returned among `promotions`, without those words when it names a date. A list item
 * ("- Promoted to team lead in 2021.") is the job's text and is left alone.
 */
export function splitPromotions(lines: readonly DocLine[]): { lines: DocLine[]; promotions: Promotion[] } {
  const out: DocLine[] = [];
  const promotions: Promotion[] = [];
  for (const line of lines) {
    const found = line.blank || line.bullet ? null : PROMOTED_TO.exec(line.text);
    if (!found) {
      out.push(line);
      continue;
    }
    const at = found.index;
    const after = at + found[0].length;
    const before = line.text.slice(0, at);
    const rest = line.text.slice(after);
    if (before.trim() === '') {
      // A sentence that opens with the words is the job's text ("Promoted to lead the platform team in 2021.").
      if (rest.split(/\s+/u).length > 10 || /[.!?]$/u.test(rest.trim())) {
        out.push(line);
        continue;
      }
      // Undated, the line says what happened in the job and stays as written.
      const dated = findDates(rest).length > 0;
      const title = dated ? keep(line, after, line.text.length) : line;
      promotions.push({ line: title, dated });
      out.push(title);
      continue;
    }
    // Both sides dated: two titles, each with its dates.
    if (findDates(before).length === 0 || findDates(rest).length === 0) {
      out.push(line);
      continue;
    }
    const second = keep(line, after, line.text.length);
    out.push(keep(line, 0, at), second);
  }
  return { lines: out, promotions };
}
