// `npx tsx bench/explore.ts [--url http://localhost:4000] [--limit 2000] [--clicks 8] [--runs 10]
//   [--screenshot file.png]`: the explorer's responsiveness on a big graph, in headless Chromium
// launched exactly as the browser tests launch it (software WebGL). Opens /explore?limit=N, and
// prints a Markdown table: nodes and edges drawn, how long the graph took to arrive and be drawn,
// how long the ForceAtlas2 layout took to settle, sigma.refresh() time, frame times while the
// layout runs and while the camera moves, and how long the page takes to answer a click (pointer
// down → details panel updated) while the layout is still running.
// Numbers, not assertions: they go in the README's benchmark section. Needs a running server
// (`npm start`) holding at least `limit` entities for the numbers to mean anything.
import type { Page } from 'playwright-core';
import { commandLine, integerOption, parseOptions } from '../src/cli/cli-arguments.js';
import type { GraphView } from '../src/export/graph-view.js';
import { graphViewQuery } from '../src/export/graph-view-query.js';
import { percentile } from '../src/util/percentile.js';
import { chromiumArgs, launchChromium } from '../test/browser/launch-chromium.js';
import { serveTestBuild } from '../test/browser/test-build.js';
import type {} from '../web/explore/explorer-handle.js';

const usage =
  'Usage: npm run bench:explore -- [--url http://localhost:4000] [--limit N] [--clicks N] [--runs N] [--screenshot file.png]';
const line = commandLine(() => {
  const parsed = parseOptions(
    process.argv.slice(2),
    {
      url: { type: 'string', default: 'http://localhost:4000' },
      limit: { type: 'string', default: '2000' },
      clicks: { type: 'string', default: '8' },
      runs: { type: 'string', default: '10' },
      screenshot: { type: 'string' },
    },
    usage,
  );
  return {
    url: parsed.url,
    limit: integerOption('limit', parsed.limit, 1, 1_000_000, usage),
    clicks: integerOption('clicks', parsed.clicks, 0, 1_000, usage),
    runs: integerOption('runs', parsed.runs, 1, 10_000, usage),
    screenshot: parsed.screenshot,
  };
});
if (line.exitCode !== undefined) process.exit(line.exitCode);
const values = line.args;
const base = values.url.replace(/\/(graphql|explore)?\/?$/, '');
const { limit, clicks, runs } = values;

interface ClickAnswer {
  handled: number;
  painted: number;
  duringLayout: boolean;
  onNode: boolean;
}

declare global {
  interface Window {
    __frames?: number[];
    __clickAnswer?: Promise<ClickAnswer>;
    __longTasks?: { start: number; duration: number }[];
  }
}

