import { LIST_MAX_ITEMS, MAX_PUBLICATIONS, RESUME_TOTALS } from '../resume/resume-limits.js';
import type { PositionDocument, ProjectDocument, ResumeDocument } from '../resume/types.js';
import type { ExtractedFact, ExtractionWarning } from './types.js';

/** One cut: what was cut, how many there were, how many are kept, and the lines of what was left out. */
interface Cut {
  message: (first: number, last: number) => string;
  first?: number;
  last?: number;
}

/**
 * Lists longer than the format holds (more than LIST_MAX_ITEMS employers, positions, highlights, technologies…, or
 * more than RESUME_TOTALS over the whole résumé: a 2,000-row table of jobs, a page of bullets under one job) keep
 * their first items, in document order, and a CLIPPED_LIST warning gives the lines left out, so the document still
 * goes in. Each list's own limit is applied before the totals; the totals count in the order totalIssues does.
 * Returns the facts of what is kept.
 */
export function clipLists(
  resume: ResumeDocument,
  facts: readonly ExtractedFact[],
  warnings: ExtractionWarning[],
): ExtractedFact[] {
  const byItem = new Map<string, Cut>();
  const cuts: Cut[] = [];
  const cutList = (list: unknown[], keep: number, path: string, cut: Cut) => {
    if (list.length <= keep) return;
    if (!cuts.includes(cut)) cuts.push(cut);
    for (let index = keep; index < list.length; index++) byItem.set(`${path}[${index}]`, cut);
    list.length = keep;
  };
  const clip = (list: unknown[] | undefined, limit: number, path: string, what: string) => {
    if (!list || list.length <= limit) return;
    const found = list.length;
    cutList(list, limit, path, {
      message: (first, last) =>
        `A list of ${found} ${what} was cut to its first ${limit}; lines ${first}-${last} are left out.`,
    });
  };
  const work = resume.work ?? [];
  clip(work, LIST_MAX_ITEMS.work, 'work', 'employers');
  const positions: [PositionDocument, string][] = [];
  for (const [w, employer] of work.entries()) {
    clip(employer.positions, LIST_MAX_ITEMS.positions, `work[${w}].positions`, 'positions at one employer');
    for (const [p, position] of (employer.positions ?? []).entries())
      positions.push([position, `work[${w}].positions[${p}]`]);
  }
  const projects: [ProjectDocument, string][] = [];
  for (const [position, at] of positions) {
    clip(position.highlights, LIST_MAX_ITEMS.textList, `${at}.highlights`, 'highlights of one position');
    clip(
      position.technologies,
      LIST_MAX_ITEMS.technologies,
      `${at}.technologies`,
      'technologies of one position',
    );
    clip(position.projects, LIST_MAX_ITEMS.positionProjects, `${at}.projects`, 'projects of one position');
    for (const [j, project] of (position.projects ?? []).entries())
      projects.push([project, `${at}.projects[${j}]`]);
  }
  clip(resume.education, LIST_MAX_ITEMS.education, 'education', 'schools');
  clip(resume.skills, LIST_MAX_ITEMS.skills, 'skills', 'skills groups');
  for (const [s, skill] of (resume.skills ?? []).entries())
    clip(skill.keywords, LIST_MAX_ITEMS.technologies, `skills[${s}].keywords`, 'skills in one group');
  clip(resume.projects, LIST_MAX_ITEMS.projects, 'projects', 'projects');
  for (const [j, project] of (resume.projects ?? []).entries()) projects.push([project, `projects[${j}]`]);
  for (const [project, at] of projects) {
    clip(project.highlights, LIST_MAX_ITEMS.textList, `${at}.highlights`, 'highlights of one project');
    clip(
      project.technologies,
      LIST_MAX_ITEMS.technologies,
      `${at}.technologies`,
      'technologies of one project',
    );
  }
  clip(resume.publications, MAX_PUBLICATIONS, 'publications', 'publications');
  clipTotals(resume, cutList);

  const kept = facts.filter((fact) => {
    const cut = cutOf(fact.path, byItem);
    if (!cut) return true;
    cut.first = Math.min(cut.first ?? fact.line, fact.line);
    cut.last = Math.max(cut.last ?? fact.endLine, fact.endLine);
    return false;
  });
  for (const cut of cuts) {
    const first = cut.first ?? 1;
    const last = cut.last ?? first;
    warnings.push({ code: 'CLIPPED_LIST', message: cut.message(first, last), line: first, endLine: last });
  }
  return kept;
}

