import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { RequestHandler } from 'express';
import { answerRequestError, jsonBody, jsonBodyReader, sendJson } from './json-body.js';
import { maxTokensMiddleware, tokenLimitRefusal } from './max-tokens-middleware.js';

/*
 * /graphql's steps: the strict JSON body, the token limit, then Apollo, every refusal answered as
 * GraphQL-shaped JSON with a code. POST /graphql takes them in front of Express (`graphqlPost`),
 * without the router's layers and Express's request and response objects; every other request
 * (GET, other spellings of the path) takes them as Express middleware (`graphqlRoute`), with the
 * same answers.
 */

export interface GraphqlOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The request body limit in bytes. */
  limitBytes: number;
  /** The token limit of an operation. */
  maxTokens: number;
  production: boolean;
  /** The request's context; `started`: when it arrived, which its deadline counts from. */
  context(request: IncomingMessage, started: number): Promise<C>;
  /** Counts the operation while Apollo runs it: shutting down waits for what it counts. */
  track<T>(work: Promise<T>): Promise<T>;
  log?: (error: unknown) => void;
}

/** Whether the front door answers `request` itself: a POST to exactly /graphql, with or without a query string. */
export function isGraphqlPost(request: IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  const url = request.url ?? '';
  return (url === '/graphql' || url.startsWith('/graphql?')) && !url.includes('#');
}

/** A request listener that answers POST /graphql with `handle` and gives every other request to `rest` (the Express app). */
export function graphqlFrontDoor(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  rest: RequestListener,
): RequestListener {
  return (request, response) => {
    if (isGraphqlPost(request)) handle(request, response);
    else rest(request, response);
  };
}

/**
 * The Content-Type Express's `res.send` gives a text answer: the type with `charset=utf-8` (its
 * parameters lower-cased and sorted, as the content-type package writes them), `text/html` when none is set.
 */
export function withUtf8Charset(type: string | number | string[] | undefined): string {
  if (typeof type !== 'string') return 'text/html; charset=utf-8';
  const [media = '', ...parameters] = type.split(';');
  const kept = parameters
    .map((parameter) => parameter.trim())
    .filter((parameter) => parameter !== '' && !/^charset\s*=/i.test(parameter))
    .map((parameter) => parameter.replace(/^[^=]+/, (name) => name.trim().toLowerCase()));
  return [media.trim().toLowerCase(), ...[...kept, 'charset=utf-8'].sort()].join('; ');
}

/** The POST /graphql handler for `graphqlFrontDoor`. */
export function graphqlPost<C extends BaseContext>(
  options: GraphqlOptions<C>,
): (request: IncomingMessage, response: ServerResponse) => void {
  const readBody = jsonBodyReader(options.limitBytes);
  const log = options.log ?? console.error;

  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) => {
    if (response.headersSent) {
      // As Express's final handler does with an answer already begun.
      log(error);
      request.socket.destroy();
      return;
    }
    answerRequestError(error, response, options.limitBytes, options.production, log);
  };

  const answer = async (
    request: IncomingMessage,
    response: ServerResponse,
    started: number,
    body: unknown,
  ) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = request.url ?? '';
    const query = url.indexOf('?');
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : url.slice(query), body },
      context: () => options.context(request, started),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status || 200;
    if (result.body.kind === 'complete') {
      const text = result.body.string;
      response.setHeader('Content-Type', withUtf8Charset(response.getHeader('content-type')));
      if (!response.hasHeader('transfer-encoding'))
        response.setHeader('Content-Length', Buffer.byteLength(text));
      response.end(text);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  return (request, response) => {
    const started = Date.now();
    readBody(request, response, (error) => {
      if (error) {
        fail(request, response, error);
        return;
      }
      try {
        const body = (request as { body?: unknown }).body;
        const bodyQuery = (body as { query?: unknown } | undefined)?.query;
        const refusal = tokenLimitRefusal(
          typeof bodyQuery === 'string' ? bodyQuery : urlQuery(request.url ?? ''),
          options.maxTokens,
        );
        if (refusal) {
          sendJson(response, 400, refusal);
          return;
        }
        options
          .track(answer(request, response, started, body))
          .catch((failure: unknown) => fail(request, response, failure));
      } catch (failure) {
        fail(request, response, failure);
      }
    });
  };
}

/**
 * The same steps as Express middleware for /graphql, after a middleware that sets
 * `response.locals.started`; errors go to the app's `requestErrorHandler`.
 */
export function graphqlRoute<C extends BaseContext>(options: GraphqlOptions<C>): RequestHandler[] {
  const graphql = expressMiddleware(options.apollo, {
    context: ({ req, res }) => options.context(req, res.locals.started as number),
  });
  return [
    jsonBody(options.limitBytes),
    maxTokensMiddleware(options.maxTokens),
    (request, response, next) => options.track(Promise.resolve(graphql(request, response, next))),
  ];
}

/** The URL's `query` parameter as Express's default ("simple") query parser reads it. */
function urlQuery(url: string): unknown {
  const at = url.indexOf('?');
  return at === -1 ? undefined : parseQueryString(url.slice(at + 1)).query;
}
