import { errorMessage } from '../../src/util/error-message.js';

/**
 * The status line: what the page is asking the API (and how many requests are pending), the
 * error of the last one that failed, or else what `idleText` says (the counts drawn).
 */
export class StatusLine {
  private pendingRequests = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly idleText: () => string,
  ) {}

  /** Requests to the API not answered yet. */
  pending(): number {
    return this.pendingRequests;
  }

  /** What the line says when nothing is under way. */
  idleLine(): string {
    return this.idleText();
  }

  showsError(): boolean {
    return this.element.classList.contains('error');
  }

  show(message?: string, isError = false): void {
    this.element.textContent = message ?? this.idleText();
    this.element.classList.toggle('error', isError);
  }

  /** Runs one API call under "what…"; a failure is shown, not thrown (undefined comes back). */
  async ask<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
    this.pendingRequests += 1;
    this.show(`${what}…`);
    try {
      const result = await call();
      this.show();
      return result;
    } catch (error) {
      this.show(`${what} failed: ${errorMessage(error)}`, true);
      return undefined;
    } finally {
      this.pendingRequests -= 1;
    }
  }
}
