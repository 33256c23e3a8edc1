import type { CypherQuery } from '../db/cypher-query.js';
import type { Counters, Executor, TransactionRunner } from '../db/Executor.js';
import { ConcurrentChange } from '../db/errors.js';
import { wireProps } from '../db/wire-integers.js';
import { EDGE_KINDS } from '../graph/edge-kinds.js';
import { DERIVED_REL_TYPES, Label, NODE_LABELS, type NodeLabel, type RelType } from '../graph/model.js';
import { createEdges, createEdgesParams } from '../graph/queries/create-edges.js';
import { deleteEdges, deleteRoles } from '../graph/queries/delete-stale.js';
import { deleteBarePeople, lockPeople } from '../graph/queries/lock-people.js';
import {
  deleteOrphans,
  keptByOthers,
  lockNodes,
  lockOrder,
  orphanCandidatesById,
} from '../graph/queries/orphans.js';
import { bumpVersions } from '../graph/queries/similar-lists.js';
import { type PeopleSnapshot, snapshotPeople } from '../graph/queries/snapshot-person.js';
import { upsertNodes } from '../graph/queries/upsert-nodes.js';
import type { ResumeError } from '../resume/resume-error.js';
import { compareStrings as compare } from '../util/compare-strings.js';
import {
  type BatchMember,
  cutAtOrphans,
  type PlannedMember,
  planRound,
  snapshotInput,
} from './batch-round.js';
import type { NodeWrite, PlanDiff } from './plan-diff.js';
import { dropRoleTenures, keepRoleTenures } from './role-tenures.js';
import { createVersions, versionedTechnologies } from './similar-lists.js';
import type { StatementTimes } from './statement-times.js';
import { loaderWarm } from './warm-up-loader.js';

/** What one load transaction changed. */
export interface BatchResult {
  /** Résumés written (or already as written), in order. */
  loaded: BatchMember[];
  /** Résumés refused because their ids collide with other nodes; nothing of them was written. */
  rejected: { member: BatchMember; error: ResumeError }[];
  /** Résumés left for another transaction (after MAX_ROUNDS rounds), in order; nothing of them was written. */
  deferred: BatchMember[];
  /** From the driver's update counters, summed over the statements that write what résumés state. */
  counters: Counters;
  /** Existing nodes whose properties changed. */
  nodesUpdated: number;
  nodesCreatedByLabel: Record<NodeLabel, number>;
}

/**
 * Loads résumés (one file per person) in one write transaction: the graph afterwards is the one
 * loading them one after the other gives (src/loader/batch-round.ts). Each person's own part of
 * the graph (roles, their AT/USED/WORKED_ON edges, skills, education, top-level projects, USES) is
 * made to equal the résumé (src/loader/plan-diff.ts), and the shared nodes nobody names any more
 * go by the orphan rule (src/graph/queries/orphans.ts). A résumé whose ids collide with other nodes
 * is refused and writes nothing; any other failure rolls the whole transaction back.
 *
 * Locks: the people first, in id order; then, in each round, the existing shared nodes the round
 * writes and those it may orphan, in id order; so concurrent loads, and deletePerson, wait for each
 * other rather than lose a relationship, and rarely deadlock (the driver retries when they do). A
 * shared node the round only links to is not locked ahead (src/loader/plan-diff.ts, `touched`):
 * creating the relationship takes Neo4j's own lock on it. A shared node deleted between the
 * snapshot and its lock, or before a relationship to it is written, runs the round or the
 * transaction again.
 */
export async function loadBatch(
  executor: Executor,
  members: readonly BatchMember[],
  options: {
    times?: StatementTimes | undefined;
    /** Technologies whose version node the run has made (createVersions), shared by its transactions. */
    versionsMade?: Set<string> | undefined;
  } = {},
): Promise<BatchResult> {
  await loaderWarm(executor);
  await createVersions(executor, members, options.versionsMade);
  const { times } = options;
  if (!times) return executor.transaction(TRANSACTION, (tx) => applyBatch(tx, members));
  const start = performance.now();
  try {
    return await executor.transaction(TRANSACTION, (tx) => applyBatch(times.around(tx), members));
  } finally {
    times.add(TRANSACTION, performance.now() - start);
  }
}

/** The name of a load transaction (and, in StatementTimes, of its whole time, retries and commit included). */
export const TRANSACTION = 'loader.loadBatch';

/**
 * Rounds one transaction runs at most (src/loader/batch-round.ts: a round ends early only where a
 * résumé depends on what an earlier one may delete, which is rare), so that no input makes a
 * transaction plan its résumés again and again.
 */
const MAX_ROUNDS = 4;

/** Times in a row a round is planned again because nodes it links to vanished, before the transaction starts over. */
const VANISHED_REPLANS = 4;

