import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
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

/**
 * Reads a JSON request body strictly (strict-json.ts): UTF-8 only, no key given twice, no half
 * surrogate pairs, at most `limitBytes`. Other content types get no body, and Apollo answers them.
 * Every refusal goes to `requestErrorHandler` as GraphQL-shaped JSON.
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  return [
    express.raw({ type: JSON_TYPES, limit: limitBytes }),
    (request, _response, next) => {
      const raw: unknown = request.body;
      if (!Buffer.isBuffer(raw)) {
        // Apollo's middleware insists on a body property; it refuses the request itself.
        request.body = undefined;
        next();
        return;
      }
      const charset = request.headers['content-type']?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1];
      if (charset && !/^utf-?8$/i.test(charset)) {
        next(
          new RequestBodyError(
            415,
            ErrorCode.BAD_REQUEST,
            `The request body is declared as charset "${charset}": send it as UTF-8 (Content-Type: application/json; charset=utf-8).`,
          ),
        );
        return;
      }
      try {
        request.body = raw.length === 0 ? undefined : parseStrictJson(decodeUtf8(raw));
        next();
      } catch (error) {
        next(error instanceof StrictJsonError ? bodyError(error) : error);
      }
    },
  ];
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

function sendErrors(
  response: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  response
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * The last handler: whatever went wrong outside GraphQL (a body that is not JSON, too large, an
 * unknown path, a failure of ours) is answered as GraphQL-shaped JSON with a code, never an HTML
 * page. Unexpected failures are logged and, in production, masked.
 */
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
    const known = error instanceof RequestBodyError ? error : parserError(error ?? {}, limitBytes);
    if (known) {
      sendErrors(response, known.status, known.message, { code: known.code, ...known.extensions });
      return;
    }
    const status =
      typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
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
  };
}

/** Any path nothing else answered. */
export const notFound: RequestHandler = (request, response) => {
  sendErrors(response, 404, `No ${request.method} ${request.path} here: the API is at /graphql.`, {
    code: ErrorCode.NOT_FOUND,
  });
};
