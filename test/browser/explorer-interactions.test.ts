import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/export/graph-view.js';
import { graphViewQuery } from '../../src/export/graph-view-query.js';
import type {} from '../../web/explore/explorer-handle.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { graphqlData } from '../support/graphql-client.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { explorerSettled, type GraphRequest, openExplorer, recordGraphRequests } from './explorer-page.js';
import type { RequestLog } from './request-log.js';

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;
let graphRequests: GraphRequest[] = [];

beforeAll(async () => {
  session = await openBrowserSession('explorer-interactions');
  ({ server, page, requests, artifactPath } = session);
  graphRequests = recordGraphRequests(page);
  await openExplorer(page, `${server.url}/explore`);
});

afterAll(() => session?.close());

const settled = () => explorerSettled(page);

/** Where a drawn node is on the page, in CSS pixels. */
async function pagePosition(id: string): Promise<{ x: number; y: number }> {
  const inGraph = await page.evaluate((node) => window.__explorer?.viewportPosition(node), id);
  const box = await page.getByTestId('graph').boundingBox();
  if (!inGraph || !box) throw new Error(`Node "${id}" is not drawn, or the graph has no box.`);
  return { x: box.x + inGraph.x, y: box.y + inGraph.y };
}

async function apiGraph(variables: GraphRequest): Promise<GraphView> {
  return (await graphqlData<{ graph: GraphView }>(server.url, graphViewQuery, { ...variables })).graph;
}

const drawnIds = () => page.evaluate(() => window.__explorer?.nodeIds() ?? []);

const person = '493100191bcfc980';

describe('/explore: search, click, expand, double-click', () => {
  it('a click on a seed engineer shows their details and sends no graph request', async () => {
    await settled();
    const before = { nodes: await drawnIds(), requests: graphRequests.length };
    const { x, y } = await pagePosition(person);
    await page.mouse.click(x, y);
    await page.waitForFunction((id) => window.__explorer?.selected() === id, person);
    await expect
      .poll(() => page.getByTestId('details-title').textContent())
      .toBe(seedExpected.displayLabels[person]);
    // Ten positions in the résumé (001), listed with their companies.
    await expect
      .poll(() => page.getByTestId('details').locator('h4', { hasText: 'Roles' }).textContent())
      .toBe(`Roles (${seedExpected.rolesPerPerson[person]})`);
    await expect(page.getByTestId('details').textContent()).resolves.toContain('Stripe');
    await expect(page.getByTestId('details-expand').textContent()).resolves.toBe('Expand neighbourhood');
    await settled();
    expect(graphRequests.length).toBe(before.requests);
    expect(await drawnIds()).toEqual(before.nodes);
    await page.screenshot({ path: artifactPath('explore-details.png') });
  });

  it('a double-click focuses on the engineer: the API’s two-hop graph around them, no expand request', async () => {
    const before = graphRequests.length;
    const { x, y } = await pagePosition(person);
    await page.mouse.dblclick(x, y);
    await page.waitForFunction((id) => window.__explorer?.focus().join() === id, person, { timeout: 15_000 });
    await settled();
    const sent = graphRequests.slice(before);
    expect(sent).toEqual([{ focus: [person], depth: 2, limit: 500 }]);
    expect(new URL(page.url()).searchParams.getAll('focus')).toEqual([person]);
    const view = await apiGraph({ focus: [person], depth: 2, limit: 500 });
    expect(await drawnIds()).toEqual(view.nodes.map((node) => node.id).sort());
    expect(await page.evaluate(() => window.__explorer?.edgeCount())).toBe(view.edges.length);
    expect(await page.evaluate(() => window.__explorer?.selected())).toBe(person);
    // The other two seed engineers are two hops away at least through a shared technology, not drawn.
    expect(await drawnIds()).not.toContain('b0bdae752341232c');
    await page.screenshot({ path: artifactPath('explore-focus.png') });
  });

  it('Expand neighbourhood adds exactly the API’s one-hop neighbours that were not drawn', async () => {
    // Kubernetes is two hops from the focused engineer; its other users' roles are not drawn yet.
    const drawnBefore = await drawnIds();
    expect(drawnBefore).toContain('kubernetes');
    const neighbourhood = await apiGraph({ focus: ['kubernetes'], depth: 1 });
    const expected = [...new Set([...drawnBefore, ...neighbourhood.nodes.map((node) => node.id)])].sort();
    expect(expected.length).toBeGreaterThan(drawnBefore.length);

    const { x, y } = await pagePosition('kubernetes');
    await page.mouse.click(x, y);
    await page.waitForFunction(() => window.__explorer?.selected() === 'kubernetes');
    await settled();
    expect(await drawnIds()).toEqual(drawnBefore);

    const before = graphRequests.length;
    await page.getByTestId('details-expand').click();
    await page.waitForFunction(() => window.__explorer?.expansions() === 1, null, { timeout: 15_000 });
    await settled();
    expect(graphRequests.slice(before)).toEqual([{ focus: ['kubernetes'], depth: 1 }]);
    expect(await drawnIds()).toEqual(expected);
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain(`${expected.length - drawnBefore.length} new nodes`);
    await page.screenshot({ path: artifactPath('explore-expanded.png') });
  });

  it('searching "kubernetes" jumps to the Kubernetes node and shows its details', async () => {
    await page.getByTestId('search-input').fill('kubernetes');
    const hit = page.getByTestId('search-hit-0');
    await expect.poll(() => hit.getAttribute('data-id'), { timeout: 10_000 }).toBe('kubernetes');
    await expect(hit.textContent()).resolves.toContain('Kubernetes');
    await hit.click();
    await page.waitForFunction(() => window.__explorer?.selected() === 'kubernetes');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('Kubernetes');
    // The camera moves onto it: it ends up in the middle of the graph.
    const box = await page.getByTestId('graph').boundingBox();
    await expect
      .poll(async () => {
        const at = await page.evaluate(() => window.__explorer?.viewportPosition('kubernetes'));
        return at && box ? Math.hypot(at.x - box.width / 2, at.y - box.height / 2) : Number.NaN;
      })
      .toBeLessThan(2);
    // The title shows at once; what the API says about it (who used it) once it has answered.
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('Used by');
    await page.screenshot({ path: artifactPath('explore-search.png') });
  });

  it('searching for what is not drawn fetches it into the graph', async () => {
    // NVIDIA employs b0bdae752341232c (document 000), not the focused engineer: it is not drawn.
    expect(await drawnIds()).not.toContain('nvidia');
    await page.getByTestId('search-input').fill('NVIDIA');
    const first = page.getByTestId('search-hit-0');
    await expect.poll(() => first.getAttribute('data-id'), { timeout: 10_000 }).toBe('nvidia');
    await first.click();
    await page.waitForFunction(() => window.__explorer?.selected() === 'nvidia', null, { timeout: 15_000 });
    expect(await drawnIds()).toContain('nvidia');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('NVIDIA');
  });

  it('made no request that left this machine and none that failed', () => {
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
  });
});
