import type { LoadRun } from './load-dataset.js';
import type { LoadAverage, Machine } from './machine.js';
import type { Latency, LoadFigures } from './measure.js';
import type { TargetName } from './targets.js';

/** What `bench:compare` writes to bench/results/*.json and prints as Markdown. */
export interface CompareResult {
  startedAt: string;
  finishedAt: string;
  /** The arguments as given. */
  command: string;
  /** The commit measured. */
  commit: string;
  machine: Machine;
  settings: {
    seed: number;
    variants: number;
    runs: number;
    duration: number;
    connections: number;
    mixedConnections: number;
    mixedDuration: number;
    /** Our API's transaction timeout (QUERY_TIMEOUT_MS): a slower answer is a TIMEOUT error. */
    queryTimeoutMs?: number;
  };
  sizes: SizeResult[];
}

export interface SizeResult {
  people: number;
  graph: { nodes: number; relationships: number };
  /** When the data set was generated and loaded (a cached one keeps its first figures). */
  loadedAt: string;
  generateMs: number;
  load: LoadRun;
  reload: LoadRun;
  /** Who and what the operations asked about. */
  subjects?: { people: readonly string[]; technologies: readonly string[] };
  /** The one-minute load average of the machine while this size was measured. */
  loadAverage: LoadAverage;
  operations: OperationResult[];
  mixed?: MixedResult;
}

export interface OperationResult {
  name: string;
  title: string;
  /** Bytes of our JSON answer to the first variant: a reminder of how much each answer holds. */
  answerBytes: number;
  /**
   * Sides not timed, and why: ours when it failed (then no side is timed), another side when it
   * failed or its data differed from ours (the first difference).
   */
  differs: Partial<Record<TargetName, string>>;
  sequential: Partial<Record<TargetName, Latency>>;
  load: Partial<Record<TargetName, LoadFigures>>;
}

export interface MixedResult extends LoadFigures {
  /** Failed answers by error code (TIMEOUT, HTTP 500, …); transport errors and timeouts are not attributed. */
  errorsByCode: Record<string, number>;
  byOperation: Record<string, { requests: number; p50: number; p99: number; errors: number }>;
  /**
   * Where the run's CPU went (Linux; absent in older results): the cores Neo4j and our API used on
   * average, and their CPU milliseconds per answered request.
   */
  cpu?: { databaseCores: number; apiCores: number; databaseMsPerRequest: number; apiMsPerRequest: number };
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value >= 100
      ? Math.round(value).toLocaleString('en-US')
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);

const perSecond = (value: number | undefined) =>
  value === undefined ? '–' : value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 || Number.isNaN(a) || Number.isNaN(b)
    ? '–'
    : (a / b).toFixed(2);

const count = (value: number) => value.toLocaleString('en-US');

const mebibytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

function latencyCell(operation: OperationResult, target: TargetName): string {
  if (operation.differs.ours) return target === 'ours' ? 'failed' : '–';
  if (operation.differs[target]) return 'differs';
  const latency = operation.sequential[target];
  if (!latency) return '–';
  const failed = latency.errors > 0 ? ` (${latency.errors} failed)` : '';
  return `${ms(latency.p50)} / ${ms(latency.p99)}${failed}`;
}