/** The cut that left out the item `path` names or lies in ("work[3].positions[60].title" → "work[3].positions[60]"). */
function cutOf(path: string, byItem: ReadonlyMap<string, Cut>): Cut | undefined {
  for (let end = path.indexOf(']'); end >= 0; end = path.indexOf(']', end + 1)) {
    const cut = byItem.get(path.slice(0, end + 1));
    if (cut) return cut;
  }
  return undefined;
}

/** The totals of RESUME_TOTALS over what each list kept, counted as totalIssues counts them. */
function clipTotals(
  resume: ResumeDocument,
  cutList: (list: unknown[], keep: number, path: string, cut: Cut) => void,
): void {
  const total = (limit: number, what: string, found: number): Cut => ({
    message: (first, last) =>
      `The résumé gives ${found} ${what}, more than the ${limit} one résumé holds; lines ${first}-${last} are left out.`,
  });
  const work = resume.work ?? [];
  const positionCount = work.reduce((count, employer) => count + (employer.positions?.length ?? 0), 0);
  if (positionCount > RESUME_TOTALS.positions) {
    const cut = total(RESUME_TOTALS.positions, 'positions', positionCount);
    let room: number = RESUME_TOTALS.positions;
    for (const [w, employer] of work.entries()) {
      const positions = employer.positions ?? [];
      if (room === 0) {
        cutList(work, w, 'work', cut);
        break;
      }
      cutList(positions, room, `work[${w}].positions`, cut);
      room -= positions.length;
    }
  }
  const positions = work.flatMap((employer, w) =>
    (employer.positions ?? []).map((position, p): [PositionDocument, string] => [
      position,
      `work[${w}].positions[${p}]`,
    ]),
  );
  const projectCount = positions.reduce(
    (count, [position]) => count + (position.projects?.length ?? 0),
    resume.projects?.length ?? 0,
  );
  if (projectCount > RESUME_TOTALS.projects) {
    const cut = total(RESUME_TOTALS.projects, 'projects', projectCount);
    let room: number = RESUME_TOTALS.projects - (resume.projects?.length ?? 0);
    for (const [position, at] of positions) {
      if (!position.projects) continue;
      cutList(position.projects, room, `${at}.projects`, cut);
      room -= position.projects.length;
      if (position.projects.length === 0) delete position.projects;
    }
  }
  // The lists of technology names in the order totalIssues counts them.
  let cut: Cut | undefined;
  const lists: [string[] | undefined, string, () => void][] = [];
  const named = (owner: { technologies?: string[]; keywords?: string[] }, at: string) => {
    lists.push([owner.technologies, `${at}.technologies`, () => delete owner.technologies]);
    lists.push([owner.keywords, `${at}.keywords`, () => delete owner.keywords]);
  };
  for (const [position, at] of positions) {
    lists.push([position.technologies, `${at}.technologies`, () => delete position.technologies]);
    for (const [j, project] of (position.projects ?? []).entries()) named(project, `${at}.projects[${j}]`);
  }
  for (const [j, project] of (resume.projects ?? []).entries()) named(project, `projects[${j}]`);
  // A group left without its keywords would read as a skill named by the group's name: it goes too.
  const skills = resume.skills ?? [];
  for (const [s, skill] of skills.entries())
    lists.push([skill.keywords, `skills[${s}].keywords`, () => cutList(skills, s, 'skills', cut as Cut)]);
  const nameCount = lists.reduce((count, [list]) => count + (list?.length ?? 0), 0);
  if (nameCount <= RESUME_TOTALS.technologies) return;
  cut = total(RESUME_TOTALS.technologies, 'technology names', nameCount);
  let room: number = RESUME_TOTALS.technologies;
  for (const [list, at, drop] of lists) {
    if (!list || list.length === 0) continue;
    cutList(list, room, at, cut);
    room -= list.length;
    if (list.length === 0) drop();
  }
  if (skills.length === 0) delete resume.skills;
}
