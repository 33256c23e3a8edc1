import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { BatchMember } from '../../src/loader/batch-round.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { planResumeGraph } from '../../src/loader/plan-resume-graph.js';
import { createSharedNodes } from '../../src/loader/shared-nodes.js';
import { readResume } from '../../src/resume/read-resume.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * A bulk load creates the catalogue's companies and technologies its transaction names ahead of it,
 * in a transaction of their own (src/loader/shared-nodes.ts). Until the load transaction commits,
 * they are orphans: a run killed in between, or a résumé refused in its transaction, must leave the
 * graph a fresh load of the files gives. Known answers from the files written here and the seed
 * catalogues: Go, Rust, Python, Kotlin and Elixir are `go`, `rust`, `python`, `kotlin`, `elixir`;
 * Stripe is `stripe`, NVIDIA `nvidia`, and Uber ATG is `uber-atg`, part of `uber`.
 */

const nodes = cypher(
  'test.sharedNodes',
  `MATCH (n:Company|Technology)
   RETURN n.id AS id, COUNT { (n)--() } AS degree
   ORDER BY id`,
);

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
  await applySchema(testExecutor());
});

function source(
  id: string,
  employer: string,
  technologies: string[],
  extra = '',
): { file: string; text: string } {
  return {
    file: `${id}.yaml`,
    text:
      `id: ${id}\nwork:\n  - name: ${employer}\n    position: Dev\n    startDate: 2020-01\n` +
      `    technologies: [${technologies.join(', ')}]\n${extra}`,
  };
}

const ada = source('ada', 'Stripe', ['Go', 'Rust']);
const ben = source('ben', 'Uber ATG', ['Go', 'Python']);

async function member(file: { file: string; text: string }): Promise<BatchMember> {
  const resume = await readResume(file);
  return { resume, plan: planResumeGraph(resume, catalogue) };
}

async function freshDump(files: { file: string; text: string }[]) {
  await clearDatabase();
  const summary = await loadResumes(testExecutor(), files, { applySchema: false, catalogue });
  expect(summary.failed).toEqual([]);
  return canonicalDump(testExecutor());
}

describe('shared nodes created ahead of a load transaction', () => {
  it('a run killed after creating them: the next run deletes those no file names, and gives a fresh load’s graph', async () => {
    const expected = await freshDump([ada]);
    await clearDatabase();
    // What the transaction before a batch of ada and ben does; then the process is killed.
    const created = await createSharedNodes(
      testExecutor(),
      [await member(ada), await member(ben)],
      new Set(),
    );
    expect(created.sort()).toEqual(['go', 'python', 'rust', 'stripe', 'uber', 'uber-atg']);
    expect(await testExecutor().read(nodes)).toEqual(
      ['go', 'python', 'rust', 'stripe', 'uber', 'uber-atg'].map((id) => ({ id, degree: 0 })),
    );

    // Run again without ben's file.
    const summary = await loadResumes(testExecutor(), [ada], { applySchema: false, catalogue });
    expect(summary.failed).toEqual([]);
    expect(await canonicalDump(testExecutor())).toEqual(expected);
  });

  it('a run killed after creating them, then run again on the same files: a fresh load’s graph', async () => {
    const expected = await freshDump([ada, ben]);
    await clearDatabase();
    await createSharedNodes(testExecutor(), [await member(ada), await member(ben)], new Set());
    const summary = await loadResumes(testExecutor(), [ada, ben], { applySchema: false, catalogue });
    expect(summary.failed).toEqual([]);
    expect(await canonicalDump(testExecutor())).toEqual(expected);
  });

  it('creates none that exists, and skips those the run has made', async () => {
    await clearDatabase();
    await loadResumes(testExecutor(), [ada], { applySchema: false, catalogue });
    const made = new Set(['python']);
    const created = await createSharedNodes(testExecutor(), [await member(ben)], made);
    expect(created.sort()).toEqual(['uber', 'uber-atg']);
    expect([...made].sort()).toEqual(['go', 'python', 'uber', 'uber-atg']);
  });

  it('a résumé refused in its transaction leaves none of the nodes created for it alone', async () => {
    // carl's project id is ada's technology's: refused, with Kotlin, which only carl names, and
    // NVIDIA, which dan names too.
    const carl = source('carl', 'NVIDIA', ['Kotlin'], 'projects: [{ id: go, name: Go rewrite }]\n');
    const dan = source('dan', 'NVIDIA', ['Elixir']);
    const expected = await freshDump([ada, ben]);
    await clearDatabase();
    await loadResumes(testExecutor(), [ada], { applySchema: false, catalogue });
    const summary = await loadResumes(testExecutor(), [ben, carl], { applySchema: false, catalogue });
    expect(summary.failed.map((failed) => failed.file)).toEqual(['carl.yaml']);
    expect(await canonicalDump(testExecutor())).toEqual(expected);

    // One résumé a transaction, two at once: carl's and dan's may create NVIDIA ahead together.
    const withDan = await freshDump([ada, ben, dan]);
    await clearDatabase();
    await loadResumes(testExecutor(), [ada], { applySchema: false, catalogue });
    const oneByOne = await loadResumes(testExecutor(), [carl, dan, ben], {
      applySchema: false,
      catalogue,
      batchSize: 1,
      concurrency: 2,
    });
    expect(oneByOne.failed.map((failed) => failed.file)).toEqual(['carl.yaml']);
    expect(await canonicalDump(testExecutor())).toEqual(withDan);
    expect((await testExecutor().read<{ id: string }>(nodes)).map((row) => row.id)).toEqual([
      'elixir',
      'go',
      'nvidia',
      'python',
      'rust',
      'stripe',
      'uber',
      'uber-atg',
    ]);
  });
});
