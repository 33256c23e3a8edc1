import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(() => server.close());

const mutation = `mutation ($document: ResumeDocumentInput!, $dryRun: Boolean) {
  importResumeDocument(document: $document, dryRun: $dryRun) {
    format
    resume
    person { id roles { title startDate endDate current company { name } source { document lines } } }
  }
}`;

const hashed = (email: string) => `${createHash('sha256').update(email).digest('hex').slice(0, 16)}`;

interface Result {
  format: string;
  resume: {
    id: string;
    work: { name: string; positions?: { position?: string; startDate?: string; current?: boolean }[] }[];
  };
  person: { id: string; roles: Record<string, unknown>[] } | null;
}

async function send(fileName: string, dryRun: boolean): Promise<Result> {
  const content = readFileSync(join(projectRoot, 'test/fixtures/documents/heldout', fileName)).toString(
    'base64',
  );
  const response = await graphql<{ importResumeDocument: Result }>(
    server.url,
    mutation,
    { document: { fileName, content, encoding: 'BASE64' }, dryRun },
    { authorization: `Bearer ${server.token}` },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.importResumeDocument as Result;
}

// Only what each document states unambiguously on its first lines of experience: the current
// position's employer, title and start, and the e-mail the id comes from.
describe('importResumeDocument reads every format', () => {
  it('a Word document (kenji-watanabe.docx): Staff Site Reliability Engineer at Mercari since April 2020', async () => {
    const result = await send('kenji-watanabe.docx', true);
    expect(result.format).toBe('DOCX');
    expect(result.person).toBeNull();
    expect(result.resume.id).toBe(hashed('kenji.watanabe.sre@gmail.com'));
    expect(result.resume.work[0]).toMatchObject({
      name: expect.stringMatching(/^Mercari/),
      positions: [
        expect.objectContaining({
          position: 'Staff Site Reliability Engineer',
          startDate: '2020-04',
          current: true,
        }),
      ],
    });
  });

  it('a PDF (claire-dubois.pdf), loaded: Senior Machine Learning Engineer at Criteo since March 2021, with its lines', async () => {
    const result = await send('claire-dubois.pdf', false);
    expect(result.format).toBe('PDF');
    expect(result.person?.id).toBe(hashed('claire.dubois@free.fr'));
    expect(result.person?.roles[0]).toEqual({
      title: 'Senior Machine Learning Engineer',
      startDate: '2021-03',
      endDate: null,
      current: true,
      company: { name: 'Criteo' },
      source: { document: 'claire-dubois.pdf', lines: expect.stringMatching(/^\d+(-\d+)?$/) },
    });
  });
});
