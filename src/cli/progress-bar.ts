import cliProgress from 'cli-progress';

/** A progress bar on stderr; every call is a no-op when it is not shown. */
export interface ProgressBar {
  /** `done` of `total` in the named phase; a new phase starts the count again. */
  update(phase: string, done: number, total: number): void;
  stop(): void;
}

/**
 * A bar for a command line run over `items` files, on stderr: drawn on a terminal, and as
 * periodic plain lines elsewhere when `always` (else nothing there). Never for a single item.
 */
export function progressBar(items: number, unit: string, options: { always: boolean }): ProgressBar {
  const terminal = process.stderr.isTTY === true;
  if (items <= 1 || (!terminal && !options.always)) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `{phase} |{bar}| {value}/{total} ${unit} | {percentage}% | {duration_formatted} (ETA {eta_formatted})`,
      noTTYOutput: !terminal,
      notTTYSchedule: 5_000,
      etaBuffer: 200,
      hideCursor: terminal,
    },
    cliProgress.Presets.shades_classic,
  );
  let current: string | undefined;
  return {
    update(phase, done, total) {
      if (current === undefined) bar.start(total, 0, { phase });
      else if (phase !== current) bar.update(0, { phase });
      current = phase;
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => {
      if (current !== undefined) bar.stop();
    },
  };
}
