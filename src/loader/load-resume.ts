import type { Catalogue } from '../catalogue/catalogue.js';
import type { Counters, Executor } from '../db/Executor.js';
import type { NodeLabel } from '../graph/model.js';
import type { Resume } from '../resume/types.js';
import type { Props, UnnormalisedName } from './graph-plan.js';
import { loadBatch } from './load-batch.js';
import { planResumeGraph } from './plan-resume-graph.js';

/** What loading one résumé changed. */
export interface ResumeLoadResult {
  file: string;
  personId: string;
  roles: number;
  /** From the driver's update counters, summed over the transaction's statements. */
  counters: Counters;
  /** Existing nodes whose properties changed. */
  nodesUpdated: number;
  nodesCreatedByLabel: Record<NodeLabel, number>;
  unnormalised: UnnormalisedName[];
  /** The person's node as this load wrote it (a concurrent delete may remove it right after). */
  person: Props;
}

/**
 * Loads one résumé in a write transaction of its own (src/loader/load-batch.ts), so a failure
 * changes nothing. Loading the same résumé twice leaves the graph unchanged. Throws `ResumeError`
 * when the résumé's ids collide with other nodes (another kind, or a role another person holds).
 */
export async function loadResume(
  executor: Executor,
  resume: Resume,
  catalogue: Catalogue,
): Promise<ResumeLoadResult> {
  const plan = planResumeGraph(resume, catalogue);
  const result = await loadBatch(executor, [{ resume, plan }]);
  const [rejected] = result.rejected;
  if (rejected) throw rejected.error;
  return {
    file: resume.file,
    personId: plan.personId,
    roles: plan.nodes.Role.length,
    counters: result.counters,
    nodesUpdated: result.nodesUpdated,
    nodesCreatedByLabel: result.nodesCreatedByLabel,
    unnormalised: plan.unnormalised,
    person: plan.nodes.Person[0]?.props ?? { id: plan.personId },
  };
}
