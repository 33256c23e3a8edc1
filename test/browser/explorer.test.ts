import { readFile } from 'node:fs/promises';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/export/graph-view.js';
import { graphViewQuery } from '../../src/export/graph-view-query.js';
import { ensureWebBuild } from '../../src/web/ensure-web-build.js';
import type {} from '../../web/explore/explorer-handle.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { artifactPath } from './artifacts.js';
import { launchChromium } from './launch-chromium.js';
import { RequestLog } from './request-log.js';

const seedPeople = ['b0bdae752341232c', '493100191bcfc980', '1f1d44f0f2c0cec7'];

let server: TestServer;
let browser: Browser;
let page: Page;
let requests: RequestLog;

beforeAll(async () => {
  await ensureWebBuild((line) => console.log(line));
  server = await startTestServer();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  requests = new RequestLog(page);
  await page.goto(`${server.url}/explore`);
  await page.waitForFunction(() => window.__explorer !== undefined);
  await page.evaluate(() => window.__explorer?.ready);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Downloads what an export button produces and returns its text. */
async function download(testid: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = artifactPath(`explore-${file.suggestedFilename()}`);
  await file.saveAs(path);
  const bytes = await readFile(path);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

describe('/explore in a real browser', () => {
  it('draws as many nodes and edges as the API returned for the same query', async () => {
    const variables = await page.evaluate(() => window.__explorer?.initialQuery());
    const response = await graphql<{ graph: GraphView }>(server.url, graphViewQuery, { ...variables });
    const view = response.body.data?.graph;
    expect(response.body.errors).toBeUndefined();
    expect(view?.nodes.length).toBeGreaterThan(10);
    const drawn = await page.evaluate(() => ({
      nodes: window.__explorer?.nodeCount(),
      edges: window.__explorer?.edgeCount(),
    }));
    expect(drawn).toEqual({ nodes: view?.nodes.length, edges: view?.edges.length });
    await page.screenshot({ path: artifactPath('explore.png') });
  });

  it('filters by kind: unchecking roles hides them and their edges, checking brings them back', async () => {
    const before = await page.evaluate(() => ({
      nodes: window.__explorer?.nodeCount(),
      edges: window.__explorer?.edgeCount(),
    }));
    const roles = await page
      .getByTestId('legend')
      .locator('li', { hasText: 'Role' })
      .locator('.count')
      .textContent();
    await page.getByTestId('kind-filter-ROLE').uncheck();
    const filtered = await page.evaluate(() => ({
      nodes: window.__explorer?.nodeCount(),
      edges: window.__explorer?.edgeCount(),
    }));
    expect(filtered.nodes).toBe((before.nodes ?? 0) - Number(roles));
    expect(filtered.edges).toBeLessThan(before.edges ?? 0);
    await page.getByTestId('kind-filter-ROLE').check();
    expect(await page.evaluate(() => window.__explorer?.nodeCount())).toBe(before.nodes);
  });

  it('lights up Kubernetes when the three seed engineers are selected', async () => {
    for (const id of seedPeople) await page.getByTestId(`person-checkbox-${id}`).check();
    // Each check asks the API again; wait for the answer about all three.
    await page.waitForFunction(
      () => window.__explorer?.selectedPeople().length === 3 && window.__explorer.pending() === 0,
      null,
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => window.__explorer?.highlighted())).toContain('kubernetes');
    expect(await page.evaluate(() => window.__explorer?.selectedPeople())).toEqual([...seedPeople].sort());
    await expect.poll(() => page.getByTestId('shared-list').textContent()).toContain('Kubernetes');
    await page.screenshot({ path: artifactPath('explore-shared-technologies.png') });
  });

  it('draws the shortest path between two seed engineers', async () => {
    const [from, to] = seedPeople as [string, string];
    await page.getByTestId('path-from').selectOption(from);
    await page.getByTestId('path-to').selectOption(to);
    await page.getByTestId('path-run').click();
    await page.waitForFunction(() => (window.__explorer?.pathNodes().length ?? 0) > 0, null, {
      timeout: 15_000,
    });
    const path = await page.evaluate(() => ({
      nodes: window.__explorer?.pathNodes() ?? [],
      edges: window.__explorer?.pathEdges() ?? [],
    }));
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes.at(-1)).toBe(to);
    expect(path.nodes.length).toBeLessThanOrEqual(5);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    await expect.poll(() => page.getByTestId('path-list').locator('li').count()).toBe(path.nodes.length);
    await page.screenshot({ path: artifactPath('explore-path.png') });
  });

  it('exports GraphML and GEXF that parse back to the drawn counts, Cytoscape JSON, and a PNG', async () => {
    const drawn = await page.evaluate(() => ({
      nodes: window.__explorer?.nodeCount(),
      edges: window.__explorer?.edgeCount(),
    }));
    const graphml = await download('export-graphml');
    expect(graphml.name).toBe('career-graph.graphml');
    const fromGraphml = parseGraphml(MultiDirectedGraph, graphml.text);
    expect({ nodes: fromGraphml.order, edges: fromGraphml.size }).toEqual(drawn);
    expect(fromGraphml.getNodeAttribute('kubernetes', 'kind')).toBe('TECHNOLOGY');

    const gexf = await download('export-gexf');
    const fromGexf = parseGexf(MultiDirectedGraph, gexf.text);
    expect({ nodes: fromGexf.order, edges: fromGexf.size }).toEqual(drawn);
    expect(fromGexf.getNodeAttribute('kubernetes', 'label')).toBe('Kubernetes');

    const cytoscape = JSON.parse((await download('export-cytoscape')).text);
    expect(cytoscape.elements.nodes).toHaveLength(drawn.nodes ?? -1);
    expect(cytoscape.elements.edges).toHaveLength(drawn.edges ?? -1);
    expect(cytoscape.elements.nodes[0]).toMatchObject({
      data: { id: expect.any(String), kind: expect.any(String) },
    });

    const png = await download('export-png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('made no request that left this machine and none that failed', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
  });
});
