// What each server costs per request, in its own CPU, on a benchmark data set:
//   npx tsx bench/compare/server-cpu.ts [--people 10000] [--ops person-detail,people-page]
//     [--against name=dir,…] [--rounds 6] [--slice 5] [--connections 8] [--sequential 0] [--profile dir]
//     [--seed 1]
// Our API, the floor over HTTP (compare/floor-server.ts) and, with `--against`, our API as
// another checkout serves it (`dir`'s bench/compare/our-server.ts: main before a change, say) are
// started on the same database and driven by autocannon at `--connections`, in slices of `--slice`
// seconds taken in turn (`--rounds` of them each, the order rotated every round, so drift of a
// shared machine falls on all alike). Per server: requests per second, p50 under load, and the
// CPU milliseconds per request of the server's process and of Neo4j during its slices (from
// /proc, Linux only): the server's own cost, which the machine's load changes far less than its
// times. `--sequential N` first asks N rounds of one request per side at a time, in turn (the order
// rotated every round), as bench:compare times its p50: what one request waits for on an otherwise
// quiet server, which its idle-time work (the health monitor's probes) can change. Every side's answers are checked against ours first. `--profile dir` writes a V8 CPU
// profile of each server to `dir/<side>` (node --cpu-prof: one file per thread). Prints one JSON document; take the heavy lock
// (it starts Neo4j).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, processCpuSeconds } from '../../neo4j/local-neo4j.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { commandLine, integerOption, parseOptions, UsageError } from '../../src/cli/cli-arguments.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { percentile } from '../../src/util/percentile.js';
import { type ChildServer, startServer } from './child-server.js';
import { firstPeople } from './dataset.js';
import { sampleLoadAverage } from './machine.js';
import { httpSlice, rotate } from './measure.js';
import { readSubjects, selectOperations } from './operations.js';
import { openReusedDataset } from './reused-dataset.js';
import { checkSameData, type Target, targetsOf } from './targets.js';

const usage = `Usage: npx tsx bench/compare/server-cpu.ts [--people 10000] [--ops person-detail,people-page]
  [--against name=dir,…] [--rounds 6] [--slice 5] [--connections 8] [--sequential 0] [--profile dir]
  [--seed 1]`;

const log = (line: string) => process.stderr.write(`[server-cpu] ${line}\n`);

/** As bench:compare's: enough people for every variant. */
const SUBJECT_PEOPLE = 50;
const VARIANTS = 5;

interface Side {
  name: string;
  server: ChildServer;
  /** The side's requests of the operation being measured. */
  target(): Target | undefined;
}

interface Tally {
  requests: number;
  errors: number;
  seconds: number;
  serverCpu: number;
  databaseCpu: number;
  latencies: number[];
  /** One request at a time (`--sequential`), in ms. */
  sequential: number[];
}

