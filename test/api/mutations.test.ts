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
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'resume.json is not a valid résumé:\n  resume.json: work[0].positions[0].endDate: found "2019-01", ' +
            'before startDate "2020-05"; expected an end date on or after the start date ' +
            '(record the evident reading and keep the text in `note`)',
          path: ['importResume'],
          locations: [{ line: 2, column: 3 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'resume' },
        },
      ],
    });
    const lookup = await graphql(server.url, '{ person(id: "never-loaded") { id } }');
    expect(lookup.body).toEqual({ data: { person: null } });
  });

  it("rejects a position id another person's role has, as the client's mistake, and changes nothing", async () => {
    const thief = {
      id: 'role-thief',
      basics: { label: 'Engineer' },
      // 001's current position at Stripe has this id in seed/resumes/493100191bcfc980.yaml.
      work: [{ name: 'Stripe', positions: [{ id: '493100191bcfc980-stripe-staff', position: 'Engineer' }] }],
    };
    const response = await graphql(server.url, importMutation, { resume: thief }, auth);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'resume.json is not a valid résumé:\n  resume.json: work[0].positions[0].id: found the role id ' +
            '"493100191bcfc980-stripe-staff", already held by person "493100191bcfc980"; expected role ids unique ' +
            'across résumés (leave `id` out to get "<personId>-w<i>-p<j>")',
          path: ['importResume'],
          locations: [{ line: 2, column: 3 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'resume' },
        },
      ],
    });
    const lookup = await graphql(
      server.url,
      '{ person(id: "role-thief") { id } owner: person(id: "493100191bcfc980") { roles { id } } }',
    );
    expect(lookup.body.data).toMatchObject({ person: null });
    expect(JSON.stringify(lookup.body.data)).toContain('"493100191bcfc980-stripe-staff"');
  });

  it('reports a wrongly typed id with every other issue, not as a missing id hiding them', async () => {
    const bad = { id: 42, basics: { name: 7 } };
    const response = await graphql(server.url, importMutation, { resume: bad }, auth);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'resume.json is not a valid résumé:\n' +
            "  resume.json: id: found the number 42; expected text (a string) (Stable id: letters, digits, '.', '_' and '-', starting with a letter or digit)\n" +
            '  resume.json: basics.name: found the number 7; expected text (a string) ' +
            '(A name or title: at most 200 characters, at least one of them visible, no control characters)',
          path: ['importResume'],
          locations: [{ line: 2, column: 3 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'resume' },
        },
      ],
    });
  });

  it('asks for an id when the résumé gives no e-mail or name to derive one from, with its other issues', async () => {
    const resume = { basics: { label: 'x', name: 7 } };
    const response = await graphql(server.url, importMutation, { resume }, auth);
    expect(response.body.errors).toEqual([
      {
        message:
          'resume.json is not a valid résumé:\n' +
          '  resume.json: id: found nothing (the field is missing), and basics gives no email or name to derive it from; ' +
          'expected a stable person id, e.g. {"id": "jane-doe", "basics": {...}, "work": [...]}, or basics.email or basics.name: ' +
          'a résumé sent to importResume has no file name to take one from\n' +
          '  resume.json: basics.name: found the number 7; expected text (a string) ' +
          '(A name or title: at most 200 characters, at least one of them visible, no control characters)',
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

  it('removes the projects, schools and parent companies only this person reached', async () => {
    // Red Hat is part of IBM in seed/companies.yaml, and no seed résumé names either; the project
    // and the school are this person's alone. Kubernetes and Prometheus stay: the seed uses them.
    const loner = {
      id: 'orphan-test-engineer',
      basics: { label: 'Site Reliability Engineer' },
      work: [
        {
          name: 'Red Hat, Inc.',
          position: 'Site Reliability Engineer',
          startDate: '2018-01',
          endDate: '2020-06',
          technologies: ['Kubernetes'],
          projects: [{ name: 'Orchard Telemetry', technologies: ['Prometheus'] }],
        },
      ],
      education: [{ institution: 'Harrowgate Institute of Computing', studyType: 'B.S.', area: 'Computing' }],
    };
    const imported = await graphql(server.url, importMutation, { resume: loner }, auth);
    expect(imported.body.errors).toBeUndefined();
    const response = await graphql<{
      deletePerson: {
        id: string;
        removed: { id: string; kind: string; label: string }[];
        relationshipsDeleted: number;
      };
    }>(server.url, deleteMutation, { id: 'orphan-test-engineer' }, auth);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.deletePerson;
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect({ ...result, removed: [...(result?.removed ?? [])].sort(byId) }).toEqual({
      id: 'orphan-test-engineer',
      removed: [
        {
          id: 'harrowgate-institute-of-computing',
          kind: 'SCHOOL',
          label: 'Harrowgate Institute of Computing',
        },
        { id: 'ibm', kind: 'COMPANY', label: 'IBM' },
        { id: 'orphan-test-engineer', kind: 'PERSON', label: 'Site Reliability Engineer @ Red Hat' },
        { id: 'orphan-test-engineer-orchard-telemetry', kind: 'PROJECT', label: 'Orchard Telemetry' },
        { id: 'orphan-test-engineer-w0-p0', kind: 'ROLE', label: 'Site Reliability Engineer' },
        { id: 'red-hat', kind: 'COMPANY', label: 'Red Hat' },
      ],
      // HELD, AT, PART_OF (Red Hat → IBM), USED (role → Kubernetes), WORKED_ON, USED (project →
      // Prometheus), STUDIED_AT.
      relationshipsDeleted: 7,
    });
    const left = await graphql(
      server.url,
      '{ k: technology(id: "kubernetes") { id } p: technology(id: "prometheus") { id } ibm: company(id: "ibm") { id } }',
    );
    expect(left.body).toEqual({ data: { k: { id: 'kubernetes' }, p: { id: 'prometheus' }, ibm: null } });
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
