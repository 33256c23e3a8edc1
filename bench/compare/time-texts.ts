// Two or more Cypher texts of one person question, timed against each other on a benchmark data set:
//   npx tsx bench/compare/time-texts.ts --texts a.cypher,b.cypher [--people 10000] [--sample 5]
//     [--rounds 3] [--seed 1]
// Each text takes `$id`, a person's id. Every text is asked once for each of the first `--sample`
// people of the data set (plans and caches warm), their answers compared person by person, then
// timed through the driver `--rounds` times per person, the texts' order alternated every round so
// drift of a shared machine falls on all alike. Prints one JSON document: per text the p50 and the
// slowest time in ms, Neo4j's CPU milliseconds per ask (from /proc, Linux only: what the machine's
// load moves far less than it moves times), the people whose answers differ from the first text's,
// and the load average.
// Take the heavy lock (it starts Neo4j).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { processCpuSeconds } from '../../neo4j/local-neo4j.js';
import { commandLine, integerOption, parseOptions, UsageError } from '../../src/cli/cli-arguments.js';
import { createDriver } from '../../src/db/create-driver.js';
import { type CypherQuery, cypher } from '../../src/db/cypher-query.js';
import { Executor } from '../../src/db/Executor.js';
import { percentile } from '../../src/util/percentile.js';
import { firstPeople } from './dataset.js';
import { openReusedDataset, reusedDatasetArguments, reusedDatasetOptions } from './reused-dataset.js';

const usage = `Usage: npx tsx bench/compare/time-texts.ts --texts a.cypher,b.cypher [--people 10000] [--sample 5]
  [--rounds 3] [--seed 1]`;

const log = (line: string) => process.stderr.write(`[time-texts] ${line}\n`);

/** The command line's arguments, checked (the text files read); a UsageError names what is wrong. */
export function parseTimeTextsArguments(argv: readonly string[]) {
  const values: Record<string, string | boolean | undefined> = parseOptions(
    argv,
    {
      ...reusedDatasetOptions(5),
      texts: { type: 'string', default: '' },
      rounds: { type: 'string', default: '3' },
    },
    usage,
  );
  const text = (name: string) => String(values[name]);
  const files = text('texts')
    .split(',')
    .filter((file) => file.trim() !== '');
  if (files.length < 2) {
    throw new UsageError(
      `--texts "${text('texts')}" is not valid: expected two or more files of Cypher text, comma-separated.\n${usage}`,
    );
  }
  const texts = files.map((file, index): { file: string; query: CypherQuery } => {
    try {
      return { file, query: cypher(`bench.timeTexts.${index}`, readFileSync(file, 'utf8')) };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError(
        `--texts "${file}" is not valid (${reason}): expected a file of Cypher text.\n${usage}`,
      );
    }
  });
  return {
    ...reusedDatasetArguments(text, 1, usage),
    rounds: integerOption('rounds', text('rounds'), 1, 1000, usage),
    texts,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const line = commandLine(() => parseTimeTextsArguments(argv));
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, sample, seed, rounds, texts } = line.args;
  const dataset = await openReusedDataset(people, seed, log);
  const { uri, password = '' } = dataset.database;
  const executor = new Executor(createDriver({ uri, user: 'neo4j', password }), { timeoutMs: 300_000 });
  try {
    const ids = await firstPeople(dataset.paths, sample);
    const ask = async (query: CypherQuery, id: string) => {
      const start = performance.now();
      const rows = await executor.read(query, { id });
      return { ms: performance.now() - start, answer: JSON.stringify(rows) };
    };
    const differ: Record<string, string[]> = {};
    for (const id of ids) {
      const [first, ...others] = await Promise.all(texts.map(({ query }) => ask(query, id)));
      others.forEach((other, index) => {
        if (other.answer === first?.answer) return;
        const file = texts[index + 1]?.file as string;
        differ[file] = [...(differ[file] ?? []), id];
      });
    }
    const times = texts.map((): number[] => []);
    /** Neo4j's CPU-seconds during each text's asks; undefined where /proc cannot tell. */
    const databaseCpu: (number | undefined)[] = texts.map(() => 0);
    const databaseSeconds = () => processCpuSeconds(dataset.database.pid);
    const loads: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const id of ids) {
        const order = texts.map((_, index) => index);
        if (round % 2 === 1) order.reverse();
        for (const index of order) {
          const before = databaseSeconds();
          times[index]?.push((await ask(texts[index]?.query as CypherQuery, id)).ms);
          const after = databaseSeconds();
          const sum = databaseCpu[index];
          databaseCpu[index] =
            sum === undefined || before === undefined || after === undefined
              ? undefined
              : sum + after - before;
        }
        loads.push(loadavg()[0] as number);
      }
    }
    const ms = (value: number) => Math.round(value * 10) / 10;
    const cpuPerAsk = (seconds: number | undefined, asks: number) =>
      seconds === undefined || asks === 0 ? null : Math.round((seconds * 1000 * 100) / asks) / 100;
    const result = {
      people,
      sample: ids,
      rounds,
      texts: texts.map(({ file }, index) => ({
        file,
        p50: ms(percentile(times[index] ?? [], 0.5)),
        slowest: ms(Math.max(...(times[index] ?? []))),
        databaseCpuMsPerAsk: cpuPerAsk(databaseCpu[index], times[index]?.length ?? 0),
      })),
      differ,
      loadAverage: {
        min: Math.min(...loads),
        mean: ms(loads.reduce((sum, load) => sum + load, 0) / loads.length),
        max: Math.max(...loads),
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } finally {
    await executor.close();
    await dataset.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  });
}
