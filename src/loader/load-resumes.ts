import { type FileHandle, open } from 'node:fs/promises';
import type { Catalogue } from '../catalogue/catalogue.js';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import type { Executor } from '../db/Executor.js';
import { DatabaseOutcomeUnknownError, DatabaseTimeoutError, DatabaseUnavailableError } from '../db/errors.js';
import { applySchema, buildQueryIndexes, queryIndexesMissing } from '../graph/apply-schema.js';
import { NODE_LABELS, type NodeLabel } from '../graph/model.js';
import { emptyGraph, peopleByContentHash } from '../graph/queries/lock-people.js';
import { MAX_RESUME_BYTES } from '../resume/parse-resume-file.js';
import { type ResumeSource, readResume, sourceName } from '../resume/read-resume.js';
import { ResumeError } from '../resume/resume-error.js';
import type { Resume } from '../resume/types.js';
import { errorMessage } from '../util/error-message.js';
import { ownCopy } from '../util/own-copy.js';
import type { BatchMember } from './batch-round.js';
import { collectResumeFiles } from './collect-resume-files.js';
import { contentHash, loaderFingerprint } from './content-hash.js';
import { type BatchResult, loadBatch } from './load-batch.js';
import type { FailedFile, LoadSummary, UnnormalisedSummary } from './load-summary.js';
import { planResumeGraph } from './plan-resume-graph.js';
import type { StatementTimes } from './statement-times.js';
import { forgetWarmUp, warmUpLoader } from './warm-up-loader.js';

export interface LoadProgress {
  /** Files done: loaded, found unchanged, or failed. */
  done: number;
  total: number;
  file: string;
}

/** Transactions in flight at once unless the caller says: on 2 cores more only adds lock waits. */
export const DEFAULT_LOAD_CONCURRENCY = 2;
/** Résumés per transaction unless the caller says. */
export const DEFAULT_BATCH_SIZE = 250;

export interface LoadResumesOptions {
  /** Defaults to the catalogues of seed/ (loadCatalogue). */
  catalogue?: Catalogue;
  /** Transactions in flight at once; default DEFAULT_LOAD_CONCURRENCY. */
  concurrency?: number;
  /** Résumés per transaction; default DEFAULT_BATCH_SIZE. */
  batchSize?: number;
  /** Create missing constraints and indexes first (idempotent). Default true. */
  applySchema?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  /** Where to add each load transaction's time per statement (bench:load); none by default. */
  statementTimes?: StatementTimes;
}

/**
 * The steps of a run timed in `statementTimes` besides its transactions: preparing the schema,
 * compiling the loader's statements (from its start to its end, while files are read), reading
 * and parsing each window of files (hash, unchanged check, parse and plan), waiting for a free
 * transaction with a batch ready (the database is behind the reading), waiting for the last
 * transactions, and building the query indexes a load into an empty graph defers.
 */
export const LOAD_STEPS = {
  schema: 'loader.step.schema',
  warmUp: 'loader.step.warmUp',
  read: 'loader.step.readWindow',
  slot: 'loader.step.waitForTransaction',
  drain: 'loader.step.lastTransactions',
  indexes: 'loader.step.queryIndexes',
} as const;

/** Files read ahead of the transactions: what the loader holds in memory, whatever the number of files. */
const WINDOW = 500;
const READ_CONCURRENCY = 16;
/**
 * How often a transaction whose outcome went unknown is loaded again before its files are reported
 * as possibly in the graph (each time the Executor waited for the commit up to the transaction's
 * limit). Not split further: each part would get rechecks of its own, hours against a commit that
 * keeps hanging (a lock held elsewhere).
 */
const OUTCOME_RECHECKS = 2;

/**
 * Loads résumés (paths of files or folders, or in-memory texts), streamed: files are read a window
 * at a time and written many résumés per transaction (src/loader/load-batch.ts), so memory does not
 * grow with the number of files. A file whose content hash a person already carries is not parsed
 * again: the graph holds what it gives (src/loader/content-hash.ts). A bad file is reported (with
 * every issue found) and changes nothing, the others still load: résumés whose ids collide are
 * refused by the transaction, and when a transaction fails for any other reason its résumés are
 * loaded again one per transaction, so the failure is pinned on its file (after a timeout, in halves
 * first: the database was too slow for that many at once). Two files for the same
 * person: the first one given wins and the other is reported. Throws only when the whole run
 * cannot proceed (bad catalogue, database unreachable).
 */
