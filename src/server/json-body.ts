import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { ErrorCode } from '../errors/index.js';
import { decodeUtf8, parseStrictJson, StrictJsonError } from '../json/strict-json.js';
import { humanPath } from '../resume/human-path.js';
import { describeBytes } from './guard-rails-plugin.js';

const JSON_TYPES = ['application/json', 'application/*+json', 'application/graphql-response+json'];

/** An error the request itself caused, answered before GraphQL sees it. */
class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Node's request with the body the parser left on it. */
type BodyRequest = IncomingMessage & { body?: unknown };

/**
 * Reads a JSON request body strictly (strict-json.ts): UTF-8 only, no key given twice, no half
 * surrogate pairs, at most `limitBytes`. Other content types get no body, and Apollo answers them.
 * Works on Node's own request (the POST /graphql front door) as on Express's; `done` gets the
 * refusal, answered by `answerRequestError` as GraphQL-shaped JSON, or nothing once `request.body`
 * holds the parsed body (undefined when there is none).
 */
export function jsonBodyReader(
  limitBytes: number,
): (request: IncomingMessage, response: ServerResponse, done: (error?: unknown) => void) => void {
  const raw = express.raw({ type: JSON_TYPES, limit: limitBytes });
  return (request, response, done) => {
    const req = request as BodyRequest;
    // body-parser reads only Node's request and response, whatever its types say.
    raw(req as Request, response as Response, (error?: unknown) => {
      if (error) {
        done(error);
        return;
      }
      const body: unknown = req.body;
      if (!Buffer.isBuffer(body)) {
        // Apollo's middleware insists on a body property; it refuses the request itself.
        req.body = undefined;
        done();
        return;
      }
      const charset = request.headers['content-type']?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
      if (charset && !/^utf-?8$/i.test(charset)) {
        done(
          new RequestBodyError(
            415,
            ErrorCode.BAD_REQUEST,
            `The request body is declared as charset "${charset}": send it as UTF-8 (Content-Type: application/json; charset=utf-8).`,
          ),
        );
        return;
      }
      try {
        req.body = body.length === 0 ? undefined : parseStrictJson(decodeUtf8(body));
        done();
      } catch (error) {
        done(error instanceof StrictJsonError ? bodyError(error) : error);
      }
    });
  };
}

/** `jsonBodyReader` as Express middleware. */
export function jsonBody(limitBytes: number): RequestHandler {
  const read = jsonBodyReader(limitBytes);
  return (request, response, next) => read(request, response, next);
}

function bodyError(error: StrictJsonError): RequestBodyError {
  const at =
    error.problem === 'utf8' ? '' : error.line > 0 ? ` at line ${error.line}, column ${error.column}` : '';
  const where = error.path.length > 0 ? ` (${humanPath(error.path)})` : '';
  const fix: Record<StrictJsonError['problem'], string> = {
    utf8: 'encode the body as UTF-8',
    syntax: 'send a JSON object such as {"query": "{ stats { relationships } }", "variables": {}}',
    'duplicate-key': 'give each key once per object',
    'lone-surrogate': 'escape characters outside the BMP as a pair (\\uD83D\\uDE00)',
  };
  return new RequestBodyError(
    400,
    ErrorCode.BAD_REQUEST,
    `The request body is not valid: found ${error.found}${at}${where}; ${fix[error.problem]}.`,
    error.byteOffset === undefined ? {} : { byteOffset: error.byteOffset },
  );
}

/** Body parser errors (express / raw-body) by their `type`. */
function parserError(
  error: { type?: string; status?: number; length?: number },
  limitBytes: number,
): RequestBodyError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new RequestBodyError(
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The request body${error.length ? ` of ${describeBytes(error.length)}` : ''} is over the ${describeBytes(limitBytes)} limit: send a smaller operation or résumé.`,
        { limitBytes },
      );
    case 'encoding.unsupported':
      return new RequestBodyError(
        415,
        ErrorCode.BAD_REQUEST,
        'The request body has a Content-Encoding this server does not read: send it plain, gzip or deflate.',
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return new RequestBodyError(
        400,
        ErrorCode.BAD_REQUEST,
        'The request body ended before its announced length.',
      );
    default:
      return undefined;
  }
}

/** A GraphQL-shaped error answer, with the headers Express's `res.type('application/json').send` gave it. */
export function sendErrors(
  response: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  sendJson(response, status, { errors: [{ message, extensions }] });
}

/** `value` as a JSON answer, as Express's `res.status(status).json(value)` writes it. */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

/**
 * Answers whatever went wrong outside GraphQL (a body that is not JSON, too large, an unknown path,
 * a failure of ours) as GraphQL-shaped JSON with a code, never an HTML page. Unexpected failures
 * are logged and, in production, masked. The response must not have been started.
 */
export function answerRequestError(
  error: unknown,
  response: ServerResponse,
  limitBytes: number,
  production: boolean,
  log: (error: unknown) => void = console.error,
): void {
  const known =
    error instanceof RequestBodyError
      ? error
      : parserError((error ?? {}) as { type?: string; length?: number }, limitBytes);
  if (known) {
    sendErrors(response, known.status, known.message, { code: known.code, ...known.extensions });
    return;
  }
  const given = (error as { status?: unknown } | null | undefined)?.status;
  const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 500;
  if (status === 404) {
    sendErrors(response, 404, 'Not found: the API is at /graphql.', { code: ErrorCode.NOT_FOUND });
    return;
  }
  if (status < 500) {
    sendErrors(response, status, error instanceof Error ? error.message : 'Bad request.', {
      code: ErrorCode.BAD_REQUEST,
    });
    return;
  }
  log(error);
  sendErrors(
    response,
    500,
    production || !(error instanceof Error) ? 'Internal server error.' : error.message,
    { code: ErrorCode.INTERNAL_SERVER_ERROR },
  );
}

/** The last handler of the Express app: `answerRequestError`, unless the answer had already begun. */
export function requestErrorHandler(
  limitBytes: number,
  production: boolean,
  log: (error: unknown) => void = console.error,
): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    answerRequestError(error, response, limitBytes, production, log);
  };
}

/** Any path nothing else answered. */
export const notFound: RequestHandler = (request, response) => {
  sendErrors(response, 404, `No ${request.method} ${request.path} here: the API is at /graphql.`, {
    code: ErrorCode.NOT_FOUND,
  });
};
