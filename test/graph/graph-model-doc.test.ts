import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { NODE_LABELS, RelType } from '../../src/graph/model.js';
import { testExecutor } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The example queries in schema/graph-model.md, run against the seed with parameters whose answers
// the documents give, so the documented model cannot drift from the loaded one.
const doc = readFileSync(join(projectRoot, 'schema/graph-model.md'), 'utf8');
const queries = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map(([, text = '']) => text.trim());

const params = {
  personId: '1f1d44f0f2c0cec7',
  companyId: 'microsoft',
  parentId: 'uber',
  roleId: '1f1d44f0f2c0cec7-microsoft-principal',
  projectId: 'content-builder',
};

/** What each documented query must find, in the document's order: one fact from a résumé each. */
const expectations: [string, (rows: Record<string, unknown>[]) => void][] = [
  // HELD: 002 lists eight positions, the first "Principal Software Engineer".
  ['HELD', (rows) => expect(rows[0]?.['r.title']).toBe('Principal Software Engineer')],
  // AT: only 002's engineer worked at Microsoft.
  ['AT', (rows) => expect(rows.map((row) => row['p.id'])).toEqual(['1f1d44f0f2c0cec7'])],
  // PART_OF: Uber ATG is part of Uber.
  ['PART_OF', (rows) => expect(rows.map((row) => row['c.name']).sort()).toEqual(['Uber', 'Uber ATG'])],
  // USED (role): the Principal role "Designed and implemented Content Builder based on Kafka".
  ['USED role', (rows) => expect(rows.map((row) => row['t.name'])).toContain('Kafka')],
  // WORKED_ON (role): Content Builder.
  ['WORKED_ON role', (rows) => expect(rows.map((row) => row['pr.name'])).toContain('Content Builder')],
  // WORKED_ON (person): the Google Summer of Code project, Typed Clojure.
  ['WORKED_ON person', (rows) => expect(rows.map((row) => row['pr.name'])).toContain('Typed Clojure')],
  // USED (project): Content Builder is based on Kafka.
  ['USED project', (rows) => expect(rows.map((row) => row['t.name'])).toContain('Kafka')],
  // SKILLED_IN: the Languages list names C++, C#, Python, Java, Clojure.
  [
    'SKILLED_IN',
    (rows) =>
      expect(rows.find((row) => row['s.group'] === 'Languages')?.['collect(t.name)']).toEqual(
        expect.arrayContaining(['C++', 'C#', 'Python', 'Java', 'Clojure']),
      ),
  ],
  // STUDIED_AT: two degrees in 002 (M.S. and B.S.).
  ['STUDIED_AT', (rows) => expect(rows.filter((row) => row['p.id'] === '1f1d44f0f2c0cec7')).toHaveLength(2)],
  // Everything 002's engineer used includes Kafka and Hadoop ("hadoop based backend").
  [
    'all technologies',
    (rows) => expect(rows.map((row) => row.technology)).toEqual(expect.arrayContaining(['Kafka', 'Hadoop'])),
  ],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('schema/graph-model.md', () => {
  it('has one example per relationship, plus the technologies query', () => {
    expect(queries).toHaveLength(expectations.length);
  });

  it.each(expectations.map(([name, check], index) => ({ name, check, index })))(
    '$name query runs on the seed and finds what the résumé says',
    async ({ index, check }) => {
      const rows = await testExecutor().read(cypher(`doc.${index}`, queries[index] ?? ''), params);
      expect(rows.length).toBeGreaterThan(0);
      check(rows);
    },
  );
});

/** The properties the table documents per label: the leading name of each top-level item. */
function documentedNodeProperties(label: string): string[] {
  const row = doc.split('\n').find((line) => line.startsWith(`| \`${label}\` |`)) ?? '';
  const cell = row.split(' | ')[1] ?? '';
  let depth = 0;
  const items = [''];
  for (const char of cell) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) items.push('');
    else items[items.length - 1] += char;
  }
  // searchText is documented below the table, for every searchable label.
  return [...items.flatMap((item) => /^\s*`(\w+)`/.exec(item)?.[1] ?? []), 'searchText'];
}

/** The properties the diagram gives a relationship type, `{a, b}` after its name. */
function documentedRelProperties(text: string, type: string): string[] {
  const braces = new RegExp(`${type} \\{([^}]*)\\}`).exec(text)?.[1] ?? '';
  return braces
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

const model = readFileSync(join(projectRoot, 'src/graph/model.ts'), 'utf8');

describe('schema/graph-model.md lists every property the loader writes', () => {
  it.each(NODE_LABELS)('%s', async (label) => {
    const [row] = await testExecutor().read<{ keys: string[] }>(
      cypher('doc.nodeKeys', `MATCH (n:${label}) UNWIND keys(n) AS key RETURN collect(DISTINCT key) AS keys`),
    );
    const undocumented = (row?.keys ?? []).filter((key) => !documentedNodeProperties(label).includes(key));
    expect(undocumented).toEqual([]);
  });

  it.each([RelType.USES, RelType.TENURE, RelType.SKILLED_IN, RelType.STUDIED_AT])('%s', async (type) => {
    const [row] = await testExecutor().read<{ keys: string[] }>(
      cypher(
        'doc.relKeys',
        `MATCH ()-[r:${type}]->() UNWIND keys(r) AS key RETURN collect(DISTINCT key) AS keys`,
      ),
    );
    expect((row?.keys ?? []).length).toBeGreaterThan(0);
    const documented = documentedRelProperties(doc, type);
    expect((row?.keys ?? []).filter((key) => !documented.includes(key))).toEqual([]);
    // src/graph/model.ts draws the same diagram in its header.
    expect(new Set(documentedRelProperties(model, type))).toEqual(new Set(documented));
  });
});
