import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { expectAnswers } from '../support/expected-answers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Five roles at one employer, all on one project, listed in neither the order the API documents
 * (earliest first: by start month, else end month; undated last; one month in id order) nor id
 * order: ord-z-end (ended 2018-06, no start), ord-m (from 2019-03), ord-p and ord-q (both from
 * 2020-01), ord-a (undated). Every list of a company's or a project's roles gives that order,
 * whichever query answers it: the compiled root fields, or the per-request loaders under `experts`.
 */
const project = { id: 'ord-platform', name: 'Ordering Platform' };
const position = (id: string, dates: { startDate?: string; endDate?: string }) => ({
  id,
  position: 'Engineer',
  ...dates,
  technologies: ['Kafka'],
  projects: [project],
});
const resume: ResumeDocument = {
  id: 'ord',
  basics: { label: 'Engineer ord' },
  work: [
    {
      name: 'Ordinal Widgets',
      positions: [
        position('ord-a', {}),
        position('ord-q', { startDate: '2020-01', endDate: '2020-12' }),
        position('ord-m', { startDate: '2019-03', endDate: '2019-12' }),
        position('ord-z-end', { endDate: '2018-06' }),
        position('ord-p', { startDate: '2020-01', endDate: '2021-06' }),
      ],
    },
  ],
};

const earliestFirst = [
  { id: 'ord-z-end' },
  { id: 'ord-m' },
  { id: 'ord-p' },
  { id: 'ord-q' },
  { id: 'ord-a' },
];

describe('roles of a company or a project, earliest first', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      resumes: [{ file: 'ord.json', text: JSON.stringify(resume) }],
    });
  });
  afterAll(() => server.close());

  // One request per root field: each has its own deadline, and a cold database plans each text anew.
  it('come earliest first from the compiled root fields and from the loaders alike', async () => {
    const company = { roles: earliestFirst, own: earliestFirst };
    await expectAnswers(server.url, [
      [
        '{ company(id: "ordinal-widgets") { roles { id } own: roles(includeSubsidiaries: false) { id } } }',
        { data: { company } },
      ],
      ['{ project(id: "ord-platform") { roles { id } } }', { data: { project: { roles: earliestFirst } } }],
      [
        `{ experts(technologies: ["kafka"]) { evidence { roles {
            company { roles { id } own: roles(includeSubsidiaries: false) { id } }
            projects { roles { id } }
        } } } }`,
        {
          data: {
            experts: [
              {
                evidence: [
                  {
                    // The five roles behind Kafka, each at the one company and on the one project.
                    roles: earliestFirst.map(() => ({ company, projects: [{ roles: earliestFirst }] })),
                  },
                ],
              },
            ],
          },
        },
      ],
    ]);
  });
});
