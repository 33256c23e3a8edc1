import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Catalogue } from '../../catalogue/catalogue.js';
import type { ResumeDocument } from '../../resume/types.js';
import { generateResumes, personSeed } from '../generate-resumes.js';
import { Random } from '../random.js';
import type { Page } from './blocks.js';
import { layOut } from './layouts.js';
import type { PdfPrinter } from './pdf.js';
import { presentResume } from './present.js';
import {
  chooseStyle,
  EXTENSIONS,
  FORMATS,
  LAYOUTS,
  type Layout,
  type RenderFormat,
  type RenderStyle,
} from './style.js';
import { toDocx } from './to-docx.js';
import { toHtml } from './to-html.js';
import { toMarkdown } from './to-markdown.js';
import { toText } from './to-text.js';

/** Salt of the random stream a résumé's rendering style is drawn from, apart from its content's. */
const STYLE_STREAM = 0x27d4eb2f;

export interface CorpusOptions {
  /** How many résumés; each is rendered in every format. */
  count: number;
  seed: number;
  catalogue: Catalogue;
}

/** One résumé ready to render: its gold and its page, laid out in one style. */
export interface CorpusEntry {
  /** File name without extension, `cv-000003-<person id>`. */
  baseName: string;
  layout: Layout;
  style: RenderStyle;
  /** What the rendered documents state (present.ts): the extractor's expected answer. */
  gold: ResumeDocument;
  page: Page;
}

/**
 * The generator's seed for a corpus seed. The generator's person i of seed s is its person j of
 * seed s' whenever s xor i = s' xor j, so corpora of nearby seeds would share most people; the
 * scramble spreads nearby corpus seeds apart.
 */
export function generatorSeed(seed: number): number {
  const mixed = Math.imul((seed ^ STYLE_STREAM) >>> 0, 0x9e3779b1) >>> 0;
  return (mixed ^ (mixed >>> 15)) >>> 0;
}

/**
 * The corpus, deterministically from (count, seed): résumé i is the generator's résumé i (with
 * `documentDetails`, seed `generatorSeed(seed)`), laid out in layout i mod 5 so every layout is
 * equally covered, in a style drawn from its own stream.
 */
export function planCorpus(options: CorpusOptions): CorpusEntry[] {
  const seed = generatorSeed(options.seed);
  const resumes = generateResumes({
    people: options.count,
    seed,
    catalogue: options.catalogue,
    documentDetails: true,
  });
  return resumes.map((resume, index) => {
    const layout = LAYOUTS[index % LAYOUTS.length] as Layout;
    const style = chooseStyle(layout, new Random(personSeed(seed, index) ^ STYLE_STREAM));
    const gold = presentResume(resume.document, style);
    return {
      baseName: `cv-${String(index).padStart(6, '0')}-${resume.document.id}`,
      layout,
      style,
      gold,
      page: layOut(gold, style),
    };
  });
}

/** The bytes of one entry in one format; PDF needs a printer. */
export async function renderEntry(
  entry: CorpusEntry,
  format: RenderFormat,
  printer?: PdfPrinter,
): Promise<Uint8Array> {
  switch (format) {
    case 'text':
      return new TextEncoder().encode(toText(entry.page, entry.style));
    case 'markdown':
      return new TextEncoder().encode(toMarkdown(entry.page, entry.style));
    case 'docx':
      return toDocx(entry.page, entry.style);
    case 'pdf':
      if (!printer) throw new Error('Rendering a PDF needs a PdfPrinter (Chromium).');
      return printer.print(toHtml(entry.page, entry.style));
  }
}

/** One document of a written corpus, as `corpus.json` lists it. */
export interface CorpusDocument {
  file: string;
  format: RenderFormat;
  layout: Layout;
  /** The gold résumé, relative to the corpus folder. */
  gold: string;
}

export interface CorpusManifest {
  seed: number;
  count: number;
  documents: CorpusDocument[];
}

export const MANIFEST_FILE = 'corpus.json';
const GOLD_DIR = 'gold';
const WRITTEN = /^cv-\d{6}-[0-9a-f]+\.(txt|md|pdf|docx)$/;
const WRITTEN_GOLD = /^cv-\d{6}-[0-9a-f]+\.yaml$/;

/**
 * Writes the corpus into `out`: `cv-*.{txt,md,pdf,docx}`, their golds under `gold/` (so the folder
 * itself holds only documents to ingest), and `corpus.json`. The `cv-*` files an earlier run wrote
 * there are removed first; nothing else is. `onDocument` hears how long each document took, for
 * the speed report.
 */
export async function writeCorpus(
  out: string,
  entries: readonly CorpusEntry[],
  options: {
    seed: number;
    formats?: readonly RenderFormat[];
    printer?: PdfPrinter;
    onDocument?: (format: RenderFormat, milliseconds: number) => void;
  },
): Promise<CorpusManifest> {
  const formats = options.formats ?? FORMATS;
  await mkdir(join(out, GOLD_DIR), { recursive: true });
  for (const [dir, written] of [
    [out, WRITTEN],
    [join(out, GOLD_DIR), WRITTEN_GOLD],
  ] as const) {
    for (const name of await readdir(dir)) {
      if (written.test(name)) await rm(join(dir, name));
    }
  }
  const documents: CorpusDocument[] = [];
  for (const entry of entries) {
    const gold = `${GOLD_DIR}/${entry.baseName}.yaml`;
    await writeFile(
      join(out, gold),
      `# Gold of ${entry.baseName}.* (npm run corpus:render): the résumé as the documents state it.\n${stringify(entry.gold, { lineWidth: 0 })}`,
    );
    for (const format of formats) {
      const started = performance.now();
      const bytes = await renderEntry(entry, format, options.printer);
      options.onDocument?.(format, performance.now() - started);
      const file = `${entry.baseName}${EXTENSIONS[format]}`;
      await writeFile(join(out, file), bytes);
      documents.push({ file, format, layout: entry.layout, gold });
    }
  }
  const manifest: CorpusManifest = { seed: options.seed, count: entries.length, documents };
  await writeFile(join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
