import { extname } from 'node:path';
import { decodeText, splitLines, withoutLinkMarkers, withoutRunningHeaders } from './decode-text.js';
import { DocumentError, MAX_DOCUMENT_BYTES } from './document-error.js';
import type { ReadLine } from './line-model.js';
import { readMarkdownSource } from './markdown-blocks.js';
import type { DocumentFormat } from './types.js';

export type ReadDocument =
  | { format: 'text' | 'markdown' | 'pdf' | 'docx'; lines: ReadLine[] }
  | { format: 'json' | 'yaml'; text: string };

const EXTENSIONS: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

const EXPECTED = 'a résumé as .txt, .md, .pdf, .docx, .json or .yaml';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

/** What the first bytes say the file is, when they say anything. */
function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'rtf' | 'image' | 'archive' | 'executable' | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    head.startsWith('GIF8') ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP')
  ) {
    return 'image';
  }
  if (startsWith(bytes, [0x1f, 0x8b]) || head.startsWith('7z') || head.startsWith('Rar!')) return 'archive';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || head.startsWith('MZ')) return 'executable';
  return null;
}

/**
 * Reads a document's text, its type decided by the extension and the first bytes together: bytes
 * that say PDF or DOCX are read as such whatever the name, a `.pdf` or `.docx` whose bytes are not is
 * corrupt, and known binary kinds (images, old Word, archives) are refused with what they are.
 */
export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (bytes.length === 0) throw new DocumentError(fileName, 'EMPTY', 'an empty file (0 bytes)', EXPECTED);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      fileName,
      'TOO_LARGE',
      `a file of ${(bytes.length / (1024 * 1024)).toFixed(1)} MB (${bytes.length} bytes)`,
      `at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB (${MAX_DOCUMENT_BYTES} bytes)`,
    );
  }
  const extension = extname(fileName).toLowerCase();
  const byName = EXTENSIONS[extension];
  const kind = sniff(bytes);
  if (kind === 'pdf') {
    const { readPdf } = await import('./read-pdf.js');
    return { format: 'pdf', lines: await readPdf(fileName, bytes) };
  }
  if (kind === 'zip') {
    const { readDocx } = await import('./read-docx.js');
    return { format: 'docx', lines: await readDocx(fileName, bytes) };
  }
  if (byName === 'pdf') {
    throw new DocumentError(
      fileName,
      'CORRUPT',
      'a .pdf file without a PDF header (%PDF-)',
      'a PDF document',
    );
  }
  if (byName === 'docx') {
    throw new DocumentError(
      fileName,
      'CORRUPT',
      'a .docx file that is not a ZIP archive',
      'a Word document saved as .docx (Office Open XML)',
    );
  }
  if (kind === 'ole') {
    throw new DocumentError(
      fileName,
      'UNSUPPORTED_TYPE',
      'a Word 97-2003 document (.doc) or another OLE file',
      'the document saved as .docx or PDF',
    );
  }
  if (kind === 'rtf') {
    throw new DocumentError(
      fileName,
      'UNSUPPORTED_TYPE',
      'an RTF document',
      'the document saved as .docx, PDF or .txt',
    );
  }
  if (kind === 'image') {
    throw new DocumentError(
      fileName,
      'UNSUPPORTED_TYPE',
      'an image: a scan has no text to read',
      'a document with text (.txt, .md, .docx, or a PDF with a text layer)',
    );
  }
  if (kind === 'archive' || kind === 'executable') {
    throw new DocumentError(
      fileName,
      'BINARY',
      `binary data (${kind === 'archive' ? 'an archive' : 'a program'})`,
      EXPECTED,
    );
  }
  if (byName === undefined) {
    throw new DocumentError(fileName, 'UNSUPPORTED_TYPE', `the extension "${extension}"`, EXPECTED);
  }
  const text = decodeText(fileName, bytes);
  if (text.trim() === '') {
    throw new DocumentError(fileName, 'EMPTY', 'a file with only white space', EXPECTED);
  }
  if (byName === 'json' || byName === 'yaml') return { format: byName, text };
  const lines = splitLines(text);
  return {
    format: byName === 'markdown' ? 'markdown' : 'text',
    lines: (byName === 'markdown'
      ? readMarkdownSource(lines)
      : withoutLinkMarkers(withoutRunningHeaders(text, lines))
    ).map((line) => ({
      text: line,
    })),
  };
}
