import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../web/explore/timeline-handle.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { openView, viewReady } from './explorer-page.js';
import { screenshotPixels } from './page-checks.js';
import type { RequestLog } from './request-log.js';

const person = '1f1d44f0f2c0cec7';

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;
let consoleErrors: string[];

beforeAll(async () => {
  session = await openBrowserSession('timeline');
  ({ server, page, requests, artifactPath, consoleErrors } = session);
  // No person yet: the picker puts the chosen one in the URL.
  await openView(page, `${server.url}/explore?view=timeline`, '__timeline');
  await page.getByTestId('timeline-person').selectOption(person);
  await page.waitForURL((url) => url.searchParams.get('person') === person);
  await viewReady(page, '__timeline');
});

afterAll(() => session?.close());

describe('/explore?view=timeline in a real browser', () => {
  it('draws every role of the person once: dated ones as bars, the others listed apart', async () => {
    const timeline = await page.evaluate(() => window.__timeline?.timeline());
    expect(timeline).toBeDefined();
    expect((timeline?.bars.length ?? 0) + (timeline?.undated.length ?? 0)).toBe(
      seedExpected.rolesPerPerson[person],
    );
    expect(await page.getByTestId('timeline-bar').count()).toBe(timeline?.bars.length);
  });

  it('shows the four Microsoft roles the document dates, in order, the last one running to now', async () => {
    // The README's MicrosoftRoles answer: 2018-06..2019-12, 2019-12..2021-09, 2021-09..2025-09, 2025-09..now.
    const now = new Date();
    const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const bars = (await page.evaluate(() => window.__timeline?.timeline()?.bars)) ?? [];
    expect(
      bars
        .filter((bar) => bar.company === 'Microsoft')
        .map(({ title, from, to, current }) => ({ title, from, to, current })),
    ).toEqual([
      { title: 'Software Engineer II', from: '2018-06', to: '2019-12', current: false },
      { title: 'Software Engineer II', from: '2019-12', to: '2021-09', current: false },
      { title: 'Sr. Software Engineer', from: '2021-09', to: '2025-09', current: false },
      { title: 'Principal Software Engineer', from: '2025-09', to: thisMonth, current: true },
    ]);
  });

  it('gives each bar the technologies the API lists for its role, and places the bars in order on the axis', async () => {
    const response = await graphql<{ person: { roles: { id: string; technologies: { name: string }[] }[] } }>(
      server.url,
      `{ person(id: "${person}") { roles { id technologies { name } } } }`,
    );
    const byRole = new Map(
      response.body.data?.person.roles.map((role) => [role.id, role.technologies.map((t) => t.name)]),
    );
    const timeline = await page.evaluate(() => window.__timeline?.timeline());
    for (const bar of timeline?.bars ?? []) expect(bar.technologies, bar.id).toEqual(byRole.get(bar.id));
    const placements = timeline?.placements ?? [];
    for (const placement of placements) {
      expect(placement.left).toBeGreaterThanOrEqual(0);
      expect(placement.left + placement.width).toBeLessThanOrEqual(100.0001);
      expect(placement.width).toBeGreaterThan(0);
    }
    const lefts = placements.map((placement) => placement.left);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  });

  it('shows a non-blank picture with the bars', async () => {
    const seen = await screenshotPixels(page, 'timeline', artifactPath('timeline.png'), '#0072b2');
    expect(seen.notWhite).toBeGreaterThan(seen.pixels * 0.01);
    expect(seen.ofColour).toBeGreaterThan(500);
  });

  it('says so when ?person= names nobody', { timeout: patientLimit(2) }, async () => {
    await openView(page, `${server.url}/explore?view=timeline&person=nobody-here`, '__timeline');
    await expect(page.getByTestId('status').textContent()).resolves.toBe(
      '?person="nobody-here" names no person: pick one from the list.',
    );
  });

  it('stays on this machine, with no console errors', () => {
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