const ms = (value: number) => `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

/**
 * Arms a probe in the page for the next click and returns where `node` is now. The probe measures
 * from the pointer going down (the event's own time stamp, so time the event waited for a busy
 * page counts) to the details panel changing (`handled`), and to the next animation frame after
 * that, when the change is painted (`painted`); it notes whether the layout was running then.
 */
function armClickProbe(page: Page, node: string | undefined): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((id) => {
    window.__clickAnswer = new Promise<ClickAnswer>((resolve) => {
      let down: number | undefined;
      let duringLayout = false;
      window.addEventListener(
        'mousedown',
        (event) => {
          down = event.timeStamp;
          duringLayout = window.__explorer?.layoutRunning() ?? false;
        },
        { capture: true, once: true },
      );
      const details = document.getElementById('details') as HTMLElement;
      const observer = new MutationObserver(() => {
        if (down === undefined) return;
        observer.disconnect();
        const handled = performance.now() - down;
        requestAnimationFrame(() =>
          resolve({
            handled,
            painted: performance.now() - (down ?? 0),
            duringLayout,
            onNode: window.__explorer?.selected() !== undefined,
          }),
        );
      });
      observer.observe(details, { childList: true, subtree: true, characterData: true });
    });
    return id === undefined ? undefined : window.__explorer?.viewportPosition(id);
  }, node);
}

/** The API's answer to the page's question, for the kinds of its nodes and the counts to expect. */
async function fetchView(): Promise<GraphView> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: graphViewQuery, variables: { limit } }),
  });
  const body = (await response.json()) as { data?: { graph: GraphView }; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? 'no data');
  return body.data.graph;
}

const view = await fetchView();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Long tasks (the main thread busy for over 50 ms), from the start.
  await page.addInitScript(`(() => {
    const tasks = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  })()`);
  // The explorer's test build, which has the window.__explorer handle this reads the page through.
  await serveTestBuild(page, base);
  const opened = performance.now();
  // layoutMs: room for the layout to settle by itself rather than be cut at the default 8 s.
  await page.goto(`${base}/explore?limit=${limit}&layoutMs=60000`);
  await page.waitForFunction(() => (window.__explorer?.nodeCount() ?? 0) > 0, null, { timeout: 120_000 });
  const drawnAfter = performance.now() - opened;
  const counts = await page.evaluate(() => ({
    nodes: window.__explorer?.nodeCount() ?? 0,
    edges: window.__explorer?.edgeCount() ?? 0,
    running: window.__explorer?.layoutRunning() ?? false,
  }));

  const layoutStart = await page.evaluate(() => performance.now());
  // Frame intervals from now until the layout settles.
  // (A string: tsx names the functions it compiles with a helper the page does not have.)
  await page.evaluate(`(() => {
    const frames = [];
    window.__frames = frames;
    let last = performance.now();
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (window.__explorer?.layoutRunning()) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);

  // Up to `clicks` clicks on people while the layout moves them, 350 ms apart (more than sigma's
  // 300 ms double-click window, so no two make a double-click), until the layout has settled.
  const box = await page.getByTestId('graph').boundingBox();
  if (!box) throw new Error('The explorer page has no #graph box.');
  const targets = view.nodes.filter((node) => node.kind === 'PERSON').map((node) => node.id);
  const answers: ClickAnswer[] = [];
  for (let i = 0; i < clicks; i += 1) {
    const at = await armClickProbe(page, targets[(i * 7) % Math.max(1, targets.length)]);
    await page.mouse.click(box.x + (at?.x ?? box.width / 2), box.y + (at?.y ?? box.height / 2));
    const answer = await page.evaluate(() =>
      Promise.race([
        window.__clickAnswer,
        new Promise<undefined>((resolve) => setTimeout(resolve, 10_000, undefined)),
      ]),
    );
    if (!answer?.duringLayout) break;
    answers.push(answer);
    await page.waitForTimeout(350);
  }

  await page.evaluate(() => window.__explorer?.ready);
  const layout = await page.evaluate(() => window.__explorer?.lastLayout());
  const layoutFrames = (await page.evaluate(() => window.__frames ?? [])).slice(1);
  if (values.screenshot) await page.screenshot({ path: values.screenshot });
  const bench = await page.evaluate((n) => window.__explorer?.benchmark(n), runs);

  const during = answers;
  const handled = during.map((answer) => answer.handled);
  const painted = during.map((answer) => answer.painted);
  const longTasks = await page.evaluate(() => window.__longTasks ?? []);
  const layoutEnd = layout ? layoutStart + layout.ms : Number.POSITIVE_INFINITY;
  const blocking = longTasks.filter((task) => task.start >= layoutStart && task.start < layoutEnd);
  const rows: [string, string][] = [
    ['page', `${base}/explore?limit=${limit}`],
    ['Chromium flags', chromiumArgs.join(' ')],
    [
      'nodes · edges drawn',
      `${counts.nodes} · ${counts.edges} (the API: ${view.nodes.length} · ${view.edges.length}${view.truncated ? ', cut at the limit' : ''})`,
    ],
    ['page open → graph drawn (query included)', seconds(drawnAfter)],
    [
      'layout (ForceAtlas2 in a worker) settled in',
      layout ? `${seconds(layout.ms)}${layout.converged ? '' : ' (cut short, not converged)'}` : 'n/a',
    ],
    [
      'frames while the layout runs',
      layoutFrames.length
        ? `median ${ms(percentile(layoutFrames, 0.5))}, p95 ${ms(percentile(layoutFrames, 0.95))}, longest ${ms(Math.max(...layoutFrames))} (${layoutFrames.length} frames)`
        : 'n/a',
    ],
    [`sigma.refresh() (median of ${runs})`, bench ? ms(bench.refreshMs) : 'n/a'],
    [
      'frames while the camera zooms and turns',
      bench ? `median ${ms(bench.frameMs)} (${bench.frames} frames)` : 'n/a',
    ],
    [
      'main thread during the layout: tasks over 50 ms',
      `${blocking.length}, longest ${ms(Math.max(0, ...blocking.map((task) => task.duration)))}, ${ms(blocking.reduce((sum, task) => sum + task.duration, 0))} in all`,
    ],
    [
      'click → details panel updated, while the layout runs',
      during.length
        ? `median ${ms(percentile(handled, 0.5))}, longest ${ms(Math.max(...handled))} (${during.length} clicks, ${during.filter((a) => a.onNode).length} on a node)`
        : 'no click landed during the layout',
    ],
    [
      'click → the next frame (the change painted)',
      during.length ? `median ${ms(percentile(painted, 0.5))}, longest ${ms(Math.max(...painted))}` : 'n/a',
    ],
  ];
  console.log('| what | measured |\n| --- | --- |');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
  if (!counts.running) console.warn('Note: the layout had stopped before the first click.');
  if (errors.length > 0) console.warn(`Page errors:\n${errors.join('\n')}`);
} finally {
  await browser.close();
}