export async function loadResumes(
  executor: Executor,
  sources: readonly ResumeSource[],
  options: LoadResumesOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const times = options.statementTimes;
  const step = <T>(name: string, work: () => Promise<T>): Promise<T> =>
    times ? times.time(name, work) : work();
  const inputs = await expandFolders(sources);
  const catalogue = options.catalogue ?? (await loadCatalogue());
  // Into an empty graph, the indexes only the API's questions read, when missing, are built once
  // the résumés are written, from what they wrote, rather than updated by every write; into any
  // other graph, first. A run that stops half way leaves a graph that is not empty, so the next run
  // builds them first, as `npm start` does.
  const deferIndexes = await step(LOAD_STEPS.schema, async () => {
    const defer =
      options.applySchema !== false &&
      (await graphIsEmpty(executor)) &&
      (await queryIndexesMissing(executor));
    if (options.applySchema !== false) await applySchema(executor, { queryIndexes: !defer });
    return defer;
  });
  // Schema changes empty Neo4j's plan cache: compile again, while the first files are read (each
  // transaction waits for it, loadBatch, so none starts its clock before).
  void step(LOAD_STEPS.warmUp, () =>
    warmUpLoader(executor, { force: options.applySchema !== false, bulk: true }),
  ).catch(() => {});
  const fingerprint = await loaderFingerprint(catalogue);
  const tally = new Tally(inputs.length, options.onProgress);
  const transactions = new Transactions(
    executor,
    Math.max(1, options.concurrency ?? DEFAULT_LOAD_CONCURRENCY),
    tally,
    times,
  );
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);

  /**
   * Person id → the first file of the run that gives it: the one thing kept per file for the
   * whole run (with the file's path), so each id is kept as its own copy, not as a view of the
   * file's text.
   */
  const owners = new Map<string, string>();
  const claim = (index: number, file: string, person: string): boolean => {
    const first = owners.get(person);
    if (first === undefined) {
      owners.set(ownCopy(person), file);
      return true;
    }
    tally.failed(index, file, duplicate(file, person, first));
    return false;
  };

  let batch: Entry[] = [];
  for (let start = 0; start < inputs.length; start += WINDOW) {
    const window = inputs.slice(start, start + WINDOW);
    const { hashes, known, read } = await step(LOAD_STEPS.read, async () => {
      const contents = await mapPool(window, READ_CONCURRENCY, (source) => hashSource(source, fingerprint));
      const hashes = contents.map((content) => content?.hash);
      const known = await knownHashes(executor, hashes);
      const read = await mapPool(window, READ_CONCURRENCY, async (source, i): Promise<Read | undefined> => {
        if (known.has(hashes[i] ?? '')) return undefined;
        // The bytes hashed are the bytes parsed: each file is read once.
        const bytes = contents[i]?.bytes;
        contents[i] = undefined;
        return readResume(source, { catalogue, ...(bytes && { bytes }) }).then(
          (resume) => ({ resume }),
          (error: unknown) => ({ error }),
        );
      });
      return { hashes, known, read };
    });
    for (const [i, source] of window.entries()) {
      const index = start + i;
      const file = sourceName(source);
      const hash = hashes[i];
      const unchanged = hash === undefined ? undefined : known.get(hash);
      if (unchanged) {
        if (claim(index, file, unchanged.id)) tally.unchanged(file, unchanged.roles);
        continue;
      }
      const outcome = read[i];
      if (!outcome || 'error' in outcome) {
        tally.failed(index, file, outcome?.error);
        continue;
      }
      const { resume } = outcome;
      if (!claim(index, file, resume.id)) continue;
      let member: BatchMember;
      try {
        member = { resume, plan: planResumeGraph(resume, catalogue) };
      } catch (error) {
        tally.failed(index, file, error);
        continue;
      }
      const person = member.plan.nodes.Person[0];
      if (person && hash !== undefined) person.props.contentHash = hash;
      batch.push({ index, member });
      if (batch.length >= batchSize) {
        const full = batch;
        await step(LOAD_STEPS.slot, () => transactions.start(full));
        batch = [];
      }
    }
  }
  if (batch.length > 0) {
    const last = batch;
    await step(LOAD_STEPS.slot, () => transactions.start(last));
  }
  await step(LOAD_STEPS.drain, () => transactions.finished());
  if (deferIndexes) {
    await step(LOAD_STEPS.indexes, () => buildQueryIndexes(executor));
    forgetWarmUp(executor);
  }

  const summary = tally.summary();
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}

type Read = { resume: Resume } | { error: unknown };

interface Entry {
  /** Position of the file in the run, which orders the failures reported. */
  index: number;
  member: BatchMember;
}

/** Load transactions in flight, at most `width` at once. */
class Transactions {
  private readonly running = new Set<Promise<void>>();
  private readonly versionsMade = new Set<string>();
  private fatal: unknown;

  constructor(
    private readonly executor: Executor,
    private readonly width: number,
    private readonly tally: Tally,
    private readonly times: StatementTimes | undefined,
  ) {}

