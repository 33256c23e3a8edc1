import type { Page } from 'playwright-core';
import type {} from '../../web/explore/explorer-handle.js';
import type {} from '../../web/explore/landscape-handle.js';
import type {} from '../../web/explore/staffing-handle.js';
import type {} from '../../web/explore/timeline-handle.js';

/** The read-only handles the test build of /explore sets on `window`, one a view. */
export type ViewHandle = '__explorer' | '__landscape' | '__staffing' | '__timeline';

/**
 * Waits until the page has set the view's handle and the handle's `ready` has settled: the view's first answer
 * drawn (and, for the graph, laid out). For a view the page opens by itself (a click, a link, a picker).
 */
export async function viewReady(page: Page, handle: ViewHandle): Promise<void> {
  await page.waitForFunction((name) => window[name] !== undefined, handle);
  await page.evaluate((name) => window[name]?.ready, handle);
}

/** Opens `url` and waits until the view whose handle is `handle` is ready (see viewReady). */
export async function openView(page: Page, url: string, handle: ViewHandle): Promise<void> {
  await page.goto(url);
  await viewReady(page, handle);
}

/** Opens the explorer at `url` and waits until its first graph is drawn and laid out. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await openView(page, url, '__explorer');
}

/** Waits until no API request is pending and the layout has stopped, so nodes stay put. */
export async function explorerSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__explorer?.pending() === 0 && window.__explorer.layoutRunning() === false,
  );
}

/** The variables of a `graph` request the page sent. */
export type GraphRequest = { focus?: string[]; depth?: number; kinds?: string[]; limit?: number };

/** Records the variables of every `graph` query the page sends, in order, into the array it returns. */
export function recordGraphRequests(page: Page): GraphRequest[] {
  const sent: GraphRequest[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { query?: string; variables?: GraphRequest } | null;
    if (body?.query?.includes('query GraphView(')) sent.push(body.variables ?? {});
  });
  return sent;
}

/**
 * A double-click at (x, y) as a mouse gives it: the four button events stamped 40 ms apart and
 * queued at once. Playwright's `dblclick` sends each event only after the page has handled the one
 * before, and the browser stamps it when it arrives, so a page slowed by a loaded machine sees the
 * second click late and rightly takes it for another click; a mouse's events carry the time the
 * button moved, however late the page reads them.
 */
export async function doubleClickAt(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const steps = [
    { type: 'mousePressed', clickCount: 1 },
    { type: 'mouseReleased', clickCount: 1 },
    { type: 'mousePressed', clickCount: 2 },
    { type: 'mouseReleased', clickCount: 2 },
  ] as const;
  try {
    await Promise.all(
      steps.map((step, i) =>
        cdp.send('Input.dispatchMouseEvent', { ...step, x, y, button: 'left', timestamp: start + i * 0.04 }),
      ),
    );
  } finally {
    await cdp.detach();
  }
}
