import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describeValue } from './describe-value.js';
import { humanPath } from './human-path.js';
import { personId as personIdOf, projectId, roleId as roleIdOf } from './ids.js';
import { endsBeforeStart, type PartialDate, parsePartialDate } from './parse-partial-date.js';
import type { ParsedResume } from './parse-resume-file.js';
import { ResumeError } from './resume-error.js';
import { issueAt, type ResumeIssue } from './resume-issue.js';
import { totalIssues, yearOutOfRange } from './resume-limits.js';
import { schemaIssues } from './schema-issues.js';
import type { PartialDateValue, PositionDocument, ProjectDocument, ResumeDocument } from './types.js';

export const RESUME_SCHEMA_URL = new URL('../../schema/resume.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    compiled = ajv.compile(JSON.parse(readFileSync(RESUME_SCHEMA_URL, 'utf8')));
  }
  return compiled;
}

/** Fields of a single position, which a work entry may carry only when it has no `positions`. */
const POSITION_FIELDS = [
  'id',
  'position',
  'team',
  'startDate',
  'endDate',
  'current',
  'summary',
  'highlights',
  'technologies',
  'projects',
  'note',
] as const;

/**
 * Checks a parsed file against schema/resume.schema.json and the rules a schema cannot say:
 * real calendar dates, end not before start, no end date on a current position, unique role ids,
 * one name per project id. Returns the document typed, or throws `ResumeError` listing every issue.
 */
export function validateResume(parsed: ParsedResume): ResumeDocument {
  const validate = schemaValidator();
  if (parsed.data === null || parsed.data === undefined) {
    throw new ResumeError(parsed.file, [
      {
        file: parsed.file,
        path: '',
        found: 'an empty document',
        expected: 'a résumé mapping with `work`, `basics`, …',
      },
    ]);
  }
  if (!validate(parsed.data)) {
    throw new ResumeError(parsed.file, schemaIssues(validate.errors ?? [], parsed));
  }
  const document = parsed.data as ResumeDocument;
  const issues = semanticIssues(document, parsed);
  if (issues.length > 0) throw new ResumeError(parsed.file, issues);
  return document;
}

type Segments = (string | number)[];

function semanticIssues(document: ResumeDocument, parsed: ParsedResume): ResumeIssue[] {
  const issues: ResumeIssue[] = [];
  const report = (segments: Segments, found: string, expected: string) => {
    issues.push(issueAt(parsed, segments, found, expected));
  };

  const checkDates = (
    at: Segments,
    item: { startDate?: PartialDateValue; endDate?: PartialDateValue; current?: boolean },
  ) => {
    const start = checkedDate([...at, 'startDate'], item.startDate, report);
    const end = checkedDate([...at, 'endDate'], item.endDate, report);
    if (start && end && endsBeforeStart(start, end)) {
      report(
        [...at, 'endDate'],
        `${JSON.stringify(String(item.endDate))}, before startDate ${JSON.stringify(String(item.startDate))}`,
        'an end date on or after the start date (record the evident reading and keep the text in `note`)',
      );
    }
    if (item.current === true && item.endDate !== undefined) {
      report(
        [...at, 'endDate'],
        `${JSON.stringify(String(item.endDate))} on a position marked current`,
        'no endDate when `current: true`',
      );
    }
  };

  const personId = personIdOf(document, parsed.file);
  const roleIds = new Map<string, string>();
  const projectNames = new Map<string, { name: string; at: string }>();

  const checkProject = (at: Segments, project: ProjectDocument) => {
    checkDates(at, project);
    const id = projectId(personId, project);
    const name = project.name.trim();
    const known = projectNames.get(id);
    if (known && known.name !== name) {
      report(
        [...at, project.id === undefined ? 'name' : 'id'],
        `project id "${id}" naming "${name}", but ${known.at} names "${known.name}" with that id`,
        'one name per project id: give one of them its own `id`',
      );
    } else if (!known) {
      projectNames.set(id, { name, at: humanPath(at) });
    }
  };

  const checkPosition = (at: Segments, position: PositionDocument, roleId: string) => {
    checkDates(at, position);
    const previous = roleIds.get(roleId);
    if (previous !== undefined) {
      report(
        [...at, position.id === undefined ? 'position' : 'id'],
        `the role id "${roleId}", already used by ${previous}`,
        'a role id used once in the file',
      );
    } else {
      roleIds.set(roleId, humanPath(at));
    }
    for (const [index, project] of (position.projects ?? []).entries()) {
      checkProject([...at, 'projects', index], project);
    }
  };

  document.work?.forEach((work, workIndex) => {
    const at: Segments = ['work', workIndex];
    if (work.positions) {
      for (const field of POSITION_FIELDS) {
        if (work[field] !== undefined) {
          report(
            [...at, field],
            `${describeValue(work[field])} next to a \`positions\` list`,
            `\`${field}\` inside one of the positions (a work entry with \`positions\` holds only name, location, url, description)`,
          );
        }
      }
      for (const [positionIndex, position] of work.positions.entries()) {
        const roleId = roleIdOf(personId, workIndex, positionIndex, position.id);
        checkPosition([...at, 'positions', positionIndex], position, roleId);
      }
    } else {
      checkPosition(at, work as PositionDocument, roleIdOf(personId, workIndex, 0, work.id));
    }
  });
  for (const [index, education] of (document.education ?? []).entries()) {
    checkDates(['education', index], education);
  }
  for (const [index, project] of (document.projects ?? []).entries())
    checkProject(['projects', index], project);
  const volunteering = (document.volunteer ?? []) as {
    startDate?: PartialDateValue;
    endDate?: PartialDateValue;
  }[];
  for (const [index, volunteer] of volunteering.entries()) checkDates(['volunteer', index], volunteer);
  for (const [index, publication] of (document.publications ?? []).entries()) {
    checkedDate(['publications', index, 'releaseDate'], publication.releaseDate, report);
  }
  for (const total of totalIssues(document)) report(total.path, total.found, total.expected);
  return issues;
}

function checkedDate(
  at: Segments,
  value: PartialDateValue | undefined,
  report: (segments: Segments, found: string, expected: string) => void,
): PartialDate | null {
  if (value === undefined) return null;
  const date = parsePartialDate(value);
  if (!date) report(at, JSON.stringify(String(value)), 'a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD');
  const outOfRange = date && yearOutOfRange(date);
  if (outOfRange) report(at, JSON.stringify(String(value)), outOfRange);
  return outOfRange ? null : date;
}
