import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/export/graph-view.js';
import { graphViewQuery } from '../../src/export/graph-view-query.js';
import type {} from '../../web/explore/explorer-handle.js';
import { type PersonId, seedExpected } from '../fixtures/seed-expected.js';
import { graphql, graphqlData } from '../support/graphql-client.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import {
  doubleClickAt,
  explorerSettled,
  type GraphRequest,
  openExplorer,
  recordGraphRequests,
} from './explorer-page.js';
import type { RequestLog } from './request-log.js';

// What a first-time user runs into: getting the whole graph back on screen, clicking two nodes
// quickly, showing only some kinds, and two engineers with the same label: the seed's engineer of
// document 000 ("Software Engineer", now at NVIDIA) and one imported last, built to share it.
const twin = {
  id: 'twin-engineer',
  basics: { label: 'Software Engineer' },
  work: [
    {
      name: 'NVIDIA',
      positions: [
        { id: 'twin-engineer-nvidia', position: 'Software Engineer', startDate: '2024-01', current: true },
      ],
    },
  ],
};
const nvidiaEngineer: PersonId = 'b0bdae752341232c';
const microsoftEngineer: PersonId = '1f1d44f0f2c0cec7';

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

/** Opens /explore anew, once the page has no request in flight (leaving would abort it). */
async function open(path: string): Promise<void> {
  await settled();
  await openExplorer(page, `${server.url}${path}`);
  await settled();
}

