import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../web/explore/explorer-handle.js';
import { landscapeFirst } from '../../web/explore/landscape-api.js';
import type {} from '../../web/explore/landscape-handle.js';
import { communityColor } from '../../web/explore/landscape-style.js';
import { graphql } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { openExplorer, viewReady } from './explorer-page.js';
import { screenshotPixels } from './page-checks.js';
import type { RequestLog } from './request-log.js';

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;
let consoleErrors: string[];

beforeAll(async () => {
  session = await openBrowserSession('landscape');
  ({ server, page, requests, artifactPath, consoleErrors } = session);
  // Start in the graph view and switch with the control, as a user would.
  await openExplorer(page, `${server.url}/explore`);
  await page.getByTestId('view-landscape').click();
  await viewReady(page, '__landscape');
});

afterAll(() => session?.close());

interface ApiLandscape {
  nodes: {
    technology: { id: string; name: string };
    peopleCount: number;
    community: number;
    rolledUp: { id: string }[];
  }[];
  edges: { source: string; target: string; weight: number }[];
  communityCount: number;
}

describe('/explore?view=landscape in a real browser', () => {
  it('the view switch puts the view in the URL and marks it current', async () => {
    expect(new URL(page.url()).searchParams.get('view')).toBe('landscape');
    expect(await page.getByTestId('view-landscape').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('view-graph').getAttribute('aria-current')).toBeNull();
    expect(await page.evaluate(() => window.__explorer)).toBeUndefined();
  });

  it('draws what technologyLandscape answers: every node coloured by its community, sized by people', async () => {
    const response = await graphql<{ technologyLandscape: ApiLandscape }>(
      server.url,
      `{ technologyLandscape(first: ${landscapeFirst}) { nodes { technology { id name } peopleCount community rolledUp { id } } edges { source target weight } communityCount } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const api = response.body.data?.technologyLandscape as ApiLandscape;
    const drawn = await page.evaluate(() => ({
      nodes: window.__landscape?.nodes() ?? [],
      edges: window.__landscape?.edges() ?? [],
      communities: window.__landscape?.communityCount(),
    }));
    expect(drawn.nodes.length).toBeGreaterThan(20);
    expect(
      drawn.nodes.map(({ id, label, community, peopleCount }) => ({ id, label, community, peopleCount })),
    ).toEqual(
      api.nodes.map((node) => ({
        id: node.technology.id,
        label: node.technology.name,
        community: node.community,
        peopleCount: node.peopleCount,
      })),
    );
    expect(drawn.edges).toEqual(api.edges);
    expect(drawn.communities).toBe(api.communityCount);
    for (const node of drawn.nodes) expect(node.color, node.id).toBe(communityColor(node.community));
    // More people, never a smaller disc. The README's seed answer: Kubernetes and Linux, used by
    // all three engineers, never together in a role or project, are in different communities.
    const sorted = [...drawn.nodes].sort((a, b) => a.peopleCount - b.peopleCount);
    sorted.slice(1).forEach((node, i) => {
      expect(node.size).toBeGreaterThanOrEqual(sorted[i]?.size ?? 0);
    });
    const of = (id: string) => drawn.nodes.find((node) => node.id === id);
    expect(of('kubernetes')?.peopleCount).toBe(3);
    expect(of('linux')?.peopleCount).toBe(3);
    expect(of('kubernetes')?.community).not.toBe(of('linux')?.community);
  });

  it('lists one legend entry per community in its colour', async () => {
    const communities = await page.evaluate(() => window.__landscape?.communityCount() ?? 0);
    const entries = await page
      .getByTestId('landscape-legend')
      .locator('li')
      .evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.community)));
    expect(entries).toEqual(Array.from({ length: communities }, (_, i) => i));
  });

  it('shows a non-blank picture in the community colours', async () => {
    const seen = await screenshotPixels(page, 'graph', artifactPath('landscape.png'), communityColor(0));
    expect(communityColor(0)).toBe('#0072b2');
    expect(seen.notWhite).toBeGreaterThan(seen.pixels * 0.01);
    expect(seen.ofColour).toBeGreaterThan(50);
  });

  it('the roll-up toggle draws technologyLandscape(rollUp: true): merged nodes, marked inferred in the legend, kept in the URL (?rollUp=1)', {
    timeout: patientLimit(2),
  }, async () => {
    const ask = async (rollUp: boolean) => {
      const response = await graphql<{ technologyLandscape: ApiLandscape }>(
        server.url,
        `{ technologyLandscape(first: ${landscapeFirst}, rollUp: ${rollUp}) { nodes { technology { id name } peopleCount community rolledUp { id } } edges { source target weight } communityCount } }`,
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.technologyLandscape as ApiLandscape;
    };
    const expected = (api: ApiLandscape) =>
      api.nodes.map((node) => ({
        id: node.technology.id,
        label: node.technology.name,
        community: node.community,
        peopleCount: node.peopleCount,
        rolledUp: node.rolledUp.map((other) => other.id),
      }));
    const drawn = () =>
      page.evaluate(() => ({
        rolledUp: window.__landscape?.rolledUp(),
        nodes: (window.__landscape?.nodes() ?? []).map(({ id, label, community, peopleCount, rolledUp }) => ({
          id,
          label,
          community,
          peopleCount,
          rolledUp,
        })),
        edges: window.__landscape?.edges() ?? [],
        communities: window.__landscape?.communityCount(),
      }));
    const inferredEntries = () =>
      page.getByTestId('landscape-legend').locator('li[data-inferred="true"]').count();

    const plain = await ask(false);
    expect(await inferredEntries()).toBe(0);
    await page.getByTestId('landscape-rollup').check();
    await page.evaluate(() => window.__landscape?.drawn());
    expect(new URL(page.url()).searchParams.get('rollUp')).toBe('1');
    const rolled = await ask(true);
    // The seed's three résumés name technologies the catalogue puts under broader ones.
    const merged = rolled.nodes.filter((node) => node.rolledUp.length > 0);
    expect(merged.length).toBeGreaterThan(0);
    expect(rolled.nodes.length).toBeLessThan(plain.nodes.length);
    expect(await drawn()).toEqual({
      rolledUp: true,
      nodes: expected(rolled),
      edges: rolled.edges,
      communities: rolled.communityCount,
    });
    const mergedCommunities = new Set(merged.map((node) => node.community));
    const legendInferred = await page
      .getByTestId('landscape-legend')
      .locator('li[data-inferred="true"]')
      .evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.community)));
    expect(new Set(legendInferred)).toEqual(mergedCommunities);
    const firstMerged = merged[0] as ApiLandscape['nodes'][number];
    const title = await page
      .getByTestId('landscape-legend')
      .locator(`li[data-community="${firstMerged.community}"]`)
      .getAttribute('title');
    expect(title).toContain(`${firstMerged.technology.name} (+ `);
    expect(title).toContain(': inferred)');
    await page.getByTestId('graph').screenshot({ path: artifactPath('landscape-rolled-up.png') });

    // The URL keeps the toggle: opened as it now reads, the page draws the rolled-up landscape.
    await page.goto(page.url());
    await viewReady(page, '__landscape');
    expect(new URL(page.url()).searchParams.get('view')).toBe('landscape');
    expect(await page.getByTestId('landscape-rollup').isChecked()).toBe(true);
    expect(await drawn()).toEqual({
      rolledUp: true,
      nodes: expected(rolled),
      edges: rolled.edges,
      communities: rolled.communityCount,
    });

    await page.getByTestId('landscape-rollup').uncheck();
    await page.evaluate(() => window.__landscape?.drawn());
    expect(new URL(page.url()).searchParams.has('rollUp')).toBe(false);
    expect(await drawn()).toEqual({
      rolledUp: false,
      nodes: expected(plain),
      edges: plain.edges,
      communities: plain.communityCount,
    });
    expect(await inferredEntries()).toBe(0);
  });

  it('switches back to the graph view, and a view it does not know says so', {
    timeout: patientLimit(4),
  }, async () => {
    await page.getByTestId('view-graph').click();
    await viewReady(page, '__explorer');
    expect(new URL(page.url()).searchParams.has('view')).toBe(false);
    await openExplorer(page, `${server.url}/explore?view=timetable`);
    await page.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    expect(await page.getByTestId('status').textContent()).toBe(
      '?view="timetable" names no view: expected "graph", "landscape", "timeline", "staffing"; showing the graph.',
    );
  });

  it('stays on this machine, with no console errors', () => {
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