/** The command line's options, checked; a UsageError names the first bad one. */
export function parseServerCpuArguments(argv: readonly string[]) {
  const values: Record<string, string | boolean | undefined> = parseOptions(
    argv,
    {
      people: { type: 'string', default: '10000' },
      ops: { type: 'string', default: 'person-detail,people-page' },
      against: { type: 'string', default: '' },
      rounds: { type: 'string', default: '6' },
      slice: { type: 'string', default: '5' },
      connections: { type: 'string', default: '8' },
      sequential: { type: 'string', default: '0' },
      profile: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
    usage,
  );
  const text = (name: string) => String(values[name]);
  const against = text('against')
    .split(',')
    .filter((item) => item.trim() !== '')
    .map((item) => {
      const [name, dir] = item.split('=');
      if (!name || !dir || name === 'ours' || name === 'floorHttp') {
        throw new UsageError(
          `--against "${item}" is not valid: expected name=dir (a name other than ours and floorHttp).\n${usage}`,
        );
      }
      const script = join(resolve(dir), 'bench/compare/our-server.ts');
      if (!existsSync(script)) {
        throw new UsageError(
          `--against "${item}" is not valid: ${script} does not exist; expected a checkout of this project.\n${usage}`,
        );
      }
      return { name, script };
    });
  return {
    people: integerOption('people', text('people'), 1, 1_000_000, usage),
    operations: selectOperations(text('ops').split(',')),
    against,
    rounds: integerOption('rounds', text('rounds'), 1, 1000, usage),
    slice: integerOption('slice', text('slice'), 1, 600, usage),
    connections: integerOption('connections', text('connections'), 1, 1000, usage),
    sequential: integerOption('sequential', text('sequential'), 0, 100_000, usage),
    profile: typeof values.profile === 'string' ? resolve(values.profile) : undefined,
    seed: integerOption('seed', text('seed'), 0, 2 ** 32 - 1, usage),
  };
}

async function main(): Promise<number> {
  const line = commandLine(() => parseServerCpuArguments(process.argv.slice(2)));
  if (line.exitCode !== undefined) return line.exitCode;
  const args = line.args;
  const dataset = await openReusedDataset(args.people, args.seed, log);
  const servers: ChildServer[] = [];
  const { uri, password = '' } = dataset.database;
  const floor = new Executor(createDriver({ uri, user: 'neo4j', password }), { timeoutMs: 60_000 });
  try {
    // As bench:compare is run: a cold database's first plans take seconds.
    const env = {
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      QUERY_TIMEOUT_MS: process.env.QUERY_TIMEOUT_MS ?? '30000',
    };
    const start = async (name: string, script: string) => {
      const options = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(args.profile, name)}`] : [];
      const server = await startServer(script, { ...env, PORT: String(await freePort()) }, options);
      servers.push(server);
      return server;
    };
    const ours = await start('ours', 'bench/compare/our-server.ts');
    const floorHttp = await start('floorHttp', 'bench/compare/floor-server.ts');
    const others = [];
    for (const other of args.against)
      others.push({ ...other, server: await start(other.name, other.script) });
    const subjects = await readSubjects(floor, {
      people: await firstPeople(dataset.paths, SUBJECT_PEOPLE),
      count: VARIANTS,
      catalogue: await loadCatalogue(),
    });
    const sampler = sampleLoadAverage();
    const results: Record<string, unknown> = {};
    for (const operation of args.operations) {
      const targetsFor = (url: string) =>
        targetsOf(operation, subjects, VARIANTS, { ours: url, peer: url, floor, floorHttp: floorHttp.url });
      const base = targetsFor(ours.url);
      const sides: Side[] = [
        { name: 'ours', server: ours, target: () => base.find((target) => target.name === 'ours') },
        {
          name: 'floorHttp',
          server: floorHttp,
          target: () => base.find((target) => target.name === 'floorHttp'),
        },
        ...others.map((other) => ({
          name: other.name,
          server: other.server,
          target: () => targetsFor(other.server.url).find((target) => target.name === 'ours'),
        })),
      ];
      const present = sides.flatMap((side) => {
        const target = side.target();
        return target?.http ? [{ side, target, http: target.http }] : [];
      });
      for (let variant = 0; variant < VARIANTS; variant += 1) {
        for (const { target } of present) await target.ask(variant).catch(() => undefined);
      }
      // Same answers first: ours against the floor, and against every other checkout's.
      const checked = [
        base[0] as Target,
        ...present.slice(1).map(({ side, target }) => ({ ...target, name: side.name }) as Target),
      ];
      const differs = await checkSameData(operation, checked, VARIANTS);
      if (Object.keys(differs).length > 0)
        throw new Error(`${operation.name}: answers differ: ${JSON.stringify(differs)}`);
      for (const { http } of present) await httpSlice(http, args.connections, 1);
      const tallies = new Map<string, Tally>(
        present.map(({ side }) => [
          side.name,
          { requests: 0, errors: 0, seconds: 0, serverCpu: 0, databaseCpu: 0, latencies: [], sequential: [] },
        ]),
      );
      for (let round = 0; round < args.sequential; round += 1) {
        for (const { side, target } of rotate(present, round)) {
          const start = performance.now();
          await target.ask(round % VARIANTS);
          tallies.get(side.name)?.sequential.push(performance.now() - start);
        }
      }
      for (let round = 0; round < args.rounds; round += 1) {
        for (const { side, http } of rotate(present, round)) {
          const pid = side.server.pid ?? -1;
          const before = {
            server: processCpuSeconds(pid) ?? 0,
            database: processCpuSeconds(dataset.database.pid) ?? 0,
          };
          const slice = await httpSlice(http, args.connections, args.slice);
          const tally = tallies.get(side.name) as Tally;
          tally.requests += slice.requests;
          tally.errors += slice.errors;
          tally.seconds += slice.seconds;
          tally.serverCpu += (processCpuSeconds(pid) ?? 0) - before.server;
          tally.databaseCpu += (processCpuSeconds(dataset.database.pid) ?? 0) - before.database;
          for (const latency of slice.latencies) tally.latencies.push(latency);
        }
      }
      const round2 = (value: number) => Math.round(value * 100) / 100;
      results[operation.name] = Object.fromEntries(
        [...tallies.entries()].map(([name, tally]) => [
          name,
          {
            requests: tally.requests,
            errors: tally.errors,
            requestsPerSecond: round2(tally.requests / tally.seconds),
            p50: round2(percentile(tally.latencies, 0.5)),
            ...(tally.sequential.length > 0 && {
              sequential: {
                samples: tally.sequential.length,
                p50: round2(percentile(tally.sequential, 0.5)),
                p99: round2(percentile(tally.sequential, 0.99)),
              },
            }),
            serverCpuMsPerRequest: round2((tally.serverCpu * 1000) / tally.requests),
            databaseCpuMsPerRequest: round2((tally.databaseCpu * 1000) / tally.requests),
          },
        ]),
      );
      log(`${operation.name}: ${JSON.stringify(results[operation.name])}`);
    }
    process.stdout.write(
      `${JSON.stringify({ people: args.people, connections: args.connections, rounds: args.rounds, slice: args.slice, sequential: args.sequential, loadAverage: sampler.stop(), loadAverageAtEnd: loadavg(), results }, null, 2)}\n`,
    );
    return 0;
  } finally {
    for (const server of servers) await server.stop();
    await floor.close();
    await dataset.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main().catch((error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  });
}