  /** Starts loading `entries` once a transaction slot is free. */
  async start(entries: Entry[]): Promise<void> {
    while (this.running.size >= this.width) await Promise.race(this.running);
    if (this.fatal !== undefined) throw this.fatal;
    const running: Promise<void> = this.load(entries)
      .catch((error: unknown) => {
        this.fatal ??= error;
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  async finished(): Promise<void> {
    while (this.running.size > 0) await Promise.race(this.running);
    if (this.fatal !== undefined) throw this.fatal;
  }

  /**
   * One transaction for `entries`; if it fails, its halves when it ran out of time, otherwise one
   * per résumé, so the failure is pinned on its file. A commit gone unanswered: the same
   * transaction again, `unknown` counting those attempts (OUTCOME_RECHECKS).
   */
  private async load(entries: Entry[], unknown = 0): Promise<void> {
    let result: BatchResult;
    try {
      result = await loadBatch(
        this.executor,
        entries.map((entry) => entry.member),
        { times: this.times, versionsMade: this.versionsMade },
      );
    } catch (error) {
      if (isFatal(error)) throw error;
      // Committed or not, the same transaction again makes the graph what the files say and tells
      // which it was: a person already written is counted loaded, with nothing left to write.
      if (error instanceof DatabaseOutcomeUnknownError && unknown < OUTCOME_RECHECKS) {
        this.tally.unknownOutcome(entries.length, error);
        await this.load(entries, unknown + 1);
        return;
      }
      // An unanswered commit may still be applied (a recheck that failed otherwise may have been
      // waiting for it): every file of the transaction may be in the graph, none is known to be.
      if (error instanceof DatabaseOutcomeUnknownError || unknown > 0) {
        for (const entry of entries) this.tally.mayBeLoaded(entry.index, entry.member.resume.file, error);
        return;
      }
      if (entries.length === 1 && entries[0]) {
        this.tally.failed(entries[0].index, entries[0].member.resume.file, error);
        return;
      }
      this.tally.split(entries.length, error);
      for (const part of retryParts(entries, error)) await this.load(part);
      return;
    }
    const index = new Map(entries.map((entry) => [entry.member, entry.index]));
    this.tally.loaded(result);
    for (const { member, error } of result.rejected) {
      this.tally.failed(index.get(member) ?? 0, member.resume.file, error);
    }
    if (result.deferred.length > 0) {
      await this.load(result.deferred.map((member) => ({ member, index: index.get(member) ?? 0 })));
    }
  }
}

/**
 * How the résumés of a transaction of several that failed with `error` are loaded again, in order.
 * A timeout says the transaction was too long for the database at that moment, not that a file is
 * bad: its two halves (each halved again if it runs out of time too). Any other failure: one résumé
 * per transaction, so that it is pinned on its file.
 */
export function retryParts<T>(entries: readonly T[], error: unknown): T[][] {
  if (!(error instanceof DatabaseTimeoutError)) return entries.map((entry) => [entry]);
  const half = Math.ceil(entries.length / 2);
  return [entries.slice(0, half), entries.slice(half)];
}

/** The summary of a run as its files finish, in whatever order they do. */
class Tally {
  private readonly result: LoadSummary;
  private readonly unnormalised = new Map<string, UnnormalisedSummary>();
  private readonly failures = new Map<number, FailedFile>();
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly onProgress: ((progress: LoadProgress) => void) | undefined,
  ) {
    this.result = {
      files: total,
      people: 0,
      unchanged: 0,
      roles: 0,
      failed: [],
      nodesCreated: 0,
      nodesUpdated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      nodesCreatedByLabel: Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as Record<
        NodeLabel,
        number
      >,
      unnormalised: [],
      durationMs: 0,
    };
  }

  unchanged(file: string, roles: number): void {
    this.result.people += 1;
    this.result.unchanged += 1;
    this.result.roles += roles;
    this.progress(file);
  }

  loaded(batch: BatchResult): void {
    const summary = this.result;
    summary.nodesCreated += batch.counters.nodesCreated;
    summary.nodesDeleted += batch.counters.nodesDeleted;
    summary.relationshipsCreated += batch.counters.relationshipsCreated;
    summary.relationshipsDeleted += batch.counters.relationshipsDeleted;
    summary.nodesUpdated += batch.nodesUpdated;
    for (const label of NODE_LABELS) summary.nodesCreatedByLabel[label] += batch.nodesCreatedByLabel[label];
    for (const { resume, plan } of batch.loaded) {
      summary.people += 1;
      summary.roles += plan.nodes.Role.length;
      for (const name of plan.unnormalised) {
        const key = `${name.kind}\u0000${name.name}`;
        const known = this.unnormalised.get(key);
        if (known) known.files += 1;
        else {
          // Kept for the whole run, so copied (ownCopy): not views of the file's text.
          this.unnormalised.set(ownCopy(key), {
            kind: name.kind,
            name: ownCopy(name.name),
            id: ownCopy(name.id),
            ...(name.suggestion !== undefined && { suggestion: ownCopy(name.suggestion) }),
            files: 1,
            firstSeen: { file: name.file, path: ownCopy(name.path) },
          });
        }
      }
      this.progress(resume.file);
    }
  }

  /** A transaction of `files` résumés failed with `error`; they are loaded again in smaller transactions (retryParts). */
  split(files: number, error: unknown): void {
    this.result.splits = [...(this.result.splits ?? []), { files, message: errorMessage(error) }];
  }

  /** A transaction of `files` résumés went unanswered after its commit was sent; it is loaded again whole. */
  unknownOutcome(files: number, error: unknown): void {
    this.result.rechecks = [...(this.result.rechecks ?? []), { files, message: errorMessage(error) }];
  }

  failed(index: number, file: string, error: unknown): void {
    this.failures.set(index, failure(file, error));
    this.progress(file);
  }

  /** `file` is not known to be loaded: a commit of its transaction went unanswered, then `error`. */
  mayBeLoaded(index: number, file: string, error: unknown): void {
    const why =
      error instanceof DatabaseOutcomeUnknownError
        ? errorMessage(error)
        : `a commit of its transaction went unanswered, and loading it again failed: ${errorMessage(error)}`;
    this.failures.set(index, {
      file,
      issues: [],
      message: `${file}: may be in the graph: ${why}`,
      mayBeInGraph: true,
    });
    this.progress(file);
  }

  summary(): LoadSummary {
    this.result.failed = [...this.failures.entries()].sort(([a], [b]) => a - b).map(([, failed]) => failed);
    this.result.unnormalised = [...this.unnormalised.values()].sort(
      (a, b) => a.kind.localeCompare(b.kind) || b.files - a.files || a.name.localeCompare(b.name),
    );
    return this.result;
  }

  private progress(file: string): void {
    this.onProgress?.({ done: ++this.done, total: this.total, file });
  }
}

/**
 * The content hash of a source, with a file's bytes; undefined when it cannot be read (reading it
 * again reports why).
 */
async function hashSource(
  source: ResumeSource,
  fingerprint: string,
): Promise<{ hash: string; bytes?: Uint8Array } | undefined> {
  if (typeof source !== 'string')
    return { hash: contentHash(fingerprint, source.file, Buffer.from(source.text, 'utf8')) };
  let file: FileHandle | undefined;
  try {
    file = await open(source);
    // Too large to be a résumé: not read here, and refused by readResume.
    if ((await file.stat()).size > MAX_RESUME_BYTES) return undefined;
    const bytes = await file.readFile();
    return { hash: contentHash(fingerprint, source, bytes), bytes };
  } catch {
    return undefined;
  } finally {
    await file?.close();
  }
}

/**
 * The people that carry one of `hashes`, by hash. Asked of the leader (a write session): a
 * follower that has not caught up could still show a person since deleted or reloaded.
 */
async function knownHashes(
  executor: Executor,
  hashes: readonly (string | undefined)[],
): Promise<Map<string, { id: string; roles: number }>> {
  const wanted = [...new Set(hashes.filter((hash): hash is string => hash !== undefined))];
  if (wanted.length === 0) return new Map();
  const rows = await executor.write<{ hash: string; id: string; roles: number }>(peopleByContentHash, {
    hashes: wanted,
  });
  return new Map(rows.map((row) => [row.hash, { id: row.id, roles: row.roles }]));
}

/** Whether the graph holds no node at all (Neo4j's count store: no scan). */
async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.write<{ empty: boolean }>(emptyGraph);
  return row?.empty ?? false;
}

/** The database is gone: no later file would load either. */
function isFatal(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError;
}

function duplicate(file: string, person: string, first: string): ResumeError {
  return new ResumeError(file, [
    {
      file,
      path: 'id',
      found: `the person id "${person}", also the person of ${first}`,
      expected: 'one file per person in a run',
    },
  ]);
}

async function expandFolders(sources: readonly ResumeSource[]): Promise<ResumeSource[]> {
  const expanded: ResumeSource[] = [];
  for (const source of sources) {
    if (typeof source === 'string') expanded.push(...(await collectResumeFiles([source])));
    else expanded.push(source);
  }
  return expanded;
}

function failure(file: string, error: unknown): FailedFile {
  if (error instanceof ResumeError) return { file, issues: error.issues, message: error.message };
  const message = errorMessage(error);
  return { file, issues: [], message: `${file}: could not be loaded: ${message}` };
}

/** `work` over `items` with at most `width` calls in flight; results in the items' order. */
async function mapPool<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
