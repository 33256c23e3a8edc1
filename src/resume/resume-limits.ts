import type { PartialDate } from './parse-partial-date.js';
import type { PositionDocument, ResumeDocument } from './types.js';

/*
 * The limits of the résumé format that schema/resume.schema.json cannot state: totals over nested
 * lists (the schema bounds each list: 50 employers, 50 positions each, 100 technologies a position…)
 * and the moving end of the date range. Together they bound what one résumé can add to the graph.
 */

/** Most positions over all employers, projects over all positions and the top level, and technology names. */
export const RESUME_TOTALS = { positions: 200, projects: 300, technologies: 1000 } as const;

/**
 * The longest lists of the résumé format (`maxItems` of schema/resume.schema.json: a unit test keeps them equal):
 * employers, positions at one employer, schools, skills groups, projects at the top level and in one position,
 * items of a text list (highlights) and technology names in one list.
 */
export const LIST_MAX_ITEMS = {
  work: 50,
  positions: 50,
  education: 20,
  skills: 50,
  projects: 100,
  positionProjects: 50,
  textList: 50,
  technologies: 100,
} as const;

/** The most publications a résumé lists (`maxItems` of schema/resume.schema.json's publications: a unit test keeps them equal). */
export const MAX_PUBLICATIONS = 200;

/** The longest name or title (`$defs.text` of schema/resume.schema.json: a unit test keeps them equal). */
export const NAME_MAX_LENGTH = 200;

/** The longest free text: a summary or description (`$defs.prose` of schema/resume.schema.json: a unit test keeps them equal). */
export const PROSE_MAX_LENGTH = 10_000;

/** The longest item of a list such as highlights (`$defs.item` of schema/resume.schema.json: a unit test keeps them equal). */
export const ITEM_MAX_LENGTH = 2000;

/** Dates run from this year (the schema says so too) to next year. */
export const EARLIEST_YEAR = 1900;

export function latestYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

/** `found` and `expected` for a date outside the range, or undefined for one inside it. */
export function yearOutOfRange(date: PartialDate, now: Date = new Date()): string | undefined {
  if (date.year >= EARLIEST_YEAR && date.year <= latestYear(now)) return undefined;
  return `a date from ${EARLIEST_YEAR} to ${latestYear(now)} (a year before ${EARLIEST_YEAR} or after next year is a typo)`;
}

export interface TotalIssue {
  path: (string | number)[];
  found: string;
  expected: string;
}

/** Totals over the whole document past their limit, each reported at the list that goes over. */
export function totalIssues(document: ResumeDocument): TotalIssue[] {
  const counts = { positions: 0, projects: document.projects?.length ?? 0, technologies: 0 };
  const firstOver: Partial<Record<keyof typeof counts, (string | number)[]>> = {};
  const add = (total: keyof typeof counts, count: number, path: (string | number)[]) => {
    counts[total] += count;
    if (counts[total] > RESUME_TOTALS[total]) firstOver[total] ??= path;
  };
  document.work?.forEach((work, w) => {
    const positions: PositionDocument[] = work.positions ?? [work as PositionDocument];
    add('positions', positions.length, work.positions ? ['work', w, 'positions'] : ['work', w]);
    positions.forEach((position, p) => {
      const at = work.positions ? ['work', w, 'positions', p] : ['work', w];
      add('technologies', position.technologies?.length ?? 0, [...at, 'technologies']);
      add('projects', position.projects?.length ?? 0, [...at, 'projects']);
      position.projects?.forEach((project, j) => {
        const names = (project.technologies?.length ?? 0) + (project.keywords?.length ?? 0);
        add('technologies', names, [...at, 'projects', j, 'technologies']);
      });
    });
  });
  document.projects?.forEach((project, j) => {
    add('technologies', (project.technologies?.length ?? 0) + (project.keywords?.length ?? 0), [
      'projects',
      j,
      'technologies',
    ]);
  });
  document.skills?.forEach((skill, s) => {
    add('technologies', skill.keywords?.length ?? 0, ['skills', s, 'keywords']);
  });
  const what = { positions: 'positions', projects: 'projects', technologies: 'technology names' } as const;
  return (Object.keys(firstOver) as (keyof typeof counts)[]).map((total) => ({
    path: firstOver[total] ?? [],
    found: `${counts[total]} ${what[total]} in the whole résumé`,
    expected: `at most ${RESUME_TOTALS[total]} ${what[total]} in one résumé: split it, or leave out what the graph does not need`,
  }));
}
