import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isJitThread,
  JitCpuMeter,
  jitThreadCpuSeconds,
  processCpuSeconds,
  statCpu,
  threadCpuByGroup,
  threadCpuSeconds,
} from '../../../neo4j/processes.js';

describe.runIf(process.platform === 'linux')('processCpuSeconds', () => {
  it('grows by the CPU time this process spends, as process.cpuUsage counts it', () => {
    const before = processCpuSeconds(process.pid);
    const usageBefore = process.cpuUsage();
    const until = performance.now() + 300;
    let spins = 0;
    while (performance.now() < until) spins += 1;
    const after = processCpuSeconds(process.pid);
    const usage = process.cpuUsage(usageBefore);
    const spent = (usage.user + usage.system) / 1e6;
    expect(spins).toBeGreaterThan(0);
    expect(before).toBeTypeOf('number');
    expect(after).toBeTypeOf('number');
    // Clock ticks of 10 ms, so allow a few ticks either way.
    expect(Math.abs((after ?? 0) - (before ?? 0) - spent)).toBeLessThan(0.05);
  });

  it('is undefined for a process that no longer exists', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    expect(child.status).toBe(0);
    expect(processCpuSeconds(child.pid as number)).toBeUndefined();
  });
});

describe('statCpu', () => {
  it('reads the name between the outer parentheses and adds utime and stime, in ticks of 1/100 s', () => {
    // A thread name may hold spaces and parentheses; fields 14 and 15 are utime 1234 and stime 56.
    const stat = '4242 (C2 (x) Thre) S 1 2 3 4 5 6 7 8 9 10 1234 56 0 0 20 0 1 0 99 0 0';
    expect(statCpu(stat)).toEqual({ name: 'C2 (x) Thre', seconds: 12.9 });
  });
});

describe('isJitThread', () => {
  it("takes HotSpot's C1 and C2 compiler threads, as Linux cuts their names, and no other thread", () => {
    const names = [
      'C2 CompilerThre',
      'C1 CompilerThre',
      'VM Thread',
      'GC Thread#0',
      'Sweeper thread',
      'neo4j.Scheduler',
    ];
    expect(names.filter(isJitThread)).toEqual(['C2 CompilerThre', 'C1 CompilerThre']);
  });
});

describe('JitCpuMeter', () => {
  it('counts the time of a thread that retired between samples up to its last sample, and of threads started later', () => {
    // Thread 1 works throughout; thread 2 works, is sampled at 5 s, then retires; thread 3 starts after the baseline.
    const readings = [
      new Map([
        ['1', 1],
        ['2', 2],
      ]),
      new Map([
        ['1', 3],
        ['2', 5],
        ['3', 1],
      ]),
      new Map([
        ['1', 4],
        ['3', 2],
      ]),
    ];
    const meter = new JitCpuMeter(() => readings.shift(), 1_000_000);
    meter.sample();
    expect(meter.stop()).toBe(3 + 3 + 2);
  });

  it('is undefined when the threads could not be read at the start', () => {
    expect(new JitCpuMeter(() => undefined, 1_000_000).stop()).toBeUndefined();
  });
});

describe.runIf(process.platform === 'linux')('jitThreadCpuSeconds', () => {
  it('is empty for a process without HotSpot compiler threads, and undefined for one that is gone', () => {
    expect(jitThreadCpuSeconds(process.pid)).toEqual(new Map());
    const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    expect(child.status).toBe(0);
    expect(jitThreadCpuSeconds(child.pid as number)).toBeUndefined();
  });
});

describe('threadCpuByGroup', () => {
  it('sums the time each thread used between two readings by its name without its trailing number, largest first, leaving out groups that used none', () => {
    const thread = (name: string, seconds: number) => ({ name, seconds });
    const before = new Map([
      ['10', thread('C2 CompilerThre', 5)],
      ['11', thread('neo4j.BoltWorker-1', 1)],
      ['12', thread('neo4j.BoltWorker-2', 2)],
      ['13', thread('GC Thread#0', 0.5)],
      ['14', thread('VM Periodic Tas', 0.1)],
    ]);
    // Thread 15 started after the first reading; thread 13 is gone by the second.
    const after = new Map([
      ['10', thread('C2 CompilerThre', 8)],
      ['11', thread('neo4j.BoltWorker-1', 2.5)],
      ['12', thread('neo4j.BoltWorker-2', 2.25)],
      ['14', thread('VM Periodic Tas', 0.1)],
      ['15', thread('neo4j.BoltWorker-3', 0.5)],
    ]);
    expect(threadCpuByGroup(before, after)).toEqual([
      ['C2 CompilerThre', 3],
      ['neo4j.BoltWorker-', 2.25],
    ]);
  });
});

describe.runIf(process.platform === 'linux')('threadCpuSeconds', () => {
  it('reads every thread of a live process with its name, and nothing of one that is gone', () => {
    const threads = threadCpuSeconds(process.pid);
    expect(threads?.get(String(process.pid))?.name).toBe(
      statCpu(readFileSync(`/proc/${process.pid}/stat`, 'utf8')).name,
    );
    const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    expect(child.status).toBe(0);
    expect(threadCpuSeconds(child.pid as number)).toBeUndefined();
  });
});
