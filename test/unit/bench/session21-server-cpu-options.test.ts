import { describe, expect, it } from 'vitest';
import { parseServerCpuArguments } from '../../../bench/compare/server-cpu.js';
import { projectRoot } from '../../../src/config.js';
import { refusal } from '../../support/usage-refusal.js';

describe('bench/compare/server-cpu.ts options', () => {
  it('reads good options: the operations, and another checkout to compare with', () => {
    const args = parseServerCpuArguments([
      '--ops',
      'person-detail',
      '--against',
      `main=${projectRoot}`,
      '--rounds',
      '3',
    ]);
    expect(args).toMatchObject({
      people: 10000,
      rounds: 3,
      slice: 5,
      connections: 8,
      seed: 1,
      sequential: 0,
    });
    expect(args.operations.map((operation) => operation.name)).toEqual(['person-detail']);
    expect(args.against).toEqual([{ name: 'main', script: `${projectRoot}/bench/compare/our-server.ts` }]);
    expect(args.profile).toBeUndefined();
  });

  it('reads --sequential from 0 to 100000 rounds of one request per side at a time', () => {
    expect(parseServerCpuArguments(['--sequential', '600']).sequential).toBe(600);
    expect(parseServerCpuArguments(['--sequential', '100000']).sequential).toBe(100_000);
    expect(refusal(() => parseServerCpuArguments(['--sequential', 'all']))).toMatch(
      /^--sequential "all" is not valid: expected an integer from 0 to 100000\.\nUsage: npx tsx bench\/compare\/server-cpu\.ts/,
    );
    expect(refusal(() => parseServerCpuArguments(['--sequential', '100001']))).toMatch(
      /^--sequential "100001" is not valid: expected an integer from 0 to 100000\.\n/,
    );
  });

  it('names a bad number, an --against that is not name=dir or not a checkout, and an unknown operation', () => {
    expect(refusal(() => parseServerCpuArguments(['--rounds', '0']))).toMatch(
      /^--rounds "0" is not valid: expected an integer from 1 to 1000\.\nUsage: npx tsx bench\/compare\/server-cpu\.ts/,
    );
    expect(refusal(() => parseServerCpuArguments(['--against', 'ours=/tmp']))).toMatch(
      /^--against "ours=\/tmp" is not valid: expected name=dir \(a name other than ours and floorHttp\)\.\n/,
    );
    expect(refusal(() => parseServerCpuArguments(['--against', 'old=/no/such/dir']))).toMatch(
      /^--against "old=\/no\/such\/dir" is not valid: \/no\/such\/dir\/bench\/compare\/our-server\.ts does not exist; expected a checkout of this project\.\n/,
    );
    expect(refusal(() => parseServerCpuArguments(['--ops', 'nothing']))).toMatch(
      /^--ops: no operation "nothing"/,
    );
  });
});
