import type { PositionDraft } from './experience.js';
import type { DocLine } from './line-model.js';
import { titleScore } from './vocabulary.js';

/**
 * A heading of teaching done ("Teaching", "Teaching Experience", "Teaching Assignments"): an academic CV lists
 * there the teaching posts held (a teaching assistantship at a university, with its dates) and the courses taught
 * inside another post, which are no positions.
 */
export function namesTeaching(heading: string | null): boolean {
  // Without its spaces, as a heading set letter-spaced ("T E A C H I N G") reads.
  const letters = (heading ?? '').replace(/\s+/gu, '');
  return /teaching/iu.test(letters) && !/positions|appointments/iu.test(letters);
}

/**
 * A course's code ("CSC2025", "DD2372"): letters then two digits or more, as one word.
 */
const COURSE_CODE = /\b\p{L}{2,}\d{2,}\p{L}?\b/u;

/** A title quoted in a row ("Instructor, “Compilers in OCaml”"): the course's own name. */
const QUOTED = /["“”«»„]\s*\S[^"“”«»„]*["“”«»„]/u;

/** Words that name a course, not an employer ("Course", "Module", "Seminar", "Summer School"). */
const COURSE_WORDS =
  /\b(?:courses?|modules?|class(?:es)?|seminars?|tutorials?|lectures?|workshops?|(?:summer|winter|spring|autumn)\s+schools?)\b/iu;

/** A list of single years ("2020, 2021", "2019 and 2022"): the terms a course was given, no span of a post. */
const YEAR_LIST = /\b(?:19|20)\d\d\s*(?:,|\band\b|&)\s*(?:19|20)\d\d\b/u;

/**
 * The positions of a teaching section that are posts held: a titled role (a role noun, no course code in the title)
 * at an organisation, on a row that names no course (a quoted title, a course code, a course's word in its
 * employer, a list of terms). `lines` are the section's lines, the rows' text.
 */
export function teachingPosts(
  positions: readonly PositionDraft[],
  lines: readonly DocLine[],
): PositionDraft[] {
  const byNumber = new Map(lines.map((line) => [line.n, line.text]));
  return positions.filter((position) => {
    if (!position.company || !position.title) return false;
    if (titleScore(position.title.value) === 0 || COURSE_CODE.test(position.title.value)) return false;
    if (COURSE_WORDS.test(position.company.value)) return false;
    const headerEnd = Math.max(position.first, position.title.endLine, position.company.endLine);
    const header = Array.from(
      { length: headerEnd - position.first + 1 },
      (_, index) => byNumber.get(position.first + index) ?? '',
    ).join(' ');
    return !QUOTED.test(header) && !YEAR_LIST.test(header) && !COURSE_CODE.test(header);
  });
}

/** The lines of `lines` that none of `positions` covers. */
export function outsidePositions(lines: readonly DocLine[], positions: readonly PositionDraft[]): DocLine[] {
  return lines.filter(
    (line) => !positions.some((position) => line.n >= position.first && line.n <= position.last),
  );
}
