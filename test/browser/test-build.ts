import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { APIResponse, Page, Route } from 'playwright-core';
import { ensureWebBuild } from '../../src/web/ensure-web-build.js';
import { webBuildOutputs } from '../../src/web/web-build-paths.js';

/**
 * Has `page` run the front end's test build (dist/web-test, built first when stale) for every page
 * it holds, /explore and /import, instead of the production bundle the server serves: the
 * explorer's test bundle sets `window.__explorer`, the production one has no such handle. The
 * server still answers those pages (its headers, the Content-Security-Policy included, are kept);
 * only the HTML and the assets it names come from the test build. Every other request, /graphql
 * and the playground included, goes to the server untouched.
 */
export async function serveTestBuild(page: Page, serverUrl: string): Promise<void> {
  await ensureWebBuild((line) => console.log(line), 'test');
  const build = webBuildOutputs.test;
  const html = new Map(
    Object.entries(build.pages).map(([name, file]) => [`/${name}`, readFileSync(file, 'utf8')]),
  );
  const origin = new URL(serverUrl).origin;
  await page.route(
    (url) => url.origin === origin && html.has(url.pathname),
    async (route) => {
      const response = await fetchPage(route);
      await route.fulfill({ response, body: html.get(new URL(route.request().url()).pathname) });
    },
  );
  await page.route(
    (url) => url.origin === origin && url.pathname.startsWith('/assets/'),
    async (route) => {
      const file = join(build.outDir, 'assets', basename(new URL(route.request().url()).pathname));
      if (existsSync(file)) await route.fulfill({ path: file });
      else await route.continue();
    },
  );
}

/**
 * The server's answer to a page's GET, sent again when the connection was reset: Playwright's
 * fetch reuses a kept-alive socket, and one the server closes as idle (Node's 5 s keep-alive
 * timeout) at the moment the request goes out is reset, as browsers know and retry for requests
 * that change nothing.
 */
async function fetchPage(route: Route, attempts = 3): Promise<APIResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await route.fetch();
    } catch (error) {
      const reset = error instanceof Error && /ECONNRESET|EPIPE|socket hang up/.test(error.message);
      if (!reset || attempt >= attempts) throw error;
    }
  }
}
