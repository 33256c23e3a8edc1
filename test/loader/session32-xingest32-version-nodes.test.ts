import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { BatchMember } from '../../src/loader/batch-round.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { planResumeGraph } from '../../src/loader/plan-resume-graph.js';
import { createVersions } from '../../src/loader/similar-lists.js';
import { readResume } from '../../src/resume/read-resume.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * A bulk load makes each technology's version node once per run (src/loader/similar-lists.ts,
 * createVersions with the run's `made` set) rather than asking for it again before every
 * transaction. Known answers from the résumés written here: Go, Rust and Python are the catalogue's
 * `go`, `rust` and `python`.
 */

const versionNodes = cypher(
  'test.versionNodes',
  'MATCH (v:TechnologyVersion) RETURN v.technology AS technology ORDER BY technology',
);

/** Per technology some person USES: how many version nodes it has. */
const versionsOfUsed = cypher(
  'test.versionsOfUsed',
  `MATCH (:Person)-[:USES]->(t:Technology)
   WITH DISTINCT t
   RETURN t.id AS technology, COUNT { (v:TechnologyVersion {technology: t.id}) } AS versions
   ORDER BY technology`,
);

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
  await applySchema(testExecutor());
});

function source(id: string, technologies: string[]): { file: string; text: string } {
  return {
    file: `${id}.yaml`,
    text: `id: ${id}\nwork: [{ name: Stripe, position: Dev, startDate: 2020-01, technologies: [${technologies.join(', ')}] }]\n`,
  };
}

async function member(id: string, technologies: string[]): Promise<BatchMember> {
  const resume = await readResume(source(id, technologies));
  return { resume, plan: planResumeGraph(resume, catalogue) };
}

describe('version nodes made once per run', () => {
  it('leaves out the technologies the run has made and adds the ones it makes', async () => {
    await clearDatabase();
    const made = new Set(['go']);
    await createVersions(testExecutor(), [await member('ada', ['Go', 'Rust'])], made);
    const rows = await testExecutor().read<{ technology: string }>(versionNodes);
    expect(rows.map((row) => row.technology)).toEqual(['rust']);
    expect([...made].sort()).toEqual(['go', 'rust']);
  });

  it('still gives every used technology exactly one version node, one résumé per transaction, two at once', async () => {
    await clearDatabase();
    const summary = await loadResumes(
      testExecutor(),
      [source('ada', ['Go', 'Rust']), source('ben', ['Go', 'Python']), source('cy', ['Rust', 'Python'])],
      { applySchema: false, catalogue, batchSize: 1, concurrency: 2 },
    );
    expect(summary.failed).toEqual([]);
    expect(await testExecutor().read(versionsOfUsed)).toEqual([
      { technology: 'go', versions: 1 },
      { technology: 'python', versions: 1 },
      { technology: 'rust', versions: 1 },
    ]);
  });
});
