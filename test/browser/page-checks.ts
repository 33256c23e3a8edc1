import type { Page } from 'playwright-core';

/** Collects the page's console errors and uncaught exceptions into the array it returns. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Size of a PNG decoded by Chromium itself, and how many of its pixels are not near-white (some channel below
 * `whiteFrom`) and how many within 8 of `colour` (`#rrggbb`) on each channel.
 */
export async function countPixels(
  page: Page,
  png: Buffer,
  colour: string,
  whiteFrom = 245,
): Promise<{ width: number; height: number; pixels: number; notWhite: number; ofColour: number }> {
  const target = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  return page.evaluate(
    async ({ base64, target, whiteFrom }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let notWhite = 0;
      let ofColour = 0;
      for (let i = 0; i < data.length; i += 4) {
        const rgb = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (rgb.some((value) => value < whiteFrom)) notWhite += 1;
        if (rgb.every((value, c) => Math.abs(value - (target[c] ?? 0)) < 8)) ofColour += 1;
      }
      return {
        width: bitmap.width,
        height: bitmap.height,
        pixels: bitmap.width * bitmap.height,
        notWhite,
        ofColour,
      };
    },
    { base64: png.toString('base64'), target, whiteFrom },
  );
}

/** Screenshots the element `testid` into `path` (an artifact) and counts its pixels as `countPixels` does. */
export async function screenshotPixels(
  page: Page,
  testid: string,
  path: string,
  colour: string,
): ReturnType<typeof countPixels> {
  const png = await page.getByTestId(testid).screenshot({ path });
  return countPixels(page, png, colour);
}

/**
 * Opens GraphiQL at `url` and resolves once it has loaded all it loads on its own: the schema's
 * introspection has answered and the query, variables, headers and response editors are mounted
 * (each imports its CodeMirror chunks before it mounts). Network idle alone is not enough: on a
 * busy machine the page can sit 500 ms between its bundle and its lazy chunks, and a test that
 * leaves then cuts those requests off. Resolves to the introspection's HTTP status.
 */
export async function openPlayground(page: Page, url: string): Promise<number> {
  const introspected = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('__schema'),
  );
  await page.goto(url);
  const status = (await introspected).status();
  for (const editor of ['.graphiql-query-editor', '.graphiql-editor-tool', '.result-window']) {
    await page.locator(`${editor} .CodeMirror`).first().waitFor({ state: 'attached' });
  }
  await page.waitForFunction(() => document.querySelectorAll('.CodeMirror').length >= 4);
  await page.waitForLoadState('networkidle');
  return status;
}
