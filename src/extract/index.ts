export { DocumentError, type DocumentErrorReason, MAX_DOCUMENT_BYTES } from './document-error.js';
export { extractDocument } from './extract-document.js';
export type {
  DocumentFormat,
  DocumentInput,
  ExtractedFact,
  ExtractionResult,
  ExtractionWarning,
  ExtractionWarningCode,
} from './types.js';
