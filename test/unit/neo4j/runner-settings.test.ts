import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { homePaths, writeConfig } from '../../../neo4j/home-files.js';
import { Neo4jRunnerError } from '../../../neo4j/runner-error.js';

// No database here: what the runner writes into neo4j.conf for the settings a caller adds.
const scratch = mkdtempSync(join(tmpdir(), 'career-graph-runner-settings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const base = { boltPort: 7687, httpPort: 7474, pageCache: '512m', transactionTimeout: '60s' };

function confLines(home: string): string[] {
  return readFileSync(join(homePaths(home).conf, 'neo4j.conf'), 'utf8')
    .trimEnd()
    .split('\n');
}

describe('writeConfig: settings a caller adds', () => {
  it('writes them after the runner’s own lines, in the order given', () => {
    const home = join(scratch, 'added');
    writeConfig(homePaths(home), {
      ...base,
      settings: {
        'internal.cypher.expression_engine': 'INTERPRETED',
        'db.transaction.timeout': '5s',
      },
    });
    const lines = confLines(home);
    expect(lines.slice(-3)).toEqual([
      'db.logs.query.enabled=OFF',
      'internal.cypher.expression_engine=INTERPRETED',
      'db.transaction.timeout=5s',
    ]);
    expect(lines).toContain('db.transaction.timeout=60s');
  });

  it('writes only the runner’s lines when there are none', () => {
    const home = join(scratch, 'none');
    writeConfig(homePaths(home), base);
    expect(confLines(home).at(-1)).toBe('db.logs.query.enabled=OFF');
  });

  it.each([
    ['a value over two lines', 'db.transaction.timeout', '5s\ndbms.security.auth_enabled=false'],
    ['a name holding "="', 'dbms.security.auth_enabled=false\ndb.x', 'on'],
    ['a name without a dot', 'timeout', '5s'],
    ['a name in capitals', 'DB.Transaction.Timeout', '5s'],
  ])('refuses %s, naming it, and writes nothing', (_case, name, value) => {
    const home = join(scratch, `refused-${name.length}-${value.length}`);
    const write = () => writeConfig(homePaths(home), { ...base, settings: { [name]: value } });
    expect(write).toThrow(Neo4jRunnerError);
    expect(write).toThrow(
      `Neo4j setting ${JSON.stringify(name)}=${JSON.stringify(value)} cannot be written: expected a dotted lower-case name and a one-line value.`,
    );
    expect(() => confLines(home)).toThrow(/ENOENT/);
  });
});
