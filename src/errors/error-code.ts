/** Every `extensions.code` a client can see. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The HTTP request itself is malformed: a body that is not JSON, not UTF-8, or has a key twice. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request body is over the size limit (HTTP 413; `extensions.limitBytes` says the limit). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Too many operations (or heavy ones) waiting for a turn (HTTP 429 with Retry-After). */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  TIMEOUT = 'TIMEOUT',
  /** Concurrent writes to the same nodes kept colliding; nothing was applied, send it again. */
  CONFLICT = 'CONFLICT',
  /** A write's commit was sent but not answered in time: it may have been applied; read before sending it again. */
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
