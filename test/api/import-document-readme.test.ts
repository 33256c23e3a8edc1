import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The README's "Documents in" section: its Markdown document, mutation and answer, in that order. */
function documentsInExample(): { markdown: string; mutation: string; answer: unknown } {
  const lines = readFileSync(join(projectRoot, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf('## Documents in');
  let fenced = false;
  let end = start + 1;
  // The section ends at the next heading of its level outside a code block (the Markdown example has some).
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) break;
  }
  const section = lines.slice(start, end).join('\n');
  const block = (language: string) => {
    const found = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
    if (found === undefined) throw new Error(`README "Documents in" has no \`\`\`${language} block`);
    return found;
  };
  return { markdown: block('markdown'), mutation: block('graphql'), answer: JSON.parse(block('json')) };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('README, Documents in', () => {
  it('importResumeDocument of its Markdown document answers exactly what it says', async () => {
    const { markdown, mutation, answer } = documentsInExample();
    expect(markdown.split('\n')[0]).toBe('# Ada Lovelace');
    const response = await graphql(
      server.url,
      mutation,
      { document: { fileName: 'ada-lovelace.md', content: markdown } },
      { authorization: `Bearer ${server.token}` },
    );
    expect(response.body).toEqual(answer);
  });
});
