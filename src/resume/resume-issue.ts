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

export function formatResumeIssue(issue: ResumeIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const path = issue.path === '' ? '' : ` ${issue.path}:`;
  return `${where}:${path} found ${issue.found}; expected ${issue.expected}`;
}
