/** Why a heavy operation was not let in. */
export class GateRefusal extends Error {
  constructor(
    readonly reason: 'full' | 'deadline',
    message: string,
  ) {
    super(message);
    this.name = 'GateRefusal';
  }
}

/**
 * At most `concurrency` heavy operations run at once and at most `queue` wait for a turn, so a
 * burst of expensive questions cannot take every database connection while cheap ones wait: the
 * next heavy one is refused at once (the caller answers 429), and a waiting one gives up at its
 * request's deadline.
 */
export class HeavyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  /** Resolves with the function that gives the turn back (call it once, when the operation ends). */
  enter(waitMs: number): Promise<() => void> {
    if (this.running < this.concurrency) return Promise.resolve(this.admit());
    if (this.waiting.length >= this.queue) {
      return Promise.reject(
        new GateRefusal(
          'full',
          `${this.running} heavy operations are running and ${this.waiting.length} waiting`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve(this.admit());
      };
      const timer = setTimeout(
        () => {
          const index = this.waiting.indexOf(turn);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(
            new GateRefusal('deadline', `no turn among the heavy operations within ${Math.round(waitMs)} ms`),
          );
        },
        Math.max(0, waitMs),
      );
      this.waiting.push(turn);
    });
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private admit(): () => void {
    this.running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.waiting.shift()?.();
    };
  }
}
