import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the import page's status says the dry run of the file it was given has ended (`done` or `error`),
 * and returns what the status says.
 */
export async function statusWhenRead(page: Page): Promise<string> {
  await expect.poll(() => page.getByTestId('status').getAttribute('data-kind')).toMatch(/^(done|error)$/);
  return (await page.getByTestId('status').textContent()) ?? '';
}
