import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processCpuSeconds } from '../../../neo4j/processes.js';

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
