import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let auth: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  auth = { authorization: `Bearer ${server.token}` };
});
afterAll(() => server.close());

const importMutation = `mutation Import($resume: JSON!) {
  importResume(resume: $resume) {
    created
    person { id label roles { title company { id name normalised } technologies { id } } }
    nodesCreated
    nodesDeleted
    relationshipsCreated
    relationshipsDeleted
    unnormalised { kind name suggestion }
  }
}`;

// Stripe, Kubernetes and Go are already in the seed graph; "Kubernets" and "Quux Widgets Ltd" are
// in no catalogue, so they become new nodes of their own.
const resume = {
  id: 'mutation-test-engineer',
  basics: { label: 'Platform Engineer' },
  work: [
    {
      name: 'Stripe',
      positions: [
        {
          position: 'Platform Engineer',
          startDate: '2022-01',
          current: true,
          technologies: ['Kubernetes', 'Kubernets'],
        },
      ],
    },
    {
      name: 'Quux Widgets Ltd',
      positions: [{ position: 'Developer', startDate: '2019-03', endDate: '2021-12', technologies: ['Go'] }],
    },
  ],
};

describe('importResume', () => {
  it('loads a new person and says what changed', async () => {
    const response = await graphql(server.url, importMutation, { resume }, auth);
    expect(response.body).toEqual({
      data: {
        importResume: {
          created: true,
          person: {
            id: 'mutation-test-engineer',
            label: 'Platform Engineer @ Stripe',
            roles: [
              {
                title: 'Platform Engineer',
                company: { id: 'stripe', name: 'Stripe', normalised: true },
                technologies: [{ id: 'kubernetes' }, { id: 'kubernets' }],
              },
              {
                title: 'Developer',
                company: { id: 'quux-widgets-ltd', name: 'Quux Widgets Ltd', normalised: false },
                technologies: [{ id: 'go' }],
              },
            ],
          },
          // Person, two roles, the unknown company and the unknown technology.
          nodesCreated: 5,
          nodesDeleted: 0,
          // HELD ×2, AT ×2, USED ×3.
          relationshipsCreated: 7,
          relationshipsDeleted: 0,
          unnormalised: expect.arrayContaining([
            { kind: 'TECHNOLOGY', name: 'Kubernets', suggestion: 'Kubernetes' },
            expect.objectContaining({ kind: 'COMPANY', name: 'Quux Widgets Ltd' }),
          ]),
        },
      },
    });
  });

  it('changes nothing when the same résumé comes again', async () => {
    const response = await graphql<{ importResume: Record<string, unknown> }>(
      server.url,
      importMutation,
      { resume },
      auth,
    );
    expect(response.body.data?.importResume).toMatchObject({
      created: false,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
  });

  it('rejects a résumé whose position ends before it starts, naming the path, and changes nothing', async () => {
    const bad = {
      id: 'never-loaded',
      basics: { label: 'Engineer' },
      work: [
        { name: 'Stripe', positions: [{ position: 'Engineer', startDate: '2020-05', endDate: '2019-01' }] },
      ],
    };
    const response = await graphql(server.url, importMutation, { resume: bad }, auth);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'resume' });
    expect(response.body.errors?.[0]?.message).toMatch(
      /^resume\.json is not a valid résumé:\n.*work\[0\]\.positions\[0\]\.endDate/,
    );
    const lookup = await graphql(server.url, '{ person(id: "never-loaded") { id } }');
    expect(lookup.body).toEqual({ data: { person: null } });
  });

  it('asks for an id, which a résumé sent as JSON has no file name to take from', async () => {
    const response = await graphql(server.url, importMutation, { resume: { basics: { label: 'x' } } }, auth);
    expect(response.body.errors).toEqual([
      {
        message:
          'resume.id is missing: a résumé sent to importResume needs a stable person id, e.g. {"id": "jane-doe", "basics": {...}, "work": [...]}.',
        path: ['importResume'],
        locations: [{ line: 2, column: 3 }],
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'resume' },
      },
    ]);
  });
});

describe('deletePerson', () => {
  const deleteMutation = `mutation Delete($id: ID!) {
    deletePerson(id: $id) { id removed { id kind label } relationshipsDeleted }
  }`;

  it('removes the person, their roles and what nothing else connects to, and keeps shared nodes', async () => {
    const response = await graphql<{
      deletePerson: { id: string; removed: { id: string; kind: string }[]; relationshipsDeleted: number };
    }>(server.url, deleteMutation, { id: 'mutation-test-engineer' }, auth);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.deletePerson;
    expect(result?.id).toBe('mutation-test-engineer');
    expect(result?.relationshipsDeleted).toBe(7);
    expect(result?.removed.map((node) => `${node.kind}:${node.id}`).sort()).toEqual(
      [
        'PERSON:mutation-test-engineer',
        'ROLE:mutation-test-engineer-w0-p0',
        'ROLE:mutation-test-engineer-w1-p0',
        'COMPANY:quux-widgets-ltd',
        'TECHNOLOGY:kubernets',
      ].sort(),
    );
    const shared = await graphql(
      server.url,
      '{ company(id: "stripe") { id } technology(id: "kubernetes") { id } gone: company(id: "quux-widgets-ltd") { id } }',
    );
    expect(shared.body).toEqual({
      data: { company: { id: 'stripe' }, technology: { id: 'kubernetes' }, gone: null },
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await graphql(server.url, deleteMutation, { id: 'nobody' }, auth);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'No person with id "nobody": nothing was deleted. List ids with people { edges { node { id } } }.',
          path: ['deletePerson'],
          locations: [{ line: 2, column: 5 }],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });
});
