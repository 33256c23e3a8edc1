import { NODE_LABELS } from '../graph/model.js';
import { formatResumeIssue } from '../resume/resume-issue.js';
import type { FailedFile, LoadSummary } from './load-summary.js';

export interface FormatOptions {
  /** Names outside the catalogues listed at most (the count is always given). */
  maxUnnormalised?: number;
  /** Issues listed per failed file at most. */
  maxIssues?: number;
}

/** The end-of-run report of `npm run load`, as plain text lines. */
export function formatLoadSummary(summary: LoadSummary, options: FormatOptions = {}): string {
  const maxNames = options.maxUnnormalised ?? 30;
  const maxIssues = options.maxIssues ?? 10;
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const perLabel = NODE_LABELS.filter((label) => summary.nodesCreatedByLabel[label] > 0)
    .map((label) => `${label} ${summary.nodesCreatedByLabel[label]}`)
    .join(', ');
  const lines = [
    `Loaded ${summary.people} of ${summary.files} file${summary.files === 1 ? '' : 's'} in ${seconds} s: ` +
      `${summary.people} people, ${summary.roles} roles` +
      (summary.unchanged > 0
        ? ` (${summary.unchanged} unchanged since they were loaded, not read again).`
        : '.'),
    `Nodes: ${summary.nodesCreated} created${perLabel ? ` (${perLabel})` : ''}, ${summary.nodesUpdated} updated, ` +
      `${summary.nodesDeleted} deleted.`,
    `Relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsDeleted} deleted.`,
  ];
  if (summary.unnormalised.length > 0) {
    lines.push(`Names outside the catalogues (${summary.unnormalised.length}), each now a node of its own:`);
    for (const name of summary.unnormalised.slice(0, maxNames)) {
      const hint = name.suggestion ? ` — did you mean "${name.suggestion}"?` : '';
      const where = `${name.firstSeen.file} ${name.firstSeen.path}`;
      const files = name.files > 1 ? `, in ${name.files} files` : '';
      lines.push(`  ${name.kind} "${name.name}" → ${name.id} (${where}${files})${hint}`);
    }
    if (summary.unnormalised.length > maxNames) {
      lines.push(`  … and ${summary.unnormalised.length - maxNames} more`);
    }
  }
  for (const split of summary.splits ?? []) {
    lines.push(
      `A transaction of ${split.files} files failed and was loaded again in smaller ones: ${split.message}`,
    );
  }
  for (const recheck of summary.rechecks ?? []) {
    lines.push(
      `A transaction of ${recheck.files} files may have committed unanswered and was loaded again as it was: ${recheck.message}`,
    );
  }
  const notLoaded = summary.failed.filter((failed) => !failed.mayBeInGraph);
  const unconfirmed = summary.failed.filter((failed) => failed.mayBeInGraph);
  if (notLoaded.length > 0) {
    lines.push(`Not loaded (${notLoaded.length}); nothing of these files is in the graph:`);
    for (const failed of notLoaded) {
      if (failed.issues.length === 0) {
        lines.push(`  ${failed.message}`);
        continue;
      }
      for (const issue of failed.issues.slice(0, maxIssues)) lines.push(`  ${formatResumeIssue(issue)}`);
      if (failed.issues.length > maxIssues) {
        lines.push(`  ${failed.file}: … and ${failed.issues.length - maxIssues} more issues`);
      }
    }
  }
  if (unconfirmed.length > 0) {
    lines.push(
      `Not confirmed (${unconfirmed.length}); these files may be in the graph, loading them again tells:`,
    );
    for (const failed of unconfirmed) lines.push(`  ${failed.message}`);
  }
  return lines.join('\n');
}

/**
 * The one-line verdicts `npm run load` writes to stderr when files failed: those known to be absent from the graph
 * apart from those whose commit went unanswered (they may be in it), so a script never reads the latter as lost.
 */
export function formatFailedFiles(failed: readonly FailedFile[]): string[] {
  const notLoaded = failed.filter((entry) => !entry.mayBeInGraph).map((entry) => entry.file);
  const unconfirmed = failed.filter((entry) => entry.mayBeInGraph).map((entry) => entry.file);
  const lines: string[] = [];
  if (notLoaded.length > 0) lines.push(`Not loaded: ${notLoaded.join(', ')}`);
  if (unconfirmed.length > 0) {
    lines.push(`Not confirmed, may be in the graph (load them again to know): ${unconfirmed.join(', ')}`);
  }
  return lines;
}
