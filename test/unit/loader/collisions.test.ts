import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import type { PersonSnapshot } from '../../../src/graph/queries/snapshot-person.js';
import { rejectCollisions } from '../../../src/loader/collisions.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { readResume } from '../../../src/resume/read-resume.js';
import { ResumeError } from '../../../src/resume/resume-error.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const empty: PersonSnapshot = { edges: [], existing: [], foreignRoles: [], projects: [], partOf: [] };

/** The issues rejectCollisions raises for a résumé against a snapshot; [] when it passes. */
async function issues(text: string, snapshot: PersonSnapshot = empty) {
  const resume = await readResume({ file: 'c.yaml', text });
  try {
    rejectCollisions(resume, planResumeGraph(resume, catalogue), snapshot);
    return [];
  } catch (error) {
    if (error instanceof ResumeError) return error.issues;
    throw error;
  }
}

const resume = `
id: c
work:
  - name: Harrowgate Labs
    positions:
      - id: c-dev
        position: Dev
        technologies: [Quuxlang]
        projects: [{ id: c-tool, name: Tool }]
`;

describe('rejectCollisions', () => {
  it('passes a résumé whose ids nothing else has', async () => {
    expect(await issues(resume)).toEqual([]);
  });

  it('refuses an id the résumé gives two kinds of node', async () => {
    expect(await issues(resume.replace('id: c-tool', 'id: c-dev'))).toEqual([
      {
        file: 'c.yaml',
        path: 'work[0].positions[0].projects[0]',
        found: 'the project id "c-dev", which this résumé also gives a Role',
        expected: 'ids unique across kinds of node: give the project its own `id`',
      },
    ]);
  });

  it('refuses ids a node of another kind already has, naming the fix for each kind', async () => {
    const snapshot: PersonSnapshot = {
      ...empty,
      existing: [
        { id: 'c-tool', labels: ['Role', 'Entity'], props: {} },
        { id: 'quuxlang', labels: ['Company', 'Entity'], props: {} },
      ],
    };
    expect(await issues(resume, snapshot)).toEqual([
      {
        file: 'c.yaml',
        path: 'work[0].positions[0].technologies',
        found: 'the technology id "quuxlang", which a Company node already has',
        expected:
          'a name that does not collide with another kind of node (add it to the technology catalogue)',
      },
      {
        file: 'c.yaml',
        path: 'work[0].positions[0].projects[0]',
        found: 'the project id "c-tool", which a Role node already has',
        expected: 'ids unique across kinds of node: give the project its own `id`',
      },
    ]);
  });

  it('refuses a role id another person holds', async () => {
    expect(await issues(resume, { ...empty, foreignRoles: [{ id: 'c-dev', person: 'someone' }] })).toEqual([
      {
        file: 'c.yaml',
        path: 'work[0].positions[0].id',
        found: 'the role id "c-dev", already held by person "someone"',
        expected: 'role ids unique across résumés (leave `id` out to get "<personId>-w<i>-p<j>")',
      },
    ]);
  });
});
