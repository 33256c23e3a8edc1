import autocannon from 'autocannon';
import { percentile } from '../../src/util/percentile.js';
import type { HttpRequests, Target, TargetName } from './targets.js';

/*
 * Timing. Targets are interleaved at the finest grain that keeps each measurement meaningful:
 * one request each in turn for the sequential latencies, and slices of a few seconds each in turn
 * for the throughput runs, with the order rotated every round, so drift of a shared machine
 * (other work, the JIT, Neo4j's caches) falls on every target alike.
 */

export interface Latency {
  samples: number;
  p50: number;
  p99: number;
  /** Requests that failed (not in the samples). */
  errors: number;
}

export interface LoadFigures {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Latencies under load, in ms. */
  p50: number;
  p99: number;
  /** Requests that failed: transport errors, timeouts, non-2xx answers and GraphQL errors. */
  errors: number;
}

export function latencyOf(samples: readonly number[], errors = 0): Latency {
  return { samples: samples.length, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), errors };
}

/** `items` rotated left by `by` places. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Sequential latencies: rounds of one request per target (variant = round modulo `variants`),
 * until `runs` rounds or, after at least `minRuns`, `budgetMs` have passed.
 */
export async function sequentialLatencies(
  targets: readonly Target[],
  options: { runs: number; minRuns: number; budgetMs: number; variants: number },
): Promise<Record<TargetName, Latency>> {
  const samples = new Map<TargetName, number[]>(targets.map((target) => [target.name, []]));
  const errors = new Map<TargetName, number>(targets.map((target) => [target.name, 0]));
  const started = performance.now();
  for (let round = 0; round < options.runs; round += 1) {
    if (round >= options.minRuns && performance.now() - started > options.budgetMs) break;
    for (const target of rotate(targets, round)) {
      const start = performance.now();
      try {
        await target.ask(round % options.variants);
        samples.get(target.name)?.push(performance.now() - start);
      } catch {
        errors.set(target.name, (errors.get(target.name) ?? 0) + 1);
      }
    }
  }
  return Object.fromEntries(
    [...samples.entries()].map(([name, values]) => [name, latencyOf(values, errors.get(name))]),
  ) as Record<TargetName, Latency>;
}

/** A GraphQL answer with errors (Apollo writes them first; a 200 can carry them). */
export function hasGraphqlErrors(body: string): boolean {
  return body.startsWith('{"errors"') || body.includes('"errors":[');
}

interface SliceResult {
  requests: number;
  errors: number;
  latencies: number[];
  seconds: number;
}

/** What one request of an autocannon run met: its latencies and its failed answers by error code. */
export interface RequestTally {
  latencies: number[];
  errors: Record<string, number>;
}

/** The error code of a failed answer: GraphQL's `extensions.code`, else `HTTP <status>`. */
export function errorCode(status: number, body: string): string | undefined {
  if (status === 200 && !hasGraphqlErrors(body)) return undefined;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    const code = parsed.errors?.[0]?.extensions?.code;
    if (code) return code;
  } catch {
    // Not JSON: the status says enough.
  }
  return `HTTP ${status}`;
}

/** autocannon's setupRequest for request `index` of an uncached operation: a body no earlier request sent. */
const freshBody =
  (fresh: (index: number) => string, index: number) =>
  (request: autocannon.Request): autocannon.Request => ({ ...request, body: fresh(index) });

/**
 * `connections` HTTP connections for `seconds`, each cycling through `bodies` (or, for an
 * uncached operation, through new bodies made for them by `fresh`). Transport errors
 * and timeouts count in `errors` but belong to no request; everything else is tallied per body.
 */
export async function httpSlice(
  http: Omit<HttpRequests, 'bodies'> & { bodies: readonly string[] },
  connections: number,
  seconds: number,
): Promise<SliceResult & { perRequest: RequestTally[] }> {
  const perRequest: RequestTally[] = http.bodies.map(() => ({ latencies: [], errors: {} }));
  const latencies: number[] = [];
  let failed = 0;
  // autocannon calls a request's onResponse and then emits `response` with its time, synchronously:
  // `last` carries which request it was from the one to the other.
  let last: RequestTally | undefined;
  const options: autocannon.Options = {
    url: http.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    timeout: 60,
    requests: http.bodies.map((body, index) => ({
      body,
      ...(http.fresh ? { setupRequest: freshBody(http.fresh, index) } : {}),
      onResponse: (status: number, text: string) => {
        last = perRequest[index];
        const code = errorCode(status, text);
        if (code && last) {
          last.errors[code] = (last.errors[code] ?? 0) + 1;
          if (status === 200) failed += 1;
        }
      },
    })),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      last?.latencies.push(responseTime);
      last = undefined;
    });
  });
  return {
    requests: result.requests.total,
    // non2xx counts the HTTP failures; `failed` the 200s carrying GraphQL errors.
    errors: result.errors + result.timeouts + result.non2xx + failed,
    latencies,
    seconds: result.duration,
    perRequest,
  };
}

/** `connections` concurrent loops asking `target` (rotating variants) for `seconds`. */
export async function directSlice(
  target: Target,
  connections: number,
  seconds: number,
  variants: number,
): Promise<SliceResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const variant = next++ % variants;
        const start = performance.now();
        try {
          await target.ask(variant);
          latencies.push(performance.now() - start);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return {
    requests: latencies.length + errors,
    errors,
    latencies,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * How many slices `seconds` are cut into: slices of about `sliceSeconds`, but never shorter than
 * that, so a slow operation gets fewer, longer slices (requests still in flight when a slice ends
 * are not counted, which would otherwise understate its throughput).
 */
export function sliceCount(seconds: number, sliceSeconds: number): number {
  return Math.max(1, Math.floor(seconds / sliceSeconds));
}

/**
 * Throughput at `connections`: `seconds` per target in total, in slices taken in turn (rotated
 * every round). HTTP targets are driven by autocannon; the floor by as many concurrent driver loops.
 */
export async function throughput(
  targets: readonly Target[],
  options: { connections: number; seconds: number; sliceSeconds: number; variants: number },
): Promise<Record<TargetName, LoadFigures>> {
  const slices = sliceCount(options.seconds, options.sliceSeconds);
  const sliceSeconds = options.seconds / slices;
  const totals = new Map<TargetName, SliceResult>(
    targets.map((target) => [target.name, { requests: 0, errors: 0, latencies: [], seconds: 0 }]),
  );
  for (let round = 0; round < slices; round += 1) {
    for (const target of rotate(targets, round)) {
      const slice = target.http
        ? await httpSlice(target.http, options.connections, sliceSeconds)
        : await directSlice(target, options.connections, sliceSeconds, options.variants);
      const total = totals.get(target.name) as SliceResult;
      total.requests += slice.requests;
      total.errors += slice.errors;
      total.seconds += slice.seconds;
      for (const latency of slice.latencies) total.latencies.push(latency);
    }
  }
  return Object.fromEntries(
    [...totals.entries()].map(([name, total]) => {
      const { p50, p99 } = latencyOf(total.latencies);
      return [
        name,
        {
          connections: options.connections,
          seconds: total.seconds,
          requests: total.requests,
          requestsPerSecond: total.requests / total.seconds,
          p50,
          p99,
          errors: total.errors,
        },
      ];
    }),
  ) as Record<TargetName, LoadFigures>;
}
