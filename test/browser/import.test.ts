import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { contentSecurityPolicy } from '../../src/web/content-security-policy.js';
import type {} from '../../web/explore/explorer-handle.js';
import { janeRoe } from '../fixtures/ingest/jane-roe.js';
import { graphqlData } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { explorerSettled, viewReady } from './explorer-page.js';
import { statusWhenRead } from './import-page.js';
import { countPixels, openPlayground } from './page-checks.js';
import type { RequestLog } from './request-log.js';

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;
let consoleErrors: string[];

beforeAll(async () => {
  session = await openBrowserSession('import');
  ({ server, page, requests, artifactPath, consoleErrors } = session);
});

afterAll(() => session?.close());

const { text: janeText, lines: janeLines, id: janeId } = janeRoe;

/** Share of the screenshot's pixels that are not near-white (some channel below 235), decoded by Chromium itself. */
async function inkShare(png: Buffer): Promise<number> {
  // The colour is not asked about here: only the not-white count is read.
  const { notWhite, pixels } = await countPixels(page, png, '#000000', 235);
  return notWhite / pixels;
}

const lit = (testid: string) => page.getByTestId(testid).evaluate((node) => node.classList.contains('lit'));

/** Picks a file on the page and waits for what the dry run extracted. */
async function pick(name: string, buffer: Buffer, mimeType: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
  expect(await statusWhenRead(page)).toMatch(/: \d+ facts, \d+ warnings\./);
}

