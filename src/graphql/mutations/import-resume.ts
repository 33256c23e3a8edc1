import type { Catalogue } from '../../catalogue/catalogue.js';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import type { Executor } from '../../db/Executor.js';
import { badInput } from '../../errors/index.js';
import { loadResume } from '../../loader/load-resume.js';
import { readResume } from '../../resume/read-resume.js';
import { ResumeError } from '../../resume/resume-error.js';
import type { ResumeIssue } from '../../resume/resume-issue.js';
import type { EntityKind } from '../entity-kind.js';

/** The catalogues are read once per process; they only change with the code. */
let catalogue: Promise<Catalogue> | undefined;

export interface ImportResumeResult {
  personId: string;
  /** The person's properties as written. */
  person: Record<string, unknown>;
  created: boolean;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  unnormalised: { kind: EntityKind; name: string; suggestion: string | null }[];
}

/** The name a résumé sent through the API is reported under in validation messages. */
const SOURCE_NAME = 'resume.json';

/** A résumé is about ten levels deep; anything past this is refused before it is walked. */
export const MAX_RESUME_NESTING = 32;

const missingId: ResumeIssue = {
  file: SOURCE_NAME,
  path: 'id',
  found: 'nothing (the field is missing)',
  expected:
    'a stable person id, e.g. {"id": "jane-doe", "basics": {...}, "work": [...]}: a résumé sent to importResume has no file name to take one from',
};

/** How deep `value` nests objects and arrays, counting stops past `max`; walks without recursion. */
function nestingDepth(value: unknown, max: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > max) return deepest;
    for (const item of Object.values(current)) pending.push([item, depth + 1]);
  }
  return deepest;
}

/**
 * Validates and loads one résumé sent as JSON, through the same loader as `npm run load`.
 * Unlike a file, it has no name to take a person id from, so `id` is required.
 */
function invalid(issues: ResumeIssue[]): string {
  return new ResumeError(SOURCE_NAME, issues).message;
}

export async function importResume(executor: Executor, document: unknown): Promise<ImportResumeResult> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw badInput(
      `resume: expected a résumé object (JSON Resume or schema/resume.schema.json), found ${JSON.stringify(document)}.`,
      'resume',
    );
  }
  if (nestingDepth(document, MAX_RESUME_NESTING) > MAX_RESUME_NESTING) {
    throw badInput(
      `resume: nested more than ${MAX_RESUME_NESTING} levels deep: a résumé (schema/resume.schema.json) is about ten levels deep; send the document itself, not a value wrapped in it.`,
      'resume',
    );
  }
  const hasId = (document as { id?: unknown }).id !== undefined;
  catalogue ??= loadCatalogue();
  let result: Awaited<ReturnType<typeof loadResume>>;
  try {
    // Both steps report the client's mistakes as ResumeError: the document's shape while reading,
    // ids that collide with other nodes (a role id another person holds) while loading. Every
    // issue is reported, a missing or mistyped id among them, as `npm run load` does.
    const resume = await readResume({ file: SOURCE_NAME, text: JSON.stringify(document) });
    if (!hasId) throw new ResumeError(SOURCE_NAME, []);
    result = await loadResume(executor, resume, await catalogue);
  } catch (error) {
    if (error instanceof ResumeError) {
      // Lines would point into our own serialisation of the argument, which the client never saw:
      // the paths (work[0].positions[0].endDate) are what locate the mistake.
      const located = error.issues.map(({ line: _line, column: _column, ...issue }) => issue);
      const others = located.filter((issue) => hasId || issue.path !== 'id');
      throw badInput(invalid(hasId ? others : [missingId, ...others]), 'resume');
    }
    throw error;
  }
  return {
    personId: result.personId,
    person: result.person,
    created: result.nodesCreatedByLabel.Person === 1,
    nodesCreated: result.counters.nodesCreated,
    nodesDeleted: result.counters.nodesDeleted,
    relationshipsCreated: result.counters.relationshipsCreated,
    relationshipsDeleted: result.counters.relationshipsDeleted,
    unnormalised: result.unnormalised.map((name) => ({
      kind: name.kind === 'Technology' ? 'TECHNOLOGY' : 'COMPANY',
      name: name.name,
      suggestion: name.suggestion ?? null,
    })),
  };
}
