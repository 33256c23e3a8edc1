import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/web/content-security-policy.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { openPlayground } from './page-checks.js';
import type { RequestLog } from './request-log.js';

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;

beforeAll(async () => {
  session = await openBrowserSession('playground');
  ({ server, page, requests, artifactPath } = session);
});

afterAll(() => session?.close());

describe('the playground in a real browser', () => {
  it('serves GraphiQL at /graphql to a browser, under a self-only CSP, and GraphQL to anyone else', async () => {
    const html = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const json = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
    // With an operation in the URL even a browser's GET is Apollo's to answer.
    const linked = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
    });
    expect(linked.headers.get('content-type')).toContain('application/json');
    const root = await fetch(`${server.url}/`);
    expect(await root.text()).toBe(await html.text());
  });

  it('loads with no failed request and runs the shared-technologies example, which shows Kubernetes', {
    timeout: patientLimit(12),
  }, async () => {
    await expect(openPlayground(page, `${server.url}/graphql`)).resolves.toBe(200);
    await page.locator('.graphiql-execute-button').waitFor();
    // The first tab is the shared-technologies example.
    await expect
      .poll(() => page.locator('.graphiql-tab-active').textContent())
      .toContain('SharedTechnologies');
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent())
      .toContain('sharedTechnologies');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').textContent()).toContain('Kubernetes');
    await expect.poll(() => page.getByTestId('token-hint').textContent()).toContain('Bearer <token>');
    await expect(page.getByTestId('explore-link').getAttribute('href')).resolves.toBe('/explore');
    await page.screenshot({ path: artifactPath('playground.png') });
    expect(requests.failures).toEqual([]);
  });

  it('made no request that left this machine', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offMachine()).toEqual([]);
  });
});