describe('/import in a real browser', () => {
  it('is served under the same self-only CSP, and the explorer and the playground link to it', {
    timeout: patientLimit(9),
  }, async () => {
    const response = await fetch(`${server.url}/import`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toContain('data-testid="drop-zone"');
    // Each page is left once it has loaded all it loads, so no request of it is cut off.
    await page.goto(`${server.url}/explore`);
    await expect(page.getByTestId('import-link').getAttribute('href')).resolves.toBe('/import');
    await viewReady(page, '__explorer');
    await expect(openPlayground(page, `${server.url}/graphql`)).resolves.toBe(200);
    await expect(page.getByTestId('import-link').getAttribute('href')).resolves.toBe('/import');
  });

  it('asks for the token before reading a file, and says when the token is wrong', {
    timeout: patientLimit(3),
  }, async () => {
    await page.goto(`${server.url}/import`);
    await page.getByTestId('file-input').setInputFiles({
      name: 'jane-roe.json',
      mimeType: 'application/json',
      buffer: Buffer.from(janeText),
    });
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe('Paste the bearer token to read jane-roe.json (npm start printed it).');
    await page.getByTestId('token').fill('not-the-token');
    await page.getByTestId('token').press('Enter');
    await page.getByTestId('token').blur();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toBe(
        'importResumeDocument: the bearer token is not valid: send the token npm start printed, or the value of CAREER_GRAPH_TOKEN. [UNAUTHENTICATED]',
      );
    expect(await page.getByTestId('review').isHidden()).toBe(true);
  });

  it('shows each fact beside its line, lights one from the other, and imports what stays ticked', {
    timeout: patientLimit(4),
  }, async () => {
    await page.goto(`${server.url}/import`);
    await page.getByTestId('token').fill(server.token);
    await pick('jane-roe.json', Buffer.from(janeText), 'application/json');
    await expect(page.getByTestId('status').textContent()).resolves.toBe(
      'jane-roe.json: 6 facts, 0 warnings. Untick what is wrong, then import.',
    );
    const lines = janeLines;
    await expect(page.getByTestId('document-lines').locator('li').count()).resolves.toBe(lines.length);
    await expect(page.getByTestId('line-8').locator('.text').textContent()).resolves.toBe(lines[7]);
    // The facts, in the entry they belong to.
    const facts = page.getByTestId('entry-work[0]').locator('li.fact');
    await expect(facts.locator('.value').allTextContents()).resolves.toEqual([
      'Kafka',
      'Flink',
      'Hadoop',
      'Spark',
    ]);
    await expect(facts.locator('.where').allTextContents()).resolves.toEqual([
      'line 8',
      'line 8',
      'line 9',
      'line 9',
    ]);

    // Hovering a fact lights its line and its words there; hovering a line lights its facts.
    await page.getByTestId('fact-2').hover();
    expect(await lit('line-9')).toBe(true);
    expect(await lit('line-8')).toBe(false);
    await expect(page.locator('mark.lit').allTextContents()).resolves.toEqual(['Hadoop']);
    await page.getByTestId('line-8').hover();
    expect([await lit('fact-0'), await lit('fact-1'), await lit('fact-2')]).toEqual([true, true, false]);
    // A click keeps it lit once the pointer leaves.
    await page.getByTestId('fact-3').click();
    await page.getByTestId('drop-zone').hover();
    expect([await lit('fact-3'), await lit('line-9')]).toEqual([true, true]);
    await page.screenshot({ path: artifactPath('import-review.png') });
    expect(await inkShare(await page.screenshot())).toBeGreaterThan(0.02);

    // Hadoop is wrong: untick it, and the résumé to import no longer has it.
    await page.getByTestId('fact-check-2').uncheck();
    const edited = JSON.parse((await page.getByTestId('resume-preview').textContent()) ?? '{}');
    expect(edited.work[0].technologies).toEqual(['Kafka', 'Flink', 'Spark']);
    await page.getByTestId('confirm').click();
    const link = page.getByTestId('explore-person-link');
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(`/explore?focus=${janeId}&depth=2`);
    await expect(page.getByTestId('result').textContent()).resolves.toMatch(
      new RegExp(`^Imported Data Engineer @ Stripe \\(${janeId}\\): \\d+ nodes created`),
    );
    await page.screenshot({ path: artifactPath('import-done.png') });

    const { person } = await graphqlData<{ person: unknown }>(
      server.url,
      'query ($id: ID!) { person(id: $id) { roles { title current company { id } technologies { id } } } }',
      { id: janeId },
    );
    expect(person).toEqual({
      roles: [
        {
          title: 'Data Engineer',
          current: true,
          company: { id: 'stripe' },
          technologies: [{ id: 'flink' }, { id: 'kafka' }, { id: 'spark' }],
        },
        { title: 'Developer', current: false, company: { id: 'uber' }, technologies: [{ id: 'go' }] },
      ],
    });

    // And the person is in the explorer, focused.
    await link.click();
    await viewReady(page, '__explorer');
    expect(await page.evaluate(() => window.__explorer?.focus())).toEqual([janeId]);
    // Two hops: the role, and through it Stripe and the technologies kept.
    const drawn = await page.evaluate(() => window.__explorer?.nodeIds());
    expect(drawn).toEqual(expect.arrayContaining([`${janeId}-w0-p0`, 'stripe', 'spark']));
    expect(drawn).not.toContain('hadoop');
  });

  it('reads a real text résumé: its first line states the current position at Stripe', {
    timeout: patientLimit(6),
  }, async () => {
    // seed/documents/001_493100191bcfc980.txt, line 1: "December 2020 - Present: Staff Software Engineer (Stripe)".
    const file = join(projectRoot, 'seed/documents/001_493100191bcfc980.txt');
    const text = readFileSync(file, 'utf8');
    await page.goto(`${server.url}/import`);
    await page.getByTestId('token').fill(server.token);
    await pick('001_493100191bcfc980.txt', Buffer.from(text), 'text/plain');
    await expect(page.getByTestId('line-1').locator('.text').textContent()).resolves.toBe(
      text.split('\n')[0],
    );
    const stripe = page.locator('li.fact', { has: page.locator('.value', { hasText: /^Stripe$/ }) }).first();
    await expect(stripe.locator('.where').textContent()).resolves.toBe('line 1');
    await stripe.hover();
    expect(await lit('line-1')).toBe(true);
    await page.screenshot({ path: artifactPath('import-text.png') });
    await page.getByTestId('confirm').click();
    await page.getByTestId('explore-person-link').waitFor();
    const { person } = await graphqlData<{ person: { roles: unknown[] } }>(
      server.url,
      '{ person(id: "493100191bcfc980") { roles { title startDate current company { id } source { document lines } } } }',
    );
    expect(person.roles).toContainEqual({
      title: 'Staff Software Engineer',
      startDate: '2020-12',
      current: true,
      company: { id: 'stripe' },
      source: { document: '001_493100191bcfc980.txt', lines: expect.stringMatching(/^1(-\d+)?$/) },
    });

    // The explorer's details panel says where each role was read.
    await page.getByTestId('explore-person-link').click();
    await viewReady(page, '__explorer');
    await explorerSettled(page);
    const at = await page.evaluate(() => window.__explorer?.viewportPosition('493100191bcfc980'));
    const box = await page.getByTestId('graph').boundingBox();
    if (!at || !box) throw new Error('The person is not drawn in the explorer.');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.__explorer?.selected() === '493100191bcfc980');
    const details = page.getByTestId('details');
    await expect.poll(() => details.textContent()).toContain('Read from 001_493100191bcfc980.txt, lines 1-');
    const stripeRole = details.locator('li', { hasText: 'Staff Software Engineer — Stripe' });
    await expect(stripeRole.locator('.muted').textContent()).resolves.toMatch(
      /^ 2020-12 – now · lines 1(-\d+)?$/,
    );
    await page.screenshot({ path: artifactPath('import-explore-details.png') });
  });

  it('made no request that left this machine, none that failed, and logged no error', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
