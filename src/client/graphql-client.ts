// The GraphQL client the browser pages and the command-line export share: fetch only, no Node or DOM API.
/** One error of a GraphQL response, as the API sends it. */
export interface GraphQLResponseError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * A request that failed: the HTTP exchange, or the API answering with `errors`. `code` is the
 * first error's `extensions.code` (BAD_USER_INPUT, NOT_FOUND, ...) or `HTTP_<status>`/`NETWORK`.
 */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly errors: readonly GraphQLResponseError[];

  constructor(message: string, code: string, errors: readonly GraphQLResponseError[] = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.errors = errors;
  }
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Defaults to `/graphql` (same origin in the browser); the CLI passes an absolute URL. */
  url?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * POSTs a GraphQL operation as JSON and returns `data`. Throws GraphQLRequestError when the
 * response carries `errors` (even alongside partial data: the callers draw whole views, not parts),
 * when it is not JSON, or when the request cannot be sent.
 */
export async function graphqlRequest<T>(request: GraphQLRequest): Promise<T> {
  const url = request.url ?? '/graphql';
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers },
      body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new GraphQLRequestError(`Could not reach the GraphQL API at ${url}: ${reason}.`, 'NETWORK');
  }
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLResponseError[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphQLRequestError(
      `The GraphQL API at ${url} answered HTTP ${response.status} with "${text.slice(0, 200)}": expected a JSON GraphQL response.`,
      `HTTP_${response.status}`,
    );
  }
  const errors = body.errors ?? [];
  const first = errors[0];
  if (first) {
    const code = first.extensions?.code ?? `HTTP_${response.status}`;
    const more =
      errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
    throw new GraphQLRequestError(`${first.message} [${code}]${more}`, code, errors);
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(
      `The GraphQL API at ${url} answered HTTP ${response.status} without data or errors.`,
      `HTTP_${response.status}`,
    );
  }
  return body.data;
}
