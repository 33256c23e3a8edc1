/** How the health monitor decides; every field in milliseconds. */
export interface HealthTiming {
  /**
   * The database counts as down once a probe has waited this long while nothing else answered
   * either (a stopped process accepts connections and then says nothing), or at once when a probe
   * fails outright (connection refused).
   */
  unresponsiveMs: number;
  /** A new probe starts this long after the last one settled. */
  intervalMs: number;
  /** A probe still unanswered after this long no longer holds the next one back. */
  abandonMs: number;
}

/**
 * Found down within about unresponsiveMs + intervalMs (0.9 s) of going away; a database too busy to
 * answer a trivial query for 0.8 s while nothing else it runs completes counts as down too.
 */
export const DEFAULT_HEALTH_TIMING: HealthTiming = { unresponsiveMs: 800, intervalMs: 100, abandonMs: 3000 };

type Listener = (reason: string) => void;

/**
 * Whether the database answers, known without waiting on it. While monitoring (the API server
 * monitors for as long as it runs) it probes every `intervalMs`; every answer the database gives
 * any query also counts as a sign of life. Transactions subscribe to `onDown` so that a database
 * that goes away ends them at once rather than at their timeout, and new ones fail fast while it is
 * down. Without monitoring it only answers `check()` with a bounded probe.
 */
export class DatabaseHealth {
  private state: 'unknown' | 'up' | 'down' = 'unknown';
  private why = '';
  private lastAnswer = 0;
  private probing: { started: number } | undefined;
  private lastProbeSettled = 0;
  private lastProbeOk = false;
  private timer: NodeJS.Timeout | undefined;
  private monitors = 0;
  private readonly listeners = new Set<Listener>();

  /**
   * `probe` resolves true when the database ran a trivial query, false when it answered with an
   * error (wrong credentials: it is up, but unusable), and rejects when it could not be reached.
   */
  constructor(
    private readonly probe: () => Promise<boolean>,
    readonly timing: HealthTiming = DEFAULT_HEALTH_TIMING,
  ) {}

  /** Starts monitoring; counted, so each `start()` needs its `stop()`. */
  start(): void {
    this.monitors += 1;
    if (this.monitors > 1) return;
    const tick = Math.max(20, Math.min(100, Math.floor(this.timing.unresponsiveMs / 5)));
    this.timer = setInterval(() => this.tick(), tick);
    this.timer.unref();
    this.tick();
  }

  stop(): void {
    this.monitors = Math.max(0, this.monitors - 1);
    if (this.monitors > 0 || !this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.state = 'unknown';
  }

  get monitoring(): boolean {
    return this.monitors > 0;
  }

  /** Known to be down (only ever true while monitoring). */
  get down(): boolean {
    return this.state === 'down';
  }

  /** Why it counts as down, for messages. */
  get reason(): string {
    return this.why;
  }

  /** The database answered something: it is up. */
  answered(): void {
    this.lastAnswer = Date.now();
    if (this.state !== 'up') this.state = 'up';
  }

  /** A transaction lost its connection: probe now rather than at the next interval. */
  suspect(): void {
    if (this.monitoring && !this.probing) this.startProbe();
  }

  /** Calls `listener` when the database is found down; returns the unsubscribe function. */
  onDown(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Whether the database answers, within `timeoutMs` whatever it does: the monitor's verdict when
   * it has a fresh one, else a probe of its own.
   */
  async check(timeoutMs: number): Promise<boolean> {
    if (this.state === 'down') return false;
    if (
      this.state === 'up' &&
      this.lastProbeOk &&
      Date.now() - this.lastAnswer < this.timing.intervalMs * 2
    ) {
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probed = this.probe().then(
      (ok) => {
        this.answered();
        return ok;
      },
      () => false,
    );
    try {
      return await Promise.race([probed, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  private tick(): void {
    const now = Date.now();
    if (this.probing) {
      const waited = now - this.probing.started;
      if (waited >= this.timing.unresponsiveMs && now - this.lastAnswer >= this.timing.unresponsiveMs) {
        this.markDown(`no answer for ${waited} ms`);
      }
      if (waited < this.timing.abandonMs) return;
    }
    if (now - this.lastProbeSettled >= this.timing.intervalMs) this.startProbe();
  }

  private startProbe(): void {
    const probe = { started: Date.now() };
    this.probing = probe;
    this.probe().then(
      (ok) => {
        if (this.probing === probe) this.probing = undefined;
        this.lastProbeSettled = Date.now();
        this.lastProbeOk = ok;
        this.answered();
      },
      (error: unknown) => {
        if (this.probing === probe) this.probing = undefined;
        this.lastProbeSettled = Date.now();
        // An answer that came after this probe started outweighs its failure.
        if (this.lastAnswer <= probe.started) {
          this.markDown(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
        }
      },
    );
  }

  private markDown(reason: string): void {
    this.why = reason;
    if (this.state === 'down') return;
    this.state = 'down';
    for (const listener of [...this.listeners]) listener(reason);
  }
}
