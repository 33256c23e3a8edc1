import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { type EvalDocument, HAND_WRITTEN_DIRS } from '../../../src/eval/datasets.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import type { ResumeDocument } from '../../../src/resume/types.js';
import { validateResume } from '../../../src/resume/validate-resume.js';
import { scoredNames } from './gold-names.js';

/** A set of committed hand-written documents with a gold each (`<dir>/gold/<name>.yaml`), as unseen/ has. */
export interface HandWrittenSet {
  /** What the suite is called. */
  title: string;
  dir: string;
  /** The fewest documents in all and per extension (`.txt`, `.md`, `.pdf`, `.docx`) the set must keep. */
  minimum: { all: number } & Record<'.txt' | '.md' | '.pdf' | '.docx', number>;
  /** The formats the set holds, when not all four (a text-only set). */
  formats?: readonly string[];
  /** How src/eval/datasets.ts loads the set for `npm run eval:extract`. */
  load: () => Promise<EvalDocument[]>;
  /**
   * Its name for `npm run eval:extract -- --sets`, when the default run leaves it out (a set kept
   * for measuring, or tuned on apart from the default run).
   */
  namedOnly?: string;
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

/**
 * Every run of text in a Word file's body, one after the other: what mammoth's raw text leaves out, such as a text
 * box drawn as a DrawingML shape with no VML fallback.
 */
function wordRunsText(bytes: Uint8Array): string {
  const body = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (!body) return '';
  return [...strFromU8(body).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)]
    .map((match) => match[1])
    .join(' ');
}

/** The text a person reads in the committed document itself (not in the source it was built from). */
async function documentText(file: string): Promise<string> {
  const bytes = readFileSync(file);
  switch (extname(file)) {
    case '.pdf':
      return pdfText(new Uint8Array(bytes));
    case '.docx':
      return `${(await mammoth.extractRawText({ buffer: bytes })).value}\n${wordRunsText(bytes)}`;
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

const goldIds = (dir: string) =>
  readdirSync(join(dir, 'gold'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));

/**
 * The checks every hand-written evaluation set passes: each gold is a valid résumé naming its document, every
 * name the scores compare and every year of a position is in the committed document's text, the files are what
 * their extensions say, no person is in another set, and the set loads for the evaluation in every format.
 */
export function describeHandWrittenSet(set: HandWrittenSet): void {
  const goldDir = join(set.dir, 'gold');
  const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.yaml'));
  // README.md describes the set; every other document file is a résumé.
  const documents = readdirSync(set.dir).filter(
    (name) => /\.(txt|md|pdf|docx)$/.test(name) && name !== 'README.md',
  );
  const readGold = (name: string): ResumeDocument => {
    const file = join(goldDir, name);
    return validateResume(parseResumeText(file, readFileSync(file, 'utf8')));
  };

  describe(set.title, () => {
    if (set.namedOnly) {
      const name = set.namedOnly;
      it('is scored only when --sets names it, never in the default run', () => {
        expect(parseEvalArguments([]).sets).toEqual(['seed', 'rendered', 'heldout', 'unseen']);
        expect(DEFAULT_SETS).not.toContain(name);
        expect(parseEvalArguments(['--sets', name]).sets).toEqual([name]);
        expect(parseEvalArguments(['--sets', `unseen,${name}`]).sets).toEqual(['unseen', name]);
      });
    }
    const { all, ...perFormat } = set.minimum;
    it(`are at least ${all}, at least ${Object.entries(perFormat)
      .map(([extension, count]) => `${count} ${extension}`)
      .join(', ')} files, each with one gold`, () => {
      expect(documents.length).toBeGreaterThanOrEqual(all);
      for (const [extension, count] of Object.entries(perFormat)) {
        expect(documents.filter((name) => extname(name) === extension).length).toBeGreaterThanOrEqual(count);
      }
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
      const text = squeezed(await documentText(join(set.dir, gold.source?.document ?? '')));
      const absent = scoredNames(gold).filter((value) => !text.includes(squeezed(value)));
      expect(absent).toEqual([]);
      expect(positionYears(gold).filter((year) => !text.includes(year))).toEqual([]);
    });

    it('are PDFs and Word files as their extensions say', () => {
      for (const name of documents) {
        const head = readFileSync(join(set.dir, name)).subarray(0, 5);
        if (name.endsWith('.pdf')) expect(head.toString('latin1')).toBe('%PDF-');
        if (name.endsWith('.docx')) expect([...head.subarray(0, 2)]).toEqual([0x50, 0x4b]);
      }
    });

    it('share no person with the other hand-written sets', () => {
      const others = HAND_WRITTEN_DIRS.filter((dir) => dir !== set.dir).flatMap(goldIds);
      expect(goldIds(set.dir).filter((id) => others.includes(id))).toEqual([]);
    });

    it('load as the evaluation set, one entry per gold, in every format', async () => {
      const loaded = await set.load();
      expect(loaded.map((entry) => entry.gold.id).sort()).toEqual(goldIds(set.dir).sort());
      expect(new Set(loaded.map((entry) => entry.format))).toEqual(
        new Set(set.formats ?? ['text', 'markdown', 'pdf', 'docx']),
      );
    });
  });
}
