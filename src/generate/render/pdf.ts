import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../test/browser/launch-chromium.js';

/**
 * Prints HTML pages to PDF with Debian's Chromium (launched as the browser tests launch it), one
 * browser and one tab for all pages. A dev tool: playwright-core is a dev dependency.
 */
export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async open(): Promise<PdfPrinter> {
    const browser = await launchChromium();
    try {
      return new PdfPrinter(browser, await browser.newPage());
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The page's HTML as an A4 PDF with a text layer; the page fetches nothing. */
  async print(html: string): Promise<Uint8Array> {
    await this.page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(
      await this.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