async function applyBatch(tx: TransactionRunner, members: readonly BatchMember[]): Promise<BatchResult> {
  const result: BatchResult = {
    loaded: [],
    rejected: [],
    deferred: [],
    counters: noCounters(),
    nodesUpdated: 0,
    nodesCreatedByLabel: Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as Record<
      NodeLabel,
      number
    >,
  };
  const writer: Writer = {
    tx,
    result,
    async write<R>(query: CypherQuery, params: Record<string, unknown>) {
      const { rows, counters } = await tx.runWithCounters<R>(query, params);
      addCounters(result.counters, counters);
      return rows;
    },
  };

  const people = lockOrder(members.map((member) => member.plan.personId));
  const [lock] = await tx.run<{ created: string[] }>(lockPeople, { ids: people });
  const created = new Set(lock?.created ?? []);

  let pending = members;
  const versioned: string[] = [];
  for (let rounds = 0, vanishedBefore = 0; pending.length > 0; rounds++) {
    if (rounds === MAX_ROUNDS) {
      result.deferred = [...pending];
      break;
    }
    const [snapshot] = await tx.run<PeopleSnapshot>(snapshotPeople, {
      input: snapshotInput(pending, created),
    });
    if (!snapshot) throw new Error('loader.snapshotPeople returned no row');
    const planned = planRound(pending, snapshot);
    const unlinked = lockOrder(planned.accepted.flatMap(({ diff }) => diff.unlinked));
    const expanded =
      unlinked.length > 0
        ? await tx.run<{ id: string; ids: string[] }>(orphanCandidatesById, { ids: unlinked })
        : [];
    const candidates = lockOrder(expanded.flatMap((row) => row.ids));
    const vanished = [...deletedWhileRead(snapshot), ...(await lockShared(tx, planned.accepted, candidates))];
    if (vanished.length > 0) {
      // Deleted by a transaction that has committed since (or while) the snapshot read them: plan
      // the round again, against a snapshot without them (nothing of the round is written yet).
      vanishedBefore += 1;
      if (vanishedBefore === VANISHED_REPLANS)
        throw new ConcurrentChange(
          `nodes the résumés link to: ${vanished.map((id) => JSON.stringify(id)).join(', ')} deleted by another transaction meanwhile.`,
        );
      rounds -= 1;
      continue;
    }
    vanishedBefore = 0;
    const [kept] =
      candidates.length > 0
        ? await tx.run<{ kept: string[] }>(keptByOthers, {
            ids: candidates,
            people: planned.processed.map(({ member }) => member.plan.personId),
          })
        : [];
    const round = cutAtOrphans(
      planned,
      new Map(expanded.map((row) => [row.id, row.ids])),
      new Set(kept?.kept ?? []),
    );
    await writeRound(writer, round.accepted, round.candidates, created);

    for (const { member, diff } of round.accepted) {
      result.loaded.push(member);
      versioned.push(...versionedTechnologies(member.plan, diff));
      result.nodesUpdated += diff.nodesUpdated;
      // A person lockPeople created was only an id when upsertNodes filled it in: created, not updated.
      if (created.has(member.plan.personId)) {
        result.nodesCreatedByLabel.Person += 1;
        result.counters.nodesCreated += 1;
      }
    }
    result.rejected.push(...round.rejected);
    pending = round.rest;
  }

  const bare = [...result.rejected.map(({ member }) => member), ...result.deferred]
    .map((member) => member.plan.personId)
    .filter((id) => created.has(id));
  if (bare.length > 0) await tx.run(deleteBarePeople, { ids: bare });
  await bumpVersions(tx, versioned);
  return result;
}

interface Writer {
  tx: TransactionRunner;
  result: BatchResult;
  /** Runs a statement whose update counters count towards the result. */
  write<R = Record<string, unknown>>(query: CypherQuery, params: Record<string, unknown>): Promise<R[]>;
}

/**
 * Locks, in id order, the existing shared nodes the planned résumés write and the candidate
 * orphans; returns those they write that a concurrent transaction deleted meanwhile.
 */
async function lockShared(
  tx: TransactionRunner,
  accepted: readonly PlannedMember[],
  candidates: readonly string[],
): Promise<string[]> {
  const touched = accepted.flatMap(({ diff }) => diff.touched);
  const ids = lockOrder([...touched, ...candidates]);
  if (ids.length === 0) return [];
  const [locked] = await tx.run<{ locked: string[] }>(lockNodes, { ids });
  const present = new Set(locked?.locked ?? []);
  return lockOrder(touched.filter((id) => !present.has(id)));
}

/**
 * The nodes of `snapshot` that a concurrent transaction deleted while the statement read them:
 * Neo4j reads committed data record by record, so a node found by its id just before such a
 * commit comes back without labels (and properties). Planned against, it would look like a node
 * of another kind (a false id collision) or a changed one.
 */
