import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { lookupKey } from '../../../src/catalogue/lookup-key.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import type { Resume, ResumeDocument } from '../../../src/resume/types.js';

/**
 * Precision, recall and F1 of an extracted résumé against a gold one, per field, on keys that
 * ignore spelling differences the catalogues already resolve (a company or technology by its
 * catalogue id, anything else by `lookupKey`). A development yardstick for the tests, in the spirit
 * of `npm run eval:extract`.
 */
export interface Counts {
  truePositives: number;
  found: number;
  expected: number;
}

export type Field = 'companies' | 'technologies' | 'schools' | 'roles' | 'titles' | 'dates';

function keysOf(resume: Resume, catalogue: Catalogue): Record<Field, Set<string>> {
  const company = (name: string) => catalogue.companies.find(name)?.id ?? lookupKey(name);
  const technology = (name: string) => catalogue.technologies.find(name)?.id ?? lookupKey(name);
  const end = (position: Resume['positions'][number]) =>
    position.current ? 'current' : (position.endDate ?? '');
  const technologies = new Set<string>();
  for (const position of resume.positions) {
    for (const name of position.technologies) technologies.add(technology(name));
    for (const project of position.projects)
      for (const name of project.technologies) technologies.add(technology(name));
  }
  for (const project of resume.projects)
    for (const name of project.technologies) technologies.add(technology(name));
  for (const skill of resume.skills) technologies.add(technology(skill.name));
  return {
    companies: new Set(resume.positions.map((position) => company(position.employer))),
    technologies,
    schools: new Set(resume.education.map((education) => lookupKey(education.institution))),
    roles: new Set(
      resume.positions.map(
        (p) => `${company(p.employer)}|${lookupKey(p.title ?? '')}|${p.startDate ?? ''}|${end(p)}`,
      ),
    ),
    titles: new Set(resume.positions.map((p) => `${company(p.employer)}|${lookupKey(p.title ?? '')}`)),
    dates: new Set(resume.positions.map((p) => `${company(p.employer)}|${p.startDate ?? ''}|${end(p)}`)),
  };
}

export function count(
  found: ResumeDocument,
  gold: ResumeDocument,
  catalogue: Catalogue,
): Record<Field, Counts> {
  const a = keysOf(normaliseResume(found, 'found.yaml'), catalogue);
  const b = keysOf(normaliseResume(gold, 'gold.yaml'), catalogue);
  const result = {} as Record<Field, Counts>;
  for (const field of Object.keys(a) as Field[]) {
    const truePositives = [...a[field]].filter((key) => b[field].has(key)).length;
    result[field] = { truePositives, found: a[field].size, expected: b[field].size };
  }
  return result;
}

export function add(total: Record<Field, Counts>, more: Record<Field, Counts>): Record<Field, Counts> {
  const result = { ...total };
  for (const field of Object.keys(more) as Field[]) {
    const a = total[field] ?? { truePositives: 0, found: 0, expected: 0 };
    const b = more[field];
    result[field] = {
      truePositives: a.truePositives + b.truePositives,
      found: a.found + b.found,
      expected: a.expected + b.expected,
    };
  }
  return result;
}

export function f1({ truePositives, found, expected }: Counts): number {
  if (found === 0 && expected === 0) return 1;
  const precision = found === 0 ? 0 : truePositives / found;
  const recall = expected === 0 ? 0 : truePositives / expected;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
