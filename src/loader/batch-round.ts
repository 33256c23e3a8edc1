import { NODE_LABELS, RelType } from '../graph/model.js';
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
 * what the earlier ones of the round write: their nodes (labels and properties), and for each
 * project who works on it and what it uses. So a later résumé sees a node an earlier one creates
 * or changes, collides with it, updates it, or shares a project with it.
 *
 * What this overlay does not model ends the round: a résumé that names a role an earlier one of the
 * round holds or drops (planRound), or a node an earlier one may orphan (cutAtOrphans: a node it
 * unlinks, or one that may go with it, that nobody outside the round links to) whose properties
 * would not simply be set again (a project, a school, a name outside the catalogues: loaded one
 * after the other, it would go and come back with only the later résumé's properties). That
 * résumé, and every one after it, goes to the next round, planned against the graph the round has
 * written. A catalogue technology or company gets its catalogue properties either way, so naming
 * one that another résumé unlinks does not end the round. The first résumé of a round is never
 * cut, so every round makes progress. Pure: the snapshot says what the graph holds.
 */

/** A résumé ready to load: its plan (its person's contentHash included, when it has one). */
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

/** A planned or refused résumé of the round, in order. */
interface Processed {
  member: BatchMember;
  planned?: PlannedMember;
}

export interface PlannedRound extends RoundPlan {
  processed: Processed[];
  /** The graph's nodes among the plans' ids. */
  stored: ReadonlyMap<string, StoredNode>;
}

/**
 * Plans `members` in order against `snapshot` (taken with `snapshotInput(members, …)`): each one
 * accepted with its diff, rejected, or left for the next round (see above).
 */
export function planRound(members: readonly BatchMember[], snapshot: PeopleSnapshot): PlannedRound {
  const stored = new Map(snapshot.existing.map((node) => [node.id, node]));
  const edges = new Map(snapshot.people.map((person) => [person.id, person.edges]));
  const foreignRoles = groupBy(snapshot.foreignRoles, (role) => role.claimant);
  const storedProjects = new Map(
    snapshot.projects.map((project) => [pairKey(project.id, project.claimant), project]),
  );
  /** Nodes the round's accepted résumés write, as stored. */
  const written = new Map<string, StoredNode>();
  /** Per project an accepted résumé names: who of the round works on it, and what it uses now. */
  const projects = new Map<string, { workers: Set<string>; technologies: Set<string> }>();
  /** Roles an accepted résumé holds or drops. */
  const roles = new Set<string>();
  /** Per company, its parents as the graph holds them after the accepted résumés. */
  const parents = new Map<string, Set<string>>();
  for (const { from, to } of snapshot.partOf) {
    const known = parents.get(from);
    if (known) known.add(to);
    else parents.set(from, new Set([to]));
  }

  const processed: Processed[] = [];
  const accepted: PlannedMember[] = [];
  const rejected: RoundPlan['rejected'] = [];
  for (const [index, member] of members.entries()) {
    const { plan, resume } = member;
    const person = plan.personId;
    if (index > 0 && plan.nodes.Role.some((node) => roles.has(node.id))) {
      return { accepted, rejected, rest: members.slice(index), processed, stored };
    }
    const ids = planIds(plan);
    const view: PersonSnapshot = {
      edges: edges.get(person) ?? [],
      existing: ids.flatMap((id) => written.get(id) ?? stored.get(id) ?? []),
      foreignRoles: (foreignRoles.get(person) ?? []).map(({ id, person: holder }) => ({
        id,
        person: holder,
      })),
      projects: plan.nodes.Project.flatMap(({ id }) => {
        const fromGraph = storedProjects.get(pairKey(id, person));
        const inRound = projects.get(id);
        if (!inRound)
          return fromGraph ? [{ id, shared: fromGraph.shared, technologies: fromGraph.technologies }] : [];
        return [
          {
            id,
            shared: (fromGraph?.shared ?? false) || [...inRound.workers].some((worker) => worker !== person),
            technologies: [...inRound.technologies],
          },
        ];
      }),
      partOf: plan.nodes.Company.flatMap(({ id }) =>
        [...(parents.get(id) ?? [])].map((to) => ({ from: id, to })),
      ),
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
    for (const { id } of plan.nodes.Project) {
      const state = projects.get(id) ?? {
        workers: new Set<string>(),
        technologies: new Set(view.projects.find((project) => project.id === id)?.technologies ?? []),
      };
      state.workers.add(person);
      for (const edge of diff.staleEdges) if (edge.from === id) state.technologies.delete(edge.to);
      for (const edge of diff.newEdges)
        if (edge.kind === 'projectUsed' && edge.from === id) state.technologies.add(edge.to);
      projects.set(id, state);
    }
    for (const { id } of plan.nodes.Role) roles.add(id);
    for (const id of diff.staleRoleIds) roles.add(id);
    for (const edge of diff.staleEdges)
      if (edge.type === RelType.PART_OF) parents.get(edge.from)?.delete(edge.to);
    for (const edge of diff.newEdges) {
      if (edge.kind !== 'partOf') continue;
      const known = parents.get(edge.from);
      if (known) known.add(edge.to);
      else parents.set(edge.from, new Set([edge.to]));
    }
    const planned = { member, diff };
    accepted.push(planned);
    processed.push({ member, planned });
  }
  return { accepted, rejected, rest: [], processed, stored };
}

/**
 * Ends the round earlier where a résumé of it names a node that an earlier accepted one may orphan
 * (see above): what it unlinks and what that may take with it (`candidates`: orphanCandidatesById
 * of the accepted résumés' `unlinked`, by unlinked id), unless someone outside the round links to
 * it (`kept`: keptByOthers, read under the candidates' locks). Returns the round to write and its
 * orphan candidates.
 */
export function cutAtOrphans(
  round: PlannedRound,
  candidates: ReadonlyMap<string, readonly string[]>,
  kept: ReadonlySet<string>,
): RoundPlan & { candidates: string[] } {
  const mayOrphan = new Set<string>();
  const ofRound = new Set<string>();
  for (const [index, { member, planned }] of round.processed.entries()) {
    if (index > 0 && mayLose(member.plan, mayOrphan, round.stored)) {
      const included = new Set(round.processed.slice(0, index).map((entry) => entry.member));
      return {
        accepted: round.accepted.filter((entry) => included.has(entry.member)),
        rejected: round.rejected.filter((entry) => included.has(entry.member)),
        rest: [...round.processed.slice(index).map((entry) => entry.member), ...round.rest],
        candidates: [...ofRound],
      };
    }
    for (const id of planned?.diff.unlinked ?? []) {
      for (const candidate of candidates.get(id) ?? []) {
        ofRound.add(candidate);
        if (!kept.has(candidate)) mayOrphan.add(candidate);
      }
    }
  }
  return { accepted: round.accepted, rejected: round.rejected, rest: round.rest, candidates: [...ofRound] };
}

/**
 * Whether loading `plan` right after the nodes `mayGo` were deleted would differ from loading it
 * while they stay: it names one of them as something other than a catalogue entry (whose
 * properties the plan sets whole, `replace`), or as another kind than the graph has it.
 */
function mayLose(
  plan: GraphPlan,
  mayGo: ReadonlySet<string>,
  stored: ReadonlyMap<string, StoredNode>,
): boolean {
  if (mayGo.size === 0) return false;
  return NODE_LABELS.some((label) =>
    plan.nodes[label].some(
      (node) =>
        mayGo.has(node.id) &&
        (node.mode !== 'replace' || !(stored.get(node.id)?.labels.includes(label) ?? true)),
    ),
  );
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
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
