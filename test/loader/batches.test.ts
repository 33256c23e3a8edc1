import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import { stringify } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { generateResumes } from '../../src/generate/generate-resumes.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { loadResume } from '../../src/loader/load-resume.js';
import { type LoadResumesOptions, loadResumes } from '../../src/loader/load-resumes.js';
import type { LoadSummary } from '../../src/loader/load-summary.js';
import { type ResumeSource, readResume } from '../../src/resume/read-resume.js';
import { type CanonicalDump, canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, closeTestExecutor, testExecutor } from '../support/database.js';
import { HEAVY_TEST_MS, waitFor } from '../support/patience.js';

/*
 * Many résumés per transaction must leave the graph that loading them one per transaction, in
 * their order, leaves; an unchanged file is skipped by its content hash; a load killed at any point
 * and run again gives the graph of an uninterrupted one.
 */

/** What a test may start, bound to it (`boundTo`). */
interface Bound {
  load(sources: ResumeSource[], options?: LoadResumesOptions): Promise<LoadSummary>;
  /** The graph after `steps`, run on an empty database. */
  graphAfter(...steps: (() => Promise<unknown>)[]): Promise<CanonicalDump>;
  /** Refuses to start work once the test has ended; `child` is killed when it ends. */
  spawned(child: ChildProcess): void;
  stillRunning(): void;
  signal: AbortSignal;
}

/**
 * Loads and `npm run load` children bound to the test of `context`. Once the test ends, passed,
 * failed or cut off at its time limit on a busy machine (its body then goes on running), what it
 * started is stopped before the next test begins and it can start nothing more: no load of one
 * test writes into another's graph.
 */
function boundTo({ signal, onTestFinished }: TestContext): Bound {
  const loads = new Set<Promise<unknown>>();
  const children = new Set<ChildProcess>();
  const ended = new AbortController();
  onTestFinished(async () => {
    ended.abort();
    const exits = [...children].map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
        ),
    );
    for (const child of children) child.kill('SIGKILL');
    // Closing the pool abandons the transactions still running; the loads then fail at once.
    if (loads.size > 0) await closeTestExecutor();
    await Promise.allSettled([...loads, ...exits]);
  });
  const stillRunning = () => {
    if (ended.signal.aborted || signal.aborted) throw new Error('the test has ended: it starts nothing more');
  };
  const load = async (sources: ResumeSource[], options: LoadResumesOptions = {}) => {
    stillRunning();
    const loading = loadResumes(testExecutor(), sources, { applySchema: false, ...options });
    loads.add(loading);
    const summary = await loading.finally(() => loads.delete(loading));
    expect(summary.failed).toEqual([]);
    return summary;
  };
  const graphAfter = async (...steps: (() => Promise<unknown>)[]) => {
    stillRunning();
    await clearDatabase();
    for (const step of steps) {
      stillRunning();
      await step();
    }
    return canonicalDump(testExecutor());
  };
  const spawned = (child: ChildProcess) => {
    children.add(child);
    child.once('exit', () => children.delete(child));
  };
  return { load, graphAfter, spawned, stillRunning, signal: ended.signal };
}

const oneByOne: LoadResumesOptions = { batchSize: 1, concurrency: 1 };
const together: LoadResumesOptions = { batchSize: 50, concurrency: 1 };

/*
 * Ada's first version names a project, a school and a technology outside the catalogue that nobody
 * else names; her second drops all three. Ben names the same three (his project with other
 * technologies). In one transaction, Ada's reload may delete what Ben then names, or Ben may name
 * what Ada's reload no longer keeps: either order must give what loading them one after the other
 * in that order gives.
 */
const adaFirst = {
  file: 'ada.yaml',
  text: `
id: ada
work:
  - name: Harrowgate Labs
    position: Engineer
    startDate: 2015-01
    endDate: 2017-12
    technologies: [Quuxlang, Lua]
    projects:
      - { id: telemetry, name: Telemetry, technologies: [Prometheus, Quuxlang] }
education:
  - { institution: Harrowgate Institute of Computing, studyType: B.S., startDate: 2010, endDate: 2014 }
`,
};
const adaSecond = {
  file: 'ada.yaml',
  text: `
id: ada
work:
  - name: Stripe
    position: Staff Engineer
    startDate: 2018-01
    current: true
    technologies: [Go]
`,
};
const ben = {
  file: 'ben.yaml',
  text: `
id: ben
work:
  - name: Harrowgate Labs
    position: Engineer
    startDate: 2016-01
    endDate: 2019-06
    technologies: [Quuxlang]
    projects:
      - { id: telemetry, name: Telemetry (Ben's words), technologies: [Grafana] }
education:
  - { institution: Harrowgate Institute of Computing, studyType: M.S., startDate: 2014, endDate: 2015 }
`,
};

