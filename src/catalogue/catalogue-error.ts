import { formatResumeIssue, type ResumeIssue } from '../resume/resume-issue.js';

/** A catalogue file that cannot be used, with every issue found in it. */
export class CatalogueError extends Error {
  readonly issues: readonly ResumeIssue[];

  constructor(issues: readonly ResumeIssue[]) {
    super(
      `The catalogue is not valid:\n${issues.map((issue) => `  ${formatResumeIssue(issue)}`).join('\n')}`,
    );
    this.name = 'CatalogueError';
    this.issues = issues;
  }
}
