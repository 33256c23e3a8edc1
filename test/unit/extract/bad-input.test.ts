import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentError, MAX_DOCUMENT_BYTES } from '../../../src/extract/index.js';
import { extractBytes } from './extract-text.js';
import { encryptedPdf, lyingZipBomb, scanPdf, zipBomb } from './make-documents.js';

async function failure(content: Uint8Array, fileName: string) {
  try {
    await extractBytes(content, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    const { reason, message } = error as DocumentError;
    return { fileName: (error as DocumentError).fileName, reason, message };
  }
  throw new Error(`${fileName} was read without an error`);
}

const text = (value: string) => new TextEncoder().encode(value);

describe('documents that cannot be read', () => {
  it.each([
    [
      'empty.txt',
      new Uint8Array(),
      'EMPTY',
      'empty.txt: an empty file (0 bytes); expected a résumé as .txt, .md, .pdf, .docx, .json or .yaml',
    ],
    [
      'blank.md',
      text('  \n\n\t\n'),
      'EMPTY',
      'blank.md: a file with only white space; expected a résumé as .txt, .md, .pdf, .docx, .json or .yaml',
    ],
    [
      'data.txt',
      new Uint8Array([0x41, 0x00, 0x01, 0x02, 0x42, 0x00]),
      'BINARY',
      'data.txt: binary data (NUL bytes), not text; expected a text document (.txt, .md), a PDF or a DOCX',
    ],
    [
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'UNSUPPORTED_TYPE',
      'photo.txt: an image: a scan has no text to read; expected a document with text (.txt, .md, .docx, or a PDF with a text layer)',
    ],
    [
      'old.doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'UNSUPPORTED_TYPE',
      'old.doc: a Word 97-2003 document (.doc) or another OLE file; expected the document saved as .docx or PDF',
    ],
    [
      'cv.html',
      text('<html><body>Jane</body></html>'),
      'UNSUPPORTED_TYPE',
      'cv.html: the extension ".html"; expected a résumé as .txt, .md, .pdf, .docx, .json or .yaml',
    ],
    [
      'cv.pdf',
      text('Jane Doe, engineer'),
      'CORRUPT',
      'cv.pdf: a .pdf file without a PDF header (%PDF-); expected a PDF document',
    ],
    [
      'cv.docx',
      text('Jane Doe, engineer'),
      'CORRUPT',
      'cv.docx: a .docx file that is not a ZIP archive; expected a Word document saved as .docx (Office Open XML)',
    ],
    [
      'sheet.docx',
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      'UNSUPPORTED_TYPE',
      'sheet.docx: an Excel workbook; expected a Word document saved as .docx (Office Open XML)',
    ],
    [
      'broken.json',
      text('{"basics": {"name": "Jane"'),
      'CORRUPT',
      "broken.json: invalid JSON (Expected ',' or '}' after property value) (line 1); expected well-formed JSON at line 1, column 27",
    ],
    [
      'notes.yaml',
      text('work: 12\n'),
      'NOT_A_RESUME',
      "notes.yaml: work: the number 12 (line 1); expected a list (Employers in the document's order. Each has a `positions` list (extension) or, as in plain JSON Resume, the fields of one position. At most 50)",
    ],
  ])('%s', async (fileName, content, reason, message) => {
    expect(await failure(content, fileName)).toEqual({ fileName, reason, message });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const content = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x41);
    expect(await failure(content, 'huge.txt')).toEqual({
      fileName: 'huge.txt',
      reason: 'TOO_LARGE',
      message: `huge.txt: a file of 5.0 MB (${MAX_DOCUMENT_BYTES + 1} bytes); expected at most 5 MB (${MAX_DOCUMENT_BYTES} bytes)`,
    });
  });

  it('refuses text in a script it cannot read, naming the script', async () => {
    const russian =
      'Иван Петров\nОпыт работы\nСтарший инженер-программист, Яндекс, 2018 – 2022\nРазработка сервисов';
    expect(await failure(text(russian), 'cv.txt')).toEqual({
      fileName: 'cv.txt',
      reason: 'UNSUPPORTED_SCRIPT',
      message:
        'cv.txt: text written mostly in Cyrillic script (100% of its letters), which the extractor cannot read; expected a résumé written in English (Latin script)',
    });
  });

  it('refuses an encrypted PDF, a corrupt PDF and a scan', async () => {
    expect(await failure(await encryptedPdf(), 'locked.pdf')).toEqual({
      fileName: 'locked.pdf',
      reason: 'ENCRYPTED',
      message:
        'locked.pdf: a password-protected (encrypted) PDF; expected a PDF without a password (save or print it again without protection)',
    });
    const corrupt = await failure(text('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'), 'corrupt.pdf');
    expect(corrupt.reason).toBe('CORRUPT');
    expect(corrupt.message).toMatch(
      /^corrupt\.pdf: a PDF that cannot be read \(.+\); expected a well-formed PDF document$/,
    );
    expect(await failure(await scanPdf(), 'scan.pdf')).toEqual({
      fileName: 'scan.pdf',
      reason: 'NO_TEXT_LAYER',
      message:
        'scan.pdf: a PDF without a text layer: it is a scan (an image of the pages); expected a PDF with text (export it from the word processor, or run OCR on it first)',
    });
  });

  it('refuses a DOCX zip bomb by its declared sizes, before inflating it', async () => {
    expect(await failure(zipBomb(50_000_000), 'bomb.docx')).toEqual({
      fileName: 'bomb.docx',
      reason: 'ARCHIVE_TOO_LARGE',
      message: expect.stringMatching(
        /^bomb\.docx: an archive entry "word\/document\.xml" that would inflate \d+ times \(50000000 bytes\): a zip bomb; expected a Word document saved as \.docx \(Office Open XML\)$/,
      ),
    });
  });

  it('stops inflating a zip bomb that lies about its size', async () => {
    expect(await failure(lyingZipBomb(20_000_000, 1000), 'liar.docx')).toEqual({
      fileName: 'liar.docx',
      reason: 'ARCHIVE_TOO_LARGE',
      message:
        'liar.docx: an archive entry "word/document.xml" that inflates past the 1000 bytes it declares: a zip bomb; expected a Word document saved as .docx (Office Open XML)',
    });
  });
});
