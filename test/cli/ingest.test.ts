import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { MAX_DOCUMENT_BYTES } from '../../src/extract/index.js';
import { readResume } from '../../src/resume/read-resume.js';
import { janeRoe } from '../fixtures/ingest/jane-roe.js';
import { clearDatabase, testExecutor } from '../support/database.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run ingest -- <args>` as a user runs it, against the test database. */
function ingest(args: string[]): Promise<Run> {
  const { uri, user, password } = inject('database');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '-s', 'ingest', '--', ...args],
      { cwd: projectRoot, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

// This format, with the provenance an extractor writes.
const sam = `id: sam-lee
source: { document: sam-lee.txt, lines: "1-12" }
basics: { label: Site Reliability Engineer }
work:
  - name: Uber
    positions:
      - position: Site Reliability Engineer
        startDate: "2019-01"
        endDate: "2021-06"
        technologies: [Kubernetes]
        source: { lines: "3-7", confidence: 0.8 }
`;

const broken = `id: broken
work:
  - name: Stripe
    positions:
      - position: Engineer
        startDate: "2020-05"
        endDate: "2019-01"
`;

const { text: jane, id: janeId } = janeRoe;

let dir: string;
let docs: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'career-graph-ingest-'));
  docs = join(dir, 'documents');
  await mkdir(join(docs, 'more'), { recursive: true });
  await writeFile(join(docs, 'jane-roe.json'), jane);
  await writeFile(join(docs, 'more', 'sam-lee.yaml'), sam);
  await writeFile(join(docs, 'broken.yaml'), broken);
  await writeFile(join(docs, 'empty.txt'), '');
  await writeFile(join(docs, 'notes.csv'), 'not,a,resume\n');
  await writeFile(join(docs, 'huge.pdf'), '');
  await truncate(join(docs, 'huge.pdf'), MAX_DOCUMENT_BYTES + 1);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('answers --help with its usage', async () => {
    const run = await ingest(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run ingest -- <file or folder> ... [--out DIR] [--load]');
    expect(run.stdout).toContain('--load');
    expect(run.stderr).toBe('');
  });

  it('refuses a run with nothing to read, or a bad option, with exit code 2', async () => {
    expect(await ingest([])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No files or folders given.'),
    });
    expect(await ingest(['x', '--concurrency', '0'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^--concurrency "0" is not valid: expected an integer from 1 to 32\.\nUsage: npm run ingest/,
      ),
    });
  });

  it('writes a résumé per readable document for review, names each bad one, and exits 1', async () => {
    const out = join(dir, 'out');
    const run = await ingest([docs, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `${join(docs, 'jane-roe.json')}: 2 positions, 6 facts, 0 warnings`,
      `${join(docs, 'more', 'sam-lee.yaml')}: 1 position, 0 facts, 0 warnings`,
      `Wrote 2 résumés to ${out} for review.`,
      '',
    ]);
    // A folder: the progress bar, as plain lines when stderr is not a terminal. notes.csv is no document.
    expect(run.stderr).toMatch(/extracting \|█+\| 5\/5 documents \| 100%/);
    const report = run.stderr.slice(run.stderr.indexOf('Not ingested'));
    expect(report.split('\n').slice(0, 2)).toEqual([
      'Not ingested (3):',
      `  ${join(docs, 'broken.yaml')}: broken.yaml: work[0].positions[0].endDate: "2019-01", before startDate "2020-05" (line 7); ` +
        'expected an end date on or after the start date (record the evident reading and keep the text in `note`)',
    ]);
    expect(report).toContain(`  ${join(docs, 'empty.txt')}: `);
    expect(report).toContain(
      `  ${join(docs, 'huge.pdf')}: the document is 5.0 MB (5242881 bytes); expected at most 5 MB (5242880 bytes).`,
    );

    expect((await readdir(out)).sort()).toEqual(['jane-roe.json.yaml', 'sam-lee.yaml.yaml']);
    const janeYaml = await readFile(join(out, 'jane-roe.json.yaml'), 'utf8');
    // Each technology found in the text is followed by the line that names it (line 9 of jane-roe.json).
    expect(janeYaml).toContain('      - Hadoop # line 9\n      - Spark # line 9\n');
    expect(janeYaml.split('\n')[0]).toBe(
      '# Extracted from jane-roe.json (json, 20 lines) by npm run ingest.',
    );
    expect(parse(janeYaml)).toEqual({
      ...JSON.parse(jane),
      id: janeId,
      source: { document: 'jane-roe.json', lines: '1-20' },
      work: [
        { ...JSON.parse(jane).work[0], technologies: ['Kafka', 'Flink', 'Hadoop', 'Spark'] },
        { ...JSON.parse(jane).work[1], technologies: ['Go'] },
      ],
      projects: [{ ...JSON.parse(jane).projects[0], technologies: ['Airflow'] }],
    });
    // The review file loads as it is, with the position's provenance.
    const samResume = await readResume(join(out, 'sam-lee.yaml.yaml'));
    expect(samResume.positions[0]?.source).toEqual({ lines: '3-7', confidence: 0.8 });
    // Its lines are those of sam-lee.txt, which was not given: no line of the YAML file is quoted for them.
    expect(await readFile(join(out, 'sam-lee.yaml.yaml'), 'utf8')).not.toContain('# line 3');
  });

  // Two runs of the command, each starting tsx and loading the catalogue: minutes on a busy machine.
  it('--load puts the readable documents in the graph, the same again changes nothing', {
    timeout: 240_000,
  }, async () => {
    await clearDatabase();
    const first = await ingest([docs, '--load']);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('Loaded 2 of 2 files');
    expect(first.stdout).not.toContain('Wrote');
    expect(first.stderr).toContain('Not ingested (3):');
    const people = await testExecutor().read<{ id: string; start: string; current: boolean }>(
      cypher(
        'test.ingestedPeople',
        'MATCH (p:Person)-[:HELD]->(r:Role) RETURN p.id AS id, r.startDate AS start, r.current AS current ORDER BY id, start',
      ),
    );
    // Jane's Stripe position has a start and no end: ongoing, as JSON Resume means it.
    // Ids sort as p-… (Jane, from her e-mail) before sam-lee.
    expect(people).toEqual([
      { id: janeId, start: '2018-01', current: false },
      { id: janeId, start: '2021-03', current: true },
      { id: 'sam-lee', start: '2019-01', current: false },
    ]);
    const again = await ingest([join(docs, 'jane-roe.json'), join(docs, 'more'), '--load']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Loaded 2 of 2 files');
    expect(again.stdout).toContain('Nodes: 0 created, 0 updated, 0 deleted.');
    expect(again.stdout).toContain('Relationships: 0 created, 0 deleted.');
    expect(again.stderr).not.toContain('Not ingested');
  });
});
