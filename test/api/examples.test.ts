import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const examplesDir = join(projectRoot, 'examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.graphql'))
  .sort();
const read = (name: string) => readFileSync(join(examplesDir, name), 'utf8');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('examples/*.graphql', () => {
  it('has a named, commented operation per file', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const name of examples) {
      const text = read(name);
      expect(text, name).toMatch(/^# /);
      expect(text, name).toMatch(/^(query|mutation) [A-Z]\w+/m);
    }
  });

  // Queries first, on the untouched seed; the mutations after, in the order a user would run them.
  const queries = examples.filter((name) => !read(name).match(/^mutation /m));
  it.each(queries)('%s runs against the seed without errors', async (name) => {
    const response = await graphql(server.url, read(name));
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('shared-technologies.graphql finds Kubernetes and Linux shared by all three', async () => {
    // Kubernetes: 000 "Kubenetes/Openshift", 001 "Kubernetes" (Uber ATG), 002 skills list.
    // Linux: 000 "Linux networking stack", 001 "Linux containers", 002 skills list.
    const response = await graphql<{ sharedTechnologies: { technology: { id: string } }[] }>(
      server.url,
      read('shared-technologies.graphql'),
    );
    const ids = response.body.data?.sharedTechnologies.map((shared) => shared.technology.id);
    expect(ids).toEqual(expect.arrayContaining(['kubernetes', 'linux']));
  });

  it('technology-by-alias.graphql resolves k8s to Kubernetes', async () => {
    const response = await graphql<{ technology: { id: string; name: string } }>(
      server.url,
      read('technology-by-alias.graphql'),
    );
    expect(response.body.data?.technology).toMatchObject({ id: 'kubernetes', name: 'Kubernetes' });
  });

  it('import-resume.graphql then delete-person.graphql, with the token', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    const imported = await graphql<{ importResume: { created: boolean; person: { id: string } } }>(
      server.url,
      read('import-resume.graphql'),
      {},
      auth,
    );
    expect(imported.body.errors).toBeUndefined();
    expect(imported.body.data?.importResume).toMatchObject({
      created: true,
      person: { id: 'example-engineer' },
    });
    const deleted = await graphql<{ deletePerson: { id: string } }>(
      server.url,
      read('delete-person.graphql'),
      {},
      auth,
    );
    expect(deleted.body.errors).toBeUndefined();
    expect(deleted.body.data?.deletePerson.id).toBe('example-engineer');
  });
});
