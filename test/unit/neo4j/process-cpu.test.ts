import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jitCpuSeconds, processCpuSeconds, statCpu } from '../../../neo4j/processes.js';

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

describe.runIf(process.platform === 'linux')('jitCpuSeconds', () => {
  it('is 0 for a process without HotSpot compiler threads, and undefined for one that is gone', () => {
    expect(jitCpuSeconds(process.pid)).toBe(0);
    const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    expect(child.status).toBe(0);
    expect(jitCpuSeconds(child.pid as number)).toBeUndefined();
  });
});
