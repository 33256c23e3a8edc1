import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/export/graph-view.js';
import { graphViewQuery } from '../../src/export/graph-view-query.js';
import { webBuildOutputs } from '../../src/web/web-build-paths.js';
import type {} from '../../web/explore/explorer-handle.js';
import { kindOrder, kindStyles } from '../../web/explore/kind-style.js';
import { graphql, graphqlData } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { openExplorer } from './explorer-page.js';
import { countPixels } from './page-checks.js';
import type { RequestLog } from './request-log.js';

const seedPeople = ['b0bdae752341232c', '493100191bcfc980', '1f1d44f0f2c0cec7'];

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let requests: RequestLog;
let artifactPath: (name: string) => string;

beforeAll(async () => {
  session = await openBrowserSession('explorer', { acceptDownloads: true });
  ({ server, page, requests, artifactPath } = session);
  await openExplorer(page, `${server.url}/explore`);
});

afterAll(() => session?.close());

/** Downloads what an export button produces and returns its text. */
async function download(testid: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = artifactPath(file.suggestedFilename());
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

  it('draws every kind with a shape of its own, the one its legend entry shows', async () => {
    const shapes = await page.evaluate(() => window.__explorer?.shapes() ?? {});
    // The seed has every kind.
    expect(Object.keys(shapes).sort()).toEqual([...kindOrder].sort());
    for (const kind of kindOrder) expect(shapes[kind], kind).toHaveLength(1);
    const byKind = kindOrder.map((kind) => shapes[kind]?.[0]);
    expect(new Set(byKind).size).toBe(kindOrder.length);
    const icons = await page
      .getByTestId('legend')
      .locator('li svg path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
    expect(icons).toHaveLength(kindOrder.length);
    expect(new Set(icons).size).toBe(kindOrder.length);
  });

  it('labels nodes with short labels that stay inside the graph and never overlap', async () => {
    const { labels, width, height } = await page.evaluate(() => {
      const container = document.getElementById('graph') as HTMLElement;
      return {
        labels: window.__explorer?.labels() ?? [],
        width: container.offsetWidth,
        height: container.offsetHeight,
      };
    });
    // 161 nodes on a 820 × 850 canvas: a good share of them labelled, none overlapping.
    expect(labels.length).toBeGreaterThan(25);
    for (const label of labels) {
      expect(label.text.length, label.text).toBeLessThanOrEqual(28);
      expect(label.x, label.text).toBeGreaterThanOrEqual(0);
      expect(label.y, label.text).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width, label.text).toBeLessThanOrEqual(width);
      expect(label.y + label.height, label.text).toBeLessThanOrEqual(height);
    }
    const overlapping = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
        )
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);
    // "Multi-datacenter container orchestration…" and the like are cut, with an ellipsis.
    expect(labels.some((label) => label.text.endsWith('…'))).toBe(true);
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
    // What the roles joined (people to companies and technologies) is drawn as paths through them.
    const paths = await page.evaluate(() => window.__explorer?.hiddenPaths() ?? []);
    expect(paths).toContainEqual({
      source: '1f1d44f0f2c0cec7',
      target: 'microsoft',
      via: expect.arrayContaining(['1f1d44f0f2c0cec7-microsoft-principal']),
    });
    await page.getByTestId('kind-filter-ROLE').check();
    expect(await page.evaluate(() => window.__explorer?.nodeCount())).toBe(before.nodes);
    expect(await page.evaluate(() => window.__explorer?.hiddenPaths())).toEqual([]);
  });

  it('lights up Kubernetes when the three seed engineers are selected', {
    timeout: patientLimit(2),
  }, async () => {
    for (const id of seedPeople) await page.getByTestId(`person-checkbox-${id}`).check();
    // Each check asks the API again; wait for the answer about all three.
    await page.waitForFunction(
      () => window.__explorer?.selectedPeople().length === 3 && window.__explorer.pending() === 0,
    );
    expect(await page.evaluate(() => window.__explorer?.highlighted())).toContain('kubernetes');
    expect(await page.evaluate(() => window.__explorer?.selectedPeople())).toEqual([...seedPeople].sort());
    await expect.poll(() => page.getByTestId('shared-list').textContent()).toContain('Kubernetes');
    await page.screenshot({ path: artifactPath('explore-shared-technologies.png') });
  });

  it('draws the shortest path between two seed engineers', { timeout: patientLimit(2) }, async () => {
    const [from, to] = seedPeople as [string, string];
    await page.getByTestId('path-from').selectOption(from);
    await page.getByTestId('path-to').selectOption(to);
    await page.getByTestId('path-run').click();
    await page.waitForFunction(() => (window.__explorer?.pathNodes().length ?? 0) > 0);
    const path = await page.evaluate(() => ({
      nodes: window.__explorer?.pathNodes() ?? [],
      edges: window.__explorer?.pathEdges() ?? [],
    }));
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes.at(-1)).toBe(to);
    expect(path.nodes.length).toBeLessThanOrEqual(5);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    await expect.poll(() => page.getByTestId('path-list').locator('li').count()).toBe(path.nodes.length);

    // The API's own answer: the same nodes in order, and each of its edges drawn between the same
    // ends with the same type, lit as part of the path.
    const { shortestPath } = await graphqlData<{ shortestPath: GraphView }>(
      server.url,
      `query ($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to) {
        nodes { id kind label } edges { id source target type } } }`,
      { from, to },
    );
    expect(path.nodes).toEqual(shortestPath.nodes.map((node) => node.id));
    expect(shortestPath.edges).toHaveLength(path.nodes.length - 1);
    const drawnEdges = await page.evaluate(() => window.__explorer?.edges() ?? []);
    const drawnNodes = new Set(await page.evaluate(() => window.__explorer?.nodeIds() ?? []));
    for (const edge of shortestPath.edges) {
      const drawn = drawnEdges.filter(
        (d) => d.source === edge.source && d.target === edge.target && d.relation === edge.type,
      );
      expect(drawn, `${edge.source} -${edge.type}-> ${edge.target}`).toHaveLength(1);
      expect(path.edges).toContain(drawn[0]?.key);
    }
    for (const node of path.nodes) expect(drawnNodes.has(node), node).toBe(true);
    await page.screenshot({ path: artifactPath('explore-path.png') });
  });

  it('exports GraphML and GEXF that parse back to the drawn counts, Cytoscape JSON, and a PNG', {
    timeout: patientLimit(4),
  }, async () => {
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
    const canvas = await page.evaluate(() => {
      const container = document.getElementById('graph') as HTMLElement;
      const first = container.querySelector('canvas') as HTMLCanvasElement;
      return {
        css: { width: container.offsetWidth, height: container.offsetHeight },
        ratio: window.devicePixelRatio,
        pixels: { width: first.width, height: first.height },
      };
    });
    const decoded = decodePng(png.bytes);
    expect({ width: decoded.width, height: decoded.height }).toEqual(canvas.pixels);
    expect(canvas.pixels).toEqual({
      width: Math.round(canvas.css.width * canvas.ratio),
      height: Math.round(canvas.css.height * canvas.ratio),
    });
    // Chromium decodes it to the same size, and it shows the graph: the path's people in their
    // blue, edges and labels in other colours, over white.
    const seen = await countPixels(page, png.bytes, kindStyles.PERSON.color);
    expect({ width: seen.width, height: seen.height }).toEqual(canvas.pixels);
    expect(seen.notWhite).toBeGreaterThan(canvas.pixels.width * canvas.pixels.height * 0.01);
    expect(seen.ofColour).toBeGreaterThan(50);
  });

  it('runs the test build: the production bundle in dist/web has none of the test handles', async () => {
    const bundles = (dir: string) =>
      readdirSync(join(dir, 'assets'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFileSync(join(dir, 'assets', name), 'utf8'));
    const withHandle = (dir: string, handle: string) =>
      bundles(dir).filter((text) => text.includes(handle)).length;
    // Every view's handle (web/explore/main.ts installs them in test builds only).
    for (const handle of ['__explorer', '__landscape', '__timeline', '__staffing']) {
      expect(withHandle(webBuildOutputs.production.outDir, handle), handle).toBe(0);
      expect(withHandle(webBuildOutputs.test.outDir, handle), handle).toBeGreaterThanOrEqual(1);
    }
    // The page the server sends names production assets; the test build's stand in for them.
    const served = await (await fetch(`${server.url}/explore`)).text();
    const production = readFileSync(webBuildOutputs.production.pages.explore, 'utf8');
    expect(served).toBe(production);
  });

  it('made no request that left this machine and none that failed', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
  });
});

/**
 * Reads a PNG as far as its pixel rows: the signature, the IHDR chunk (size, depth, colour type),
 * and the IDAT chunks, whose inflated length must be exactly one filter byte plus a row of pixels
 * per line. Throws on anything else, quoting what it found.
 */
function decodePng(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG: wrong signature');
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number } | undefined;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body.readUInt8(8),
        colour: body.readUInt8(9),
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without an IHDR chunk');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[header.colour];
  if (channels === undefined) throw new Error(`PNG colour type ${header.colour}: expected 0, 2, 3, 4 or 6`);
  const rowBytes = Math.ceil((header.width * channels * header.depth) / 8);
  const inflated = inflateSync(Buffer.concat(data));
  if (inflated.length !== header.height * (1 + rowBytes)) {
    throw new Error(
      `PNG pixel data is ${inflated.length} bytes: expected ${header.height} rows of 1 + ${rowBytes} bytes`,
    );
  }
  return { width: header.width, height: header.height };
}
