/**
 * `npm run ingest -- <files or folders> [--out DIR] [--load] [--concurrency N]`
 *
 * Résumé documents in: each document (text, Markdown, PDF, DOCX, JSON Resume, YAML) becomes a
 * résumé, written as YAML for review (`--out`, default .data/ingested) and/or loaded into the
 * database the server uses (`--load`, as `npm run load` does). Prints each document's warnings;
 * a document that cannot be read is reported with what was expected and the others still go in.
 * Exit codes: 0 every document in, 1 some document not (each one named) or the run failed,
 * 2 bad usage.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue } from '../catalogue/catalogue.js';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import type { Executor } from '../db/Executor.js';
import { type ExtractionResult, MAX_DOCUMENT_BYTES } from '../extract/index.js';
import { documentTooLargeMessage } from '../ingest/document-size.js';
import { ingestDocument } from '../ingest/ingest-document.js';
import { resumeYaml } from '../ingest/resume-yaml.js';
import { collectResumeFiles } from '../loader/collect-resume-files.js';
import { formatLoadSummary } from '../loader/format-load-summary.js';
import { loadResumes } from '../loader/load-resumes.js';
import { errorMessage } from '../util/error-message.js';
import { commandLine, integerOption, parsePathsAndOptions, UsageError } from './cli-arguments.js';
import { connect } from './load.js';
import { progressBar } from './progress-bar.js';

/** What a folder is searched for. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.markdown',
  '.pdf',
  '.docx',
  '.json',
  '.yaml',
  '.yml',
]);

const DEFAULT_OUT = '.data/ingested';

const usage = 'Usage: npm run ingest -- <file or folder> ... [--out DIR] [--load] [--concurrency N]';

const help = `${usage}

Turns résumé documents (${[...DOCUMENT_EXTENSIONS].join(', ')}; at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB each)
into résumés. Folders are searched recursively for those extensions.

  --out DIR          write one résumé per document, DIR/<document name>.yaml, for review
                     (default ${DEFAULT_OUT} when --load is not given)
  --load             load the résumés into the database (NEO4J_URI, else the local one
                     started with npm run db:start), replacing each person found again
  --concurrency N    load transactions in flight, 1 to 32 (default 3)
  -h, --help         this text

Each document's warnings are printed; a document that cannot be read is named with what was
expected, and the others still go in. Exit code 1 when some document did not.`;

interface IngestArguments {
  paths: string[];
  out: string | undefined;
  load: boolean;
  concurrency: number;
}

export function parseIngestArguments(argv: readonly string[]): IngestArguments {
  const { values, paths } = parsePathsAndOptions(
    argv,
    {
      out: { type: 'string', short: 'o' },
      load: { type: 'boolean' },
      concurrency: { type: 'string', short: 'c', default: '3' },
    },
    usage,
    help,
  );
  const concurrency = integerOption('concurrency', values.concurrency, 1, 32, usage);
  if (values.out === '') throw new UsageError(`--out needs a folder, e.g. --out ${DEFAULT_OUT}.\n${usage}`);
  const load = values.load === true;
  return { paths, out: values.out ?? (load ? undefined : DEFAULT_OUT), load, concurrency };
}

interface Extracted {
  file: string;
  result: ExtractionResult;
  yaml: string;
  /** The review file's name: the document's own name plus `.yaml`. */
  yamlName: string;
}

/** Reads and extracts one document; a document that cannot be read throws with its name in the message. */
async function extractFile(file: string, catalogue: Catalogue): Promise<Extracted> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(`${file}: no readable file (${code}); expected an existing résumé document.`);
  }
  if (size > MAX_DOCUMENT_BYTES) throw new Error(documentTooLargeMessage(file, size));
  const content = new Uint8Array(await readFile(file));
  const result = await ingestDocument({ fileName: basename(file), content }, catalogue);
  const yamlName = `${basename(file)}.yaml`;
  return { file, result, yaml: resumeYaml(result, yamlName), yamlName };
}

function describe(result: ExtractionResult): string {
  const positions = (result.resume.work ?? []).reduce(
    (count, work) => count + (work.positions?.length ?? 1),
    0,
  );
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(positions, 'position')}, ${plural(result.facts.length, 'fact')}, ${plural(result.warnings.length, 'warning')}`;
}

async function main(): Promise<number> {
  const line = commandLine(() => parseIngestArguments(process.argv.slice(2)));
  if (line.exitCode !== undefined) return line.exitCode;
  const { args } = line;
  let executor: Executor | undefined;
  try {
    const files = await collectResumeFiles(args.paths, DOCUMENT_EXTENSIONS);
    if (files.length === 0) {
      process.stderr.write(
        `No documents (${[...DOCUMENT_EXTENSIONS].join(', ')}) in ${args.paths.join(', ')}.\n`,
      );
      return 1;
    }
    const catalogue = await loadCatalogue();
    const folderGiven = (await Promise.all(args.paths.map((path) => stat(path).catch(() => undefined)))).some(
      (info) => info?.isDirectory() === true,
    );
    const bar = progressBar(files.length, 'documents', { always: folderGiven });
    const extracted: Extracted[] = [];
    const failed: { file: string; message: string }[] = [];
    try {
      for (const [index, file] of files.entries()) {
        try {
          extracted.push(await extractFile(file, catalogue));
        } catch (error) {
          failed.push({ file, message: errorMessage(error) });
        }
        bar.update('extracting', index + 1, files.length);
      }
    } finally {
      bar.stop();
    }

    for (const { file, result } of extracted) {
      process.stdout.write(`${file}: ${describe(result)}\n`);
      for (const warning of result.warnings) {
        const where = warning.line === undefined ? '' : `line ${warning.line}: `;
        process.stdout.write(`  ${where}${warning.code}: ${warning.message}\n`);
      }
    }

    if (args.out !== undefined) {
      const out = resolve(args.out);
      await mkdir(out, { recursive: true });
      const written = new Map<string, string>();
      for (const item of [...extracted]) {
        const earlier = written.get(item.yamlName);
        if (earlier !== undefined) {
          extracted.splice(extracted.indexOf(item), 1);
          failed.push({
            file: item.file,
            message: `${item.file}: ${join(args.out, item.yamlName)} is already written for ${earlier}; expected document names unique across the folders given.`,
          });
          continue;
        }
        written.set(item.yamlName, item.file);
        await writeFile(join(out, item.yamlName), item.yaml);
      }
      process.stdout.write(
        `Wrote ${written.size} résumé${written.size === 1 ? '' : 's'} to ${args.out} for review.\n`,
      );
    }

    if (args.load && extracted.length > 0) {
      executor = await connect();
      const loadBar = progressBar(extracted.length, 'résumés', { always: folderGiven });
      const summary = await loadResumes(
        executor,
        extracted.map((item) => ({ file: `${item.file}.yaml`, text: item.yaml })),
        {
          concurrency: args.concurrency,
          onProgress: ({ done, total }) => loadBar.update('loading', done, total),
        },
      ).finally(() => loadBar.stop());
      process.stdout.write(`${formatLoadSummary(summary)}\n`);
      for (const failure of summary.failed) failed.push({ file: failure.file, message: failure.message });
    }

    if (failed.length > 0) {
      process.stderr.write(`Not ingested (${failed.length}):\n`);
      for (const { file, message } of failed) {
        // Extractor messages name the document by its file name; the path tells which one.
        const named = message.startsWith(file) ? message : `${file}: ${message}`;
        process.stderr.write(`  ${named.replace(/\n/g, '\n  ')}\n`);
      }
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`Ingest failed: ${errorMessage(error)}\n`);
    return 1;
  } finally {
    await executor?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
