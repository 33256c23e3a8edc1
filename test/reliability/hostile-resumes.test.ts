import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { testExecutor } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { HOSTILE_DIR, HOSTILE_RESUMES } from './hostile-resumes.js';

/*
 * The hostile résumé corpus (test/fixtures/hostile/), through `npm run load`'s loader and through
 * importResume: every refused file is refused with where and what, and leaves the graph as it was;
 * the accepted ones store their hostile text verbatim and change nothing else.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const importBody = (bytes: Buffer) =>
  Buffer.concat([
    Buffer.from(
      '{"query": "mutation($r: JSON!) { importResume(resume: $r) { person { id } } }", "variables": {"r": ',
    ),
    bytes,
    Buffer.from('}}'),
  ]);

describe('hostile résumé files', () => {
  it('has at least 40 files, each with its expectation', () => {
    expect(HOSTILE_RESUMES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_RESUMES.filter((c) => c.refused).map((c) => [c.file, c] as const))(
    '%s is refused by the loader, saying where and what, and changes nothing',
    async (_file, hostile) => {
      const before = await canonicalDump(testExecutor());
      const summary = await loadResumes(testExecutor(), [join(HOSTILE_DIR, hostile.file)]);
      expect(summary.people).toBe(0);
      const issues = summary.failed[0]?.issues ?? [];
      const refused = hostile.refused as NonNullable<typeof hostile.refused>;
      const match = issues.find(
        (issue) =>
          issue.path === refused.path &&
          issue.found.includes(refused.found) &&
          issue.expected.includes(refused.expected),
      );
      expect(match, JSON.stringify(issues, null, 1)).toBeDefined();
      expect(await canonicalDump(testExecutor())).toEqual(before);
    },
  );

  it.each(
    HOSTILE_RESUMES.filter((c) => c.api === 'BAD_REQUEST' || c.api === 'BAD_USER_INPUT').map(
      (c) => [c.file, c] as const,
    ),
  )('%s sent to importResume is answered with its code and changes nothing', async (_file, hostile) => {
    const before = await canonicalDump(testExecutor());
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: new Uint8Array(importBody(readFileSync(join(HOSTILE_DIR, hostile.file)))),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect(body.errors?.map((e) => e.extensions.code)).toEqual([hostile.api]);
    expect(response.status).toBe(hostile.api === 'BAD_REQUEST' ? 400 : 200);
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });

  it('stores hostile text verbatim (Cypher, HTML) and runs none of it', async () => {
    const summary = await loadResumes(testExecutor(), [
      join(HOSTILE_DIR, 'cypher-in-names.json'),
      join(HOSTILE_DIR, 'html-in-names.json'),
      join(HOSTILE_DIR, 'bom.json'),
    ]);
    expect({ people: summary.people, failed: summary.failed }).toEqual({ people: 3, failed: [] });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ cypher: person(id: "hostile-cypher") { roles { title company { name } technologies { name } } } html: person(id: "hostile-html") { headline roles { title } } people(first: 100) { totalCount } }',
      }),
    });
    const cypher = JSON.parse(readFileSync(join(HOSTILE_DIR, 'cypher-in-names.json'), 'utf8'));
    const html = JSON.parse(readFileSync(join(HOSTILE_DIR, 'html-in-names.json'), 'utf8'));
    const position = cypher.work[0].positions[0];
    expect(await response.json()).toEqual({
      data: {
        cypher: {
          roles: [
            {
              title: position.position,
              company: { name: cypher.work[0].name },
              technologies: [{ name: position.technologies[0] }],
            },
          ],
        },
        html: { headline: html.basics.label, roles: [{ title: html.work[0].positions[0].position }] },
        // The three seed engineers and the three loaded here: nothing was deleted.
        people: { totalCount: 6 },
      },
    });
  });
});
