// What kept similarPeople lists (src/graph/queries/similar-lists.ts) cost a write, on a benchmark data
// set: an import through loadResume (the API's importResume) of one person whose technologies change
// every round, timed whole and its version bump alone (the statement the lists add), how many
// people's lists each import makes stale, and what keeping one list again costs (one exact query and
// a write):
//   npx tsx bench/compare/similar-lists-cost.ts [--people 10000] [--sample 10] [--seed 1]
// The imported person and every list and version it writes are deleted at the end. Prints one JSON
// document; take the heavy lock (it starts Neo4j).
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { commandLine, parseOptions } from '../../src/cli/cli-arguments.js';
import { createDriver } from '../../src/db/create-driver.js';
import { cypher } from '../../src/db/cypher-query.js';
import { Executor } from '../../src/db/Executor.js';
import { Bookkeeping, Label, RelType } from '../../src/graph/model.js';
import { bumpVersions } from '../../src/graph/queries/similar-lists.js';
import { deletePerson } from '../../src/graphql/mutations/delete-person.js';
import { keepSimilarList } from '../../src/graphql/similar-lists.js';
import { loadResume } from '../../src/loader/load-resume.js';
import { readResume } from '../../src/resume/read-resume.js';
import { percentile } from '../../src/util/percentile.js';
import {
  openReusedDataset,
  reusedDatasetArguments,
  reusedDatasetOptions,
  spreadSample,
} from './reused-dataset.js';

const usage = 'Usage: npx tsx bench/compare/similar-lists-cost.ts [--people 10000] [--sample 10] [--seed 1]';

/** The data set's technologies by users, most used first. */
const technologiesByUsers = cypher(
  'bench.similarLists.technologies',
  `MATCH (t:${Label.Technology})
   RETURN t.id AS id, t.name AS name, COUNT { (t)<-[:${RelType.USES}]-() } AS users
   ORDER BY users DESC, id`,
);

/** People sharing a technology with person `$id`: those whose lists a change of theirs makes stale. */
const coUsers = cypher(
  'bench.similarLists.coUsers',
  `MATCH (:${Label.Person} {id: $id})-[:${RelType.USES}]->(t)<-[:${RelType.USES}]-(other)
   RETURN count(DISTINCT other) AS people`,
);

const personIds = cypher(
  'bench.similarLists.people',
  `MATCH (p:${Label.Person}) RETURN p.id AS id ORDER BY p.id`,
);

const forgetLists = cypher(
  'bench.similarLists.forget',
  `MATCH (n) WHERE n:${Bookkeeping.SimilarList} OR n:${Bookkeeping.TechnologyVersion}
   CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
);

/** parseOptions' values as text, by name. */
const textOf = (values: Record<string, unknown>) => (name: string) => String(values[name]);

const median = (values: number[]) => Math.round(percentile(values, 0.5) * 10) / 10;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const at = performance.now();
  const result = await work();
  return [result, performance.now() - at];
}

async function main(argv: readonly string[]): Promise<number> {
  const line = commandLine(() =>
    reusedDatasetArguments(textOf(parseOptions(argv, reusedDatasetOptions(10), usage)), 1, usage),
  );
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, sample, seed } = line.args;
  const log = (text: string) => process.stderr.write(`[similar-lists-cost] ${text}\n`);
  const dataset = await openReusedDataset(people, seed, log);
  const { uri, password = '' } = dataset.database;
  const driver = createDriver({ uri, user: 'neo4j', password });
  const executor = new Executor(driver, { timeoutMs: 300_000 });
  const catalogue = await loadCatalogue();
  const id = 'bench-similar-lists-cost';
  try {
    const popular = await executor.read<{ id: string; name: string; users: number }>(technologiesByUsers);
    const imports: { ms: number; bumpMs: number; technologies: number; staleLists: number }[] = [];
    for (let round = 0; round < sample; round++) {
      // Six technologies from the 30 most used, another six each round.
      const chosen = [0, 1, 2, 3, 4, 5].map(
        (k) => popular[(round * 6 + k * 5) % Math.min(30, popular.length)],
      );
      const names = chosen.flatMap((technology) => (technology ? [technology.name] : []));
      const text = JSON.stringify({
        id,
        basics: { label: 'Engineer' },
        work: [
          {
            name: 'Acme Widgets',
            positions: [
              {
                id: `${id}-role`,
                position: 'Engineer',
                technologies: names,
                startDate: '2020-01',
                endDate: '2021-12',
              },
            ],
          },
        ],
      });
      const resume = await readResume({ file: `${id}.json`, text }, { catalogue });
      const [, ms] = await timed(() => loadResume(executor, resume, catalogue));
      const ids = chosen.flatMap((technology) => (technology ? [technology.id] : []));
      const [, bumpMs] = await timed(() => executor.transaction('bench.bump', (tx) => bumpVersions(tx, ids)));
      const [shared] = await executor.read<{ people: number }>(coUsers, { id });
      imports.push({ ms, bumpMs, technologies: ids.length, staleLists: Number(shared?.people ?? 0) });
      log(JSON.stringify(imports.at(-1)));
    }
    const everyone = (await executor.read<{ id: string }>(personIds)).map((row) => row.id);
    const keeps: number[] = [];
    for (const personId of spreadSample(everyone, sample)) {
      const [, ms] = await timed(() => keepSimilarList(executor, personId));
      keeps.push(ms);
    }
    await deletePerson(executor, id);
    const session = driver.session();
    try {
      await session.run(forgetLists.text);
    } finally {
      await session.close();
    }
    process.stdout.write(
      `${JSON.stringify(
        {
          people,
          loadAverage: loadavg(),
          importMsMedian: median(imports.map((row) => row.ms)),
          bumpMsMedian: median(imports.map((row) => row.bumpMs)),
          staleListsMedian: median(imports.map((row) => row.staleLists)),
          keepListMsMedian: median(keeps),
          imports,
          keepListMs: keeps.map((ms) => Math.round(ms)),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  } finally {
    await driver.close();
    await dataset.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
