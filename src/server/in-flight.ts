/**
 * The operations a server is running, counted from the moment each starts until it settles,
 * whether or not its client is still there: shutting down waits for these rather than for the
 * sockets, which a client that hung up has already closed (bench:compare's shutdown closed the
 * driver under such operations, session 20: "Pool is closed" errors in the log).
 */
export class InFlight {
  private running = 0;
  private waiters: (() => void)[] = [];

  /** `work`, counted while it runs. */
  track<T>(work: Promise<T>): Promise<T> {
    this.running += 1;
    return work.finally(() => {
      this.running -= 1;
      if (this.running === 0) for (const waiter of this.waiters.splice(0)) waiter();
    });
  }

  get size(): number {
    return this.running;
  }

  /** Resolves once none is running (at once when none is). */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
