import type { ResumeDocument } from '../resume/types.js';

export type DocumentFormat = 'text' | 'markdown' | 'pdf' | 'docx' | 'json' | 'yaml';

export interface DocumentInput {
  /** Used for the type (with the first bytes) and for the person id fallback. */
  fileName: string;
  /** Raw bytes as read from disk or decoded from base64. */
  content: Uint8Array;
}

/** One extracted fact and where it came from. `path` is a JSON path into `resume`. */
export interface ExtractedFact {
  /** e.g. "work[0].positions[1].startDate", "skills[0].keywords[3]", "education[0].institution" */
  path: string;
  /** The value as put into the résumé. */
  value: string;
  /** 1-based index into `lines`. */
  line: number;
  /** Inclusive; equal to `line` for one-line facts. */
  endLine: number;
  /** 0-based start column within `lines[line - 1]`, when known. */
  column?: number;
  /** Exclusive. */
  endColumn?: number;
  /** 0..1 */
  confidence: number;
}

export type ExtractionWarningCode =
  | 'NO_DATES'
  | 'UNREADABLE_DATE'
  | 'FUZZY_MATCH'
  | 'UNPLACED_TEXT'
  | 'NO_EXPERIENCE'
  | 'LOW_CONFIDENCE'
  | 'CLIPPED_NAME'
  | 'CLIPPED_TEXT'
  | 'CLIPPED_LIST';

export interface ExtractionWarning {
  code: ExtractionWarningCode;
  message: string;
  line?: number;
  endLine?: number;
}

export interface ExtractionResult {
  fileName: string;
  format: DocumentFormat;
  /** The document's text as read (column-ordered for PDFs), one entry per line; facts index into it. */
  lines: string[];
  /** Valid against schema/resume.schema.json; `id` always set; every entry carries `source`. */
  resume: ResumeDocument;
  facts: ExtractedFact[];
  warnings: ExtractionWarning[];
}
