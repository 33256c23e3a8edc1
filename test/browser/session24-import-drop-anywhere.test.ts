import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { patientLimit } from '../support/patience.js';
import type { TestServer } from '../support/test-server.js';
import { type BrowserSession, openBrowserSession } from './browser-session.js';
import { statusWhenRead } from './import-page.js';

// A file dropped on the import page outside its drop zone. Left to itself Chromium opens the file in the tab and
// the review on the page is lost; the page takes a drop anywhere as a drop on the zone. The drags go through
// Chromium's own drag and drop (the DevTools protocol's Input.dispatchDragEvent, as a drag from the desktop), so
// the browser's default (opening the file) is what happens when the page does not prevent it. Expected values come
// from the documents (test/fixtures/documents/dev-formats/anika-sharma-ats.txt, elin-sandvik-notes.md).

let session: BrowserSession | undefined;
let server: TestServer;
let page: Page;
let cdp: CDPSession;
let consoleErrors: string[];

beforeAll(async () => {
  session = await openBrowserSession('import-drop-anywhere');
  ({ server, page, consoleErrors } = session);
  cdp = await page.context().newCDPSession(page);
});

afterAll(() => session?.close());

const fixture = (name: string) => join(projectRoot, 'test/fixtures/documents/dev-formats', name);

/** Drags the file at `path` from outside the window to the middle of the element `testid` and drops it there. */
async function dropOn(testid: string, path: string): Promise<void> {
  const box = await page.getByTestId(testid).boundingBox();
  if (!box) throw new Error(`The import page shows no ${testid} to drop on.`);
  const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  // dragOperationsMask 1: copy, as a file manager offers it.
  const data = { items: [], files: [path], dragOperationsMask: 1 };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
}

describe('/import: a file dropped outside the drop zone', () => {
  it('is read as if dropped on the zone, and the page stays', { timeout: patientLimit(2) }, async () => {
    await page.goto(`${server.url}/import`);
    await page.getByTestId('token').fill(server.token);
    await dropOn('status', fixture('anika-sharma-ats.txt'));
    expect(await statusWhenRead(page)).toMatch(
      /^anika-sharma-ats\.txt: \d+ facts, \d+ warnings\. Untick what is wrong, then import\.$/,
    );
    expect(new URL(page.url()).pathname).toBe('/import');
    await expect(page.getByTestId('document-title').textContent()).resolves.toMatch(
      /^anika-sharma-ats\.txt \(text, \d+ lines\)$/,
    );
    await expect(page.getByTestId('line-1').locator('.text').textContent()).resolves.toBe('ANIKA SHARMA');
    expect(await page.getByTestId('drop-zone').evaluate((zone) => zone.classList.contains('over'))).toBe(
      false,
    );
  });

  it('dropped on the review of another document, replaces it with its own', {
    timeout: patientLimit(2),
  }, async () => {
    await dropOn('document-lines', fixture('elin-sandvik-notes.md'));
    await expect
      .poll(() => page.getByTestId('document-title').textContent())
      .toMatch(/^elin-sandvik-notes\.md \(/);
    expect(await statusWhenRead(page)).toMatch(/^elin-sandvik-notes\.md: \d+ facts, /);
    expect(new URL(page.url()).pathname).toBe('/import');
    await expect(page.getByTestId('line-1').locator('.text').textContent()).resolves.toBe('# Elin Sandvik');
  });

  it('a drag of text, not of a file, keeps the browser’s own handling (into a field, say)', async () => {
    const prevented = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'a token');
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
      document.getElementById('token')?.dispatchEvent(over);
      return over.defaultPrevented;
    });
    expect(prevented).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
