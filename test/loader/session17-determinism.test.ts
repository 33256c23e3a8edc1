import { beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import { NODE_LABELS } from '../../src/graph/model.js';
import { upsertNodes } from '../../src/graph/queries/upsert-nodes.js';
import { type LoadResumesOptions, loadResumes } from '../../src/loader/load-resumes.js';
import type { ResumeSource } from '../../src/resume/read-resume.js';
import { type CanonicalDump, canonicalDump, type DumpedNode } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * The graph a load leaves depends on the set of résumés, not on their order, how many share a
 * transaction, or which of two transactions commits first. Three résumés describe the same shared
 * nodes differently: a technology and an employer outside the catalogues spelled three ways (one
 * id each: the slug folds case), a school with and without its bracketed short name (one id:
 * schoolIdentity), and a project they share by id, which each describes with other words and
 * other fields. Whichever résumé came first used to name them; every load below must give the
 * graph of every other.
 */
const ada: ResumeSource = {
  file: 'det-ada.yaml',
  text: `
id: det-ada
work:
  - name: Harrowgate Labs
    position: Engineer
    startDate: 2015-01
    endDate: 2017-12
    technologies: [Quuxlang, Lua]
    projects:
      - { id: det-telemetry, name: Shared telemetry, description: Metrics for every team, technologies: [Prometheus] }
education:
  - { institution: Harrowgate Institute of Computing, studyType: B.S., startDate: 2010, endDate: 2014 }
`,
};
const ben: ResumeSource = {
  file: 'det-ben.yaml',
  text: `
id: det-ben
work:
  - name: HARROWGATE LABS
    position: Engineer
    startDate: 2016-01
    endDate: 2019-06
    technologies: [QuuxLang]
    projects:
      - id: det-telemetry
        name: Shared Telemetry
        description: Metrics, logs and traces
        startDate: 2016-03
        technologies: [Grafana]
education:
  - { institution: Harrowgate Institute of Computing (HIC), studyType: M.S., startDate: 2014, endDate: 2015 }
`,
};
const cleo: ResumeSource = {
  file: 'det-cleo.yaml',
  text: `
id: det-cleo
work:
  - name: harrowgate labs
    position: Intern
    startDate: 2018-06
    endDate: 2018-09
    technologies: [quuxlang]
    projects:
      - { id: det-telemetry, name: Telemetry, technologies: [Prometheus] }
education:
  - { institution: harrowgate institute of computing, studyType: B.A., startDate: 2015, endDate: 2018 }
`,
};

async function graphAfter(
  ...loads: { sources: ResumeSource[]; options: LoadResumesOptions }[]
): Promise<CanonicalDump> {
  await clearDatabase();
  for (const { sources, options } of loads) {
    const summary = await loadResumes(testExecutor(), sources, { applySchema: false, ...options });
    expect(summary.failed).toEqual([]);
  }
  return canonicalDump(testExecutor());
}

const oneByOne: LoadResumesOptions = { batchSize: 1, concurrency: 1 };

function node(dump: CanonicalDump, id: string): DumpedNode | undefined {
  return dump.nodes.find((item) => item.props.id === id);
}

describe('one graph whatever the order, batching and concurrency of a load', () => {
  let reference: CanonicalDump;
  beforeAll(async () => {
    await applySchema(testExecutor());
    reference = await graphAfter({ sources: [ada, ben, cleo], options: oneByOne });
  });

  it('names each shared node by the first of its descriptions in one fixed order', () => {
    // The expected names follow from the rule alone (src/loader/shared-descriptions.ts): the
    // fullest description first, then the least by code unit, so capitals before small letters.
    expect(node(reference, 'quuxlang')?.props).toMatchObject({ name: 'QuuxLang', normalised: false });
    expect(node(reference, 'harrowgate-labs')?.props).toMatchObject({ name: 'HARROWGATE LABS' });
    expect(node(reference, 'harrowgate-institute-of-computing')?.props).toMatchObject({
      name: 'Harrowgate Institute of Computing',
    });
    // Ben's is the only description with a date: the fullest.
    expect(node(reference, 'det-telemetry')?.props).toEqual({
      id: 'det-telemetry',
      name: 'Shared Telemetry',
      description: 'Metrics, logs and traces',
      startDate: '2016-03',
      searchText: 'Shared Telemetry',
    });
    const shared = reference.nodes.filter((item) =>
      ['quuxlang', 'harrowgate-labs', 'harrowgate-institute-of-computing', 'det-telemetry'].includes(
        String(item.props.id),
      ),
    );
    expect(shared).toHaveLength(4);
  });

  for (const [name, sources] of [
    ['reversed', [cleo, ben, ada]],
    ['another order', [ben, cleo, ada]],
  ] as const) {
    it(`one per transaction, ${name}`, async () => {
      expect(await graphAfter({ sources: [...sources], options: oneByOne })).toEqual(reference);
    });
    it(`all in one transaction, ${name}`, async () => {
      expect(await graphAfter({ sources: [...sources], options: { batchSize: 10, concurrency: 1 } })).toEqual(
        reference,
      );
    });
  }

  it('one per transaction, three transactions at once, many times', async () => {
    for (const sources of [
      [ada, ben, cleo],
      [cleo, ben, ada],
      [ben, ada, cleo],
      [cleo, ada, ben],
    ]) {
      expect(await graphAfter({ sources, options: { batchSize: 1, concurrency: 3 } })).toEqual(reference);
    }
  });

  it('the others loaded after one, as a rerun after a killed load would', async () => {
    for (const first of [ada, ben, cleo]) {
      const rest = [ada, ben, cleo].filter((source) => source !== first);
      expect(
        await graphAfter({ sources: [first], options: oneByOne }, { sources: rest, options: oneByOne }),
      ).toEqual(reference);
    }
  });
});

describe('the canonical dump across commits', () => {
  it("leaves out only the persons' content hashes, which hash the loader's code with the file", async () => {
    await clearDatabase();
    await loadResumes(testExecutor(), [ada, ben], { applySchema: false });
    const whole = await canonicalDump(testExecutor());
    const hashed = whole.nodes.filter((item) => 'contentHash' in item.props);
    expect(hashed.map((item) => item.props.id).sort()).toEqual(['det-ada', 'det-ben']);
    const acrossCode = await canonicalDump(testExecutor(), { acrossCode: true });
    expect(acrossCode.edges).toEqual(whole.edges);
    // The dump sorts by each node's printed form, which the hash was part of: compare in the same order.
    const printed = (nodes: typeof whole.nodes) => nodes.map((item) => JSON.stringify(item)).sort();
    expect(printed(acrossCode.nodes)).toEqual(
      printed(
        whole.nodes.map((item) => {
          const { contentHash: _, ...props } = item.props;
          return { ...item, props };
        }),
      ),
    );
  });
});

describe('upsertNodes writes a description only over what it was chosen against', () => {
  const school = (name: string) => ({ id: 'det-school', name, searchText: name });
  const upsert = async (row: Record<string, unknown>) =>
    testExecutor().write(upsertNodes, {
      nodes: { ...Object.fromEntries(NODE_LABELS.map((label) => [label, []])), School: [row] },
    });
  const counts = (created: number, changed: string[]) => [
    {
      ...Object.fromEntries(
        NODE_LABELS.map((label) => [`created${label}`, label === 'School' ? created : 0]),
      ),
      changed,
    },
  ];

  it('reports a node another transaction created or described since it was read, and no other', async () => {
    await clearDatabase();
    // Read as missing, and missing: created.
    expect(await upsert({ id: 'det-school', props: school('B'), expect: {} })).toEqual(counts(1, []));
    // Read as missing, but there (described meanwhile): changed.
    expect(await upsert({ id: 'det-school', props: school('A'), expect: {} })).toEqual(
      counts(0, ['det-school']),
    );
    // Read as what it holds: written.
    expect(await upsert({ id: 'det-school', props: school('C'), expect: school('A') })).toEqual(
      counts(0, []),
    );
    // Read as something else, but it already holds what the load writes: nothing lost.
    expect(await upsert({ id: 'det-school', props: school('C'), expect: school('B') })).toEqual(
      counts(0, []),
    );
    // Read as something else: changed.
    expect(await upsert({ id: 'det-school', props: school('D'), expect: school('B') })).toEqual(
      counts(0, ['det-school']),
    );
    // A row that is no description is not checked.
    expect(await upsert({ id: 'det-school', props: school('E') })).toEqual(counts(0, []));
  });
});
