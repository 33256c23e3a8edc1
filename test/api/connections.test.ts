import { describe, expect, it } from 'vitest';
import { seedExpected } from '../fixtures/seed-expected.js';
import { graphql } from '../support/graphql-client.js';
import { seedServerForFile } from '../support/test-server.js';

/*
 * The four lists (people, companies, technologies, projects): order, pagination, totalCount and
 * filters, against the three seed résumés. Expected answers come from the source documents
 * (/work/shared/resumes), test/fixtures/seed-expected.ts and the catalogues in seed/.
 */

const { url, query } = seedServerForFile();

type List = 'people' | 'companies' | 'technologies' | 'projects';

/** Walks a list page by page (`first` each), checking every page's pageInfo; returns all ids. */
async function walk(list: List, first: number, filter: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  let total: number | undefined;
  for (let pageNumber = 0; pageNumber < 100; pageNumber += 1) {
    const data = await query(
      `query Page($first: Int, $after: String, $filter: ${filterType[list]}) {
        ${list}(first: $first, after: $after, filter: $filter) {
          totalCount
          edges { cursor node { id } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }`,
      { first, after, filter },
    );
    const page = data[list];
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    ids.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(page.pageInfo.hasNextPage).toBe(ids.length < (total as number));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(ids).toHaveLength(total as number);
  expect(new Set(ids).size).toBe(ids.length); // no overlap between pages
  return ids;
}

const filterType: Record<List, string> = {
  people: 'PersonFilter',
  companies: 'CompanyFilter',
  technologies: 'TechnologyFilter',
  projects: 'ProjectFilter',
};

async function ids(
  list: List,
  filter: Record<string, unknown>,
): Promise<{ totalCount: number; ids: string[] }> {
  const data = await query(
    `query Ids($filter: ${filterType[list]}) {
      ${list}(first: 100, filter: $filter) { totalCount edges { node { id } } }
    }`,
    { filter },
  );
  return {
    totalCount: data[list].totalCount,
    ids: data[list].edges.map((edge: { node: { id: string } }) => edge.node.id),
  };
}

async function error(text: string) {
  const response = await graphql(url(), text);
  return {
    data: response.body.data,
    errors: response.body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })),
  };
}