function operationsTable(size: SizeResult): string[] {
  const lines = [
    `| operation (${count(size.people)} people) | ours p50 / p99 ms | ours req/s | @neo4j/graphql p50 / p99 ms | peer req/s | floor p50 / p99 ms | floor req/s | floor over HTTP p50 / p99 ms | floor over HTTP req/s | ours / peer p50 | ours / peer req/s | ours / floor p50 | ours / floor over HTTP p50 |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const operation of size.operations) {
    const p50 = (target: TargetName) =>
      operation.differs[target] ? undefined : operation.sequential[target]?.p50;
    const rps = (target: TargetName) =>
      operation.differs[target] ? undefined : operation.load[target]?.requestsPerSecond;
    lines.push(
      `| ${operation.title} | ${latencyCell(operation, 'ours')} | ${perSecond(rps('ours'))} | ` +
        `${latencyCell(operation, 'peer')} | ${perSecond(rps('peer'))} | ` +
        `${latencyCell(operation, 'floor')} | ${perSecond(rps('floor'))} | ` +
        `${latencyCell(operation, 'floorHttp')} | ${perSecond(rps('floorHttp'))} | ` +
        `${ratio(p50('ours'), p50('peer'))} | ${ratio(rps('ours'), rps('peer'))} | ${ratio(p50('ours'), p50('floor'))} | ` +
        `${ratio(p50('ours'), p50('floorHttp'))} |`,
    );
  }
  return lines;
}

function growthTable(sizes: readonly SizeResult[]): string[] {
  if (sizes.length < 2) return [];
  const ordered = [...sizes].sort((a, b) => a.people - b.people);
  const steps = ordered.slice(1).map((size, index) => [ordered[index] as SizeResult, size] as const);
  const lines = [
    `| operation (ours, p50 ms) | ${ordered.map((size) => count(size.people)).join(' | ')} | ${steps
      .map(([from, to]) => `growth ${short(from.people)} → ${short(to.people)}`)
      .join(' | ')} |`,
    `| --- | ${ordered.map(() => '---').join(' | ')} | ${steps.map(() => '---').join(' | ')} |`,
  ];
  const names = [...new Set(ordered.flatMap((size) => size.operations.map((operation) => operation.name)))];
  for (const name of names) {
    const p50 = (size: SizeResult) =>
      size.operations.find((operation) => operation.name === name)?.sequential.ours?.p50;
    const title = ordered
      .flatMap((size) => size.operations)
      .find((operation) => operation.name === name)?.title;
    lines.push(
      `| ${title} | ${ordered.map((size) => ms(p50(size))).join(' | ')} | ${steps
        .map(([from, to]) => ratio(p50(to), p50(from)))
        .join(' | ')} |`,
    );
  }
  return lines;
}

function short(people: number): string {
  return people >= 1000 && people % 1000 === 0 ? `${people / 1000}k` : String(people);
}

function loadingTable(sizes: readonly SizeResult[]): string[] {
  const lines = [
    '| people | nodes | relationships | load | résumés/s | rows/s | loader peak memory | unchanged reload |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const size of sizes) {
    const { load, reload } = size;
    const rows = load.nodesCreated + load.relationshipsCreated;
    lines.push(
      `| ${count(size.people)} | ${count(size.graph.nodes)} | ${count(size.graph.relationships)} | ${seconds(load.durationMs)} | ` +
        `${perSecond(load.people / (load.durationMs / 1000))} | ${count(Math.round(rows / (load.durationMs / 1000)))} | ` +
        `${mebibytes(load.peakRssBytes)} | ${seconds(reload.durationMs)} |`,
    );
  }
  return lines;
}

function mixedTable(sizes: readonly SizeResult[]): string[] {
  const runs = sizes.filter((size) => size.mixed);
  if (runs.length === 0) return [];
  const lines = [
    '| people | connections | seconds | requests | req/s | p50 ms | p99 ms | errors | CPU: Neo4j / our API, cores | CPU ms per request: Neo4j / our API |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const size of runs) {
    const mixed = size.mixed as MixedResult;
    const codes = Object.entries(mixed.errorsByCode)
      .map(([code, n]) => `${n} ${code}`)
      .join(', ');
    const { cpu } = mixed;
    lines.push(
      `| ${count(size.people)} | ${mixed.connections} | ${Math.round(mixed.seconds)} | ${count(mixed.requests)} | ` +
        `${perSecond(mixed.requestsPerSecond)} | ${ms(mixed.p50)} | ${ms(mixed.p99)} | ${mixed.errors}${codes ? ` (${codes})` : ''} | ` +
        `${cpu ? `${cpu.databaseCores.toFixed(2)} / ${cpu.apiCores.toFixed(2)}` : '–'} | ` +
        `${cpu ? `${ms(cpu.databaseMsPerRequest)} / ${ms(cpu.apiMsPerRequest)}` : '–'} |`,
    );
  }
  return lines;
}

/** Each operation under the mixed load beside its sequential p50 alone: which ones make the tail. */
function mixedOperationsTable(size: SizeResult): string[] {
  const mixed = size.mixed;
  if (!mixed) return [];
  const lines = [
    `| operation (mixed load, ${count(size.people)} people) | requests | p50 / p99 ms | errors | alone p50 ms |`,
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [name, figures] of Object.entries(mixed.byOperation)) {
    const operation = size.operations.find((candidate) => candidate.name === name);
    lines.push(
      `| ${operation?.title ?? name} | ${count(figures.requests)} | ${ms(figures.p50)} / ${ms(figures.p99)} | ` +
        `${figures.errors} | ${ms(operation?.sequential.ours?.p50)} |`,
    );
  }
  return lines;
}

function neo4jStarted(machine: Machine): string {
  if (!machine.neo4jMemory)
    return 'already running: heap, page cache and JIT as it was started with, not recorded';
  const { heap, pageCache } = machine.neo4jMemory;
  const jvm = machine.neo4jJvm;
  return (
    `heap ${heap}, page cache ${pageCache}` +
    (jvm ? `, JIT ${jvm.jit}, class sharing ${jvm.classSharing ? 'on' : 'off'}` : '')
  );
}

export function machineLine(result: CompareResult, sizes: readonly SizeResult[]): string {
  const { machine } = result;
  const load = sizes
    .map(
      (size) =>
        `${short(size.people)}: ${size.loadAverage.min}–${size.loadAverage.max} (mean ${size.loadAverage.mean})`,
    )
    .join('; ');
  return (
    `${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ` +
    `Neo4j ${machine.neo4j} (${neo4jStarted(machine)}), ` +
    `${machine.peer}; one-minute load average while measuring ${load}.`
  );
}

/** The Markdown the script prints and the README shows. */
export function markdownReport(result: CompareResult): string {
  const { settings } = result;
  const sections = [
    machineLine(result, result.sizes),
    '',
    `p50 / p99: ${settings.runs} sequential rounds at most (one request per side in turn, ${settings.variants} variants); ` +
      `req/s: ${settings.connections} connections for ${settings.duration} s per side (longer for an operation ` +
      'whose requests take seconds under load), in slices taken in turn. ' +
      'Floor: our best single Cypher query for the same data, through the driver; floor over HTTP: the same ' +
      'query and driver behind a bare node:http server that returns its rows as JSON (no GraphQL).' +
      (settings.queryTimeoutMs ? ` Our API cuts a query off after ${settings.queryTimeoutMs} ms.` : ''),
  ];
  for (const size of result.sizes) sections.push('', ...operationsTable(size));
  const growth = growthTable(result.sizes);
  if (growth.length > 0) sections.push('', ...growth);
  sections.push('', ...loadingTable(result.sizes));
  const mixed = mixedTable(result.sizes);
  if (mixed.length > 0) {
    sections.push(
      '',
      `Mixed load (our API, in turn each operation of the per-operation table below; the others are left out of it):`,
      '',
      ...mixed,
    );
    for (const size of result.sizes) {
      const byOperation = mixedOperationsTable(size);
      if (byOperation.length > 0) sections.push('', ...byOperation);
    }
  }
  const differing = result.sizes.flatMap((size) =>
    size.operations.flatMap((operation) =>
      Object.entries(operation.differs).map(
        ([target, problem]) =>
          `- ${short(size.people)} ${operation.name}: ${target === 'ours' ? 'ours failed' : `${target} differs from ours`}: ${problem}`,
      ),
    ),
  );
  if (differing.length > 0) sections.push('', 'Not timed:', ...differing);
  return `${sections.join('\n')}\n`;
}
