import { NODE_LABELS, type NodeLabel } from '../graph/model.js';
import type { PersonSnapshot } from '../graph/queries/snapshot-person.js';
import { ResumeError } from '../resume/resume-error.js';
import type { ResumeIssue } from '../resume/resume-issue.js';
import type { Resume } from '../resume/types.js';
import type { GraphPlan } from './graph-plan.js';

/**
 * Throws `ResumeError` when the résumé's ids collide with other nodes: an id it gives two kinds of
 * node itself, an id a node of another kind already has, a role id another person holds. Pure:
 * the snapshot says what the graph holds.
 */
export function rejectCollisions(resume: Resume, plan: GraphPlan, snapshot: PersonSnapshot): void {
  const issues: ResumeIssue[] = [];
  // Ids the résumé itself gives to two kinds of node (a project with a role's id).
  const planned = new Map<string, NodeLabel>();
  for (const label of NODE_LABELS) {
    for (const node of plan.nodes[label]) {
      const first = planned.get(node.id);
      if (first === undefined) {
        planned.set(node.id, label);
        continue;
      }
      issues.push({
        file: resume.file,
        path: node.origin,
        found: `the ${label.toLowerCase()} id "${node.id}", which this résumé also gives a ${first}`,
        expected: `ids unique across kinds of node: give the ${label.toLowerCase()} its own \`id\``,
      });
    }
  }
  const existing = new Map(snapshot.existing.map((node) => [node.id, node]));
  const reported = new Set(issues.map((issue) => issue.path));
  for (const label of NODE_LABELS) {
    for (const node of plan.nodes[label]) {
      const stored = existing.get(node.id);
      if (!stored || stored.labels.includes(label) || reported.has(node.origin)) continue;
      const kind = label.toLowerCase();
      const other = stored.labels.filter((name) => name !== 'Entity').join('/');
      const unnormalised = label === 'Technology' || label === 'Company';
      issues.push({
        file: resume.file,
        path: node.origin,
        found: `the ${kind} id "${node.id}", which a ${other} node already has`,
        expected: unnormalised
          ? `a name that does not collide with another kind of node (add it to the ${kind} catalogue)`
          : `ids unique across kinds of node: give the ${kind} its own \`id\``,
      });
    }
  }
  for (const role of snapshot.foreignRoles) {
    issues.push({
      file: resume.file,
      path: plan.nodes.Role.find((node) => node.id === role.id)?.origin ?? '',
      found: `the role id "${role.id}", already held by person "${role.person}"`,
      expected: 'role ids unique across résumés (leave `id` out to get "<personId>-w<i>-p<j>")',
    });
  }
  if (issues.length > 0) throw new ResumeError(resume.file, issues);
}
