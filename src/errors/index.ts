export { AppError, badInput, notFound } from './AppError.js';
export { ErrorCode } from './error-code.js';
