import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { ErrorCode } from './error-code.js';

/** The only error class the API throws on purpose: it always carries `extensions.code`. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extensions: GraphQLErrorExtensions = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
    this.code = code;
  }
}

export function badInput(message: string, argumentName?: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, argumentName ? { argumentName } : {});
}

export function notFound(message: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, message);
}