describe('people', () => {
  it('lists people by id with edges, cursors, pageInfo and totalCount', async () => {
    const data = await query(
      '{ people { totalCount edges { node { id kind } } pageInfo { hasNextPage hasPreviousPage } } }',
    );
    expect(data.people).toEqual({
      totalCount: seedExpected.people,
      edges: [...seedExpected.personIds].sort().map((id) => ({ node: { id, kind: 'PERSON' } })),
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
    });
  });

  it('walks all pages one person at a time, with no overlap', async () => {
    expect(await walk('people', 1)).toEqual([...seedExpected.personIds].sort());
    expect(await walk('people', 2)).toEqual([...seedExpected.personIds].sort());
  });

  it('gives an empty page after the last one', async () => {
    const first = await query('{ people(first: 3) { pageInfo { endCursor } } }');
    const data = await query(
      'query ($after: String) { people(first: 3, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
      {
        after: first.people.pageInfo.endCursor,
      },
    );
    expect(data.people).toEqual({
      totalCount: 3,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('filters by company (its subsidiaries included), technology (any spelling) and school', async () => {
    expect(await ids('people', { companyId: 'microsoft' })).toEqual({
      totalCount: 1,
      ids: ['1f1d44f0f2c0cec7'],
    });
    expect(await ids('people', { companyId: 'uber' })).toEqual({ totalCount: 1, ids: ['493100191bcfc980'] }); // via Uber ATG
    expect(await ids('people', { companyId: 'oracle' })).toEqual({
      totalCount: 1,
      ids: ['b0bdae752341232c'],
    }); // via OCI
    expect(await ids('people', { companyId: 'alibaba' })).toEqual({
      totalCount: 1,
      ids: ['1f1d44f0f2c0cec7'],
    }); // via Alibaba Cloud
    // Kubernetes: 000:9, 001:5, 002:4
    expect(await ids('people', { technologyId: 'k8s' })).toEqual({
      totalCount: 3,
      ids: ['1f1d44f0f2c0cec7', '493100191bcfc980', 'b0bdae752341232c'],
    });
    // Kafka: 001:38, 002:4; Go only 000:18; Java only as a skill and own project in 002, and in 001:70
    expect(await ids('people', { technologyId: 'Apache Kafka' })).toEqual({
      totalCount: 2,
      ids: ['1f1d44f0f2c0cec7', '493100191bcfc980'],
    });
    expect(await ids('people', { technologyId: 'golang' })).toEqual({
      totalCount: 1,
      ids: ['b0bdae752341232c'],
    });
    expect(await ids('people', { technologyId: 'android' })).toEqual({
      totalCount: 1,
      ids: ['1f1d44f0f2c0cec7'],
    }); // 002:104 project
    expect(await ids('people', { schoolId: 'dalian-polytechnic-university' })).toEqual({
      totalCount: 1,
      ids: ['1f1d44f0f2c0cec7'],
    });
    // filters combine: Microsoft's person never used Spark
    expect(await ids('people', { companyId: 'microsoft', technologyId: 'spark' })).toEqual({
      totalCount: 0,
      ids: [],
    });
    expect(await ids('people', { companyId: 'uber', technologyId: 'spark' })).toEqual({
      totalCount: 1,
      ids: ['493100191bcfc980'],
    });
  });

  it('answers NOT_FOUND for a filter id that names nothing, with a suggestion for technologies', async () => {
    expect(await error('{ people(filter: { companyId: "microsoftt" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'No company with id "microsoftt": pass an id from companies { edges { node { id } } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(await error('{ people(filter: { technologyId: "kubernets" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        { message: 'No technology "kubernets": did you mean "kubernetes" (Kubernetes)?', code: 'NOT_FOUND' },
      ],
    });
    expect(
      await error('{ people(filter: { technologyId: "qqqqqqqqqqqqqqqqqqqq" }) { totalCount } }'),
    ).toEqual({
      data: null,
      errors: [
        {
          message:
            'No technology "qqqqqqqqqqqqqqqqqqqq": pass an id from technologies { edges { node { id } } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(await error('{ people(filter: { schoolId: "mit" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'No school with id "mit": pass an id from a person\'s education { school { id } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
  });

  it('rejects a page size out of range and a cursor it did not give out', async () => {
    expect(await error('{ people(first: 101) { totalCount } }')).toEqual({
      data: null,
      errors: [
        { message: 'first: 101 is out of range: expected an integer from 1 to 100.', code: 'BAD_USER_INPUT' },
      ],
    });
    expect(await error('{ people(first: 0) { totalCount } }')).toEqual({
      data: null,
      errors: [
        { message: 'first: 0 is out of range: expected an integer from 1 to 100.', code: 'BAD_USER_INPUT' },
      ],
    });
    expect(await error('{ people(after: "bogus") { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'after: "bogus" is not a cursor this API gave out: pass an endCursor from pageInfo.',
          code: 'BAD_USER_INPUT',
        },
      ],
    });
    // A hand-made cursor with an offset no list reaches would overflow Cypher's integer arithmetic.
    const huge = Buffer.from('offset:99999999999999999999').toString('base64url');
    expect(await error(`{ people(after: "${huge}") { totalCount } }`)).toEqual({
      data: null,
      errors: [
        {
          message: `after: "${huge}" is not a cursor this API gave out: pass an endCursor from pageInfo.`,
          code: 'BAD_USER_INPUT',
        },
      ],
    });
  });
});

describe('companies', () => {
  /** seed/companies.yaml names, ordered case-insensitively. */
  const byName = [
    'admaster', // AdMaster
    'alibaba-cloud', // Alibaba Cloud
    'alibaba', // Alibaba Group
    'amadeus',
    'baidu',
    'bearyinnovative',
    'ericsson',
    'ericsson-silicon-valley',
    'university-of-duesseldorf', // Heinrich Heine University Düsseldorf
    'inria', // INRIA
    'lawrence-berkeley-national-lab', // Lawrence Berkeley National Laboratory
    'microsoft',
    'nvidia', // NVIDIA
    'oracle',
    'oracle-cloud-infrastructure',
    'stripe',
    'uber',
    'uber-atg',
    'verizon',
    'verizon-labs',
    'zenreach',
  ];

  it('lists every company by name, walking pages of 5 with no overlap', async () => {
    expect([...byName].sort()).toEqual([...seedExpected.companyIds].sort());
    expect(await walk('companies', 5)).toEqual(byName);
    expect(await walk('companies', 100)).toEqual(byName);
  });

  it('filters by parent, technology used in a role there, and normalised', async () => {
    expect(await ids('companies', { parentId: 'uber' })).toEqual({ totalCount: 1, ids: ['uber-atg'] });
    expect(await ids('companies', { parentId: 'alibaba' })).toEqual({
      totalCount: 1,
      ids: ['alibaba-cloud'],
    });
    expect(await ids('companies', { parentId: 'stripe' })).toEqual({ totalCount: 0, ids: [] });
    // Kafka in roles: Verizon Labs (001:38), Microsoft (002:18)
    expect(await ids('companies', { technologyId: 'kafka' })).toEqual({
      totalCount: 2,
      ids: ['microsoft', 'verizon-labs'],
    });
    // Kubernetes in roles at Amadeus (000:9), Baidu (002:60), Ericsson SV (001:52), Microsoft (002:50), Uber ATG (001:5)
    expect(await ids('companies', { technologyId: 'Kubenetes' })).toEqual({
      totalCount: 5,
      ids: ['amadeus', 'baidu', 'ericsson-silicon-valley', 'microsoft', 'uber-atg'],
    });
    // every seed employer is in the catalogue
    expect((await ids('companies', { normalised: true })).totalCount).toBe(seedExpected.companies);
    expect(await ids('companies', { normalised: false })).toEqual({ totalCount: 0, ids: [] });
    expect(await ids('companies', { parentId: 'uber', technologyId: 'k8s', normalised: true })).toEqual({
      totalCount: 1,
      ids: ['uber-atg'],
    });
  });

  it('answers NOT_FOUND for an unknown parent or technology', async () => {
    expect(await error('{ companies(filter: { parentId: "ubre" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'No company with id "ubre": pass an id from companies { edges { node { id } } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(await error('{ companies(filter: { technologyId: "kafak" }) { totalCount } }')).toEqual({
      data: null,
      errors: [{ message: 'No technology "kafak": did you mean "kafka" (Kafka)?', code: 'NOT_FOUND' }],
    });
  });
});

describe('technologies', () => {
  it('lists technologies most used first (by people), then by name', async () => {
    const data = await query('{ technologies(first: 9) { totalCount edges { node { id kind label } } } }');
    expect(data.technologies.totalCount).toBe(seedExpected.technologies);
    expect(data.technologies.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      // used by all three people
      ...seedExpected.sharedByAll, // Kubernetes, Linux
      // used by two, by name: Borg, C++, CI/CD, Hadoop, Java, Kafka, Spark
      'borg',
      'cpp',
      'ci-cd',
      'hadoop',
      'java',
      'kafka',
      'spark',
    ]);
    expect(data.technologies.edges[0]).toEqual({
      node: { id: 'kubernetes', kind: 'TECHNOLOGY', label: 'Kubernetes' },
    });
  });

  it('gives 20 by default and at most 100', async () => {
    const data = await query(`{
      byDefault: technologies { edges { node { id } } pageInfo { hasNextPage } }
      most: technologies(first: 100) { edges { node { id } } pageInfo { hasNextPage } }
    }`);
    expect(data.byDefault.edges).toHaveLength(20);
    expect(data.byDefault.pageInfo.hasNextPage).toBe(true);
    expect(data.most.edges).toHaveLength(seedExpected.technologies);
    expect(data.most.pageInfo.hasNextPage).toBe(false);
  });

  it('walks all technologies in pages of 20 with no overlap', async () => {
    const all = await walk('technologies', 20);
    const expected = new Set(Object.values(seedExpected.technologiesPerPerson).flat());
    expect(new Set(all)).toEqual(expected);
    expect(all).toHaveLength(seedExpected.technologies);
  });

  it('filters by category, person, company and normalised', async () => {
    // seed/technologies.yaml "streaming": Kafka (two people), then Amazon Kinesis, Flink, Spark Streaming
    expect(await ids('technologies', { category: 'streaming' })).toEqual({
      totalCount: 4,
      ids: ['kafka', 'kinesis', 'flink', 'spark-streaming'],
    });
    expect(await ids('technologies', { category: 'Orchestration' })).toEqual({
      totalCount: 11,
      ids: [
        'kubernetes',
        'borg',
        'apcera',
        'dcos',
        'helm',
        'marathon',
        'mesos',
        'omega',
        'openshift',
        'peloton',
        'yarn',
      ],
    });
    for (const person of seedExpected.personIds) {
      const found = await ids('technologies', { personId: person });
      expect(found.totalCount).toBe(seedExpected.technologiesPerPerson[person].length);
      expect([...found.ids].sort()).toEqual([...seedExpected.technologiesPerPerson[person]].sort());
    }
    // Microsoft roles: Kafka, LLM (002:18-22), C++, C# (002:28), hadoop, kubernetes, DLWorkspace, Kusto (002:50-56)
    const microsoft = await ids('technologies', { companyId: 'microsoft' });
    expect(microsoft.ids).toEqual([
      'kubernetes',
      'cpp',
      'hadoop',
      'kafka',
      'csharp',
      'dlworkspace',
      'kusto',
      'llm',
    ]);
    // a parent's technologies come from its subsidiaries: Oracle via OCI (000:13-19)
    expect((await ids('technologies', { companyId: 'oracle' })).ids.sort()).toEqual(
      ['ci-cd', 'dpdk', 'go', 'linux', 'terraform'].sort(),
    );
    expect((await ids('technologies', { normalised: true })).totalCount).toBe(seedExpected.technologies);
    expect(await ids('technologies', { normalised: false })).toEqual({ totalCount: 0, ids: [] });
    expect(await ids('technologies', { category: 'streaming', personId: '1f1d44f0f2c0cec7' })).toEqual({
      totalCount: 1,
      ids: ['kafka'],
    });
  });

  it('answers NOT_FOUND for an unknown person or company', async () => {
    expect(await error('{ technologies(filter: { personId: "nobody" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'No person with id "nobody": pass an id from people { edges { node { id } } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(await error('{ technologies(filter: { companyId: "acme" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'No company with id "acme": pass an id from companies { edges { node { id } } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
  });
});

describe('projects', () => {
  it('lists projects by name, walking pages of 7 with no overlap', async () => {
    const all = await walk('projects', 7);
    expect(all).toHaveLength(seedExpected.projects);
    const named = await query('{ projects(first: 100) { edges { node { name } } } }');
    const names = named.projects.edges.map((edge: { node: { name: string } }) =>
      edge.node.name.toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
  });

  it('filters by person (roles and own projects) and technology (any spelling)', async () => {
    for (const person of seedExpected.personIds) {
      expect((await ids('projects', { personId: person })).totalCount).toBe(
        seedExpected.projectsPerPerson[person],
      );
    }
    // Kafka: Content Builder (002:18), NorthStar (001:30-38)
    expect(await ids('projects', { technologyId: 'Apache Kafka' })).toEqual({
      totalCount: 2,
      ids: ['content-builder', 'northstar'],
    });
    // "Kubernete" (002:60): Matrix platform, OpenAI platform (002:50), Real-time efficiency chargeback (001:9)
    expect(await ids('projects', { technologyId: 'Kubernete' })).toEqual({
      totalCount: 3,
      ids: ['matrix-platform', 'openai-platform', 'uber-atg-efficiency-chargeback'],
    });
    // own projects count for a person: Typed Clojure (002:96) and BearyChat (002:80) used Clojure
    expect(await ids('projects', { personId: '1f1d44f0f2c0cec7', technologyId: 'clojure' })).toEqual({
      totalCount: 2,
      ids: ['bearychat', 'typed-clojure'],
    });
  });

  it('answers NOT_FOUND for an unknown person or technology', async () => {
    expect(await error('{ projects(filter: { personId: "nobody" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'No person with id "nobody": pass an id from people { edges { node { id } } }.',
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(await error('{ projects(filter: { technologyId: "Kubernetse" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        { message: 'No technology "Kubernetse": did you mean "kubernetes" (Kubernetes)?', code: 'NOT_FOUND' },
      ],
    });
  });
});
