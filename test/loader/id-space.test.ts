import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * Every node shares one id space (the Entity.id constraint). Names the résumé gives no id for must
 * not collide with another kind's id, or ordinary résumés (an engineer who worked at Jenkins, a
 * project called Kafka, a PhD student employed by their university) could never load.
 */

let dir: string;

async function file(name: string, document: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(document));
  return path;
}

const nodeById = cypher(
  'test.nodeById',
  `UNWIND $ids AS id
   OPTIONAL MATCH (n:Entity {id: id})
   RETURN id, [label IN labels(n) WHERE label <> 'Entity'] AS labels, n.name AS name, n.title AS title,
          n.normalised AS normalised
   ORDER BY id`,
);

async function nodes(ids: string[]) {
  return testExecutor().read<{
    id: string;
    labels: string[];
    name: string | null;
    title: string | null;
    normalised: boolean | null;
  }>(nodeById, { ids });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'career-graph-ids-'));
  await applySchema(testExecutor());
});
beforeEach(() => clearDatabase());

describe('one id space for every kind of node', () => {
  // GitHub, the employer, is in the company catalogue (as company-github, by this same rule): an
  // employer outside it, named like a technology, shows the rule at load time.
  it('keeps an employer called Jenkins apart from the technology Jenkins', async () => {
    const path = await file('octo.json', {
      id: 'octo',
      basics: { label: 'Engineer' },
      work: [{ name: 'Jenkins', position: 'Engineer', startDate: '2019', technologies: ['Jenkins', 'Ruby'] }],
    });
    const summary = await loadResumes(testExecutor(), [path]);
    expect(summary.failed).toEqual([]);
    expect(await nodes(['company-jenkins', 'jenkins'])).toEqual([
      { id: 'company-jenkins', labels: ['Company'], name: 'Jenkins', title: null, normalised: false },
      { id: 'jenkins', labels: ['Technology'], name: 'Jenkins', title: null, normalised: true },
    ]);
  });

  it("makes a plain JSON Resume project the person's own, even when it is named like a technology", async () => {
    const project = { name: 'Kafka', description: 'A toy log', keywords: ['Rust'] };
    const first = await file('ada.json', {
      basics: { label: 'Engineer' },
      work: [{ name: 'Harrowgate Labs', position: 'Engineer', technologies: ['Kafka'] }],
      projects: [project],
    });
    const second = await file('bob.json', { basics: { label: 'Engineer' }, projects: [project] });
    const summary = await loadResumes(testExecutor(), [first, second]);
    expect(summary.failed).toEqual([]);
    expect(await nodes(['ada-kafka', 'bob-kafka', 'kafka'])).toEqual([
      { id: 'ada-kafka', labels: ['Project'], name: 'Kafka', title: null, normalised: null },
      { id: 'bob-kafka', labels: ['Project'], name: 'Kafka', title: null, normalised: null },
      { id: 'kafka', labels: ['Technology'], name: 'Kafka', title: null, normalised: true },
    ]);
  });

  it('keeps a university that was also the employer apart as a school', async () => {
    const path = await file('phd.json', {
      id: 'phd',
      basics: { label: 'Researcher' },
      work: [
        { name: 'Harrowgate University', position: 'Research Assistant', startDate: '2015', endDate: '2019' },
      ],
      education: [{ institution: 'Harrowgate University', studyType: 'PhD', area: 'Databases' }],
    });
    const summary = await loadResumes(testExecutor(), [path]);
    expect(summary.failed).toEqual([]);
    expect(await nodes(['harrowgate-university', 'school-harrowgate-university'])).toEqual([
      {
        id: 'harrowgate-university',
        labels: ['Company'],
        name: 'Harrowgate University',
        title: null,
        normalised: false,
      },
      {
        id: 'school-harrowgate-university',
        labels: ['School'],
        name: 'Harrowgate University',
        title: null,
        normalised: null,
      },
    ]);
  });

  it('loads a position the résumé names no title for, and invents none', async () => {
    const path = await file('quiet.json', {
      id: 'quiet',
      basics: { label: 'Engineer' },
      work: [{ name: 'Harrowgate Labs', startDate: '2020-02' }],
    });
    const summary = await loadResumes(testExecutor(), [path]);
    expect(summary.failed).toEqual([]);
    expect(await nodes(['quiet-w0-p0'])).toEqual([
      { id: 'quiet-w0-p0', labels: ['Role'], name: null, title: null, normalised: null },
    ]);
  });

  it('rejects an id the résumé itself gives to two kinds of node, and changes nothing', async () => {
    const before = await canonicalDump(testExecutor());
    const path = await file('twice.json', {
      id: 'twice',
      basics: { label: 'Engineer' },
      work: [
        {
          name: 'Harrowgate Labs',
          positions: [
            { id: 'twice-atlas', position: 'Engineer', projects: [{ id: 'twice-atlas', name: 'Atlas' }] },
          ],
        },
      ],
    });
    const summary = await loadResumes(testExecutor(), [path]);
    expect(summary.failed).toEqual([
      {
        file: path,
        issues: [
          {
            file: path,
            path: 'work[0].positions[0].projects[0]',
            found: 'the project id "twice-atlas", which this résumé also gives a Role',
            expected: 'ids unique across kinds of node: give the project its own `id`',
          },
        ],
        message:
          `${path} is not a valid résumé:\n  ${path}: work[0].positions[0].projects[0]: found the project id ` +
          '"twice-atlas", which this résumé also gives a Role; expected ids unique across kinds of node: give the project its own `id`',
      },
    ]);
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });
});
