import { join } from 'node:path';
import { projectRoot } from '../config.js';
import { parseResumeFile } from '../resume/parse-resume-file.js';
import { ResumeError } from '../resume/resume-error.js';
import type { ResumeIssue } from '../resume/resume-issue.js';
import type { Catalogue } from './catalogue.js';
import { CatalogueError } from './catalogue-error.js';
import { CatalogueIndex } from './catalogue-index.js';
import { looseCompanyKey } from './lookup-key.js';
import type { CompanyEntry, TechnologyEntry } from './types.js';
import { validateCompanies, validateTechnologies } from './validate-catalogue.js';

export const DEFAULT_CATALOGUE_DIR = join(projectRoot, 'seed');

/**
 * Reads `technologies.json` (generated: see seed/technologies.curated.yaml) and `companies.yaml` from `dir` into lookup indexes. Throws
 * `CatalogueError` listing every problem: bad entries, a spelling claimed by two entries, an unknown
 * parent, or an id used both as a technology and as a company (node ids are unique across kinds).
 */
export async function loadCatalogue(dir: string = DEFAULT_CATALOGUE_DIR): Promise<Catalogue> {
  const issues: ResumeIssue[] = [];
  const read = async <E>(
    file: string,
    validate: (parsed: Awaited<ReturnType<typeof parseResumeFile>>) => {
      entries: E[];
      issues: ResumeIssue[];
    },
  ): Promise<E[]> => {
    try {
      const result = validate(await parseResumeFile(join(dir, file)));
      issues.push(...result.issues);
      return result.entries;
    } catch (error) {
      if (error instanceof ResumeError) {
        issues.push(...error.issues);
        return [];
      }
      throw error;
    }
  };
  const technologies = await read<TechnologyEntry>('technologies.json', validateTechnologies);
  const companies = await read<CompanyEntry>('companies.json', validateCompanies);
  const technologyIds = new Set(technologies.map((entry) => entry.id));
  for (const company of companies) {
    if (technologyIds.has(company.id)) {
      issues.push({
        file: join(dir, 'companies.json'),
        path: `id`,
        found: `the company id "${company.id}", also a technology id`,
        expected: 'ids unique across both catalogues',
      });
    }
  }
  if (issues.length > 0) throw new CatalogueError(issues);
  return {
    technologies: new CatalogueIndex(technologies),
    companies: new CatalogueIndex(companies, { looseKey: looseCompanyKey }),
  };
}
