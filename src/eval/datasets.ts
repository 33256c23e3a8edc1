import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { projectRoot } from '../config.js';
import { type CorpusManifest, MANIFEST_FILE } from '../generate/render/render-corpus.js';
import { parseResumeFile } from '../resume/parse-resume-file.js';
import type { ResumeDocument } from '../resume/types.js';
import { validateResume } from '../resume/validate-resume.js';

/** A document to extract, with the résumé it should give. */
export interface EvalDocument {
  /** Absolute path of the document. */
  file: string;
  /** `text`, `markdown`, `pdf`, `docx`, from the extension. */
  format: string;
  /** For the rendered corpus: the layout it was rendered in. */
  layout?: string;
  gold: ResumeDocument;
}

export const SEED_GOLD_DIR = join(projectRoot, 'seed/resumes');
/** The product's three source documents, committed in seed/documents/ (copies of `../shared/resumes`). */
export const DEFAULT_SEED_DOCUMENTS = join(projectRoot, 'seed/documents');
export const HELD_OUT_DIR = join(projectRoot, 'test/fixtures/documents/heldout');
export const UNSEEN_DIR = join(projectRoot, 'test/fixtures/documents/unseen');
export const UNSEEN_2_DIR = join(projectRoot, 'test/fixtures/documents/unseen-2');
export const UNSEEN_3_DIR = join(projectRoot, 'test/fixtures/documents/unseen-3');
export const UNSEEN_4_DIR = join(projectRoot, 'test/fixtures/documents/unseen-4');
export const UNSEEN_5_DIR = join(projectRoot, 'test/fixtures/documents/unseen-5');
export const UNSEEN_6_DIR = join(projectRoot, 'test/fixtures/documents/unseen-6');
export const UNSEEN_7_DIR = join(projectRoot, 'test/fixtures/documents/unseen-7');
export const UNSEEN_8_DIR = join(projectRoot, 'test/fixtures/documents/unseen-8');
export const UNSEEN_9_DIR = join(projectRoot, 'test/fixtures/documents/unseen-9');
export const UNSEEN_10_DIR = join(projectRoot, 'test/fixtures/documents/unseen-10');
export const UNSEEN_11_DIR = join(projectRoot, 'test/fixtures/documents/unseen-11');
export const UNSEEN_12_DIR = join(projectRoot, 'test/fixtures/documents/unseen-12');
export const UNSEEN_13_DIR = join(projectRoot, 'test/fixtures/documents/unseen-13');
export const UNSEEN_14_DIR = join(projectRoot, 'test/fixtures/documents/unseen-14');
export const UNSEEN_15_DIR = join(projectRoot, 'test/fixtures/documents/unseen-15');
export const UNSEEN_16_DIR = join(projectRoot, 'test/fixtures/documents/unseen-16');
export const UNSEEN_17_DIR = join(projectRoot, 'test/fixtures/documents/unseen-17');
export const UNSEEN_18_DIR = join(projectRoot, 'test/fixtures/documents/unseen-18');
export const UNSEEN_19_DIR = join(projectRoot, 'test/fixtures/documents/unseen-19');
export const UNSEEN_20_DIR = join(projectRoot, 'test/fixtures/documents/unseen-20');
export const UNSEEN_21_DIR = join(projectRoot, 'test/fixtures/documents/unseen-21');
export const UNSEEN_22_DIR = join(projectRoot, 'test/fixtures/documents/unseen-22');
export const UNSEEN_23_DIR = join(projectRoot, 'test/fixtures/documents/unseen-23');
export const UNSEEN_24_DIR = join(projectRoot, 'test/fixtures/documents/unseen-24');
export const UNSEEN_25_DIR = join(projectRoot, 'test/fixtures/documents/unseen-25');
export const UNSEEN_26_DIR = join(projectRoot, 'test/fixtures/documents/unseen-26');
export const UNSEEN_27_DIR = join(projectRoot, 'test/fixtures/documents/unseen-27');
export const DEV_TEXT_DIR = join(projectRoot, 'test/fixtures/documents/dev-text');
export const DEV_FORMATS_DIR = join(projectRoot, 'test/fixtures/documents/dev-formats');
export const DEV_OFFICE_DIR = join(projectRoot, 'test/fixtures/documents/dev-office');
export const DEV_STYLES_DIR = join(projectRoot, 'test/fixtures/documents/dev-styles');
export const DEV_TEMPLATES_DIR = join(projectRoot, 'test/fixtures/documents/dev-templates');
export const DEV_PLAIN_DIR = join(projectRoot, 'test/fixtures/documents/dev-plain');
export const DEV_PDF_DIR = join(projectRoot, 'test/fixtures/documents/dev-pdf');
export const DEV_WORD_DIR = join(projectRoot, 'test/fixtures/documents/dev-word');
export const DEV_S26_XEDU26_DIR = join(projectRoot, 'test/fixtures/documents/dev-s26-xedu26');
export const DEV_S26_XWORD26_DIR = join(projectRoot, 'test/fixtures/documents/dev-s26-xword26');
export const DEV_S27_XPDF27_DIR = join(projectRoot, 'test/fixtures/documents/dev-s27-xpdf27');
export const DEV_S27_XWORD27_DIR = join(projectRoot, 'test/fixtures/documents/dev-s27-xword27');
export const DEV_S27_XMD27_DIR = join(projectRoot, 'test/fixtures/documents/dev-s27-xmd27');
export const DEV_S28_XTEXT28_DIR = join(projectRoot, 'test/fixtures/documents/dev-s28-xtext28');
export const DEV_S28_XEDU28_DIR = join(projectRoot, 'test/fixtures/documents/dev-s28-xedu28');
export const DEV_S28_XWORD28_DIR = join(projectRoot, 'test/fixtures/documents/dev-s28-xword28');
export const DEV_S28_XPDF28_DIR = join(projectRoot, 'test/fixtures/documents/dev-s28-xpdf28');
export const DEV_S29_XTEXT29_DIR = join(projectRoot, 'test/fixtures/documents/dev-s29-xtext29');
export const DEV_S29_XPDF29_DIR = join(projectRoot, 'test/fixtures/documents/dev-s29-xpdf29');
export const DEV_S30_XPORTAL30_DIR = join(projectRoot, 'test/fixtures/documents/dev-s30-xportal30');
export const DEV_S31_XEDU31_DIR = join(projectRoot, 'test/fixtures/documents/dev-s31-xedu31');
export const DEV_S31_XTEXT31_DIR = join(projectRoot, 'test/fixtures/documents/dev-s31-xtext31');
export const DEV_S31_XMD31_DIR = join(projectRoot, 'test/fixtures/documents/dev-s31-xmd31');
export const DEV_S31_XWORD31_DIR = join(projectRoot, 'test/fixtures/documents/dev-s31-xword31');
export const DEV_S32_XMD32_DIR = join(projectRoot, 'test/fixtures/documents/dev-s32-xmd32');
export const DEV_S32_XWORD32_DIR = join(projectRoot, 'test/fixtures/documents/dev-s32-xword32');
export const DEV_S32_XTEXT32_DIR = join(projectRoot, 'test/fixtures/documents/dev-s32-xtext32');
export const DEV_S32_XEDU32_DIR = join(projectRoot, 'test/fixtures/documents/dev-s32-xedu32');
/** Session 33's development documents of the employer and title families the development sets showed missed. */
export const DEV_S33_XROLE33_DIR = join(projectRoot, 'test/fixtures/documents/dev-s33-xrole33');
export const DEV_S34_XROLE34_DIR = join(projectRoot, 'test/fixtures/documents/dev-s34-xrole34');
export const DEV_S33_XEDU33_DIR = join(projectRoot, 'test/fixtures/documents/dev-s33-xedu33');
export const DEV_S33_XDATE33_DIR = join(projectRoot, 'test/fixtures/documents/dev-s33-xdate33');
export const DEV_S33_XROBUST33_DIR = join(projectRoot, 'test/fixtures/documents/dev-s33-xrobust33');
/** Session 34's development documents of the education families the development sets showed missed (its README). */
export const DEV_S34_XEDU34_DIR = join(projectRoot, 'test/fixtures/documents/dev-s34-xedu34');
export const DEV_S29_XWORD29_DIR = join(projectRoot, 'test/fixtures/documents/dev-s29-xword29');
/** Session 29's development documents of the education families unseen-20 showed missed (see its README). */
export const DEV_S29_XEDU29_DIR = join(projectRoot, 'test/fixtures/documents/dev-s29-xedu29');
export const DEV_S29_XTECH29_DIR = join(projectRoot, 'test/fixtures/documents/dev-s29-xtech29');
/** Session 30's development documents of designed PDF templates: sidebars, timelines, ruled pages (its README). */
export const DEV_S30_XDESIGN30_DIR = join(projectRoot, 'test/fixtures/documents/dev-s30-xdesign30');
export const DEV_S30_XEDU30_DIR = join(projectRoot, 'test/fixtures/documents/dev-s30-xedu30');
/** Session 30's development documents of the technology-matching families unseen-21 showed missed (see its README). */
export const DEV_S30_XTECH30_DIR = join(projectRoot, 'test/fixtures/documents/dev-s30-xtech30');
/** Session 31's development documents of the technology-matching families unseen-22 showed missed (see its README). */
export const DEV_S31_XTECH31_DIR = join(projectRoot, 'test/fixtures/documents/dev-s31-xtech31');
export const DEV_S32_XTECH32_DIR = join(projectRoot, 'test/fixtures/documents/dev-s32-xtech32');
/** Session 33's development documents of lines under a skills list that are no skills (see its README). */
export const DEV_S33_XTECH33_DIR = join(projectRoot, 'test/fixtures/documents/dev-s33-xtech33');
/** Session 34's development documents of job portals' and LinkedIn's profiles copied as text or Markdown. */
export const DEV_S34_XTEXT34_DIR = join(projectRoot, 'test/fixtures/documents/dev-s34-xtext34');
/** Session 34's development documents of technology mentions across the development sets (see its README). */
export const DEV_S34_XTECH34_DIR = join(projectRoot, 'test/fixtures/documents/dev-s34-xtech34');
/** Session 35's development documents of PDF layouts: section names in a left column, dates flush right (its README). */
export const DEV_S35_XLAYOUT35_DIR = join(projectRoot, 'test/fixtures/documents/dev-s35-xlayout35');
export const DEV_S35_XTECH35_DIR = join(projectRoot, 'test/fixtures/documents/dev-s35-xtech35');
export const DEV_S35_XROLE35_DIR = join(projectRoot, 'test/fixtures/documents/dev-s35-xrole35');
export const DEV_S30_XTEXT30_DIR = join(projectRoot, 'test/fixtures/documents/dev-s30-xtext30');
/** Session 34's development documents of which position a technology belongs to (see its README). */
export const DEV_S34_XATTR34_DIR = join(projectRoot, 'test/fixtures/documents/dev-s34-xattr34');
/** Session 30's development documents of Word CVs in other languages (their headings, dates and job lines). */
export const DEV_S30_XWORD30_DIR = join(projectRoot, 'test/fixtures/documents/dev-s30-xword30');
/** Every hand-written set's folder: no two of them describe the same person (a gold's id is its person). */
export const HAND_WRITTEN_DIRS: readonly string[] = [
  HELD_OUT_DIR,
  UNSEEN_DIR,
  UNSEEN_2_DIR,
  UNSEEN_3_DIR,
  UNSEEN_4_DIR,
  UNSEEN_5_DIR,
  UNSEEN_6_DIR,
  UNSEEN_7_DIR,
  UNSEEN_8_DIR,
  UNSEEN_9_DIR,
  UNSEEN_10_DIR,
  UNSEEN_11_DIR,
  UNSEEN_12_DIR,
  UNSEEN_13_DIR,
  UNSEEN_14_DIR,
  UNSEEN_15_DIR,
  UNSEEN_16_DIR,
  UNSEEN_17_DIR,
  UNSEEN_18_DIR,
  UNSEEN_19_DIR,
  UNSEEN_20_DIR,
  UNSEEN_21_DIR,
  UNSEEN_22_DIR,
  UNSEEN_23_DIR,
  UNSEEN_24_DIR,
  UNSEEN_25_DIR,
  UNSEEN_26_DIR,
  UNSEEN_27_DIR,
  DEV_TEXT_DIR,
  DEV_FORMATS_DIR,
  DEV_OFFICE_DIR,
  DEV_STYLES_DIR,
  DEV_TEMPLATES_DIR,
  DEV_PLAIN_DIR,
  DEV_PDF_DIR,
  DEV_WORD_DIR,
  DEV_S26_XEDU26_DIR,
  DEV_S26_XWORD26_DIR,
  DEV_S27_XPDF27_DIR,
  DEV_S27_XWORD27_DIR,
  DEV_S27_XMD27_DIR,
  DEV_S28_XTEXT28_DIR,
  DEV_S28_XEDU28_DIR,
  DEV_S28_XWORD28_DIR,
  DEV_S28_XPDF28_DIR,
  DEV_S29_XTEXT29_DIR,
  DEV_S29_XPDF29_DIR,
  DEV_S29_XWORD29_DIR,
  DEV_S29_XEDU29_DIR,
  DEV_S29_XTECH29_DIR,
  DEV_S30_XDESIGN30_DIR,
  DEV_S30_XEDU30_DIR,
  DEV_S30_XTECH30_DIR,
  DEV_S31_XTECH31_DIR,
  DEV_S32_XTECH32_DIR,
  DEV_S33_XTECH33_DIR,
  DEV_S34_XTEXT34_DIR,
  DEV_S34_XTECH34_DIR,
  DEV_S35_XLAYOUT35_DIR,
  DEV_S35_XTECH35_DIR,
  DEV_S35_XROLE35_DIR,
  DEV_S30_XTEXT30_DIR,
  DEV_S30_XWORD30_DIR,
  DEV_S30_XPORTAL30_DIR,
  DEV_S31_XEDU31_DIR,
  DEV_S31_XTEXT31_DIR,
  DEV_S31_XMD31_DIR,
  DEV_S32_XMD32_DIR,
  DEV_S31_XWORD31_DIR,
  DEV_S32_XWORD32_DIR,
  DEV_S32_XTEXT32_DIR,
  DEV_S32_XEDU32_DIR,
  DEV_S33_XROLE33_DIR,
  DEV_S34_XROLE34_DIR,
  DEV_S33_XEDU33_DIR,
  DEV_S33_XDATE33_DIR,
  DEV_S33_XROBUST33_DIR,
  DEV_S34_XEDU34_DIR,
  DEV_S34_XATTR34_DIR,
];

