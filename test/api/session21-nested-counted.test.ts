import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { expectAnswers } from '../support/expected-answers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Counted relations below other relations (a role's company's technologies, a person's
 * technologies' companies), which the compiler aggregates in one pass through a WITH at every
 * level above them. Built so every count is known: at Counting Co, nc-a held nc-a1 (Kafka, Rust)
 * and nc-a2 (Kafka), nc-b held nc-b1 (Kafka, Go); at Other Ltd nc-b held nc-b2 (Rust). A company's
 * technology counts its roles that used it: Counting Co Kafka 3, Go 1, Rust 1; Other Ltd Rust 1.
 * A technology's company counts the same roles: Kafka at Counting Co 3; Rust at Counting Co 1 and
 * Other Ltd 1; Go at Counting Co 1. Most first, then by name.
 */
const resumes: ResumeDocument[] = [
  {
    id: 'nc-a',
    basics: { label: 'Engineer nc-a' },
    work: [
      {
        name: 'Counting Co',
        positions: [
          {
            id: 'nc-a1',
            position: 'Engineer',
            startDate: '2019-01',
            endDate: '2019-12',
            technologies: ['Kafka', 'Rust'],
          },
          {
            id: 'nc-a2',
            position: 'Lead',
            startDate: '2020-01',
            endDate: '2020-12',
            technologies: ['Kafka'],
          },
        ],
      },
    ],
  },
  {
    id: 'nc-b',
    basics: { label: 'Engineer nc-b' },
    work: [
      {
        name: 'Counting Co',
        positions: [
          {
            id: 'nc-b1',
            position: 'Engineer',
            startDate: '2018-01',
            endDate: '2018-12',
            technologies: ['Kafka', 'Go'],
          },
        ],
      },
      {
        name: 'Other Ltd',
        positions: [
          {
            id: 'nc-b2',
            position: 'Engineer',
            startDate: '2021-01',
            endDate: '2021-12',
            technologies: ['Rust'],
          },
        ],
      },
    ],
  },
];

const count = (technology: string, n: number) => ({ technology: { id: technology }, count: n });
const countingCo = {
  id: 'counting-co',
  technologies: [count('kafka', 3), count('go', 1), count('rust', 1)],
};
const otherLtd = { id: 'other-ltd', technologies: [count('rust', 1)] };
const roleFields = 'id company { id technologies { technology { id } count } }';

describe('counted relations below other relations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      resumes: resumes.map((resume) => ({ file: `${resume.id}.json`, text: JSON.stringify(resume) })),
    });
  });
  afterAll(() => server.close());

  it("count each role once, most first, under a person's roles, a page of people and a person's technologies", async () => {
    const companies = (entries: [string, number][]) =>
      entries.map(([company, n]) => ({ company: { id: company }, count: n }));
    await expectAnswers(server.url, [
      [
        `{ person(id: "nc-b") { id roles { ${roleFields} } } }`,
        {
          data: {
            person: {
              id: 'nc-b',
              roles: [
                { id: 'nc-b1', company: countingCo },
                { id: 'nc-b2', company: otherLtd },
              ],
            },
          },
        },
      ],
      [
        `{ people(first: 10) { edges { node { id roles { ${roleFields} } } } } }`,
        {
          data: {
            people: {
              edges: [
                {
                  node: {
                    id: 'nc-a',
                    roles: [
                      { id: 'nc-a1', company: countingCo },
                      { id: 'nc-a2', company: countingCo },
                    ],
                  },
                },
                {
                  node: {
                    id: 'nc-b',
                    roles: [
                      { id: 'nc-b1', company: countingCo },
                      { id: 'nc-b2', company: otherLtd },
                    ],
                  },
                },
              ],
            },
          },
        },
      ],
      [
        '{ person(id: "nc-a") { technologies { technology { id companies { company { id } count } } } } }',
        {
          data: {
            person: {
              // Longest used first: Kafka 24 months, Rust 12.
              technologies: [
                { technology: { id: 'kafka', companies: companies([['counting-co', 3]]) } },
                {
                  technology: {
                    id: 'rust',
                    companies: companies([
                      ['counting-co', 1],
                      ['other-ltd', 1],
                    ]),
                  },
                },
              ],
            },
          },
        },
      ],
    ]);
  });
});
