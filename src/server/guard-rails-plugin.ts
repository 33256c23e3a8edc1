import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { type FragmentDefinitionNode, type GraphQLFormattedError, Kind } from 'graphql';
import type { RequestLimits } from '../config.js';
import { ErrorCode } from '../errors/index.js';
import type { Context } from '../graphql/context.js';
import type { ListBoundsCache } from '../graphql/guard-rails/list-bounds.js';
import { estimateResultSize } from '../graphql/guard-rails/result-size.js';
import { clearLoaders } from '../graphql/loaders/create-loaders.js';
import { limitExceeded, shuttingDownMessage } from './format-error.js';
import { measureResponse } from './response-json.js';
import { GateRefusal, type TurnGate } from './turn-gate.js';

const count = (n: number) => n.toLocaleString('en-US');

/** Bytes as `8 MB (8388608 bytes)`. */
export function describeBytes(bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return `${mb} MB (${bytes} bytes)`;
}

/**
 * `error` as the whole response. Built as plain data rather than thrown: Apollo would re-wrap an
 * error from another copy of graphql-js and lose its code and HTTP status.
 */
function answer(
  status: number,
  error: GraphQLFormattedError,
  headers: [string, string][] = [],
): GraphQLResponse {
  return {
    http: { status, headers: new HeaderMap(headers) },
    body: { kind: 'single', singleResult: { errors: [error] } },
  };
}

/** A refusal coded `code` as the whole response (a limit's: `limitExceeded`). */
function refusal(
  status: number,
  code: ErrorCode,
  message: string,
  headers: [string, string][] = [],
): GraphQLResponse {
  return answer(status, { message, extensions: { code } }, headers);
}

/**
 * The guard rails that need the graph or the whole request, after graphql-armor's syntactic ones:
 * - the result-size limit: an operation the cost model says could return more than
 *   `limits.resultValues` values is refused before it runs (QUERY_TOO_COMPLEX, 400). Without a
 *   finite price (before the graph's list bounds are measured: the database was down or slow at
 *   start), an operation whose price depends on them is run as a heavy one rather
 *   than refused for what the graph might hold; one whose parts of known bound (`first` caps and
 *   schema limits) are over the limit by themselves is still refused, whatever unbounded field it
 *   also holds;
 * - heavy operations (from `limits.heavyResultValues` values, or unpriced) take turns through
 *   `gates.heavy`, then every operation through `gates.operations` (`limits.operationConcurrency`
 *   at once, the others in arrival order; a heavy one waiting for its heavy turn holds no ordinary
 *   one): a waiting one ends at the request's deadline (TIMEOUT); one beyond a queue, or whose turn
 *   could not come before its deadline, is refused at once (TOO_MANY_REQUESTS, 429);
 * - a response over `limits.responseBytes` is replaced by a QUERY_TOO_COMPLEX error naming the limit;
 * (After a mutation, see `withMutationUpkeep`.)
 */
export function guardRailsPlugin(
  bounds: ListBoundsCache,
  limits: RequestLimits,
  gates: { heavy: TurnGate; operations: TurnGate },
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      /** The turns this request holds, given back when its response is sent. */
      const releases: (() => void)[] = [];
      return {
        async responseForOperation({ request, document, operation, schema, contextValue }) {
          // No operation to price: graphql-js reports which one is missing.
          if (!operation) return null;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const size = estimateResultSize(schema, operation, {
            bounds: await bounds.get(),
            variables: request.variables ?? {},
            fragments,
          });
          // A NaN price (a bound that is not a number) is no price: heavy, never cheap.
          const values = Number.isNaN(size.values) ? Number.POSITIVE_INFINITY : size.values;
          const priced = Number.isFinite(values);
          if (priced ? values > limits.resultValues : size.known > limits.resultValues) {
            const could = priced
              ? `${count(values)} (${size.worst.join(' → ')})`
              : `${count(size.known)} from its lists of known bound alone (${size.knownWorst.join(' → ')}), more from those not measured yet`;
            return answer(
              400,
              limitExceeded(
                `Result size limit of ${count(limits.resultValues)} values exceeded: on this graph the operation could return ${could}.`,
              ),
            );
          }
          const heavy = values >= limits.heavyResultValues;
          for (const gate of heavy ? [gates.heavy, gates.operations] : [gates.operations]) {
            try {
              releases.push(await gate.enter(contextValue.executor.remainingMs()));
            } catch (error) {
              if (!(error instanceof GateRefusal)) throw error;
              for (const release of releases.splice(0)) release();
              if (error.reason === 'closed') {
                return refusal(503, ErrorCode.SERVICE_UNAVAILABLE, shuttingDownMessage);
              }
              if (error.reason === 'deadline') {
                return refusal(
                  503,
                  ErrorCode.TIMEOUT,
                  `The request ran longer than its ${contextValue.config.queryTimeoutMs} ms limit waiting for a turn among ${gate.kind} (${error.message}); retry, or ask for less.`,
                );
              }
              const cost = !heavy
                ? ''
                : priced
                  ? `; this one could return ${count(values)} values, heavy from ${count(limits.heavyResultValues)}`
                  : "; this one is heavy until the graph's list bounds are measured";
              return refusal(
                429,
                ErrorCode.TOO_MANY_REQUESTS,
                `Too many ${gate.kind} at once (${error.message}${cost}): retry in a moment${heavy ? ', or ask for less' : ''}.`,
                [['retry-after', '1']],
              );
            }
          }
          return null;
        },

        async willSendResponse({ response }) {
          for (const release of releases.splice(0)) release();
          if (response.body.kind !== 'single') return;
          const bytes = measureResponse(response.body.singleResult);
          if (bytes <= limits.responseBytes) return;
          response.body.singleResult = {
            errors: [
              limitExceeded(
                `Response size limit of ${describeBytes(limits.responseBytes)} exceeded: the answer came to ${describeBytes(bytes)}.`,
                { limitBytes: limits.responseBytes },
              ),
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}

type Resolve = (parent: unknown, args: unknown, context: Context, info: unknown) => unknown;

/**
 * `resolvers` with each Mutation field's resolver followed, once its value has settled (or it
 * failed), by clearing the request's loaders, so fields read after it see what it changed, and by
 * marking the list bounds for measuring again. Done in the resolvers rather than in a plugin's
 * `willResolveField`, which would make Apollo wrap every field of the schema from the first
 * mutation on, and every later query pay for it.
 */
export function withMutationUpkeep<R extends object>(resolvers: R, bounds: ListBoundsCache): R {
  const mutations = (resolvers as { Mutation?: Record<string, unknown> }).Mutation;
  if (!mutations) return resolvers;
  const Mutation = Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      async (parent: unknown, args: unknown, context: Context, info: unknown) => {
        try {
          return await (resolve as Resolve)(parent, args, context, info);
        } finally {
          clearLoaders(context.loaders);
          bounds.markStale();
        }
      },
    ]),
  );
  return { ...resolvers, Mutation };
}
