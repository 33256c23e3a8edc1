import { afterAll, describe, expect, it, vi } from 'vitest';
import { Executor } from '../../src/db/Executor.js';
import { lockPeople } from '../../src/graph/queries/lock-people.js';
import { deleteOrphans } from '../../src/graph/queries/orphans.js';
import { TRANSACTION as LOAD_TRANSACTION } from '../../src/loader/load-batch.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * The loader's queries are compiled when the API starts, in the background, not inside the first
 * importResume's request deadline (a cold database took seconds for them, and a browser test's first
 * import ran past its 10 s deadline under load). A request's transactions are those of an executor
 * with a deadline (Executor.withDeadline): their EXPLAINs, if any, are seen by their query names.
 */

const importMutation = `mutation Import($resume: JSON!) {
  importResume(resume: $resume) { created person { id } }
}`;
const deleteMutation = 'mutation Delete($id: ID!) { deletePerson(id: $id) { id } }';

// Stripe, Kubernetes and Go are in the seed graph, so deleting the person restores the seed.
const version = (technologies: string[]) => ({
  id: 'session22-warm-start',
  basics: { label: 'Platform Engineer' },
  work: [
    {
      name: 'Stripe',
      positions: [{ position: 'Platform Engineer', startDate: '2021-01', current: true, technologies }],
    },
  ],
});

let server: TestServer | undefined;
afterAll(async () => {
  if (server) {
    await graphql(
      server.url,
      deleteMutation,
      { id: 'session22-warm-start' },
      { authorization: `Bearer ${server.token}` },
    );
    await server.close();
  }
});

describe('the API start compiles the loader queries', () => {
  // Two imports, each bounded by the test server's request deadline (patientLimit: PATIENCE_MS each).
  it('in the background: neither the first importResume nor a changed one runs an EXPLAIN in its request', {
    timeout: patientLimit(2),
  }, async () => {
    const writes = vi.spyOn(Executor.prototype, 'write');
    const transactions = vi.spyOn(Executor.prototype, 'transaction');
    /** Names of the statements (`write`) or transactions run so far by a request's executor, or by others. */
    const seen = (spy: typeof writes | typeof transactions, inRequest: boolean) =>
      spy.mock.calls
        .map(([query], i) => ({
          name: typeof query === 'string' ? query : query.name,
          inRequest: Number.isFinite((spy.mock.contexts[i] as Executor | undefined)?.remainingMs()),
        }))
        .filter((call) => call.inRequest === inRequest)
        .map((call) => call.name);
    const explains = (names: string[]) => names.filter((name) => name.endsWith('.explain'));

    server = await startTestServer();
    const auth = { authorization: `Bearer ${server.token}` };
    const first = await graphql(server.url, importMutation, { resume: version(['Kubernetes']) }, auth);
    expect(first.body).toEqual({
      data: { importResume: { created: true, person: { id: 'session22-warm-start' } } },
    });
    // Replaced: the statements only a changed résumé runs (stale edges deleted, orphans checked).
    const changed = await graphql(server.url, importMutation, { resume: version(['Go']) }, auth);
    expect(changed.body).toEqual({
      data: { importResume: { created: false, person: { id: 'session22-warm-start' } } },
    });

    // Both loads ran in their requests' transactions, and the loader's queries were compiled
    // outside any request, those of a changed résumé included.
    expect(seen(transactions, true).filter((name) => name === LOAD_TRANSACTION)).toHaveLength(2);
    expect(explains(seen(writes, false))).toEqual(
      expect.arrayContaining([`${lockPeople.name}.explain`, `${deleteOrphans.name}.explain`]),
    );
    expect(explains(seen(writes, true))).toEqual([]);
  });
});
