import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { ensureWebBuild } from '../../src/web/ensure-web-build.js';
import { PATIENCE_MS } from '../support/patience.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { artifactFolder } from './artifacts.js';
import { launchChromium } from './launch-chromium.js';
import { collectConsoleErrors } from './page-checks.js';
import { RequestLog } from './request-log.js';
import { serveTestBuild } from './test-build.js';

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  /** One page at 1400 × 900, its every request logged, its waits and actions bounded by PATIENCE_MS. */
  page: Page;
  requests: RequestLog;
  /** The page's console errors and uncaught exceptions, from the start. */
  consoleErrors: string[];
  /** Path of a file in the suite's own artifact folder (emptied now). */
  artifactPath: (name: string) => string;
  close(): Promise<void>;
}

/**
 * What each browser test file starts from: the built front end, a server over the shared seed
 * and Chromium, whose /explore and /import run the test build (see test-build.ts).
 */
export async function openBrowserSession(
  suite: string,
  contextOptions: BrowserContextOptions = {},
): Promise<BrowserSession> {
  const artifactPath = artifactFolder(suite);
  await ensureWebBuild((line) => console.log(line));
  const running = await startTestServer();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  // Every wait and action of a browser test is bounded by the patience of every wait.
  page.setDefaultTimeout(PATIENCE_MS);
  await serveTestBuild(page, running.url);
  return {
    server: running,
    browser,
    page,
    requests: new RequestLog(page),
    consoleErrors: collectConsoleErrors(page),
    artifactPath,
    close: async () => {
      await browser.close();
      await running.close();
    },
  };
}
