import { formatResumeIssue, type ResumeIssue } from './resume-issue.js';

/** A file that cannot be loaded, with every issue found in it. */
export class ResumeError extends Error {
  readonly file: string;
  readonly issues: readonly ResumeIssue[];

  constructor(file: string, issues: readonly ResumeIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `  ${formatResumeIssue(issue)}`);
    const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
    super(`${file} is not a valid résumé:\n${[...shown, ...more].join('\n')}`);
    this.name = 'ResumeError';
    this.file = file;
    this.issues = issues;
  }
}
