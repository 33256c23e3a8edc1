import type { Page } from 'playwright-core';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Every request a page makes, and those that failed (network error or HTTP ≥ 400). */
export class RequestLog {
  readonly urls: string[] = [];
  readonly failures: string[] = [];

  constructor(page: Page) {
    page.on('request', (request) => {
      this.urls.push(request.url());
    });
    page.on('requestfailed', (request) => {
      this.failures.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.failures.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
      }
    });
  }

  /** Requests that went anywhere but this machine (data: and blob: URLs never leave the page). */
  offMachine(): string[] {
    return this.urls.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return !localHosts.has(hostname);
    });
  }
}
