import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { type GeneratedResume, generateResumes } from '../../src/generate/generate-resumes.js';
import { writeGeneratedResumes } from '../../src/generate/write-generated-resumes.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { slug } from '../../src/resume/slug.js';
import type { PositionDocument } from '../../src/resume/types.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { graphCounts } from '../support/graph-counts.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const positionsOf = (resume: GeneratedResume) =>
  (resume.document.work ?? []).flatMap((work) => work.positions ?? []);

describe('loading generated résumés', () => {
  it('loads 200 people with the counts their documents give', async () => {
    const resumes = generateResumes({ people: 200, seed: 11, catalogue });
    const dir = await mkdtemp(join(tmpdir(), 'career-graph-gen-load-'));
    await writeGeneratedResumes(dir, resumes);
    await applySchema(testExecutor());
    await clearDatabase();
    const summary = await loadResumes(testExecutor(), [dir], { catalogue });
    expect(summary.failed).toEqual([]);

    const positions = resumes.flatMap(positionsOf);
    const projects = positions.flatMap((position: PositionDocument) => position.projects ?? []);
    const education = resumes.flatMap((resume) => resume.document.education ?? []);
    const companies = new Set<string>();
    for (const resume of resumes) {
      for (const work of resume.document.work ?? []) {
        for (let entry = catalogue.companies.find(work.name); entry; ) {
          companies.add(entry.id);
          entry = entry.parent ? catalogue.companies.get(entry.parent) : undefined;
        }
      }
    }
    const partOf = [...companies].filter((id) => catalogue.companies.get(id)?.parent !== undefined);
    const technology = (name: string) => catalogue.technologies.find(name)?.id ?? slug(name);
    const technologies = new Set(
      resumes
        .flatMap((resume) => [
          ...positionsOf(resume).flatMap((position) => position.technologies ?? []),
          ...(resume.document.skills ?? []).flatMap((skill) => skill.keywords ?? []),
        ])
        .map(technology),
    );
    const skills = resumes.reduce(
      (sum, resume) =>
        sum +
        new Set((resume.document.skills ?? []).flatMap((skill) => skill.keywords ?? []).map(technology)).size,
      0,
    );

    const { labels, types } = await graphCounts(testExecutor());
    expect(summary.people).toBe(200);
    expect(summary.roles).toBe(positions.length);
    expect(labels).toMatchObject({
      Person: 200,
      Role: positions.length,
      Company: companies.size,
      Technology: technologies.size,
      Project: projects.length,
      School: new Set(education.map((entry) => slug(entry.institution))).size,
    });
    expect(types).toMatchObject({
      HELD: positions.length,
      AT: positions.length,
      PART_OF: partOf.length,
      WORKED_ON: projects.length,
      STUDIED_AT: education.length,
      SKILLED_IN: skills,
    });
  });
});
