/** Documents are a few pages; anything larger is a mistake, not a résumé. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentErrorReason =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'CORRUPT'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'ARCHIVE_TOO_LARGE'
  | 'INVALID_ENCODING'
  /** Text in a script the extractor cannot read (its vocabulary is English). */
  | 'UNSUPPORTED_SCRIPT'
  | 'NOT_A_RESUME';

/** A document that cannot be read. `message` names the file, says what was found and what was expected. */
export class DocumentError extends Error {
  readonly fileName: string;
  readonly reason: DocumentErrorReason;

  constructor(
    fileName: string,
    reason: DocumentErrorReason,
    found: string,
    expected: string,
    cause?: unknown,
  ) {
    super(`${fileName}: ${found}; expected ${expected}`, cause === undefined ? undefined : { cause });
    this.name = 'DocumentError';
    this.fileName = fileName;
    this.reason = reason;
  }
}
