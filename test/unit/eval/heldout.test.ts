import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_DIR, heldOutSet } from '../../../src/eval/datasets.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';
import { scoredNames } from './gold-names.js';

const goldDir = join(HELD_OUT_DIR, 'gold');
const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.yaml'));
const documents = readdirSync(HELD_OUT_DIR).filter((name) => /\.(txt|md|pdf|docx)$/.test(name));

/** The text a person reads in a document: the file itself, or for PDF and Word the source it was built from. */
function sourceText(document: string): string {
  const base = document.replace(/\.[^.]+$/, '');
  switch (extname(document)) {
    case '.pdf':
      return readFileSync(join(HELD_OUT_DIR, 'sources', `${base}.html`), 'utf8')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&');
    case '.docx': {
      // The function that builds this document, e.g. kenjiWatanabe() for kenji-watanabe.docx.
      const builder = base.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      const source = readFileSync(join(HELD_OUT_DIR, 'sources', 'word-documents.ts'), 'utf8');
      const start = source.indexOf(`function ${builder}(`);
      if (start === -1) throw new Error(`word-documents.ts has no function ${builder}() for ${document}`);
      const end = source.indexOf('\nfunction ', start + 1);
      return source.slice(start, end === -1 ? undefined : end);
    }
    default:
      return readFileSync(join(HELD_OUT_DIR, document), 'utf8');
  }
}

describe('the held-out documents', () => {
  it('are at least 15, in every format, each with one gold', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
    expect(new Set(documents.map((name) => extname(name)))).toEqual(
      new Set(['.txt', '.md', '.pdf', '.docx']),
    );
    expect(goldFiles.map((name) => name.replace(/\.yaml$/, '')).sort()).toEqual(
      documents.map((name) => name.replace(/\.[^.]+$/, '')).sort(),
    );
  });

  it.each(goldFiles)('%s is a valid résumé naming its document', (name) => {
    const file = join(goldDir, name);
    const gold = validateResume(parseResumeText(file, readFileSync(file, 'utf8')));
    expect(gold.id).toBe(name.replace(/\.yaml$/, ''));
    expect(documents).toContain(gold.source?.document);
  });

  it.each(goldFiles)('%s names only what its document says', (name) => {
    const file = join(goldDir, name);
    const gold = validateResume(parseResumeText(file, readFileSync(file, 'utf8')));
    const text = sourceText(gold.source?.document ?? '').toLowerCase();
    const absent = scoredNames(gold).filter((value) => !text.includes(value.toLowerCase()));
    expect(absent).toEqual([]);
  });

  it('are PDFs and Word files as their extensions say', () => {
    for (const name of documents) {
      const head = readFileSync(join(HELD_OUT_DIR, name)).subarray(0, 5);
      if (name.endsWith('.pdf')) expect(head.toString('latin1')).toBe('%PDF-');
      if (name.endsWith('.docx')) expect([...head.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    }
  });

  it('load as the evaluation set, one entry per gold', async () => {
    const set = await heldOutSet();
    expect(set.map((entry) => entry.gold.id).sort()).toEqual(
      goldFiles.map((name) => name.replace(/\.yaml$/, '')).sort(),
    );
    expect(new Set(set.map((entry) => entry.format))).toEqual(new Set(['text', 'markdown', 'pdf', 'docx']));
  });
});
