import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../src/resume/types.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * One person whose Kafka evidence sorts differently by id than in the order the API documents:
 * roles in document order (ev-zeta before ev-alpha), projects by name (Apple before Zebra, whose
 * ids sort the other way). Every field that shows a USES relationship's evidence must list it the
 * same way, whichever query (loader, compiled selection, experts, gaps) answers it.
 */
const resume: ResumeDocument = {
  basics: { label: 'Engineer ev' },
  work: [
    {
      name: 'Google',
      positions: [
        { id: 'ev-zeta', position: 'Engineer', startDate: '2020-01', current: true, technologies: ['Kafka'] },
      ],
    },
    {
      name: 'Uber',
      positions: [
        {
          id: 'ev-alpha',
          position: 'Engineer',
          startDate: '2015-01',
          endDate: '2019-12',
          technologies: ['Kafka'],
        },
      ],
    },
  ],
  projects: [
    { id: 'ev-a', name: 'Zebra', technologies: ['Kafka'] },
    { id: 'ev-b', name: 'Apple', technologies: ['Kafka'] },
  ],
};

const evidence = {
  roles: [{ id: 'ev-zeta' }, { id: 'ev-alpha' }],
  projects: [{ id: 'ev-b' }, { id: 'ev-a' }],
};

describe('the evidence of a USES relationship, one order everywhere', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      resumes: [{ file: 'ev.json', text: JSON.stringify(resume) }],
    });
  });
  afterAll(() => server.close());

  it('Person.technologies, Technology.users, experts and gaps list the same roles and projects in the same order', async () => {
    const response = await graphql(
      server.url,
      `{
        person(id: "ev") { technologies { technology { id } roles { id } projects { id } } }
        technology(id: "kafka") { users { person { id } roles { id } projects { id } } }
        experts(technologies: ["kafka"]) { person { id } evidence { roles { id } projects { id } } }
        gaps(personId: "ev", technologies: ["kafka"]) { technology { id } roles { id } projects { id } }
      }`,
    );
    expect(response.body).toEqual({
      data: {
        person: { technologies: [{ technology: { id: 'kafka' }, ...evidence }] },
        technology: { users: [{ person: { id: 'ev' }, ...evidence }] },
        experts: [{ person: { id: 'ev' }, evidence: [evidence] }],
        gaps: [{ technology: { id: 'kafka' }, ...evidence }],
      },
    });
  });
});