describe('many résumés in one transaction', () => {
  beforeAll(async () => {
    await applySchema(testExecutor());
  });

  for (const order of [
    [adaSecond, ben],
    [ben, adaSecond],
  ]) {
    it(`give the graph of loading them one by one (${order.map((s) => s.file).join(', ')})`, async (context) => {
      const { load, graphAfter } = boundTo(context);
      const sequential = await graphAfter(
        () => load([adaFirst]),
        () => load(order, oneByOne),
      );
      const batched = await graphAfter(
        () => load([adaFirst]),
        () => load(order, together),
      );
      expect(batched).toEqual(sequential);
      // The known answer: Ben's project, school and Quuxlang stay, Ada's Lua goes; Prometheus,
      // which only the project used, goes with it when Ada leaves it before Ben names it.
      const ids = new Set(batched.nodes.map((node) => node.props.id));
      for (const kept of ['telemetry', 'grafana', 'quuxlang', 'go', 'stripe']) expect(ids).toContain(kept);
      expect(ids).not.toContain('lua');
      if (order[0] === adaSecond) expect(ids).not.toContain('prometheus');
    });
  }

  describe('generated people, half of them changed', () => {
    let dir: string;
    let first: string[];
    let second: string[];
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'career-graph-batches-'));
      const catalogue = await loadCatalogue();
      const before = generateResumes({ people: 60, seed: 11, catalogue });
      const after = generateResumes({ people: 60, seed: 12, catalogue });
      first = [];
      second = [];
      await mkdir(join(dir, 'v1'));
      await mkdir(join(dir, 'v2'));
      for (const [index, resume] of before.entries()) {
        first.push(join(dir, 'v1', resume.fileName));
        second.push(join(dir, 'v2', resume.fileName));
        await writeFile(join(dir, 'v1', resume.fileName), stringify(resume.document));
        // Every other person's résumé becomes another person's career under the same id.
        const replacement = after[index]?.document;
        const changed =
          index % 2 === 1 && replacement?.id && resume.document.id
            ? stringify(replacement).replaceAll(replacement.id, resume.document.id)
            : stringify(resume.document);
        await writeFile(join(dir, 'v2', resume.fileName), changed);
      }
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it(
      'give the graph of a fresh load, loaded together, one by one or in concurrent batches',
      async (context) => {
        const { load, graphAfter } = boundTo(context);
        const fresh = await graphAfter(() => load(second, oneByOne));
        const sequential = await graphAfter(
          () => load(first, oneByOne),
          () => load(second, oneByOne),
        );
        const batched = await graphAfter(
          () => load(first, { batchSize: 7, concurrency: 2 }),
          () => load(second, { batchSize: 7, concurrency: 2 }),
        );
        expect(sequential).toEqual(fresh);
        expect(batched).toEqual(fresh);
        expect(fresh.nodes.filter((node) => node.labels.includes('Person'))).toHaveLength(60);
        // Five loads of 60 résumés, three of them one résumé a transaction: about 30 s on a quiet machine.
      },
      HEAVY_TEST_MS,
    );
  });
});

const peopleAndRoles = cypher(
  'test.peopleAndRoles',
  'MATCH (p:Person) RETURN count(p) AS people, COUNT { MATCH (:Role) } AS roles',
);

