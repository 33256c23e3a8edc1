import { NODE_LABELS } from '../graph/model.js';
import type {
  PeopleSnapshot,
  PersonSnapshot,
  SnapshotInput,
  StoredNode,
} from '../graph/queries/snapshot-person.js';
import { ResumeError } from '../resume/resume-error.js';
import type { Resume } from '../resume/types.js';
import { rejectCollisions } from './collisions.js';
import type { GraphPlan } from './graph-plan.js';
import { diffPlan, type PlanDiff } from './plan-diff.js';

/*
 * Several résumés in one transaction must leave the graph that loading them one after the other,
 * in their order, leaves. A round plans them in that order against one snapshot of the graph plus
 * what the earlier ones of the round write (their nodes, with labels and properties), so that a
 * later résumé sees a node an earlier one creates or changes, collides with it, or updates it.
 *
 * What the overlay does not model ends the round: a résumé that names an id an earlier one of the
 * round owns or may delete (its roles and projects, the roles it drops, the shared nodes it
 * unlinks and what those may orphan) goes, with every résumé after it, to the next round, which
 * plans them against the graph the round has written. The first résumé of a round is never cut,
 * so every round makes progress. Pure: the snapshot says what the graph holds.
 */

/** A résumé ready to load: its plan, and the content hash its person records (when it has one). */
export interface BatchMember {
  resume: Resume;
  plan: GraphPlan;
}

export interface PlannedMember {
  member: BatchMember;
  diff: PlanDiff;
}

export interface RoundPlan {
  /** In order: what each résumé of the round writes. */
  accepted: PlannedMember[];
  /** Résumés refused (ids that collide), with the error naming every issue. */
  rejected: { member: BatchMember; error: ResumeError }[];
  /** Résumés for the next round, in order. */
  rest: BatchMember[];
}

/** Every id a plan names, of every kind. */
export function planIds(plan: GraphPlan): string[] {
  return NODE_LABELS.flatMap((label) => plan.nodes[label].map((node) => node.id));
}

/** The `snapshotPeople` parameter for `members`; `created`: people the transaction just created. */
export function snapshotInput(members: readonly BatchMember[], created: ReadonlySet<string>): SnapshotInput {
  const ids = new Set<string>();
  for (const { plan } of members) for (const id of planIds(plan)) ids.add(id);
  return {
    people: members.map(({ plan }) => plan.personId).filter((id) => !created.has(id)),
    ids: [...ids],
    roles: members.flatMap(({ plan }) =>
      plan.nodes.Role.map((node) => ({ id: node.id, person: plan.personId })),
    ),
    projects: members.flatMap(({ plan }) =>
      plan.nodes.Project.map((node) => ({ id: node.id, person: plan.personId })),
    ),
  };
}

type Processed = { member: BatchMember; planned?: PlannedMember };

/**
 * Plans `members` in order against `snapshot` (taken with `snapshotInput(members, …)`): each one
 * accepted with its diff, rejected, or left for the next round (see above).
 */
export function planRound(
  members: readonly BatchMember[],
  snapshot: PeopleSnapshot,
): RoundPlan & {
  /** Accepted and rejected, in order, for `cutAtOrphans`. */
  processed: Processed[];
} {
  const stored = new Map(snapshot.existing.map((node) => [node.id, node]));
  const edges = new Map(snapshot.people.map((person) => [person.id, person.edges]));
  const foreignRoles = groupBy(snapshot.foreignRoles, (role) => role.claimant);
  const projects = groupBy(snapshot.projects, (project) => project.claimant);
  const written = new Map<string, StoredNode>();
  /** Ids an accepted résumé of the round owns or may delete. */
  const claimed = new Set<string>();

  const processed: Processed[] = [];
  const accepted: PlannedMember[] = [];
  const rejected: RoundPlan['rejected'] = [];
  let rest: BatchMember[] = [];
  for (const [index, member] of members.entries()) {
    const { plan, resume } = member;
    const ids = planIds(plan);
    if (index > 0 && ids.some((id) => claimed.has(id))) {
      rest = members.slice(index);
      break;
    }
    const view: PersonSnapshot = {
      edges: edges.get(plan.personId) ?? [],
      existing: ids.flatMap((id) => written.get(id) ?? stored.get(id) ?? []),
      foreignRoles: (foreignRoles.get(plan.personId) ?? []).map(({ id, person }) => ({ id, person })),
      projects: (projects.get(plan.personId) ?? []).map(({ id, shared, technologies }) => ({
        id,
        shared,
        technologies,
      })),
    };
    try {
      rejectCollisions(resume, plan, view);
    } catch (error) {
      if (!(error instanceof ResumeError)) throw error;
      rejected.push({ member, error });
      processed.push({ member });
      continue;
    }
    const diff = diffPlan(plan, view);
    // Only nodes that exist before the transaction can be locked (and can vanish meanwhile).
    diff.touched = diff.touched.filter((id) => stored.has(id));
    for (const label of NODE_LABELS) {
      for (const node of diff.nodeWrites[label]) {
        written.set(node.id, { id: node.id, labels: [label, 'Entity'], props: storedForm(node.props) });
      }
    }
    for (const node of [...plan.nodes.Role, ...plan.nodes.Project]) claimed.add(node.id);
    for (const id of [...diff.staleRoleIds, ...diff.unlinked]) claimed.add(id);
    const planned = { member, diff };
    accepted.push(planned);
    processed.push({ member, planned });
  }
  return { accepted, rejected, rest, processed };
}

/**
 * Ends the round earlier when a résumé of it names a node that an earlier accepted one may orphan
 * beyond what it unlinks itself (`candidates`: orphanCandidatesById for the accepted résumés'
 * `unlinked`, by unlinked id). Returns the round to write and the orphan candidates to check.
 */
export function cutAtOrphans(
  round: ReturnType<typeof planRound>,
  candidates: ReadonlyMap<string, readonly string[]>,
): RoundPlan & { candidates: string[] } {
  const mayOrphan = new Set<string>();
  for (const [index, { member, planned }] of round.processed.entries()) {
    if (index > 0 && planIds(member.plan).some((id) => mayOrphan.has(id))) {
      const kept = new Set(round.processed.slice(0, index).map((entry) => entry.member));
      return {
        accepted: round.accepted.filter((entry) => kept.has(entry.member)),
        rejected: round.rejected.filter((entry) => kept.has(entry.member)),
        rest: [...round.processed.slice(index).map((entry) => entry.member), ...round.rest],
        candidates: [...mayOrphan],
      };
    }
    for (const id of planned?.diff.unlinked ?? [])
      for (const candidate of candidates.get(id) ?? []) mayOrphan.add(candidate);
  }
  return { accepted: round.accepted, rejected: round.rejected, rest: round.rest, candidates: [...mayOrphan] };
}

/** Planned properties as Neo4j returns them: integers as numbers. */
function storedForm(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
