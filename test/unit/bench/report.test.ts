import { describe, expect, it } from 'vitest';
import type { LoadRun } from '../../../bench/compare/load-dataset.js';
import { type CompareResult, markdownReport, type SizeResult } from '../../../bench/compare/report.js';

const loadRun = (people: number, durationMs: number, created: number): LoadRun => ({
  files: people,
  people,
  failed: 0,
  durationMs,
  nodesCreated: created,
  nodesUpdated: 0,
  nodesDeleted: 0,
  relationshipsCreated: created * 4,
  relationshipsDeleted: 0,
  peakRssBytes: 200 * 2 ** 20,
  peakRssByChunk: [200 * 2 ** 20],
});

const latency = (p50: number, p99: number, errors = 0) => ({ samples: 30, p50, p99, errors });
const load = (requestsPerSecond: number) => ({
  connections: 8,
  seconds: 10,
  requests: requestsPerSecond * 10,
  requestsPerSecond,
  p50: 1,
  p99: 2,
  errors: 0,
});

function size(people: number, oursP50: number): SizeResult {
  return {
    people,
    graph: { nodes: people * 7, relationships: people * 43 },
    loadedAt: '2026-01-01T00:00:00.000Z',
    generateMs: 1000,
    load: loadRun(people, 50_000, people * 7),
    reload: loadRun(people, 10_000, 0),
    loadAverage: { min: 1.5, mean: 2, max: 3.25, samples: 10 },
    operations: [
      {
        name: 'person-detail',
        title: 'person detail, 3 levels',
        answerBytes: 2000,
        differs: {},
        sequential: {
          ours: latency(oursP50, 40),
          peer: latency(5, 9),
          floor: latency(2, 3),
          floorHttp: latency(4, 6),
        },
        load: { ours: load(100), peer: load(400), floor: load(1000), floorHttp: load(500) },
      },
      {
        name: 'graph',
        title: 'graph around a person',
        answerBytes: 9000,
        differs: { peer: 'variant 0: graph.truncated: expected false, found true' },
        sequential: { ours: latency(200, 300, 2), floor: latency(100, 150) },
        load: { ours: load(8), floor: load(12) },
      },
      {
        name: 'similar-people',
        title: 'similarPeople, first 10',
        answerBytes: 0,
        differs: { ours: 'variant 1: ours: HTTP 200: The query ran longer than the 5000 ms limit' },
        sequential: {},
        load: {},
      },
    ],
    mixed: {
      connections: 50,
      seconds: 60,
      requests: 3000,
      requestsPerSecond: 50,
      p50: 900,
      p99: 5100,
      errors: 15,
      errorsByCode: { TIMEOUT: 15 },
      byOperation: {
        'person-detail': { requests: 250, p50: 300, p99: 900, errors: 0 },
        'similar-people': { requests: 240, p50: 1100, p99: 2400, errors: 3 },
      },
      // Results written before the CPU was sampled have none.
      ...(people === 10000 && {
        cpu: { databaseCores: 1.3, apiCores: 0.6, databaseMsPerRequest: 26, apiMsPerRequest: 12 },
      }),
    },
  };
}

const result: CompareResult = {
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T01:00:00.000Z',
  command: 'npm run bench:compare -- --people 1000,10000',
  commit: 'abc1234',
  machine: {
    cores: 2,
    cpuModel: 'AMD EPYC',
    memoryGiB: 24,
    os: 'linux 6.1',
    node: 'v20.20.2',
    neo4j: '5.26.30 community',
    neo4jMemory: { heap: '1g', pageCache: '1g' },
    peer: '@neo4j/graphql 7.6.3',
    autocannon: '9.0.0',
  },
  settings: {
    seed: 1,
    variants: 5,
    runs: 30,
    duration: 10,
    connections: 8,
    mixedConnections: 50,
    mixedDuration: 60,
  },
  sizes: [size(1000, 10), size(10000, 12.5)],
};

