import { humanPath } from './human-path.js';
import type { ParsedResume } from './parse-resume-file.js';

/**
 * One thing wrong with one file: where (`path` in the document, e.g. `work[2].startDate`, and the
 * line when known), what was found and what was expected.
 */
export interface ResumeIssue {
  file: string;
  /** Human path into the document; '' for the document as a whole. */
  path: string;
  /** 1-based, when the source position is known. */
  line?: number;
  column?: number;
  found: string;
  expected: string;
}

/**
 * The issue at `segments` of a parsed file: its path written as people read it (`work[2].startDate`)
 * and, when the parser can place it, its line and column.
 */
export function issueAt(
  parsed: ParsedResume,
  segments: readonly (string | number)[],
  found: string,
  expected: string,
): ResumeIssue {
  const position = parsed.locate(segments);
  return {
    file: parsed.file,
    path: humanPath(segments),
    ...(position && { line: position.line, column: position.column }),
    found,
    expected,
  };
}

export function formatResumeIssue(issue: ResumeIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const path = issue.path === '' ? '' : ` ${issue.path}:`;
  return `${where}:${path} found ${issue.found}; expected ${issue.expected}`;
}
