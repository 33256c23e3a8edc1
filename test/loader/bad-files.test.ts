import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { FailedFile } from '../../src/loader/load-summary.js';
import { type CanonicalDump, canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';

const seed = join(projectRoot, 'seed/resumes');
let dir: string;
let baseline: CanonicalDump;

const good = (id: string, title = 'Engineer') => `
id: ${id}
basics: { label: Engineer }
work:
  - name: Microsoft Corporation
    positions:
      - position: ${JSON.stringify(title)}
        startDate: 2019-01
        endDate: 2020-06
        technologies: [Kafka, k8s]
`;

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** Loads one bad file: it must fail with issues, and the graph must not change at all. */
async function rejected(path: string): Promise<FailedFile> {
  const summary = await loadResumes(testExecutor(), [path]);
  expect(summary.people).toBe(0);
  expect(summary.failed).toHaveLength(1);
  const [failed] = summary.failed;
  expect(failed?.file).toBe(path);
  expect(await canonicalDump(testExecutor())).toEqual(baseline);
  return failed as FailedFile;
}

describe('bad files', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'career-graph-bad-'));
    await applySchema(testExecutor());
  });

  // Each test starts from the seed as a fresh load leaves it; a test that only had files
  // refused left exactly that graph, so the seed is loaded again only after one that wrote.
  beforeEach(async () => {
    if (baseline && isDeepStrictEqual(await canonicalDump(testExecutor()), baseline)) return;
    await clearDatabase();
    const summary = await loadResumes(testExecutor(), [seed]);
    expect(summary.failed).toEqual([]);
    baseline = await canonicalDump(testExecutor());
  });

  it('invalid YAML: names the line and column', async () => {
    const failed = await rejected(
      await file('broken.yaml', 'id: broken\nwork:\n  - name: Acme\n    positions: [\n'),
    );
    expect(failed.issues[0]).toMatchObject({
      path: '',
      line: expect.any(Number),
      found: expect.stringMatching(/^invalid YAML/),
      expected: expect.stringMatching(/^well-formed YAML at line \d+, column \d+$/),
    });
  });

  it('wrong types: names the path, the value found and the type expected', async () => {
    const failed = await rejected(
      await file(
        'types.yaml',
        good('types').replace('startDate: 2019-01', 'startDate: [2019]').replace('[Kafka, k8s]', 'Kafka'),
      ),
    );
    expect(failed.issues).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].startDate',
        line: 8,
        found: 'a list of 1 item',
        expected: expect.stringContaining('YYYY-MM'),
      }),
      expect.objectContaining({
        path: 'work[0].positions[0].technologies',
        line: 10,
        found: '"Kafka"',
        expected: expect.stringMatching(/^a list/),
      }),
    ]);
  });

  it('missing required fields', async () => {
    const failed = await rejected(
      await file('missing.yaml', 'id: missing\nwork:\n  - positions:\n      - team: Core\n'),
    );
    expect(failed.issues).toEqual([
      expect.objectContaining({
        path: 'work[0].name',
        found: 'nothing (the field is missing)',
        expected: expect.stringContaining('required'),
      }),
    ]);
  });

  it('unknown fields', async () => {
    const failed = await rejected(
      await file('unknown.json', JSON.stringify({ id: 'unknown', work: [{ name: 'Acme', positon: 'Dev' }] })),
    );
    expect(failed.issues).toContainEqual(
      expect.objectContaining({
        path: 'work[0].positon',
        found: 'the unknown field "positon"',
        expected: expect.stringContaining('did you mean "position"?'),
      }),
    );
  });

  it('an end date before the start date', async () => {
    const failed = await rejected(
      await file('backwards.yaml', good('backwards').replace('endDate: 2020-06', 'endDate: 2012-12')),
    );
    expect(failed.issues).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].endDate',
        line: 9,
        found: '"2012-12", before startDate "2019-01"',
        expected: expect.stringContaining('on or after the start date'),
      }),
    ]);
    expect(failed.message).toContain('backwards.yaml:9: work[0].positions[0].endDate: found "2012-12"');
  });

  it('a 10 MB file', async () => {
    const failed = await rejected(
      await file('huge.yaml', `${good('huge')}note: "${'x'.repeat(10 * 1024 * 1024)}"\n`),
    );
    expect(failed.issues).toEqual([
      expect.objectContaining({
        path: '',
        found: expect.stringMatching(/^a file of 10\.0 MB/),
        expected: 'at most 1 MB (1048576 bytes)',
      }),
    ]);
  });

  it('ids that collide with another kind of node, or with another person’s role', async () => {
    const project = await rejected(
      await file(
        'collide.yaml',
        `${good('collide')}        projects: [{ id: hadoop, name: Hadoop rewrite }]\n`,
      ),
    );
    expect(project.issues).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].projects[0]',
        found: 'the project id "hadoop", which a Technology node already has',
      }),
    ]);
    const role = await rejected(
      await file(
        'steal.yaml',
        good('thief').replace('- position:', '- id: 493100191bcfc980-stripe-staff\n        position:'),
      ),
    );
    expect(role.issues).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].id',
        found: 'the role id "493100191bcfc980-stripe-staff", already held by person "493100191bcfc980"',
      }),
    ]);
  });

  it('a second file for a person already in the run', async () => {
    const first = await file('twin-a.yaml', good('twin'));
    const second = await file('twin-b.yaml', good('twin', 'Other'));
    const summary = await loadResumes(testExecutor(), [first, second]);
    expect(summary.people).toBe(1);
    expect(summary.failed).toEqual([
      expect.objectContaining({
        file: second,
        issues: [
          expect.objectContaining({ path: 'id', found: `the person id "twin", also the person of ${first}` }),
        ],
      }),
    ]);
  });

  it('stores text that looks like Cypher as plain text', async () => {
    const hostile = "'}) DETACH DELETE n //";
    const path = await file(
      'hostile.yaml',
      good('hostile', hostile).replace('[Kafka, k8s]', JSON.stringify([hostile, 'Kafka'])) +
        `skills: [{ name: ${JSON.stringify(`x"}) MATCH (m) DETACH DELETE m //`)}, keywords: [Go] }]\n`,
    );
    const summary = await loadResumes(testExecutor(), [path]);
    expect(summary.failed).toEqual([]);
    expect(summary.unnormalised).toEqual([expect.objectContaining({ kind: 'Technology', name: hostile })]);
    const [role] = await testExecutor().read<{ title: string }>(
      cypher('test.hostileRole', 'MATCH (:Person {id: $id})-[:HELD]->(r:Role) RETURN r.title AS title'),
      { id: 'hostile' },
    );
    expect(role?.title).toBe(hostile);
    const [skill] = await testExecutor().read<{ group: string }>(
      cypher('test.hostileSkill', 'MATCH (:Person {id: $id})-[s:SKILLED_IN]->() RETURN s.group AS group'),
      { id: 'hostile' },
    );
    expect(skill?.group).toBe(`x"}) MATCH (m) DETACH DELETE m //`);
    // Everything loaded before is still there, unchanged.
    const after = await canonicalDump(testExecutor());
    for (const node of baseline.nodes.filter((node) => !node.labels.includes('Technology'))) {
      expect(after.nodes).toContainEqual(node);
    }
    expect(after.edges).toEqual(expect.arrayContaining(baseline.edges));
  });

  it('npm run load exits non-zero naming the bad files, and loads the good ones', async () => {
    const goodFile = await file('fine.yaml', good('fine'));
    const badFile = await file('bad.yaml', good('bad').replace('endDate: 2020-06', 'endDate: 2012-12'));
    const { uri, user, password } = inject('database');
    const run = promisify(execFile);
    const outcome = await run('npx', ['tsx', 'src/cli/load.ts', goodFile, badFile], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('Loaded 1 of 2 files');
    expect(outcome.stdout).toContain(`${badFile}:9: work[0].positions[0].endDate: found "2012-12"`);
    expect(outcome.stderr).toContain(`Not loaded: ${badFile}`);
    const people = await testExecutor().read<{ id: string }>(
      cypher('test.cliPeople', "MATCH (p:Person) WHERE p.id IN ['fine', 'bad'] RETURN p.id AS id"),
    );
    expect(people).toEqual([{ id: 'fine' }]);
  });
});