describe('markdownReport', () => {
  const lines = markdownReport(result).split('\n');

  it('states the machine and the load average of each size', () => {
    expect(lines[0]).toBe(
      '2 cores (AMD EPYC), 24 GiB, linux 6.1, Node v20.20.2, Neo4j 5.26.30 community (heap 1g, page cache 1g), ' +
        '@neo4j/graphql 7.6.3; one-minute load average while measuring 1k: 1.5–3.25 (mean 2); 10k: 1.5–3.25 (mean 2).',
    );
  });

  it("names the database's JIT and class sharing when the result records them", () => {
    const late = {
      ...result,
      machine: { ...result.machine, neo4jJvm: { jit: 'late-c2' as const, classSharing: false } },
    };
    expect(markdownReport(late).split('\n')[0]).toContain(
      'Neo4j 5.26.30 community (heap 1g, page cache 1g, JIT late-c2, class sharing off), @neo4j/graphql 7.6.3;',
    );
  });

  it('gives each side its latencies and throughput, and the ratios to the peer, the floor and the floor over HTTP', () => {
    expect(lines).toContain(
      '| operation (10,000 people) | ours p50 / p99 ms | ours req/s | @neo4j/graphql p50 / p99 ms | peer req/s | ' +
        'floor p50 / p99 ms | floor req/s | floor over HTTP p50 / p99 ms | floor over HTTP req/s | ' +
        'ours / peer p50 | ours / peer req/s | ours / floor p50 | ours / floor over HTTP p50 |',
    );
    expect(lines).toContain(
      '| person detail, 3 levels | 12.5 / 40.0 | 100 | 5.00 / 9.00 | 400 | 2.00 / 3.00 | 1,000 | 4.00 / 6.00 | 500 | 2.50 | 0.25 | 6.25 | 3.13 |',
    );
  });

  it('says which side differed or failed instead of timing it, and how many timed requests failed', () => {
    expect(lines).toContain(
      '| graph around a person | 200 / 300 (2 failed) | 8.0 | differs | – | 100 / 150 | 12.0 | – | – | – | – | 2.00 | – |',
    );
    expect(lines).toContain(
      '| similarPeople, first 10 | failed | – | – | – | – | – | – | – | – | – | – | – |',
    );
    expect(lines).toContain(
      '- 1k similar-people: ours failed: variant 1: ours: HTTP 200: The query ran longer than the 5000 ms limit',
    );
    expect(lines).toContain(
      '- 10k graph: peer differs from ours: variant 0: graph.truncated: expected false, found true',
    );
  });

  it('shows the growth of our p50 from one size to the next', () => {
    expect(lines).toContain('| operation (ours, p50 ms) | 1,000 | 10,000 | growth 1k → 10k |');
    expect(lines).toContain('| person detail, 3 levels | 10.0 | 12.5 | 1.25 |');
  });

  it('shows the load figures and the mixed-load run', () => {
    expect(lines).toContain('| 10,000 | 70,000 | 430,000 | 50.0 s | 200 | 7,000 | 200 MiB | 10.0 s |');
    expect(lines).toContain(
      '| people | connections | seconds | requests | req/s | p50 ms | p99 ms | errors | CPU: Neo4j / our API, cores | CPU ms per request: Neo4j / our API |',
    );
    expect(lines).toContain(
      '| 10,000 | 50 | 60 | 3,000 | 50.0 | 900 | 5,100 | 15 (15 TIMEOUT) | 1.30 / 0.60 | 26.0 / 12.0 |',
    );
    expect(lines).toContain('| 1,000 | 50 | 60 | 3,000 | 50.0 | 900 | 5,100 | 15 (15 TIMEOUT) | – | – |');
  });

  it('shows each operation under the mixed load beside its p50 alone', () => {
    const start = lines.indexOf(
      '| operation (mixed load, 10,000 people) | requests | p50 / p99 ms | errors | alone p50 ms |',
    );
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 5)).toEqual([
      '| --- | --- | --- | --- | --- |',
      '| person detail, 3 levels | 250 | 300 / 900 | 0 | 12.5 |',
      '| similarPeople, first 10 | 240 | 1,100 / 2,400 | 3 | – |',
      '',
    ]);
  });
});