const FORMATS: Readonly<Record<string, string>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export function formatOfFile(file: string): string {
  return FORMATS[extname(file).toLowerCase()] ?? extname(file).slice(1);
}

async function readGold(file: string): Promise<ResumeDocument> {
  return validateResume(await parseResumeFile(file));
}

/**
 * Golds in `goldDir` (validated résumé files) paired with the documents their `source.document`
 * names in `documentsDir`. A gold whose document is missing is an error that names both.
 */
export async function goldsWithDocuments(goldDir: string, documentsDir: string): Promise<EvalDocument[]> {
  const names = (await readdir(goldDir)).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
  const documents: EvalDocument[] = [];
  for (const name of names) {
    const gold = await readGold(join(goldDir, name));
    const document = gold.source?.document;
    if (!document) {
      throw new Error(
        `${join(goldDir, name)} has no source.document: a gold must name the document it transcribes.`,
      );
    }
    const file = join(documentsDir, document);
    if (!existsSync(file)) {
      throw new Error(
        `${join(goldDir, name)} names the document ${document}, which is not in ${documentsDir}.`,
      );
    }
    documents.push({ file, format: formatOfFile(file), gold });
  }
  return documents;
}

/** The three seed documents with seed/resumes/*.yaml as gold. */
export function seedSet(documentsDir: string = DEFAULT_SEED_DOCUMENTS): Promise<EvalDocument[]> {
  if (!existsSync(documentsDir)) {
    throw new Error(
      `The seed documents are not in ${documentsDir}: pass --seed-documents DIR (the folder of 000_b0bdae752341232c.txt and the others).`,
    );
  }
  return goldsWithDocuments(SEED_GOLD_DIR, documentsDir);
}

