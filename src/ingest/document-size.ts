import { MAX_DOCUMENT_BYTES } from '../extract/index.js';

const MB = 1024 * 1024;

/** What a document over the size limit is told, wherever it comes in. */
export function documentTooLargeMessage(fileName: string, bytes: number): string {
  return (
    `${fileName}: the document is ${(bytes / MB).toFixed(1)} MB (${bytes} bytes); ` +
    `expected at most ${MAX_DOCUMENT_BYTES / MB} MB (${MAX_DOCUMENT_BYTES} bytes).`
  );
}
