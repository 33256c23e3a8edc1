import type { Executor } from '../../db/Executor.js';
import { AppError, badInput, ErrorCode } from '../../errors/index.js';
import {
  DocumentError,
  type ExtractedFact,
  type ExtractionWarning,
  MAX_DOCUMENT_BYTES,
} from '../../extract/index.js';
import { documentTooLargeMessage } from '../../ingest/document-size.js';
import { ingestDocument } from '../../ingest/ingest-document.js';
import { planResumeGraph } from '../../loader/plan-resume-graph.js';
import { ResumeError } from '../../resume/resume-error.js';
import type { ResumeDocument } from '../../resume/types.js';
import {
  apiCatalogue,
  type ImportResumeResult,
  loadResumeObject,
  readResumeObject,
  type UnnormalisedNameResult,
  unnormalisedNames,
} from './import-resume.js';

export type ContentEncoding = 'UTF8' | 'BASE64';

export interface ResumeDocumentInput {
  fileName: string;
  content: string;
  encoding?: ContentEncoding | null;
}

export interface DocumentImportResult {
  dryRun: boolean;
  fileName: string;
  format: string;
  resume: ResumeDocument;
  lines: string[];
  facts: ExtractedFact[];
  warnings: ExtractionWarning[];
  /** The counts are null on a dry run: nothing was written. */
  personId: string | null;
  created: boolean | null;
  nodesCreated: number | null;
  nodesDeleted: number | null;
  relationshipsCreated: number | null;
  relationshipsDeleted: number | null;
  unnormalised: UnnormalisedNameResult[];
}

/**
 * Extracts a résumé from a document of any supported format and, unless `dryRun`, loads it,
 * replacing the person with the same (derived) id, so sending the same document again changes
 * nothing. Bad input (undecodable content, a document over the limit, one the extractor cannot
 * read, a résumé that does not validate) is BAD_USER_INPUT naming the file, and the graph is unchanged.
 */
export async function importResumeDocument(
  executor: Executor,
  input: ResumeDocumentInput,
  dryRun: boolean,
): Promise<DocumentImportResult> {
  const fileName = documentFileName(input.fileName);
  const content = decodeContent(fileName, input.content, input.encoding ?? 'UTF8');
  const catalogue = await apiCatalogue();
  let extracted: Awaited<ReturnType<typeof ingestDocument>>;
  try {
    extracted = await ingestDocument({ fileName, content }, catalogue);
  } catch (error) {
    if (error instanceof DocumentError) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, error.message, {
        argumentName: 'document',
        reason: error.reason,
      });
    }
    // A structured document (JSON, YAML) that is not a valid résumé: its lines are the client's own.
    if (error instanceof ResumeError) throw badInput(error.message, 'document');
    throw error;
  }
  const resume = await readResumeObject(extracted.resume, fileName, 'document');
  let loaded: ImportResumeResult | undefined;
  if (!dryRun) loaded = await loadResumeObject(executor, resume, fileName, 'document');
  return {
    dryRun,
    fileName,
    format: extracted.format.toUpperCase(),
    resume: extracted.resume,
    lines: extracted.lines,
    facts: extracted.facts,
    warnings: extracted.warnings,
    personId: loaded?.personId ?? null,
    created: loaded?.created ?? null,
    nodesCreated: loaded?.nodesCreated ?? null,
    nodesDeleted: loaded?.nodesDeleted ?? null,
    relationshipsCreated: loaded?.relationshipsCreated ?? null,
    relationshipsDeleted: loaded?.relationshipsDeleted ?? null,
    unnormalised: loaded?.unnormalised ?? unnormalisedNames(planResumeGraph(resume, catalogue).unnormalised),
  };
}

/** The name without any folders a client may send (`C:\cv\jane.pdf`): the extension decides the format. */
function documentFileName(raw: string): string {
  const name = raw.split(/[\\/]/).pop()?.trim() ?? '';
  if (name === '' || name.length > 255 || /\p{Cc}/u.test(name)) {
    throw badInput(
      `document.fileName ${JSON.stringify(raw)} is not a file name: expected the document's name with its extension, up to 255 characters, e.g. "jane-doe.pdf".`,
      'document',
    );
  }
  return name;
}

function tooLarge(fileName: string, bytes: number): AppError {
  return badInput(documentTooLargeMessage(fileName, bytes), 'document');
}

function decodeContent(fileName: string, content: string, encoding: ContentEncoding): Uint8Array {
  if (encoding === 'UTF8') {
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > MAX_DOCUMENT_BYTES) throw tooLarge(fileName, bytes);
    return new TextEncoder().encode(content);
  }
  const base64 = content.replace(/\s+/g, '');
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const bytes = Math.floor((base64.length * 3) / 4) - padding;
  if (bytes > MAX_DOCUMENT_BYTES) throw tooLarge(fileName, bytes);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    const bad = /[^A-Za-z0-9+/=\s]/.exec(content);
    throw badInput(
      `${fileName}: document.content is not valid base64${bad ? ` (found "${bad[0]}" at character ${bad.index})` : ''}; ` +
        'expected the standard alphabet A-Z, a-z, 0-9, + and /, with = padding at the end, or encoding: UTF8 for text.',
      'document',
    );
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
