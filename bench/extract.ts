// `npm run bench:extract -- [--count 20] [--seed 1] [--seconds 3] [--heldout]`: how many documents
// per second `extractDocument` reads, per format. Renders `count` synthetic résumés into every format
// (npm run corpus:render, PDF through Chromium) in a temporary folder, reads them into memory, then
// for each format extracts the documents one after another, round after round, for at least
// `seconds` (after one warm-up round), and prints a Markdown table against the targets of issue 10
// (text and Markdown ≥ 50/s, PDF and Word ≥ 10/s). With --heldout the held-out documents are
// timed as well, by format. Numbers, not assertions: they go in the README.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/load-catalogue.js';
import { commandLine, integerOption, parseOptions } from '../src/cli/cli-arguments.js';
import { heldOutSet, renderedSet } from '../src/eval/datasets.js';
import { extractDocument } from '../src/extract/index.js';
import { PdfPrinter } from '../src/generate/render/pdf.js';
import { planCorpus, writeCorpus } from '../src/generate/render/render-corpus.js';

const TARGETS: Readonly<Record<string, number>> = { text: 50, markdown: 50, pdf: 10, docx: 10 };

const usage = 'Usage: npm run bench:extract -- [--count N] [--seed N] [--seconds N] [--heldout]';
const line = commandLine(() => {
  const parsed = parseOptions(
    process.argv.slice(2),
    {
      count: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '3' },
      heldout: { type: 'boolean', default: false },
    },
    usage,
  );
  return {
    count: integerOption('count', parsed.count, 1, 10_000, usage),
    seed: integerOption('seed', parsed.seed, 0, 2 ** 31 - 1, usage),
    seconds: integerOption('seconds', parsed.seconds, 1, 3_600, usage),
    heldout: parsed.heldout,
  };
});
if (line.exitCode !== undefined) process.exit(line.exitCode);
const values = line.args;
const { count, seed, seconds } = values;

interface Loaded {
  fileName: string;
  format: string;
  content: Uint8Array;
}

const catalogue = await loadCatalogue();

async function renderedDocuments(): Promise<Loaded[]> {
  const dir = await mkdtemp(join(tmpdir(), 'career-graph-bench-extract-'));
  const printer = await PdfPrinter.open();
  try {
    await writeCorpus(dir, planCorpus({ count, seed, catalogue }), { seed, printer });
    return await load(await renderedSet(dir));
  } finally {
    await printer.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function load(documents: readonly { file: string; format: string }[]): Promise<Loaded[]> {
  return Promise.all(
    documents.map(async (document) => ({
      fileName: basename(document.file),
      format: document.format,
      content: new Uint8Array(await readFile(document.file)),
    })),
  );
}

/** Documents per second for one format: a warm-up round, then rounds until `seconds` have passed. */
async function rate(
  documents: readonly Loaded[],
): Promise<{ perSecond: number; extracted: number; failed: number }> {
  let failed = 0;
  const round = async () => {
    for (const document of documents) {
      try {
        await extractDocument({ fileName: document.fileName, content: document.content }, catalogue);
      } catch {
        failed++;
      }
    }
  };
  await round();
  failed = 0;
  let extracted = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await round();
    extracted += documents.length;
  }
  return { perSecond: (extracted * 1000) / (performance.now() - started), extracted, failed };
}

async function table(title: string, documents: readonly Loaded[]): Promise<void> {
  process.stdout.write(
    `\n${title}\n\n| format | documents | per second | target | |\n| --- | ---: | ---: | ---: | --- |\n`,
  );
  for (const format of ['text', 'markdown', 'pdf', 'docx']) {
    const ofFormat = documents.filter((document) => document.format === format);
    if (ofFormat.length === 0) continue;
    const { perSecond, extracted, failed } = await rate(ofFormat);
    const target = TARGETS[format] ?? 0;
    const verdict = perSecond >= target ? 'met' : 'MISSED';
    const failures = failed > 0 ? ` (${failed} of ${extracted} threw)` : '';
    process.stdout.write(
      `| ${format} | ${ofFormat.length} | ${perSecond.toFixed(1)} | ≥ ${target} | ${verdict}${failures} |\n`,
    );
  }
}

process.stdout.write(
  `bench:extract on ${cpus().length} cores, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}; ${count} rendered résumés (seed ${seed}), at least ${seconds} s per format\n`,
);
await table('Rendered corpus', await renderedDocuments());
if (values.heldout) await table('Held-out documents', await load(await heldOutSet()));
