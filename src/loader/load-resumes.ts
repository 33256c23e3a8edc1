import type { Catalogue } from '../catalogue/catalogue.js';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import type { Executor } from '../db/Executor.js';
import { AppError, ErrorCode } from '../errors/index.js';
import { applySchema } from '../graph/apply-schema.js';
import { NODE_LABELS, type NodeLabel } from '../graph/model.js';
import { type ResumeSource, readResume, sourceName } from '../resume/read-resume.js';
import { ResumeError } from '../resume/resume-error.js';
import type { Resume } from '../resume/types.js';
import { collectResumeFiles } from './collect-resume-files.js';
import { loadResume } from './load-resume.js';
import type { FailedFile, LoadSummary, UnnormalisedSummary } from './load-summary.js';
import { warmUpLoader } from './warm-up-loader.js';

export interface LoadProgress {
  /** `read`: files parsed and validated; `load`: résumés written (or failed). */
  phase: 'read' | 'load';
  done: number;
  total: number;
  file: string;
}

export interface LoadResumesOptions {
  /** Defaults to the catalogues of seed/ (loadCatalogue). */
  catalogue?: Catalogue;
  /**
   * Transactions in flight at once (one per résumé); default 3. More mostly adds deadlock retries
   * on popular technologies (measured on 2 cores: 2 and 3 beat 1 and 4).
   */
  concurrency?: number;
  /** Create missing constraints and indexes first (idempotent). Default true. */
  applySchema?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

const READ_CONCURRENCY = 16;

/**
 * Loads résumés (paths of files or folders, or in-memory texts), each in its own transaction: a bad file is reported (with every issue found) and
 * changes nothing, the others still load. Two files for the same person: the first one given wins
 * and the other is reported. Throws only when the whole run cannot proceed (bad catalogue, database
 * unreachable).
 */
export async function loadResumes(
  executor: Executor,
  sources: readonly ResumeSource[],
  options: LoadResumesOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const inputs = await expandFolders(sources);
  const catalogue = options.catalogue ?? (await loadCatalogue());
  if (options.applySchema !== false) await applySchema(executor);
  // Schema changes empty Neo4j's plan cache; compile before the first transaction starts its clock.
  await warmUpLoader(executor, { force: options.applySchema !== false });
  const failures = new Map<number, FailedFile>();

  const resumes: (Resume | undefined)[] = new Array(inputs.length);
  let read = 0;
  await pool(inputs.length, READ_CONCURRENCY, async (index) => {
    const source = inputs[index] as ResumeSource;
    try {
      resumes[index] = await readResume(source, { catalogue });
    } catch (error) {
      failures.set(index, failure(sourceName(source), error));
    }
    options.onProgress?.({ phase: 'read', done: ++read, total: inputs.length, file: sourceName(source) });
  });

  const owner = new Map<string, string>();
  resumes.forEach((resume, index) => {
    if (!resume) return;
    const first = owner.get(resume.id);
    if (first === undefined) {
      owner.set(resume.id, resume.file);
      return;
    }
    resumes[index] = undefined;
    failures.set(
      index,
      failure(
        resume.file,
        new ResumeError(resume.file, [
          {
            file: resume.file,
            path: 'id',
            found: `the person id "${resume.id}", also the person of ${first}`,
            expected: 'one file per person in a run',
          },
        ]),
      ),
    );
  });

  const summary: LoadSummary = {
    files: inputs.length,
    people: 0,
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
  const unnormalised = new Map<string, UnnormalisedSummary>();
  let loaded = failures.size;
  const total = inputs.length;
  for (const failed of failures.values()) {
    options.onProgress?.({ phase: 'load', done: loaded, total, file: failed.file });
  }

  const loadOne = async (index: number) => {
    const resume = resumes[index];
    if (!resume) return;
    try {
      const result = await loadResume(executor, resume, catalogue);
      summary.people += 1;
      summary.roles += result.roles;
      summary.nodesCreated += result.counters.nodesCreated;
      summary.nodesDeleted += result.counters.nodesDeleted;
      summary.relationshipsCreated += result.counters.relationshipsCreated;
      summary.relationshipsDeleted += result.counters.relationshipsDeleted;
      summary.nodesUpdated += result.nodesUpdated;
      for (const label of NODE_LABELS)
        summary.nodesCreatedByLabel[label] += result.nodesCreatedByLabel[label];
      for (const name of result.unnormalised) {
        const key = `${name.kind}\u0000${name.name}`;
        const known = unnormalised.get(key);
        if (known) known.files += 1;
        else {
          unnormalised.set(key, {
            kind: name.kind,
            name: name.name,
            id: name.id,
            ...(name.suggestion !== undefined && { suggestion: name.suggestion }),
            files: 1,
            firstSeen: { file: name.file, path: name.path },
          });
        }
      }
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.SERVICE_UNAVAILABLE) throw error;
      failures.set(index, failure(resume.file, error));
    }
    options.onProgress?.({ phase: 'load', done: ++loaded, total, file: resume.file });
  };
  // The first résumé goes alone: on an empty graph it creates the shared nodes the next ones would
  // otherwise wait for (a wait that counts against their transaction timeout).
  const first = resumes.findIndex((resume) => resume !== undefined);
  if (first >= 0) await loadOne(first);
  await pool(inputs.length, Math.max(1, options.concurrency ?? 3), async (index) => {
    if (index !== first) await loadOne(index);
  });

  summary.failed = [...failures.entries()].sort(([a], [b]) => a - b).map(([, failed]) => failed);
  summary.unnormalised = [...unnormalised.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || b.files - a.files || a.name.localeCompare(b.name),
  );
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
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
  const message = error instanceof Error ? error.message : String(error);
  return { file, issues: [], message: `${file}: could not be loaded: ${message}` };
}

/** Runs `work(0..count-1)` with at most `width` calls in flight, in index order. */
async function pool(count: number, width: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}