function deletedWhileRead(snapshot: PeopleSnapshot): string[] {
  return snapshot.existing.filter((node) => !node.labels.includes(Label.Entity)).map((node) => node.id);
}

/** The writes of one round (its shared nodes locked): its diffs applied together, in the statements' fixed order. */
async function writeRound(
  { tx, write, result }: Writer,
  accepted: readonly PlannedMember[],
  candidates: readonly string[],
  created: ReadonlySet<string>,
): Promise<void> {
  const diffs = accepted.map(({ diff }) => diff);
  // Derived relationships (USES) are written by statements of their own, whose counters are left
  // out: the counts report what the résumés state.
  const [derivedStale, statedStale] = partition(
    diffs.flatMap((diff) => diff.staleEdges),
    (edge) => isDerived(edge.type),
  );
  if (statedStale.length > 0) await write(deleteEdges, { rows: statedStale });
  if (derivedStale.length > 0) await tx.run(deleteEdges, { rows: derivedStale });
  const staleRoleIds = diffs.flatMap((diff) => diff.staleRoleIds);
  await dropRoleTenures(tx, staleRoleIds);
  if (staleRoleIds.length > 0) await write(deleteRoles, { ids: staleRoleIds });

  const nodes = nodeWrites(diffs);
  if (NODE_LABELS.some((label) => nodes[label].length > 0)) {
    const [upserted] = await write<UpsertedNodes>(upsertNodes, { nodes });
    if (upserted && upserted.changed.length > 0)
      throw new ConcurrentChange(
        `nodes ${upserted.changed.map((id) => JSON.stringify(id)).join(', ')} written by another transaction meanwhile.`,
      );
    for (const label of NODE_LABELS) result.nodesCreatedByLabel[label] += upserted?.[`created${label}`] ?? 0;
  }

  // Every endpoint is locked or new, so none can be missing; if one is, nothing commits.
  const newEdges = diffs.flatMap((diff) => diff.newEdges);
  if (newEdges.length > 0) {
    const { rows, counters } = await tx.runWithCounters<{ edges: number; derived: number }>(
      createEdges,
      createEdgesParams(newEdges),
    );
    const written = rows[0];
    if ((written?.edges ?? 0) < newEdges.length)
      throw new ConcurrentChange('endpoints of new relationships deleted by another transaction meanwhile.');
    // One statement writes both; the counts report the stated relationships only.
    let derivedProperties = 0;
    for (const edge of newEdges)
      if (isDerived(EDGE_KINDS[edge.kind].type)) derivedProperties += Object.keys(edge.props).length;
    counters.relationshipsCreated -= written?.derived ?? 0;
    counters.propertiesSet -= derivedProperties;
    addCounters(result.counters, counters);
  }

  if (candidates.length > 0) await write(deleteOrphans, { ids: lockOrder(candidates) });
  const [fresh, known] = partition(accepted, ({ member }) => created.has(member.plan.personId));
  await keepRoleTenures(tx, {
    created: fresh.map(({ member }) => member.plan),
    personIds: known.map(({ member }) => member.plan.personId),
    companyIds: lockOrder(diffs.flatMap((diff) => diff.reparented)),
  });
}

/** upsertNodes' row: `created<Label>` counts, and `changed`, the ids of descriptions found changed. */
type UpsertedNodes = Record<`created${NodeLabel}`, number> & { changed: string[] };

/**
 * The node writes of several diffs, per label, sorted by id (so concurrent transactions create and
 * lock new nodes in one order), one per id: the later résumé's properties, as when loaded one after
 * the other (each diff was planned against what the earlier ones write), checked against what the
 * first one found.
 */
function nodeWrites(diffs: readonly PlanDiff[]): Record<NodeLabel, Record<string, unknown>[]> {
  const nodes = {} as Record<NodeLabel, Record<string, unknown>[]>;
  for (const label of NODE_LABELS) {
    const byId = new Map<string, NodeWrite>();
    for (const diff of diffs) {
      for (const row of diff.nodeWrites[label]) {
        const first = byId.get(row.id);
        byId.set(row.id, first?.expect === undefined ? row : { ...row, expect: first.expect });
      }
    }
    nodes[label] = [...byId.values()]
      .sort((a, b) => compare(a.id, b.id))
      .map(({ id, props, expect, fresh }) => ({
        id,
        props: wireProps(props),
        ...(expect !== undefined && { expect: wireProps(expect) }),
        ...(fresh && { fresh }),
      }));
  }
  return nodes;
}

/** Counters of no change, to add to. */
export function noCounters(): Counters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

function addCounters(sum: Counters, counters: Counters): void {
  for (const key of Object.keys(sum) as (keyof Counters)[]) sum[key] += counters[key];
}

function isDerived(type: string): boolean {
  return DERIVED_REL_TYPES.includes(type as RelType);
}

/** The items that pass, then the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