/** The held-out documents, test/fixtures/documents/heldout, with their golds in its gold/ folder. */
export function heldOutSet(dir: string = HELD_OUT_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The first unseen documents, test/fixtures/documents/unseen, with their golds in its gold/ folder:
 * written after the extractor's rules by someone who never read them, then used to tune the extractor
 * (a development set since); unseen-2 is the set no one tunes on.
 */
export function unseenSet(dir: string = UNSEEN_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The second unseen set, test/fixtures/documents/unseen-2, with its golds in its gold/ folder: written by
 * someone who read neither the extractor nor the first unseen set's scores, and kept from whoever tunes it.
 */
export function unseen2Set(dir: string = UNSEEN_2_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The third unseen set, test/fixtures/documents/unseen-3, with its golds in its gold/ folder: written in session 5,
 * when unseen and unseen-2 both became development sets, by someone who read neither the extractor nor those sets'
 * documents; kept from whoever tunes the extractor.
 */
export function unseen3Set(dir: string = UNSEEN_3_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The fourth unseen set, test/fixtures/documents/unseen-4, with its golds in its gold/ folder: written in session 7,
 * when unseen-3 became a development set, by someone who read neither the extractor nor the other sets' documents;
 * kept from whoever tunes the extractor.
 */
export function unseen4Set(dir: string = UNSEEN_4_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The fifth unseen set, test/fixtures/documents/unseen-5, with its golds in its gold/ folder: written in session 8,
 * when unseen-4 became a development set, by someone who read neither the extractor nor the other sets' documents;
 * the honest measure in session 8, a development set from session 9.
 */
export function unseen5Set(dir: string = UNSEEN_5_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The sixth unseen set, test/fixtures/documents/unseen-6, with its golds in its gold/ folder: written in session 9,
 * when unseen-5 became a development set, by someone who read neither the extractor nor the other sets' documents;
 * the honest measure in session 9, a development set from session 10.
 */
export function unseen6Set(dir: string = UNSEEN_6_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The seventh unseen set, test/fixtures/documents/unseen-7, with its golds in its gold/ folder: written in session
 * 10, when unseen-6 became a development set, by someone who read neither the extractor nor the other sets'
 * documents; the honest measure from session 10, kept from whoever tunes the extractor.
 */
export function unseen7Set(dir: string = UNSEEN_7_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The eighth unseen set, test/fixtures/documents/unseen-8, with its golds in its gold/ folder: written in session
 * 12 by someone who read neither the extractor nor the other sets' documents; the honest measure from session 12,
 * kept from whoever tunes the extractor.
 */
export function unseen8Set(dir: string = UNSEEN_8_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The ninth hand-written set, test/fixtures/documents/unseen-9, with its golds in its gold/ folder: written in
 * session 13 by someone who read neither the extractor nor the other sets' documents, PDFs first, as a development
 * set to tune the extractor's reading of unseen layouts on (unseen-8 stays the honest measure).
 */
export function unseen9Set(dir: string = UNSEEN_9_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The tenth hand-written set, test/fixtures/documents/unseen-10, with its golds in its gold/ folder: written in
 * session 13 by someone who read neither the extractor nor the other sets' documents, as a blind set: the honest
 * measure of how the extractor does on documents nobody tuned on, kept from whoever tunes the extractor.
 */
export function unseen10Set(dir: string = UNSEEN_10_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The eleventh hand-written set, test/fixtures/documents/unseen-11, with its golds in its gold/ folder: written in
 * session 15 by someone who read neither the extractor nor the other sets' documents, as a blind set: the honest
 * measure of how the extractor does on documents nobody tuned on, kept from whoever tunes the extractor.
 */
export function unseen11Set(dir: string = UNSEEN_11_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twelfth hand-written set, test/fixtures/documents/unseen-12, with its golds in its gold/ folder: written in
 * session 20 by someone who read neither the extractor nor the other sets' documents, as a blind set: the honest
 * measure of how the extractor does on documents nobody tuned on, once session 19 had tuned on unseen-8, unseen-10
 * and unseen-11's misses.
 */
export function unseen12Set(dir: string = UNSEEN_12_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The thirteenth hand-written set, test/fixtures/documents/unseen-13, with its golds in its gold/ folder: written in
 * session 21 by someone who read neither the extractor nor the other sets' documents, as a second blind set beside
 * unseen-12, with more plain text in it (6 text, 4 PDF, 4 Word, 4 Markdown).
 */
export function unseen13Set(dir: string = UNSEEN_13_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The fourteenth hand-written set, test/fixtures/documents/unseen-14, with its golds in its gold/ folder: written in
 * session 22 by someone who read neither the extractor nor the other sets' documents, as a third blind set beside
 * unseen-12 and unseen-13, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen14Set(dir: string = UNSEEN_14_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The fifteenth hand-written set, test/fixtures/documents/unseen-15, with its golds in its gold/ folder: written in
 * session 23 by someone who read neither the extractor nor the other sets' documents, as a fourth blind set beside
 * unseen-12 to unseen-14, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen15Set(dir: string = UNSEEN_15_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The sixteenth hand-written set, test/fixtures/documents/unseen-16, with its golds in its gold/ folder: written in
 * session 24 by someone who read neither the extractor nor the other sets' documents, as a fifth blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen16Set(dir: string = UNSEEN_16_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The seventeenth hand-written set, test/fixtures/documents/unseen-17, with its golds in its gold/ folder: written in
 * session 25 by someone who read neither the extractor nor the other sets' documents, as a sixth blind set beside
 * unseen-12 to unseen-16, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen17Set(dir: string = UNSEEN_17_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The eighteenth hand-written set, test/fixtures/documents/unseen-18, with its golds in its gold/ folder: written in
 * session 26 by someone who read neither the extractor nor the other sets' documents, as a seventh blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen18Set(dir: string = UNSEEN_18_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The nineteenth hand-written set, test/fixtures/documents/unseen-19, with its golds in its gold/ folder: written in
 * session 27 by someone who read neither the extractor nor the other sets' documents, as an eighth blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen19Set(dir: string = UNSEEN_19_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twentieth hand-written set, test/fixtures/documents/unseen-20, with its golds in its gold/ folder: written in
 * session 28 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen20Set(dir: string = UNSEEN_20_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-first hand-written set, test/fixtures/documents/unseen-21, with its golds in its gold/ folder: written
 * in session 29 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen21Set(dir: string = UNSEEN_21_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-second hand-written set, test/fixtures/documents/unseen-22, with its golds in its gold/ folder: written
 * in session 30 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown); tuned on since session 31.
 */
export function unseen22Set(dir: string = UNSEEN_22_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-third hand-written set, test/fixtures/documents/unseen-23, with its golds in its gold/ folder: written
 * in session 31 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown); tuned on since session 32.
 */
export function unseen23Set(dir: string = UNSEEN_23_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-fourth hand-written set, test/fixtures/documents/unseen-24, with its golds in its gold/ folder: written
 * in session 32 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown); tuned on since session 33.
 */
export function unseen24Set(dir: string = UNSEEN_24_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-fifth hand-written set, test/fixtures/documents/unseen-25, with its golds in its gold/ folder: written
 * in session 33 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown); tuned on since session 34.
 */
export function unseen25Set(dir: string = UNSEEN_25_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-sixth hand-written set, test/fixtures/documents/unseen-26, with its golds in its gold/ folder: written
 * in session 34 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown); tuned on since session 35.
 */
export function unseen26Set(dir: string = UNSEEN_26_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The twenty-seventh hand-written set, test/fixtures/documents/unseen-27, with its golds in its gold/ folder: written
 * in session 35 by someone who read neither the extractor nor the other sets' documents, as a blind set beside
 * unseen-12 to unseen-15, weighted toward PDF and Word (7 PDF, 5 Word, 3 text, 3 Markdown).
 */
export function unseen27Set(dir: string = UNSEEN_27_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The plain-text and Markdown development set, test/fixtures/documents/dev-text, with its golds in its gold/
 * folder: layouts engineers really produce as text (pdftotext -layout, LinkedIn copies, ASCII and README
 * résumés), written in session 6 to tune the extractor's text reading on.
 */
export function devTextSet(dir: string = DEV_TEXT_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The layouts development set, test/fixtures/documents/dev-formats, with its golds in its gold/ folder: the
 * résumé layouts engineers send that no earlier set had (LinkedIn's "Save to PDF" profile and copied profile, LaTeX
 * templates compiled by pdflatex, a date-column template, an applicant-tracking system's export, "Employer, City —
 * Title", parenthesised descriptors and agency contracts), written in session 16 to tune the extractor on.
 */
export function devFormatsSet(dir: string = DEV_FORMATS_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The word-processor development set, test/fixtures/documents/dev-office, with its golds in its gold/ folder: Word
 * files laid out as people lay résumés out in Word (tab stops, layout tables, text boxes, page headers, newspaper
 * columns) and the PDFs LibreOffice Writer exports from them, written in session 17 to tune the readers on.
 */
export function devOfficeSet(dir: string = DEV_OFFICE_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The résumé-styles development set, test/fixtures/documents/dev-styles, with its golds in its gold/ folder: kinds
 * of résumé no earlier set had (Europass rows, functional, consultant and freelancer résumés, academic and US
 * federal CVs, a new graduate's, military to tech, a Lebenslauf with "heute", Indian IT "Project #N" blocks, a
 * GitHub profile, an e-mail, durations only, nested titles, title-first separators, all-capitals employers),
 * written in session 17 to tune the extractor on.
 */
export function devStylesSet(dir: string = DEV_STYLES_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The résumé-templates development set, test/fixtures/documents/dev-templates, with its golds in its gold/ folder:
 * PDFs printed by Chromium from popular résumé templates redrawn in HTML and CSS (Jake's Résumé, awesome-cv,
 * moderncv, Google Docs' Serif, Spearmint and Coral, Canva-like sidebars, a timeline, a dense one-page résumé,
 * small capitals, a page break inside an entry), written in session 18 to tune the PDF reader on.
 */
export function devTemplatesSet(dir: string = DEV_TEMPLATES_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The plain-text development set, test/fixtures/documents/dev-plain, with its golds in its gold/ folder: what people
 * save or paste as a .txt (Word's "Save as plain text", a job board's plain-text version, fixed-width ASCII with
 * dot leaders, dates on their own line, an e-mail quoting the résumé, a cover-letter paragraph, a Word table saved
 * as tab-separated rows, Spanish, Portuguese and Dutch CVs), written in session 21 to tune the text path on.
 */
export function devPlainSet(dir: string = DEV_PLAIN_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The PDF development set, test/fixtures/documents/dev-pdf, with its golds in its gold/ folder: PDFs printed by
 * Chromium in layouts the earlier sets had few of (a Novorésumé-like sidebar with drawn skill ratings, Google Docs'
 * "Modern", a LaTeX "res" layout, a gridded table, the old Europass labels, two pages with "Experience (continued)",
 * headings letter-spaced by hand, a resume.io-like right sidebar, a timeline, a banner with star ratings, a skills
 * bar chart, the Europass editor's CV), written in session 22 to tune the PDF path on.
 */
export function devPdfSet(dir: string = DEV_PDF_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * The Word development set, test/fixtures/documents/dev-word, with its golds in its gold/ folder: .docx résumés
 * in layouts the earlier sets hold few of (a body that is one layout table, a merged name row over a sidebar,
 * employers in a heading style, Google Docs' heading styles, soft returns, numbered lists, a header and text box
 * holding the contact, dot leaders, a European CV, a contractor's clients, an Italian CV, a sidebar in a DrawingML
 * text box), written in session 22 to tune the Word path on.
 */
export function devWordSet(dir: string = DEV_WORD_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * xedu26's education development set (session 26), test/fixtures/documents/dev-s26-xedu26: six résumés in every format
 * whose studies take the shapes blind sets missed (a school glued to its city before a state's code, "Major:" lines,
 * a college under its university's line, "S1"/"D3" levels, "State Engineer Diploma", a postgraduate certificate, a
 * "Study" heading) beside training and course lists that are no education.
 */
export function devS26Xedu26Set(dir: string = DEV_S26_XEDU26_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 26's development set of the Word and text families unseen-17 showed missed (a USAJOBS federal résumé,
 * text pasted into an e-mail, an Indonesian CV, a summary table before the history, promotions told inside one
 * entry), test/fixtures/documents/dev-s26-xword26, with its golds in its gold/ folder.
 */
export function devS26Xword26Set(dir: string = DEV_S26_XWORD26_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 27's development set of the PDF families unseen-18 showed missed (a tabular CV's "Employer, City" over the
 * title, parental leave as a row, "Brand (Legal name)", "X → Y" with the promotion's month in a bullet),
 * test/fixtures/documents/dev-s27-xpdf27, with its golds in its gold/ folder.
 */
export function devS27Xpdf27Set(dir: string = DEV_S27_XPDF27_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 27's development set of the Word, text and Markdown families unseen-18 showed missed (numbered outline
 * headings, a promotion written "X → Y" in a title, service and offers that are no positions, engagement words in
 * other languages), test/fixtures/documents/dev-s27-xword27, with its golds in its gold/ folder.
 */
export function devS27Xword27Set(dir: string = DEV_S27_XWORD27_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 27's development set of Markdown résumés as people publish them (GitHub profile READMEs, static-site pages
 * with front matter and components, pagedown and Quarto résumés, pandoc attributes, Logseq outlines, tables, dates in
 * headings), test/fixtures/documents/dev-s27-xmd27, with its golds in its gold/ folder.
 */
export function devS27Xmd27Set(dir: string = DEV_S27_XMD27_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 28's development set of the text and Markdown families unseen-19 showed missed (dates written year first
 * with a month name, titles dated in brackets under one employer, trainings sections, an employer's projects as
 * dated sub-headings, pasted LinkedIn pages, pagedown's years latest first), test/fixtures/documents/dev-s28-xtext28,
 * with its golds in its gold/ folder.
 */
export function devS28Xtext28Set(dir: string = DEV_S28_XTEXT28_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 28's development set of the education families unseen-19 showed missed (school-leaving certificates and
 * secondary schools of more countries, a school's acronym in its own language, the Netherlands' HBO, WO and MBO
 * degrees, a programme at a school named without a school word), test/fixtures/documents/dev-s28-xedu28, with its
 * golds in its gold/ folder.
 */
export function devS28Xedu28Set(dir: string = DEV_S28_XEDU28_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 28's development set of the Word families unseen-19 showed missed (the old and 2005 Europass Word templates
 * in French, German and Spanish, a client in brackets after the title, a promotion from one title to another told in
 * a bullet, a learnership), test/fixtures/documents/dev-s28-xword28, with its golds in its gold/ folder.
 */
export function devS28Xword28Set(dir: string = DEV_S28_XWORD28_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 28's development set of the PDF families unseen-19 showed missed (a column of dates and places beside the
 * entries with section names or a sidebar further out, an employer's name ending in an accented word over its title,
 * titles that name their field after "in"), test/fixtures/documents/dev-s28-xpdf28, with its golds in its gold/ folder.
 */
export function devS28Xpdf28Set(dir: string = DEV_S28_XPDF28_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 29's development set of the text and Markdown families unseen-20 showed missed (a freelance marketplace's
 * profile pasted as text, "Title, Unit -- Employer" headers, an institute named with the academy it belongs to, in
 * every format), test/fixtures/documents/dev-s29-xtext29, with its golds in its gold/ folder.
 */
export function devS29Xtext29Set(dir: string = DEV_S29_XTEXT29_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 29's development set of the PDF header and role layouts unseen-20 showed missed (a title over its employer,
 * each with a field flush right; a job portal's title over company over "City · dates"; dates in a column beside
 * "Title – Employer, City (contract)" with shop and summer jobs; two sections side by side on a one-column page),
 * test/fixtures/documents/dev-s29-xpdf29, with its golds in its gold/ folder.
 */
export function devS29Xpdf29Set(dir: string = DEV_S29_XPDF29_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 31's development set of schools and degrees: Indonesia's degrees with their level code in brackets and a
 * bootcamp named without a school word, South Africa's National Diploma and NATED levels under a heading no section
 * word names, Colombia's "Diplomado en …", a US university's "Certificate in …" and a labelled education line in a
 * typed timeline, test/fixtures/documents/dev-s31-xedu31, with its golds in its gold/ folder.
 */
export function devS31Xedu31Set(dir: string = DEV_S31_XEDU31_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 32's development set of schools and degrees: a job portal's level beside the degree ("Bachelor's Degree · BS
 * …"), LinkedIn's "Certificate, Field" and a school's name with a dash inside it, a programme marked "(bootcamp)"
 * before its provider, Australian degrees with a specialisation before "(Honours)",
 * test/fixtures/documents/dev-s32-xedu32, with its golds in its gold/ folder.
 */
export function devS32Xedu32Set(dir: string = DEV_S32_XEDU32_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 33's development set of employers and titles: a job's text opening with a noun phrase hard-wrapped after a
 * word no phrase ends with, right under the job's header (a profile export's paragraph cut by its page width or
 * a page break); "Title, Employer" or "Title — Employer" lines over "dates · Town" where one title is no word the
 * vocabulary knows; Czech and Slovak titles with the role noun last ("Senior Java vývojárka") over "Employer, City",
 * test/fixtures/documents/dev-s33-xrole33, with its golds in its gold/ folder.
 */
export function devS33Xrole33Set(dir: string = DEV_S33_XROLE33_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 34's development set of employers over their titles: a shokumu-keirekisho's "Month YYYY – Present: Employer"
 * over a table of dated "Title, … Group (N members)" rows, a Korean career description's numbered "(1) Employer
 * Month YYYY - Present" lines over grid tables, "Title in Employer" with the employer's name opening with a digit, and
 * Slovak employers in sentence case with their legal form ("Podunajská poisťovňa, a.s., Bratislava") under a dated
 * title, a profile's stacks of title, employer and "dates · length" with titles no word the vocabulary knows ("Pastry
 * Chef"), and a Markdown heading led by one year among headings led by ranges,
 * test/fixtures/documents/dev-s34-xrole34, with its golds in its gold/ folder.
 */
export function devS34Xrole34Set(dir: string = DEV_S34_XROLE34_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 33's development set of schools and degrees: secondary schooling in national forms (a Dutch gymnasium with
 * "Diploma behaald, profiel …", a Swedish "… gymnasiet", a portal's "Secundario - Graduado"), a job portal's level and
 * state beside the years ("Universitario - Graduado · 2010 - 2016"), a faculty under its university ("Fakulta …",
 * "odbor …"), a college named with its town before its university ("College, Town, Anna University"), a coding
 * school over its course, "Licență, Field" and a professional title before its university ("Ingeniero Informático:
 * …"), test/fixtures/documents/dev-s33-xedu33, with its golds in its gold/ folder.
 */
export function devS33Xedu33Set(dir: string = DEV_S33_XEDU33_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 33's development set of dates in other languages and layouts (a Peruvian CV in Word with each job a table of
 * labelled rows, "Fecha de ingreso" / "Fecha de egreso: a la fecha"; a Brazilian CV in Word with "Data de admissão:" /
 * "Data de saída: Atual"; a French PDF with "Été 2017" over "Title chez Employer"; a Czech PDF with a left column of
 * periods, "02/2020 – současnost" and "léto 2015", beside the titles), test/fixtures/documents/dev-s33-xdate33, with
 * its golds in its gold/ folder.
 */
export function devS33Xdate33Set(dir: string = DEV_S33_XDATE33_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 33's development set of structure (headings joining the jobs with projects, "Work Experience & Projects",
 * "Experience / Projects"; a two-page PDF whose running header and footer stand inside a job across the page break),
 * test/fixtures/documents/dev-s33-xrobust33, with its golds in its gold/ folder.
 */
export function devS33Xrobust33Set(dir: string = DEV_S33_XROBUST33_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 34's development set of schools and degrees: sections headed after a square or a diamond ("■ Education" in
 * a shokumu-keirekisho's PDF, "◆ EDUCATION" in a text résumé), a job portal's row "Studies | level | status" (the
 * level no school, the studies the degree as written, a secondary level no entry), schools named in Hungarian with
 * "és" inside their names, Chile's "Analista Programador" and "Técnico de Nivel Superior en …" before their school,
 * test/fixtures/documents/dev-s34-xedu34, with its golds in its gold/ folder.
 */
export function devS34Xedu34Set(dir: string = DEV_S34_XEDU34_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 30's development set of job portals' PDF exports (a left column of dates over the job's length beside the
 * employer, "City, site", the employer's industry and the title; "Title at Employer" over "City, Country · Month YYYY
 * to Present" with a page break inside a header), test/fixtures/documents/dev-s30-xportal30, with its golds in its
 * gold/ folder.
 */
export function devS30Xportal30Set(dir: string = DEV_S30_XPORTAL30_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 34's development set of which position a technology belongs to (a promotion told after the entry's text
 * it splits; sections named behind a marker glyph, whose skills and summary are no job's),
 * test/fixtures/documents/dev-s34-xattr34, with its golds in its gold/ folder.
 */
export function devS34Xattr34Set(dir: string = DEV_S34_XATTR34_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 31's development set of Markdown résumés unseen-22 showed missed (a timeline by year of typed items,
 * content tabs over "### Title · Employer", a GitHub profile README's "**Title** @ [Employer](site)" with "Learning"
 * and badge skills, "**Title** at **Employer**" over "*City · period*"), test/fixtures/documents/dev-s31-xmd31, with
 * its golds in its gold/ folder.
 */
export function devS31Xmd31Set(dir: string = DEV_S31_XMD31_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 32's development set of Markdown notes and pages (Obsidian notes in Spanish and Portuguese with "### Title
 * en/na Employer" over the dates beside a unit and a city, a scientist's earlier career, callouts and tag lines; a Bear
 * note whose Spanish headings no English word names; an
 * Astro MDX page with its footer and a career switch headed like a job; a Jekyll page whose hackathons, talks, student
 * organisations and volunteering are headed and dated like jobs), test/fixtures/documents/dev-s32-xmd32, with its
 * golds in its gold/ folder.
 */
export function devS32Xmd32Set(dir: string = DEV_S32_XMD32_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 31's development set of job headers in other languages (Portuguese, Romanian, Italian, French in Word and
 * PDF: "Title na/no/la Employer" with the period on a right tab stop, a former name in brackets after the employer,
 * "Title, unit, Employer, City" with the unit in lower case, a title whose dash joins two titles),
 * test/fixtures/documents/dev-s31-xword31, with its golds in its gold/ folder.
 */
export function devS31Xword31Set(dir: string = DEV_S31_XWORD31_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 32's development set of Word CVs whose conventions read a place or a post as something else ("Title |
 * Employer" or "Employer | Title" over "Town ST  ·  period", the state's code one a legal form spells too; a Ghanaian
 * CV's "(Month YYYY – Date)" and national service listed as a job under its own employer, a team in brackets after a
 * title over the employer's line),
 * test/fixtures/documents/dev-s32-xword32, with its golds in its gold/ folder.
 */
export function devS32Xword32Set(dir: string = DEV_S32_XWORD32_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 29's development set of a page break inside a job (page 2 opening with the section's heading again, with
 * "Employer – Title (continued)" or with the job's bullets, in English, German, French and Spanish, in Word and PDF)
 * and of the kind of engagement in brackets after a title, test/fixtures/documents/dev-s29-xword29, with its golds in
 * its gold/ folder.
 */
export function devS29Xword29Set(dir: string = DEV_S29_XWORD29_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 29's development set of the education families unseen-20 showed missed (a bracket joining two acronyms after
 * the school, grade and study-mode parts taken for the school, degrees over schools with places flush right, "BS(CS)",
 * "Field, MSc", Australia's diplomas and certificates, a faculty named after its university),
 * test/fixtures/documents/dev-s29-xedu29, with its golds in its gold/ folder.
 */
export function devS29Xedu29Set(dir: string = DEV_S29_XEDU29_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 29's development set of technology matching (a cook's titles and a hackathon's name beside the tool Chef,
 * the employer's own platforms beside public APIs integrated, lists after a skills list that name no skills),
 * test/fixtures/documents/dev-s29-xtech29, with its golds in its gold/ folder.
 */
export function devS29Xtech29Set(dir: string = DEV_S29_XTECH29_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 30's development set of designed PDF templates unseen-21 showed missed (a sidebar beside a timeline whose
 * section names stand left of its dates, on either side of the page; "Title at Employer" and "Title, Employer"
 * events; an employer in capitals with a department or school after a comma and its place flush right; VisualCV,
 * AltaCV, Novorésumé and Deedy pages), test/fixtures/documents/dev-s30-xdesign30, with its golds in its gold/ folder.
 */
export function devS30Xdesign30Set(dir: string = DEV_S30_XDESIGN30_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 30's development set of the education families unseen-21 showed missed (Argentina's "Tecnicatura" /
 * "Analista Universitario" / "Profesorado" degrees and a school named after its patron in quotes, Romania's "Licență
 * în …", hh.ru's "Higher education (Master)" over the school and its faculty, "Master of Arts in Teaching: …" beside a
 * state's code, a school's other name in brackets, a coding course with no degree), in every format,
 * test/fixtures/documents/dev-s30-xedu30, with its golds in its gold/ folder.
 */
export function devS30Xedu30Set(dir: string = DEV_S30_XEDU30_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 30's development set of technology matching (versions written after names, a name spelled out with its
 * acronym, names inflected in Finnish, a name standing alone between semicolons, a Toptal profile's skills labels),
 * test/fixtures/documents/dev-s30-xtech30, with its golds in its gold/ folder.
 */
export function devS30Xtech30Set(dir: string = DEV_S30_XTECH30_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 31's development set of technology matching (rows of tags or chips with names side by side in any case, a
 * name the catalogue flags as a word opening a sentence before a test's noun, Bull, Firebase Performance Monitoring,
 * URLSession and CSS Modules), test/fixtures/documents/dev-s31-xtech31, with its golds in its gold/ folder.
 */
export function devS31Xtech31Set(dir: string = DEV_S31_XTECH31_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 32's development set of technology matching (a province's code in brackets after a town, a language's
 * standard glued to its name, a two-letter name opening a clause after a colon, two skills cells a PDF joined with one
 * space, a site's copyright footer, DevExpress, TorchServe, OPA Gatekeeper and Apollo),
 * test/fixtures/documents/dev-s32-xtech32, with its golds in its gold/ folder.
 */
export function devS32Xtech32Set(dir: string = DEV_S32_XTECH32_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 33's development set of lines a skills section holds that name no skills (a Word template's name, title
 * and contact lines after a one-skill-a-line list, personal data rows, character references, a job portal's footer),
 * test/fixtures/documents/dev-s33-xtech33, with its golds in its gold/ folder.
 */
export function devS33Xtech33Set(dir: string = DEV_S33_XTECH33_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 34's development set of job portals' and LinkedIn's profiles copied as text or Markdown in Spanish, French
 * and Portuguese (title over employer over the portal's industry and area line and the city over the dates; LinkedIn's
 * durations in those languages; several titles grouped under one employer; the salary wanted and the availability
 * after the skills), test/fixtures/documents/dev-s34-xtext34, with its golds in its gold/ folder.
 */
export function devS34Xtext34Set(dir: string = DEV_S34_XTEXT34_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 34's development set of technology mentions the development sets showed missed or read wrongly (names in
 * their Czech and Slovak case forms, the other sections a CV ends on after its skills, a cell of two levels, vendors'
 * products by their full names), test/fixtures/documents/dev-s34-xtech34, with its golds in its gold/ folder.
 */
export function devS34Xtech34Set(dir: string = DEV_S34_XTECH34_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 35's development set of PDF layouts that lost whole sections or dates: section names in a narrow left
 * column beside their sections (on two pages, a page break inside a job), and an entry's place and dates set flush
 * right beside its heading and first lines, test/fixtures/documents/dev-s35-xlayout35, with its golds in its gold/
 * folder.
 */
export function devS35Xlayout35Set(dir: string = DEV_S35_XLAYOUT35_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 35's development set of names read as technologies where a skills list gives no evidence (a city a product
 * is named after, a sentence's verb before "API", a label's word, personal details), compound names (slashed stacks,
 * "SQL Server", Oracle's database, "JAX-RS") and degrees (LinkedIn's "Bachelor of Science - BS", a degree over its
 * school on its own line), in English, Spanish, Portuguese and Swedish, test/fixtures/documents/dev-s35-xtech35,
 * with its golds in its gold/ folder.
 */
export function devS35Xtech35Set(dir: string = DEV_S35_XTECH35_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 35's development set of entry headers in text, Markdown and Word: a bracket after an employer naming its
 * brand, group or full name ("Registered Name (Brand)", "ACRONYM (Full Name)"), a bracket after a title that notes
 * a qualification, a programme or a role with its own timing, a labelled line listing several dated titles under one
 * employer, Markdown's "### Employer" over "**Title**" over "*dates · City*", retraining periods and a research grant
 * at a university's department, test/fixtures/documents/dev-s35-xrole35, with its golds in its gold/ folder.
 */
export function devS35Xrole35Set(dir: string = DEV_S35_XROLE35_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 30's development set of the text and Markdown role families unseen-21 showed missed (a US staffing
 * agency's contractor résumé with "Client:" headers and dates flush right, several titles under one employer, career
 * breaks and military service in the languages CVs are written in), test/fixtures/documents/dev-s30-xtext30, with
 * its golds in its gold/ folder.
 */
export function devS30Xtext30Set(dir: string = DEV_S30_XTEXT30_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 31's development set of the plain-text families unseen-22 showed missed (USAJOBS federal résumés with
 * "Agency, Office" and the dates flush right over the posting's labelled lines and then the title; an Indeed export
 * with titles joined by a slash; a typed résumé with leaders of dots between fields; an AsciiDoc source; an Org-mode CV with a university's
 * teaching jobs and ":noexport:" subtrees),
 * test/fixtures/documents/dev-s31-xtext31, with its golds in its gold/ folder.
 */
export function devS31Xtext31Set(dir: string = DEV_S31_XTEXT31_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 32's development set of the plain-text families unseen-23 showed missed (job-site profiles copied as text
 * with a heading joining work and volunteering over title / "Employer · City" / "Mon YYYY - Present · Part-time"
 * stacks; "Title / Employer", "Title (Employer)" and "Title (Employer, City)" lines with the dates flush right),
 * test/fixtures/documents/dev-s32-xtext32, with its golds in its gold/ folder.
 */
export function devS32Xtext32Set(dir: string = DEV_S32_XTEXT32_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/**
 * Session 30's development set of Word CVs written in Polish, Hungarian, Swedish, Czech, Estonian and Lithuanian (their
 * section headings, their months and words for "now", "Title, unit, Employer" and "Title, Employer" with titles no
 * vocabulary knows beside a period, "Title | Employer | City" over one),
 * test/fixtures/documents/dev-s30-xword30, with its golds in its gold/ folder.
 */
export function devS30Xword30Set(dir: string = DEV_S30_XWORD30_DIR): Promise<EvalDocument[]> {
  return goldsWithDocuments(join(dir, 'gold'), dir);
}

/** A corpus written by `npm run corpus:render`, as its corpus.json lists it. */
export async function renderedSet(dir: string): Promise<EvalDocument[]> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as CorpusManifest;
  const golds = new Map<string, ResumeDocument>();
  const documents: EvalDocument[] = [];
  for (const entry of manifest.documents) {
    let gold = golds.get(entry.gold);
    if (!gold) {
      gold = await readGold(join(dir, entry.gold));
      golds.set(entry.gold, gold);
    }
    documents.push({ file: join(dir, entry.file), format: entry.format, layout: entry.layout, gold });
  }
  return documents;
}
