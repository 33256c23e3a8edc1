import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Longest one README command may take; a busy machine loads the 203 files in well under this. */
const commandTimeoutMs = 150_000;

/**
 * `bash -c command` from the project root. It runs in a process group of its own, which is killed
 * whole once `commandTimeoutMs` has passed (npm, tsx and node included): a load still running after
 * its test gave up would write into the next file's graph. Rejects on a non-zero exit.
 */
function run(
  command: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd: projectRoot, env, detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, commandTimeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`"${command}" ended with ${signal ?? `exit code ${code}`}:\n${stdout}${stderr}`));
    });
  });
}

/** The commands of the README's "Résumés in, graph out" shell block, comments dropped. */
function loadingCommands(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Résumés in, graph out'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

describe('the README loading commands', () => {
  const commands = loadingCommands();

  beforeAll(clearDatabase);

  it('are a generate and a load', () => {
    expect(commands).toEqual([
      'npm run generate -- --people 200 --seed 7 --out .data/people',
      'npm run load -- seed/resumes .data/people',
    ]);
  });

  it(
    'generate 200 résumés and load them with the seed, as written',
    async () => {
      const { uri, user, password } = inject('database');
      const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
      const outputs: string[] = [];
      const errors: string[] = [];
      for (const command of commands) {
        const { stdout, stderr } = await run(command, env);
        outputs.push(stdout);
        errors.push(stderr);
      }
      expect(outputs[0]).toMatch(/Wrote 200 résumés \(seed 7\) to \S*\.data\/people\./);
      expect(outputs[1]).toContain('Loaded 203 of 203 files');
      // Many files: the progress bar, drawn on stderr (as plain lines when stderr is not a terminal).
      expect(errors[1]).toMatch(/loading \|[█░]+\| 203\/203 résumés \| 100%/);
      const [row] = await testExecutor().read<{ people: number }>(
        cypher('test.countPeople', 'MATCH (p:Person) RETURN count(p) AS people'),
      );
      expect(row?.people).toBe(203);
    },
    2 * commandTimeoutMs,
  );
});

describe('the README export commands', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** The export lines of the README, pointed at the test server (the one thing a test must add). */
  function exportCommands(url: string): string[] {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    return readme
      .split('\n')
      .filter((line) => line.startsWith('npm run export -- '))
      .map((line) => line.replace(/#.*$/, '').trim())
      .map((line) => `${line} --url ${url}/graphql`);
  }

  it('write GraphML, GEXF and Cytoscape JSON that parse back', async () => {
    const commands = exportCommands(server.url);
    expect(commands).toHaveLength(3);
    for (const command of commands) await run(command);

    const graphml = parseGraphml(
      MultiDirectedGraph,
      readFileSync(join(projectRoot, '.data/career.graphml'), 'utf8'),
    );
    expect(graphml.order).toBeGreaterThan(100);
    const gexf = parseGexf(
      MultiDirectedGraph,
      readFileSync(join(projectRoot, '.data/kubernetes.gexf'), 'utf8'),
    );
    // Kubernetes, within two hops: the roles and projects that used it and the people who list it.
    expect(gexf.hasNode('kubernetes')).toBe(true);
    const cytoscape = JSON.parse(readFileSync(join(projectRoot, '.data/person.json'), 'utf8'));
    const ids = cytoscape.elements.nodes.map((node: { data: { id: string } }) => node.data.id);
    expect(ids).toContain('1f1d44f0f2c0cec7');
    expect(ids).toContain('1f1d44f0f2c0cec7-microsoft-principal');
  });
});
