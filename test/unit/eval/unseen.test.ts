import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_DIR, UNSEEN_DIR, unseenSet } from '../../../src/eval/datasets.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import type { ResumeDocument } from '../../../src/resume/types.js';
import { validateResume } from '../../../src/resume/validate-resume.js';
import { scoredNames } from './gold-names.js';

const goldDir = join(UNSEEN_DIR, 'gold');
const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.yaml'));
// README.md describes the set; every other document file is a résumé.
const documents = readdirSync(UNSEEN_DIR).filter(
  (name) => /\.(txt|md|pdf|docx)$/.test(name) && name !== 'README.md',
);

function readGold(name: string): ResumeDocument {
  const file = join(goldDir, name);
  return validateResume(parseResumeText(file, readFileSync(file, 'utf8')));
}

/** The text layer of a PDF, page after page, as a PDF reader copies it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages.join('\n');
  } finally {
    await pdf.destroy();
  }
}

/** The text a person reads in the committed document itself (not in the source it was built from). */
async function documentText(document: string): Promise<string> {
  const bytes = readFileSync(join(UNSEEN_DIR, document));
  switch (extname(document)) {
    case '.pdf':
      return pdfText(new Uint8Array(bytes));
    case '.docx':
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    default:
      return bytes.toString('utf8');
  }
}

/**
 * Text compared without case and without white space: a PDF's text layer breaks lines and splits
 * ligatures ("fl") and letter-spaced headings into separate items.
 */
const squeezed = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** The years every position's dates name (a gold date is never more precise than its document). */
function positionYears(gold: ResumeDocument): string[] {
  return (gold.work ?? []).flatMap((work) =>
    (work.positions ?? []).flatMap((position) =>
      [position.startDate, position.endDate]
        .filter((date) => date !== undefined)
        .map((date) => String(date).slice(0, 4)),
    ),
  );
}

describe('the unseen documents', () => {
  it('are at least 24, at least 6 text, 4 Markdown, 8 PDF and 6 Word files, each with one gold', () => {
    const byFormat = (extension: string) => documents.filter((name) => extname(name) === extension).length;
    expect(documents.length).toBeGreaterThanOrEqual(24);
    expect(byFormat('.txt')).toBeGreaterThanOrEqual(6);
    expect(byFormat('.md')).toBeGreaterThanOrEqual(4);
    expect(byFormat('.pdf')).toBeGreaterThanOrEqual(8);
    expect(byFormat('.docx')).toBeGreaterThanOrEqual(6);
    expect(goldFiles.map((name) => name.replace(/\.yaml$/, '')).sort()).toEqual(
      documents.map((name) => name.replace(/\.[^.]+$/, '')).sort(),
    );
  });

  it.each(goldFiles)('%s is a valid résumé naming its document', (name) => {
    const gold = readGold(name);
    expect(gold.id).toBe(name.replace(/\.yaml$/, ''));
    expect(documents).toContain(gold.source?.document);
  });

  it.each(goldFiles)('%s names only what its document says', async (name) => {
    const gold = readGold(name);
    const text = squeezed(await documentText(gold.source?.document ?? ''));
    const absent = scoredNames(gold).filter((value) => !text.includes(squeezed(value)));
    expect(absent).toEqual([]);
    expect(positionYears(gold).filter((year) => !text.includes(year))).toEqual([]);
  });

  it('are PDFs and Word files as their extensions say', () => {
    for (const name of documents) {
      const head = readFileSync(join(UNSEEN_DIR, name)).subarray(0, 5);
      if (name.endsWith('.pdf')) expect(head.toString('latin1')).toBe('%PDF-');
      if (name.endsWith('.docx')) expect([...head.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    }
  });

  it('share no person with the held-out set', () => {
    const heldOut = readdirSync(join(HELD_OUT_DIR, 'gold')).map((name) => name.replace(/\.yaml$/, ''));
    const unseen = goldFiles.map((name) => name.replace(/\.yaml$/, ''));
    expect(unseen.filter((id) => heldOut.includes(id))).toEqual([]);
  });

  it('load as the evaluation set, one entry per gold, in every format', async () => {
    const set = await unseenSet();
    expect(set.map((entry) => entry.gold.id).sort()).toEqual(
      goldFiles.map((name) => name.replace(/\.yaml$/, '')).sort(),
    );
    expect(new Set(set.map((entry) => entry.format))).toEqual(new Set(['text', 'markdown', 'pdf', 'docx']));
  });
});
