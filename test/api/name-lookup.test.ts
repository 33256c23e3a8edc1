import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCompany, findTechnology } from '../../src/graphql/queries/find-named.js';
import { companyNeedles, technologyNeedles } from '../../src/graphql/technology-lookup.js';
import { testExecutor } from '../support/database.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Any spelling the loader folds onto a technology or a company finds it through the API too: the
 * API computes the same keys (src/catalogue/name-lookup.ts) and matches the ones the loader stored.
 * Lena's résumé names catalogue entries as seed/technologies.yaml and seed/companies.yaml spell them.
 */
const lena = {
  id: 'lena-lookup',
  basics: { label: 'Web Engineer' },
  work: [
    {
      name: 'Stripe',
      positions: [
        {
          id: 'lena-stripe',
          position: 'Web Engineer',
          startDate: '2021-01',
          endDate: '2023-12',
          technologies: ['Node.js', 'CI/CD', 'Python', 'Kubernetes', 'Frobnicator'],
          projects: [{ id: 'lena-checkout', name: 'Checkout', technologies: ['Node.js'] }],
        },
      ],
    },
  ],
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ resumes: [{ file: 'lena.json', text: JSON.stringify(lena) }] });
});
afterAll(() => server?.close());

const nodeJs = { id: 'nodejs', name: 'Node.js' };

describe('names the loader folds, the API finds', () => {
  it('technology(id:) takes any spelling the loader takes', async () => {
    await expectAnswers(server.url, [
      ['{ technology(id: "Node JS") { id name } }', { data: { technology: nodeJs } }],
      ['{ technology(id: "node-js") { id name } }', { data: { technology: nodeJs } }],
      ['{ technology(id: "CI CD") { id name } }', { data: { technology: { id: 'ci-cd', name: 'CI/CD' } } }],
      [
        '{ technology(id: "Python-3") { id name } }',
        { data: { technology: { id: 'python', name: 'Python' } } },
      ],
      [
        '{ technology(id: "Kubernetes!") { id name } }',
        { data: { technology: { id: 'kubernetes', name: 'Kubernetes' } } },
      ],
      // A name outside the catalogue is its own node, found by its spellings as well.
      [
        '{ technology(id: "frob-nicator") { id name normalised } }',
        { data: { technology: { id: 'frobnicator', name: 'Frobnicator', normalised: false } } },
      ],
      ['{ technology(id: "Node") { id } }', { data: { technology: { id: 'nodejs' } } }],
      ['{ technology(id: "Node JS Framework") { id } }', { data: { technology: null } }],
    ]);
  });

  it('the technology filters and technologyCooccurrence take them too', async () => {
    await expectAnswers(server.url, [
      [
        '{ people(filter: { technologyId: "Node JS" }) { totalCount edges { node { id } } } }',
        { data: { people: { totalCount: 1, edges: [{ node: { id: 'lena-lookup' } }] } } },
      ],
      [
        '{ projects(filter: { technologyId: "node-js" }) { totalCount edges { node { id } } } }',
        { data: { projects: { totalCount: 1, edges: [{ node: { id: 'lena-checkout' } }] } } },
      ],
      [
        '{ companies(filter: { technologyId: "Node JS" }) { totalCount edges { node { id } } } }',
        { data: { companies: { totalCount: 1, edges: [{ node: { id: 'stripe' } }] } } },
      ],
      [
        // The role used Node.js with four others (one role each, one person); the project only Node.js.
        '{ technologyCooccurrence(technologyId: "node-js") { technology { id } count people } }',
        {
          data: {
            technologyCooccurrence: [
              { technology: { id: 'ci-cd' }, count: 1, people: 1 },
              { technology: { id: 'frobnicator' }, count: 1, people: 1 },
              { technology: { id: 'kubernetes' }, count: 1, people: 1 },
              { technology: { id: 'python' }, count: 1, people: 1 },
            ],
          },
        },
      ],
    ]);
  });

  it('companies by any spelling, legal suffixes optional', async () => {
    await expectAnswers(server.url, [
      [
        '{ company(id: "Stripe Corp.") { id name } }',
        { data: { company: { id: 'stripe', name: 'Stripe' } } },
      ],
      ['{ company(id: "STRIPE") { id } }', { data: { company: { id: 'stripe' } } }],
      [
        '{ people(filter: { companyId: "Stripe, Inc." }) { edges { node { id } } } }',
        {
          data: {
            people: { edges: [{ node: { id: '493100191bcfc980' } }, { node: { id: 'lena-lookup' } }] },
          },
        },
      ],
      ['{ company(id: "lena-lookup") { id } }', { data: { company: null } }],
    ]);
  });

  it('suggests by the one did-you-mean rule, over the keys', async () => {
    await expectAnswers(server.url, [
      [
        '{ people(filter: { technologyId: "nodejss" }) { totalCount } }',
        failure('people', 'No technology "nodejss": did you mean "nodejs" (Node.js)?', 'NOT_FOUND'),
      ],
    ]);
  });
});

describe('the lookups are index seeks', () => {
  /** Operators of the plan Neo4j makes for a query. */
  async function operators(text: string, params: Record<string, unknown>): Promise<string[]> {
    const session = testExecutor().driver.session();
    try {
      const result = await session.run(`EXPLAIN ${text}`, params);
      const found: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        found.push(plan.operatorType.replace(/@.*$/, ''));
        for (const child of plan.children) walk(child as typeof plan);
      };
      if (result.summary.plan) walk(result.summary.plan as never);
      return found;
    } finally {
      await session.close();
    }
  }

  it('finds technologies and companies by key through the TEXT index, never by scanning a label', async () => {
    for (const [query, params] of [
      [findTechnology.text, { technology: technologyNeedles('Node JS') }],
      // With a trailing version: the spelling without it is sought too (step 4), by the same indexes.
      [findTechnology.text, { technology: technologyNeedles('Java 17') }],
      [findCompany.text, { company: companyNeedles('Stripe Corp.') }],
    ] as const) {
      const plan = await operators(query, params);
      expect(plan).toContain('NodeIndexContainsScan');
      expect(plan).toContain('NodeUniqueIndexSeek');
      expect(
        plan.filter((operator) => /Scan$/.test(operator) && operator !== 'NodeIndexContainsScan'),
      ).toEqual([]);
    }
  });
});
