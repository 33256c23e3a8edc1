import type { Executor, Params } from '../../src/db/Executor.js';
import { errorMessage } from '../../src/util/error-message.js';
import type { Operation, Subjects } from './operations.js';
import { canonical, firstDifference } from './same-data.js';

/**
 * The ways an operation is asked: ours, the peer, the floor through the driver, and the same floor
 * behind a bare HTTP server (compare/floor-server.ts).
 */
export const TARGETS = ['ours', 'peer', 'floor', 'floorHttp'] as const;
export type TargetName = (typeof TARGETS)[number];

export interface Target {
  name: TargetName;
  /** Asks variant `variant` and resolves to its `data`, in our shape; rejects on any error. */
  ask(variant: number): Promise<unknown>;
  /** For the HTTP targets: the URL posted to, and the request body of each variant (for autocannon). */
  http?: HttpRequests;
}

export interface HttpRequests {
  url: string;
  bodies: string[];
  /**
   * For an operation asked uncached (Operation.uncached): the body of the next request of variant
   * `index`, which no earlier request sent; `bodies` then only name the variants.
   */
  fresh?: (index: number) => string;
}

export interface Endpoints {
  ours: string;
  peer: string;
  /** Runs the floor's Cypher (a read transaction through the driver). */
  floor: Executor;
  /** The floor server's base URL (compare/floor-server.ts); no floor over HTTP without it. */
  floorHttp?: string;
}

export class TargetError extends Error {}

function httpTarget(
  name: 'ours' | 'peer' | 'floorHttp',
  url: string,
  bodies: string[],
  toOurs: (data: Record<string, unknown>) => unknown = (data) => data,
  fresh?: (index: number) => string,
): Target {
  return {
    name,
    http: { url, bodies, ...(fresh ? { fresh } : {}) },
    async ask(variant) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: fresh ? fresh(variant % bodies.length) : bodies[variant % bodies.length],
      });
      const text = await response.text();
      let body: { data?: Record<string, unknown> | null; errors?: { message: string }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new TargetError(`${name}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
      }
      if (body.errors?.length || !body.data) {
        const messages = body.errors?.map((error) => error.message).join('; ') ?? 'no data';
        throw new TargetError(`${name}: HTTP ${response.status}: ${messages}`);
      }
      return toOurs(body.data);
    },
  };
}

/** The `data` of a floor's rows: assembled by its `fromRows`, else its one row's `data` column. */
export function floorData(floor: NonNullable<Operation['floor']>, rows: Record<string, unknown>[]): unknown {
  if (floor.fromRows) return floor.fromRows(rows);
  const [row] = rows;
  if (!row) throw new TargetError(`floor: ${floor.query.name} returned no row`);
  return row.data;
}

/** Where an operation's floor answers on the floor server (compare/floor-server.ts). */
export const floorPath = (operation: string) => `/floor/${encodeURIComponent(operation)}`;

const graphqlBodies = (query: string, variables: Params[]) =>
  variables.map((values) => JSON.stringify({ query, variables: values }));

/**
 * Requests of uncached operations this process has made, over all their targets: a target made
 * again for the same operation (another size, a check before the timing) still asks nothing it
 * asked before.
 */
let uncachedRequests = 0;

/** The targets of one operation (the peer and the floor only where the operation has them). */
export function targetsOf(
  operation: Operation,
  subjects: Subjects,
  variants: number,
  endpoints: Endpoints,
): Target[] {
  const variables = Array.from({ length: variants }, (_, variant) => operation.variables(subjects, variant));
  const { uncached } = operation;
  const fresh = uncached
    ? (index: number) =>
        JSON.stringify({
          query: operation.ours,
          variables: uncached(variables[index] as Params, uncachedRequests++),
        })
    : undefined;
  const targets = [
    httpTarget(
      'ours',
      `${endpoints.ours}/graphql`,
      graphqlBodies(operation.ours, variables),
      undefined,
      fresh,
    ),
  ];
  if (operation.peer) {
    targets.push(
      httpTarget(
        'peer',
        `${endpoints.peer}/graphql`,
        graphqlBodies(operation.peer.query ?? operation.ours, variables),
        operation.peer.toOurs,
      ),
    );
  }
  const { floor } = operation;
  if (floor) {
    targets.push({
      name: 'floor',
      async ask(variant) {
        const values = variables[variant % variables.length] as Params;
        return floorData(floor, await endpoints.floor.read(floor.query, floor.params?.(values) ?? values));
      },
    });
    if (endpoints.floorHttp) {
      targets.push(
        httpTarget(
          'floorHttp',
          `${endpoints.floorHttp}${floorPath(operation.name)}`,
          variables.map((values) => JSON.stringify({ variables: values })),
        ),
      );
    }
  }
  return targets;
}

/**
 * Asks every variant of every target once and compares each answer with ours (lists in
 * `unordered` as collections). Returns what kept each side from being timed: for ours, an error
 * (then nothing can be compared); for the others, an error or the first difference from ours.
 * Sides that gave the same data as ours for every variant are absent.
 */
export async function checkSameData(
  operation: Operation,
  targets: readonly Target[],
  variants: number,
): Promise<Partial<Record<TargetName, string>>> {
  const [ours, ...others] = targets;
  if (!ours) return {};
  const problems: Partial<Record<TargetName, string>> = {};
  for (let variant = 0; variant < variants; variant += 1) {
    let expected: unknown;
    try {
      expected = canonical(await ours.ask(variant), operation.unordered ?? []);
    } catch (error) {
      return { ours: `variant ${variant}: ${errorMessage(error)}` };
    }
    for (const other of others) {
      if (problems[other.name]) continue;
      try {
        const actual = canonical(await other.ask(variant), operation.unordered ?? []);
        const difference = firstDifference(expected, actual);
        if (difference) problems[other.name] = `variant ${variant}: ${difference}`;
      } catch (error) {
        problems[other.name] = `variant ${variant}: ${errorMessage(error)}`;
      }
    }
  }
  return problems;
}
