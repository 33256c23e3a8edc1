/**
 * `npm run generate -- --people N --seed S [--out dir]`
 *
 * Writes N deterministic synthetic résumés (same N and S, same files) drawn from the catalogues,
 * for scale tests and benchmarks. Default folder: .data/generated. Exit codes: 0 written, 1 failed,
 * 2 bad usage.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { projectRoot } from '../config.js';
import { generateResumes } from '../generate/generate-resumes.js';
import { writeGeneratedResumes } from '../generate/write-generated-resumes.js';
import { errorMessage } from '../util/error-message.js';
import { commandLine, integerOption, parseOptions } from './cli-arguments.js';

const usage = 'Usage: npm run generate -- --people N --seed S [--out dir]';

export interface GenerateArguments {
  people: number;
  seed: number;
  out: string;
}

export function parseGenerateArguments(argv: readonly string[]): GenerateArguments {
  const values = parseOptions(
    argv,
    {
      people: { type: 'string', short: 'n' },
      seed: { type: 'string', short: 's' },
      out: { type: 'string', short: 'o' },
    },
    usage,
  );
  return {
    people: integerOption('people', values.people, 1, 1_000_000, usage),
    seed: integerOption('seed', values.seed, 0, 2 ** 32 - 1, usage),
    out: resolve(values.out ?? join(projectRoot, '.data/generated')),
  };
}

async function main(): Promise<number> {
  const line = commandLine(() => parseGenerateArguments(process.argv.slice(2)));
  if (line.exitCode !== undefined) return line.exitCode;
  const { args } = line;
  try {
    const resumes = generateResumes({
      people: args.people,
      seed: args.seed,
      catalogue: await loadCatalogue(),
    });
    await writeGeneratedResumes(args.out, resumes);
    process.stdout.write(`Wrote ${resumes.length} résumés (seed ${args.seed}) to ${args.out}.\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Generate failed: ${errorMessage(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