describe('an unchanged résumé', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    await applySchema(testExecutor());
    dir = await mkdtemp(join(tmpdir(), 'career-graph-hash-'));
    const catalogue = await loadCatalogue();
    files = [];
    for (const resume of generateResumes({ people: 12, seed: 21, catalogue })) {
      const path = join(dir, resume.fileName);
      await writeFile(path, stringify(resume.document));
      files.push(path);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is skipped on reload: counted as loaded, nothing written, the same graph', async (context) => {
    const { load, graphAfter } = boundTo(context);
    const loaded = await graphAfter(() => load(files));
    const [counts] = await testExecutor().read<{ people: number; roles: number }>(peopleAndRoles);
    const again = await load(files);
    expect(again).toMatchObject({
      files: 12,
      people: 12,
      unchanged: 12,
      roles: counts?.roles,
      nodesCreated: 0,
      nodesUpdated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await canonicalDump(testExecutor())).toEqual(loaded);
  });

  it(
    'is loaded again once its person was written another way (the API); a changed file is loaded',
    async (context) => {
      const { load, graphAfter } = boundTo(context);
      const [target, edited, ...rest] = files as [string, string, ...string[]];
      const catalogue = await loadCatalogue();
      const original = await readResume(target, { catalogue });
      // The API gives the first person one position less than the file does.
      const throughApi = () =>
        loadResume(
          testExecutor(),
          { ...original, file: 'api', positions: original.positions.slice(1) },
          catalogue,
        );
      const edit = async () => writeFile(edited, `${await readFile(edited, 'utf8')}\n# edited\n`);

      const fresh = await graphAfter(edit, () => load(files, oneByOne));
      await writeFile(edited, (await readFile(edited, 'utf8')).replace('\n# edited\n', ''));
      let summary: LoadSummary | undefined;
      const reloaded = await graphAfter(
        () => load(files),
        throughApi,
        edit,
        async () => {
          summary = await load(files);
        },
      );
      expect(summary?.unchanged).toBe(rest.length);
      expect(reloaded).toEqual(fresh);
      // Two fresh loads and a reload of 12 résumés: 49 s at a load average of 32 on two cores.
    },
    HEAVY_TEST_MS,
  );
});

describe('a load killed with SIGKILL', () => {
  let dir: string;
  beforeAll(async () => {
    await applySchema(testExecutor());
    dir = await mkdtemp(join(tmpdir(), 'career-graph-kill-'));
    const catalogue = await loadCatalogue();
    for (const resume of generateResumes({ people: 300, seed: 31, catalogue }))
      await writeFile(join(dir, resume.fileName), stringify(resume.document));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** `npm run load` of the folder, for the test `bound`; killed with SIGKILL once `killWhen` says so. */
  async function runLoad(bound: Bound, killWhen?: () => Promise<boolean>): Promise<number | null> {
    bound.stillRunning();
    const { uri, user, password } = inject('database');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, 'src/cli/load.ts'), dir, '--batch-size', '10'],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
        stdio: 'ignore',
      },
    );
    bound.spawned(child);
    let ended = false;
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => {
        ended = true;
        resolve(code);
      }),
    );
    if (killWhen) {
      // Polled until the load has written enough, ends, or the test does; a third of the test's limit at most, the
      // rest being for the uninterrupted load before it and the rerun after it.
      await waitFor(
        'the load to write enough to be killed (or to end)',
        async () => ended || (await killWhen()),
        {
          boundMs: HEAVY_TEST_MS / 3,
          everyMs: 100,
          stop: bound.signal,
        },
      );
      if (!ended) child.kill('SIGKILL');
    }
    return exited;
  }

  it(
    'leaves whole résumés only, and a rerun gives the graph of an uninterrupted load',
    async (context) => {
      const bound = boundTo(context);
      const fresh = await bound.graphAfter(async () => expect(await runLoad(bound)).toBe(0));
      bound.stillRunning();
      await clearDatabase();
      await runLoad(bound, async () => {
        const [row] = await testExecutor().read<{ people: number }>(peopleAndRoles);
        return (row?.people ?? 0) >= 40;
      });
      const [partial] = await testExecutor().read<{ people: number }>(peopleAndRoles);
      expect(partial?.people).toBeGreaterThanOrEqual(40);
      expect(partial?.people).toBeLessThan(300);
      // Every person written so far is whole: each one's roles are there.
      const bare = await testExecutor().read(
        cypher('test.peopleWithoutRoles', 'MATCH (p:Person) WHERE NOT (p)-[:HELD]->() RETURN p.id AS id'),
      );
      expect(bare).toEqual([]);
      expect(await runLoad(bound)).toBe(0);
      expect(await canonicalDump(testExecutor())).toEqual(fresh);
      // Three loads of 300 résumés in a child process each: under a minute on a quiet machine.
    },
    HEAVY_TEST_MS,
  );
});
