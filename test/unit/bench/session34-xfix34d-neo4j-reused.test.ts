import { describe, expect, it } from 'vitest';
import { type Machine, neo4jSettings } from '../../../bench/compare/machine.js';
import { type CompareResult, machineLine, type SizeResult } from '../../../bench/compare/report.js';

const memory = { heap: '1g', pageCache: '512m' };
const jvm = { jit: 'late-c2' as const, classSharing: true };

describe('neo4jSettings', () => {
  it('names the memory and JVM asked for when the run started every database it used', () => {
    expect(neo4jSettings([true], memory, jvm)).toEqual({ neo4jMemory: memory, neo4jJvm: jvm });
    expect(neo4jSettings([true, true], memory, jvm)).toEqual({ neo4jMemory: memory, neo4jJvm: jvm });
  });

  it('says the database was reused, naming no settings, when one was already running', () => {
    expect(neo4jSettings([false], memory, jvm)).toEqual({ neo4jReused: true });
    expect(neo4jSettings([true, false], memory, jvm)).toEqual({ neo4jReused: true });
    expect(neo4jSettings([], memory, jvm)).toEqual({ neo4jReused: true });
  });
});

describe('machineLine', () => {
  const base = {
    cores: 2,
    cpuModel: 'Xeon',
    memoryGiB: 24,
    os: 'linux 6.1',
    node: 'v20.20.2',
    neo4j: '5.26.30 community',
    peer: '@neo4j/graphql 7.6.3',
    autocannon: '9.0.0',
  };
  const sizes = [{ people: 1000, loadAverage: { min: 1, mean: 2, max: 3, samples: 4 } }] as SizeResult[];
  const line = (machine: Machine) => machineLine({ machine } as CompareResult, sizes);

  it("gives a reused database's settings as not recorded", () => {
    expect(line({ ...base, ...neo4jSettings([false], memory, jvm) })).toBe(
      '2 cores (Xeon), 24 GiB, linux 6.1, Node v20.20.2, Neo4j 5.26.30 community (already running: heap, page cache ' +
        'and JIT as it was started with, not recorded), @neo4j/graphql 7.6.3; one-minute load average while measuring ' +
        '1k: 1–3 (mean 2).',
    );
  });

  it('gives the settings a run started its database with', () => {
    expect(line({ ...base, ...neo4jSettings([true], memory, jvm) })).toContain(
      'Neo4j 5.26.30 community (heap 1g, page cache 512m, JIT late-c2, class sharing on), ',
    );
  });
});
