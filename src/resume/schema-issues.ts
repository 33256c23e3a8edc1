import type { ErrorObject } from 'ajv';
import { didYouMean } from '../catalogue/did-you-mean.js';
import { describeValue } from './describe-value.js';
import { pointerSegments } from './human-path.js';
import type { ParsedResume } from './parse-resume-file.js';
import { issueAt, type ResumeIssue } from './resume-issue.js';

interface SchemaNode {
  type?: string | string[];
  description?: string;
  /** `expected: …`: how a pattern's failure is explained instead of quoting the pattern. */
  $comment?: string;
  properties?: Record<string, SchemaNode>;
  pattern?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text (a string)',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (object)',
  null: 'null',
};

/**
 * Turns ajv errors (validator compiled with `allErrors` and `verbose`) into issues that say where,
 * what was found and what was expected. Alternatives (`anyOf`) are reported once, by the most
 * specific branch error when one went deeper, else by the alternative's own description.
 */
export function schemaIssues(errors: readonly ErrorObject[], parsed: ParsedResume): ResumeIssue[] {
  const kept = collapseAlternatives(errors.filter((error) => error.keyword !== 'if'));
  const issues: ResumeIssue[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const issue = toIssue(error, parsed);
    const key = `${issue.path}|${issue.found}|${issue.expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const alternative of errors) {
    if (alternative.keyword !== 'anyOf' && alternative.keyword !== 'oneOf') continue;
    // A branch's errors carry its schema path, or, where it goes through a $ref, the definition's.
    const prefixes = [alternative.schemaPath, ...refsIn(alternative.schema)].map((path) => `${path}/`);
    const branches = errors.filter(
      (error) =>
        error !== alternative &&
        prefixes.some((prefix) => error.schemaPath.startsWith(prefix)) &&
        (error.instancePath === alternative.instancePath ||
          error.instancePath.startsWith(`${alternative.instancePath}/`)),
    );
    const deeper = branches.filter((error) => pointsInside(error, alternative.instancePath));
    if (deeper.length > 0) {
      dropped.add(alternative);
      for (const error of branches) if (!pointsInside(error, alternative.instancePath)) dropped.add(error);
    } else {
      for (const error of branches) dropped.add(error);
    }
  }
  return errors.filter((error) => !dropped.has(error));
}

/** Every `$ref` written inside `schema` (the branches of an alternative, as ajv's verbose errors give them). */
function refsIn(schema: unknown): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const own = (schema as { $ref?: unknown }).$ref;
  return [...(typeof own === 'string' ? [own] : []), ...Object.values(schema).flatMap(refsIn)];
}

/** Whether an error is about something inside the value at `path` (a field of it, or deeper). */
function pointsInside(error: ErrorObject, path: string): boolean {
  if (error.instancePath.length > path.length) return true;
  return error.keyword === 'additionalProperties' || error.keyword === 'required';
}

function toIssue(error: ErrorObject, parsed: ParsedResume): ResumeIssue {
  const segments = pointerSegments(error.instancePath);
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const described = (text: string) =>
    parentSchema.description ? `${text} (${parentSchema.description.replace(/\.$/, '')})` : text;
  let path = segments;
  let found = describeValue(error.data);
  let expected: string;

  switch (error.keyword) {
    case 'required':
    case 'dependentRequired': {
      const missing = String(error.params.missingProperty);
      path = [...segments, missing];
      found = 'nothing (the field is missing)';
      const description = parentSchema.properties?.[missing]?.description;
      const reason =
        error.keyword === 'dependentRequired'
          ? `required when \`${String(error.params.property)}\` is given`
          : 'this field is required';
      expected = `\`${missing}\`${description ? ` — ${description.replace(/\.$/, '')}` : ''}; ${reason}`;
      break;
    }
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      path = [...segments, unknown];
      found = `the unknown field "${unknown}"`;
      const allowed = Object.keys(parentSchema.properties ?? {});
      const guess = didYouMean(unknown, allowed);
      const hint = guess === undefined ? '' : ` (did you mean "${guess}"?)`;
      expected = `one of the fields ${allowed.join(', ')}${hint}`;
      break;
    }
    case 'type': {
      const types = String(error.params.type).split(',');
      expected = described(types.map((type) => TYPE_NAMES[type] ?? type).join(' or '));
      break;
    }
    case 'enum':
      expected = `one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
      break;
    case 'const':
      expected = JSON.stringify(error.params.allowedValue);
      break;
    case 'pattern':
      expected =
        parentSchema.$comment?.replace(/^expected: /, '') ??
        described(`text matching ${String(error.params.pattern)}`);
      break;
    case 'minLength':
      expected = error.params.limit === 1 ? 'non-empty text' : `at least ${error.params.limit} characters`;
      break;
    case 'maxLength':
      expected = `at most ${error.params.limit} characters`;
      break;
    case 'minItems':
      expected = `a list of at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}`;
      break;
    case 'maxItems':
      expected = `a list of at most ${error.params.limit} items`;
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      expected = described(`a number ${String(error.params.comparison)} ${String(error.params.limit)}`);
      break;
    case 'anyOf':
    case 'oneOf':
      expected = parentSchema.description ?? 'one of the allowed forms';
      break;
    default:
      expected = error.message ?? `to satisfy "${error.keyword}"`;
  }
  return issueAt(parsed, path, found, expected);
}
