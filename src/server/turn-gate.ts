/** Why an operation was not let in. */
export class GateRefusal extends Error {
  constructor(
    readonly reason: 'full' | 'deadline' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'GateRefusal';
  }
}

/** How many of the latest operations' durations the wait estimate reads. */
const DURATION_SAMPLES = 20;

/**
 * At most `concurrency` operations of a kind run at once: heavy ones, so a burst of expensive
 * questions cannot take every database connection while cheap ones wait; and all of them, so that
 * more requests than the machine can serve wait their turn rather than share its CPU. The others
 * wait for a turn in arrival order, each until its request's deadline (then it is answered
 * TIMEOUT). One is refused at once (the caller answers 429) only when waiting is pointless or
 * unbounded: when `queue` already wait, or when, at the pace the latest ones ran (their median
 * duration), its turn would come after its deadline.
 */
export class TurnGate {
  private running = 0;
  /** Each waiting one: the turn given to it, and its refusal when the gate closes. */
  private readonly waiting: { turn: () => void; refuse: (refusal: GateRefusal) => void }[] = [];
  private closed = false;
  /** Durations of the latest operations let in, in milliseconds, oldest first. */
  private readonly durations: number[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
    /** What it lets in, plural, for messages: `heavy operations`. */
    readonly kind: string,
  ) {}

  /**
   * Resolves with the function that gives the turn back (call it once, when the operation ends);
   * rejects with a GateRefusal at once, or when `waitMs` passes without a turn.
   */
  enter(waitMs: number): Promise<() => void> {
    if (this.closed) return Promise.reject(closedRefusal(this.kind));
    if (this.running < this.concurrency) return Promise.resolve(this.admit());
    const state = `${this.running} ${this.kind} are running and ${this.waiting.length} waiting`;
    if (this.waiting.length >= this.queue) return Promise.reject(new GateRefusal('full', state));
    const expectedMs = this.expectedWaitMs();
    if (expectedMs > waitMs) {
      return Promise.reject(
        new GateRefusal(
          'full',
          `${state}, each taking about ${Math.round(this.typicalMs())} ms: a turn would come in about ${Math.round(expectedMs)} ms, after this request's deadline`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        turn: () => {
          clearTimeout(timer);
          resolve(this.admit());
        },
        refuse: (refusal: GateRefusal) => {
          clearTimeout(timer);
          reject(refusal);
        },
      };
      const timer = setTimeout(
        () => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(
            new GateRefusal('deadline', `no turn among the ${this.kind} within ${Math.round(waitMs)} ms`),
          );
        },
        Math.max(0, waitMs),
      );
      this.waiting.push(waiter);
    });
  }

  /**
   * No more turns (the server shutting down): those waiting and those who come later are refused
   * (`closed`); those running finish.
   */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.refuse(closedRefusal(this.kind));
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * How long the next one to queue would wait: the turns ahead of it (those waiting, and itself)
   * shared among the slots, at the median duration; 0 before any operation let in has ended.
   */
  private expectedWaitMs(): number {
    return Math.ceil((this.waiting.length + 1) / this.concurrency) * this.typicalMs();
  }

  private typicalMs(): number {
    if (this.durations.length === 0) return 0;
    const sorted = [...this.durations].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  }

  private admit(): () => void {
    this.running += 1;
    const started = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.durations.push(Date.now() - started);
      if (this.durations.length > DURATION_SAMPLES) this.durations.shift();
      this.waiting.shift()?.turn();
    };
  }
}

function closedRefusal(kind: string): GateRefusal {
  return new GateRefusal('closed', `no more turns among the ${kind}: the server is shutting down`);
}
