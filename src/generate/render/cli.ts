/**
 * `npm run corpus:render -- --count N --seed S --out DIR [--formats text,markdown,pdf,docx]`
 *
 * Renders N synthetic résumés into every format (PDF through Debian's Chromium), five layouts in
 * turn, with each résumé's gold under DIR/gold and a DIR/corpus.json listing the documents. Same
 * N and S, same documents and golds. Exit codes: 0 written, 1 failed, 2 bad usage.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalogue } from '../../catalogue/load-catalogue.js';
import { commandLine, integerOption, listOption, parseOptions, UsageError } from '../../cli/cli-arguments.js';
import { errorMessage } from '../../util/error-message.js';
import { PdfPrinter } from './pdf.js';
import { planCorpus, writeCorpus } from './render-corpus.js';
import { FORMATS, type RenderFormat } from './style.js';

const usage =
  'Usage: npm run corpus:render -- --count N --seed S --out DIR [--formats text,markdown,pdf,docx]';

export interface RenderArguments {
  count: number;
  seed: number;
  out: string;
  formats: RenderFormat[];
}

export function parseRenderArguments(argv: readonly string[]): RenderArguments {
  const values = parseOptions(
    argv,
    {
      count: { type: 'string', short: 'n' },
      seed: { type: 'string', short: 's' },
      out: { type: 'string', short: 'o' },
      formats: { type: 'string' },
    },
    usage,
  );
  if (!values.out) throw new UsageError(`--out is missing: the folder to write the corpus into.\n${usage}`);
  return {
    count: integerOption('count', values.count, 1, 100_000, usage),
    seed: integerOption('seed', values.seed, 0, 2 ** 32 - 1, usage),
    out: resolve(values.out),
    formats: listOption('formats', values.formats ?? FORMATS.join(','), FORMATS, usage),
  };
}

async function main(): Promise<number> {
  const line = commandLine(() => parseRenderArguments(process.argv.slice(2)));
  if (line.exitCode !== undefined) return line.exitCode;
  const { args } = line;
  const printer = args.formats.includes('pdf') ? await PdfPrinter.open() : undefined;
  try {
    const entries = planCorpus({ count: args.count, seed: args.seed, catalogue: await loadCatalogue() });
    const time = new Map<RenderFormat, { documents: number; milliseconds: number }>();
    const manifest = await writeCorpus(args.out, entries, {
      seed: args.seed,
      formats: args.formats,
      ...(printer && { printer }),
      onDocument: (format, milliseconds) => {
        const sum = time.get(format) ?? { documents: 0, milliseconds: 0 };
        time.set(format, { documents: sum.documents + 1, milliseconds: sum.milliseconds + milliseconds });
      },
    });
    process.stdout.write(
      `Wrote ${manifest.documents.length} documents of ${entries.length} résumés (seed ${args.seed}) to ${args.out}.\n`,
    );
    for (const [format, sum] of time) {
      const perSecond = (sum.documents * 1000) / sum.milliseconds;
      process.stdout.write(
        `  ${format.padEnd(8)} ${sum.documents} documents, ${perSecond.toFixed(1)} per second\n`,
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`corpus:render failed: ${errorMessage(error)}\n`);
    return 1;
  } finally {
    await printer?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
