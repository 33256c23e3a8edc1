// `npm run bench -- [--url http://localhost:4000] [--runs 20]`: the latency of every query in
// examples/ against a running server, as a Markdown table (median and p95, milliseconds).
// Numbers, not assertions: they go in the README's benchmark table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, integerOption, parseOptions } from '../src/cli/cli-arguments.js';
import { projectRoot } from '../src/config.js';
import { percentile } from '../src/util/percentile.js';

const usage = 'Usage: npm run bench -- [--url http://localhost:4000] [--runs N]';
const line = commandLine(() => {
  const parsed = parseOptions(
    process.argv.slice(2),
    { url: { type: 'string', default: 'http://localhost:4000' }, runs: { type: 'string', default: '20' } },
    usage,
  );
  return { url: parsed.url, runs: integerOption('runs', parsed.runs, 1, 100_000, usage) };
});
if (line.exitCode !== undefined) process.exit(line.exitCode);
const values = line.args;
const { runs } = values;
const examplesDir = join(projectRoot, 'examples');

async function post(query: string): Promise<void> {
  const response = await fetch(`${values.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
}

console.log(`| operation | median ms | p95 ms |\n| --- | --- | --- |`);
for (const name of readdirSync(examplesDir).sort()) {
  const query = readFileSync(join(examplesDir, name), 'utf8');
  if (!name.endsWith('.graphql') || /^mutation /m.test(query)) continue;
  for (let warmup = 0; warmup < 3; warmup += 1) await post(query);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await post(query);
    times.push(performance.now() - start);
  }
  console.log(
    `| ${name.replace('.graphql', '')} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} |`,
  );
}
