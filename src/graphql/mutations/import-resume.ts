import type { Catalogue } from '../../catalogue/catalogue.js';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import type { Executor } from '../../db/Executor.js';
import { badInput } from '../../errors/index.js';
import type { UnnormalisedName } from '../../loader/graph-plan.js';
import { loadResume } from '../../loader/load-resume.js';
import { personId } from '../../resume/ids.js';
import { readResume } from '../../resume/read-resume.js';
import { ResumeError } from '../../resume/resume-error.js';
import type { ResumeIssue } from '../../resume/resume-issue.js';
import type { Resume } from '../../resume/types.js';
import { type EntityKind, kindOfLabel } from '../entity-kind.js';

/** The catalogues are read once per process; they only change with the code. */
let catalogue: Promise<Catalogue> | undefined;

/** The catalogues the API's mutations normalise names through. */
export function apiCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}

export interface UnnormalisedNameResult {
  kind: EntityKind;
  name: string;
  suggestion: string | null;
}

export interface ImportResumeResult {
  personId: string;
  /** The person's properties as written. */
  person: Record<string, unknown>;
  created: boolean;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  unnormalised: UnnormalisedNameResult[];
}

/** The name a résumé sent through the API is reported under in validation messages. */
const SOURCE_NAME = 'resume.json';

/** A résumé is about ten levels deep; anything past this is refused before it is walked. */
export const MAX_RESUME_NESTING = 32;

const missingId: ResumeIssue = {
  file: SOURCE_NAME,
  path: 'id',
  found: 'nothing (the field is missing), and basics gives no email or name to derive it from',
  expected:
    'a stable person id, e.g. {"id": "jane-doe", "basics": {...}, "work": [...]}, or basics.email or basics.name: a résumé sent to importResume has no file name to take one from',
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
 * Validates and loads one résumé sent as JSON, through the same loader as `npm run load`. A plain
 * JSON Resume gives no id: it is derived as for documents, from `basics.email`, else
 * `basics.name`; with neither there is nothing stable to take it from, so it is asked for.
 */
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
  let withId = document as { id?: unknown; basics?: { email?: unknown; name?: unknown } };
  if (withId.id === undefined) {
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
    if (text(withId.basics?.email) === undefined && text(withId.basics?.name) === undefined) {
      // Said together with every other issue of the document, as `npm run load` does.
      const others = await readResume(
        { file: SOURCE_NAME, text: JSON.stringify(withId) },
        { catalogue: await apiCatalogue() },
      ).then(
        () => [],
        (error: unknown) => {
          if (!(error instanceof ResumeError)) throw error;
          return clientIssues(error, SOURCE_NAME).filter((issue) => issue.path !== 'id');
        },
      );
      throw badInput(new ResumeError(SOURCE_NAME, [missingId, ...others]).message, 'resume');
    }
    // No file name: the e-mail or the name decides.
    withId = { ...withId, id: personId(withId, '') };
  }
  const resume = await readResumeObject(withId, SOURCE_NAME, 'resume');
  return loadResumeObject(executor, resume, SOURCE_NAME, 'resume');
}

/**
 * Reads a résumé object sent to the API: validated and normalised (a plain JSON Resume completed
 * with the technologies its texts name); the client's mistakes become BAD_USER_INPUT, reported
 * under `name`.
 */
export async function readResumeObject(
  document: object,
  name: string,
  argumentName: string,
): Promise<Resume> {
  return asBadInput(name, argumentName, async () =>
    readResume({ file: jsonName(name), text: JSON.stringify(document) }, { catalogue: await apiCatalogue() }),
  );
}

/** Loads a read résumé, replacing that person; ids that collide with other nodes are the client's mistake. */
export async function loadResumeObject(
  executor: Executor,
  resume: Resume,
  name: string,
  argumentName: string,
): Promise<ImportResumeResult> {
  const result = await asBadInput(name, argumentName, async () =>
    loadResume(executor, resume, await apiCatalogue()),
  );
  return {
    personId: result.personId,
    person: result.person,
    created: result.nodesCreatedByLabel.Person === 1,
    nodesCreated: result.counters.nodesCreated,
    nodesDeleted: result.counters.nodesDeleted,
    relationshipsCreated: result.counters.relationshipsCreated,
    relationshipsDeleted: result.counters.relationshipsDeleted,
    unnormalised: unnormalisedNames(result.unnormalised),
  };
}

export function unnormalisedNames(names: readonly UnnormalisedName[]): UnnormalisedNameResult[] {
  return names.map((name) => ({
    kind: kindOfLabel(name.kind),
    name: name.name,
    suggestion: name.suggestion ?? null,
  }));
}

/** The parser picks the format by extension: JSON, under the name the client knows. */
function jsonName(name: string): string {
  return name.endsWith('.json') ? name : `${name}.json`;
}

async function asBadInput<T>(name: string, argumentName: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ResumeError) {
      throw badInput(new ResumeError(name, clientIssues(error, name)).message, argumentName);
    }
    throw error;
  }
}

/**
 * The issues of a résumé the client sent, under the name the client knows. Lines would point into
 * our own serialisation of the argument, which the client never saw: the paths
 * (work[0].positions[0].endDate) are what locate the mistake.
 */
function clientIssues(error: ResumeError, name: string): ResumeIssue[] {
  return error.issues.map(({ line: _line, column: _column, ...issue }) => ({ ...issue, file: name }));
}