/** The drawn nodes that are not inside the graph's box on screen. */
async function offScreen(): Promise<string[]> {
  return page.evaluate(() => {
    const handle = window.__explorer;
    const box = document.getElementById('graph') as HTMLElement;
    return (handle?.nodeIds() ?? []).filter((id) => {
      const at = handle?.viewportPosition(id);
      return !at || at.x < 0 || at.y < 0 || at.x > box.offsetWidth || at.y > box.offsetHeight;
    });
  });
}

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
  it('a click on a seed engineer shows their details and sends no graph request', {
    timeout: patientLimit(5),
  }, async () => {
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

  it('a double-click focuses on the engineer: the API’s two-hop graph around them, no expand request', {
    timeout: patientLimit(3),
  }, async () => {
    // The position is read once the layout has stopped, so both clicks land on the same node.
    await settled();
    const before = graphRequests.length;
    const { x, y } = await pagePosition(person);
    await doubleClickAt(page, x, y);
    await page.waitForFunction((id) => window.__explorer?.focus().join() === id, person);
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

  it('Expand neighbourhood adds exactly the API’s one-hop neighbours that were not drawn', {
    timeout: patientLimit(5),
  }, async () => {
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
    await page.waitForFunction(() => window.__explorer?.expansions() === 1);
    await settled();
    expect(graphRequests.slice(before)).toEqual([{ focus: ['kubernetes'], depth: 1 }]);
    expect(await drawnIds()).toEqual(expected);
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain(`${expected.length - drawnBefore.length} new nodes`);
    await page.screenshot({ path: artifactPath('explore-expanded.png') });
  });

  it('searching "kubernetes" jumps to the Kubernetes node and shows its details', {
    timeout: patientLimit(5),
  }, async () => {
    await page.getByTestId('search-input').fill('kubernetes');
    const hit = page.getByTestId('search-hit-0');
    await expect.poll(() => hit.getAttribute('data-id')).toBe('kubernetes');
    await expect(hit.textContent()).resolves.toContain('Kubernetes');
    await hit.click();
    await page.waitForFunction(() => window.__explorer?.selected() === 'kubernetes');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('Kubernetes');
    // The camera moves onto it: it ends up in the middle of the graph (the move is an animation).
    // The graph's box is read with the node's place each time: the details panel, filled when the
    // API answers, may change it meanwhile, and a box read once before that would be stale.
    await expect
      .poll(async () => {
        const box = await page.getByTestId('graph').boundingBox();
        const at = await page.evaluate(() => window.__explorer?.viewportPosition('kubernetes'));
        return at && box ? Math.hypot(at.x - box.width / 2, at.y - box.height / 2) : Number.NaN;
      })
      .toBeLessThan(2);
    // The title shows at once; what the API says about it (who used it) once it has answered.
    await expect.poll(() => page.getByTestId('details').textContent()).toContain('Used by');
    await page.screenshot({ path: artifactPath('explore-search.png') });
  });

  it('searching for what is not drawn fetches it into the graph', { timeout: patientLimit(3) }, async () => {
    // NVIDIA employs b0bdae752341232c (document 000), not the focused engineer: it is not drawn.
    expect(await drawnIds()).not.toContain('nvidia');
    await page.getByTestId('search-input').fill('NVIDIA');
    const first = page.getByTestId('search-hit-0');
    await expect.poll(() => first.getAttribute('data-id')).toBe('nvidia');
    await first.click();
    await page.waitForFunction(() => window.__explorer?.selected() === 'nvidia');
    expect(await drawnIds()).toContain('nvidia');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('NVIDIA');
  });
});

describe('/explore for a new user', () => {
  it('"Fit graph" brings the whole graph back on screen after zooming in', {
    timeout: patientLimit(6),
  }, async () => {
    await open('/explore');
    expect(await offScreen()).toEqual([]);
    const box = await page.getByTestId('graph').boundingBox();
    if (!box) throw new Error('The graph has no box.');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await offScreen()).length).toBeGreaterThan(10);
    await page.getByTestId('fit-graph').click();
    await expect.poll(offScreen).toEqual([]);
  });

  it('two quick clicks on two nodes select the second: no double-click, no focus', {
    timeout: patientLimit(4),
  }, async () => {
    await settled();
    const before = graphRequests.length;
    const url = page.url();
    // Both clicks from inside the page, one frame apart (the page redraws between two clicks, as
    // it would for a person's); on a machine so busy that this takes 300 ms, try again.
    const quickClicks = () =>
      page.evaluate(
        async ([first, second]: string[]) => {
          const handle = window.__explorer;
          const canvas = document.querySelector('#graph .sigma-mouse') as HTMLCanvasElement;
          const box = canvas.getBoundingClientRect();
          const times: number[] = [];
          for (const id of [first ?? '', second ?? '']) {
            const at = handle?.viewportPosition(id) ?? { x: -1, y: -1 };
            const init = { clientX: box.left + at.x, clientY: box.top + at.y, bubbles: true, button: 0 };
            canvas.dispatchEvent(new MouseEvent('mousedown', init));
            canvas.dispatchEvent(new MouseEvent('mouseup', init));
            const click = new MouseEvent('click', init);
            times.push(click.timeStamp);
            canvas.dispatchEvent(click);
            await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame, 0)));
          }
          return (times[1] ?? 0) - (times[0] ?? 0);
        },
        [nvidiaEngineer, microsoftEngineer],
      );
    let gapMs = await quickClicks();
    for (let attempt = 1; attempt < 3 && gapMs >= 300; attempt++) {
      await page.waitForTimeout(400);
      gapMs = await quickClicks();
    }
    expect(gapMs).toBeLessThan(300);
    await page.waitForFunction((id) => window.__explorer?.selected() === id, microsoftEngineer);
    await settled();
    expect(await page.evaluate(() => window.__explorer?.focus())).toEqual([]);
    expect(page.url()).toBe(url);
    expect(graphRequests.length).toBe(before);
    await expect
      .poll(() => page.getByTestId('details-title').textContent())
      .toBe(seedExpected.displayLabels[microsoftEngineer]);
  });

  it('?kinds=PERSON,TECHNOLOGY draws each technology joined to the engineer, through the hidden roles', {
    timeout: patientLimit(5),
  }, async () => {
    await open(`/explore?focus=${microsoftEngineer}&depth=2&kinds=PERSON,TECHNOLOGY`);
    const shown = await graphqlData<{ graph: GraphView }>(server.url, graphViewQuery, {
      focus: [microsoftEngineer],
      depth: 2,
      kinds: ['PERSON', 'TECHNOLOGY'],
    });
    const whole = await graphqlData<{ graph: GraphView }>(server.url, graphViewQuery, {
      focus: [microsoftEngineer],
      depth: 2,
    });
    const kindOf = new Map(whole.graph.nodes.map((node) => [node.id, node.kind]));
    const drawn = await page.evaluate(() => ({
      nodes: window.__explorer?.nodeIds() ?? [],
      edges: window.__explorer?.edges() ?? [],
      paths: window.__explorer?.hiddenPaths() ?? [],
    }));
    // The people and technologies the API gives for these kinds, no more.
    expect(drawn.nodes).toEqual(shown.graph.nodes.map((node) => node.id).sort());
    // The skills are relationships; the technologies of the roles are joined through them.
    expect(drawn.edges.map((edge) => edge.relation)).toEqual(drawn.edges.map(() => 'SKILLED_IN'));
    const joined = new Set([
      ...drawn.edges.flatMap((edge) => [edge.source, edge.target]),
      ...drawn.paths.flatMap((path) => [path.source, path.target]),
    ]);
    const technologies = drawn.nodes.filter((id) => kindOf.get(id) === 'TECHNOLOGY');
    expect(technologies.length).toBeGreaterThan(5);
    expect(technologies.filter((id) => !joined.has(id))).toEqual([]);
    for (const path of drawn.paths) expect(path.via.map((id) => kindOf.get(id))).not.toContain('PERSON');
    // LLM: used in the principal engineer position (document 002, line 18), not among the skills.
    expect(drawn.paths).toContainEqual({
      source: microsoftEngineer,
      target: 'llm',
      via: expect.arrayContaining([`${microsoftEngineer}-microsoft-principal`]),
    });
    await expect
      .poll(() => page.getByTestId('legend-hidden-paths').textContent())
      .toBe(`Through a hidden kind${drawn.paths.length}`);
    await expect(page.getByTestId('legend-hidden-paths').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifactPath('explore-people-and-technologies.png') });
  });
  it('tells apart engineers with the same label in the engineers list and the path ends', {
    timeout: patientLimit(4),
  }, async () => {
    const imported = await graphql(
      server.url,
      'mutation ($resume: JSON!) { importResume(resume: $resume) { created } }',
      { resume: twin },
      { authorization: `Bearer ${server.token}` },
    );
    expect(imported.body).toEqual({ data: { importResume: { created: true } } });
    await open('/explore');
    const { a, b } = await graphqlData<{ a: { label: string }; b: { label: string } }>(
      server.url,
      `{ a: person(id: "${nvidiaEngineer}") { label } b: person(id: "twin-engineer") { label } }`,
    );
    // The API gives both the same label: what the list must tell apart.
    expect(b.label).toBe(a.label);
    const listed = await page.getByTestId('people-list').locator('label span').allTextContents();
    expect(listed.sort()).toEqual(
      [
        `${a.label} (${nvidiaEngineer})`,
        `${a.label} (twin-engineer)`,
        seedExpected.displayLabels['493100191bcfc980'],
        seedExpected.displayLabels[microsoftEngineer],
      ].sort(),
    );
    const ends = await page.getByTestId('path-from').locator('option').allTextContents();
    expect(ends).toContain(`Person: ${a.label} (twin-engineer)`);
    expect(ends).toContain(`Person: ${seedExpected.displayLabels[microsoftEngineer]}`);
  });
});

describe('/explore requests', () => {
  it('made no request that left this machine and none that failed', () => {
    expect(requests.offMachine()).toEqual([]);
    expect(requests.failures).toEqual([]);
  });
});
