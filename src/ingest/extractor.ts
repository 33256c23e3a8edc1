/**
 * TEMPORARY: the extractor's interface (src/extract/index.ts and src/catalogue/mention-matcher.ts,
 * being written on the `extract` branch), with a stand-in that reads only `.json`/`.yaml`/`.yml`,
 * as the real one does, and a plain word matcher. Everything else in the project imports the
 * extractor from here; once the `extract` branch is merged this file only re-exports it.
 */
import { extname } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { TechnologyEntry } from '../catalogue/types.js';
import { documentPersonId } from '../resume/document-person-id.js';
import { parseResumeText } from '../resume/parse-resume-file.js';
import type { ResumeDocument } from '../resume/types.js';
import { validateResume } from '../resume/validate-resume.js';

export type DocumentFormat = 'text' | 'markdown' | 'pdf' | 'docx' | 'json' | 'yaml';

export interface DocumentInput {
  fileName: string;
  content: Uint8Array;
}

/** One extracted fact and where it came from. `path` is a JSON path into `resume`. */
export interface ExtractedFact {
  path: string;
  value: string;
  /** 1-based index into `lines`. */
  line: number;
  /** Inclusive. */
  endLine: number;
  column?: number;
  endColumn?: number;
  confidence: number;
}

export type ExtractionWarningCode =
  | 'NO_DATES'
  | 'UNREADABLE_DATE'
  | 'FUZZY_MATCH'
  | 'UNPLACED_TEXT'
  | 'NO_EXPERIENCE'
  | 'LOW_CONFIDENCE';

export interface ExtractionWarning {
  code: ExtractionWarningCode;
  message: string;
  line?: number;
  endLine?: number;
}

export interface ExtractionResult {
  fileName: string;
  format: DocumentFormat;
  lines: string[];
  resume: ResumeDocument;
  facts: ExtractedFact[];
  warnings: ExtractionWarning[];
}

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
  | 'NOT_A_RESUME';

/** A document that cannot be read. `message` names the file and says what was expected. */
export class DocumentError extends Error {
  readonly fileName: string;
  readonly reason: DocumentErrorReason;

  constructor(fileName: string, reason: DocumentErrorReason, message: string) {
    super(message);
    this.name = 'DocumentError';
    this.fileName = fileName;
    this.reason = reason;
  }
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const STRUCTURED: Readonly<Record<string, DocumentFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** Throws DocumentError for unreadable input, ResumeError for a structured file that is not a valid résumé. */
export async function extractDocument(
  input: DocumentInput,
  _catalogue: Catalogue,
): Promise<ExtractionResult> {
  const { fileName, content } = input;
  if (content.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      fileName,
      'TOO_LARGE',
      `${fileName}: ${content.byteLength} bytes; expected at most ${MAX_DOCUMENT_BYTES} bytes (5 MB).`,
    );
  }
  if (content.byteLength === 0) {
    throw new DocumentError(fileName, 'EMPTY', `${fileName} is empty: expected a résumé document.`);
  }
  const format = STRUCTURED[extname(fileName).toLowerCase()];
  if (!format) {
    throw new DocumentError(
      fileName,
      'UNSUPPORTED_TYPE',
      `${fileName}: "${extname(fileName) || 'no extension'}" documents are not read yet; expected .json, .yaml or .yml.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new DocumentError(
      fileName,
      'INVALID_ENCODING',
      `${fileName} is not valid UTF-8: expected UTF-8 text.`,
    );
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const document = validateResume(parseResumeText(fileName, text));
  const id = document.id ?? documentPersonId({ ...document.basics, fileName });
  return {
    fileName,
    format,
    lines,
    resume: {
      ...document,
      ...(id !== undefined && { id }),
      source: document.source ?? { document: fileName, lines: `1-${lines.length}` },
    },
    facts: [],
    warnings: [],
  };
}

export interface TechnologyMention {
  technologyId: string;
  text: string;
  start: number;
  end: number;
  fuzzy: boolean;
}

export interface MentionMatcher {
  find(text: string): TechnologyMention[];
}

/**
 * Finds catalogue technologies in free text: any spelling of an entry, between word boundaries,
 * ignoring case from three characters on; non-overlapping, longest match first, in text order.
 */
export function createMentionMatcher(technologies: CatalogueIndex<TechnologyEntry>): MentionMatcher {
  const spellings: { spelling: string; id: string }[] = [];
  for (const entry of technologies.entries) {
    for (const spelling of new Set([entry.name, ...entry.aliases])) {
      if (spelling.trim().length >= 1) spellings.push({ spelling, id: entry.id });
    }
  }
  spellings.sort((a, b) => b.spelling.length - a.spelling.length);
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = spellings.map(({ spelling, id }) => ({
    id,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}+#])${literal(spelling)}(?![\\p{L}\\p{N}+#])`,
      spelling.length >= 3 ? 'giu' : 'gu',
    ),
  }));
  return {
    find(text) {
      const taken: TechnologyMention[] = [];
      for (const { id, pattern } of patterns) {
        pattern.lastIndex = 0;
        for (const match of text.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (taken.some((other) => start < other.end && other.start < end)) continue;
          taken.push({ technologyId: id, text: match[0], start, end, fuzzy: false });
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    },
  };
}
