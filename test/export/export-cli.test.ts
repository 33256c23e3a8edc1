import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, parseExportArguments } from '../../src/cli/export.js';
import { projectRoot } from '../../src/config.js';
import type { GraphView } from '../../src/export/graph-view.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { seedKindCounts } from '../fixtures/seed-kind-counts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Every node of the seed, from the hand counts. */
const seedNodes = seedKindCounts.reduce((sum, { count }) => sum + count, 0);

describe('npm run export against the seeded API', () => {
  let server: TestServer;
  let url: string;
  let dir: string;

  /** `npm run export -- <args>` without npm, asynchronously: this process also serves the API it calls. */
  const run = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(resolve(projectRoot, 'node_modules/.bin/tsx'), [
        resolve(projectRoot, 'src/cli/export.ts'),
        ...args,
      ]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('close', (status) => done({ status, stdout, stderr }));
    });

  beforeAll(async () => {
    server = await startTestServer();
    url = `${server.url}/graphql`;
    dir = await mkdtemp(join(tmpdir(), 'career-graph-export-'));
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the whole seed graph by default, as GraphML and GEXF, marked as whole', async () => {
    for (const format of ['graphml', 'gexf'] as const) {
      const result = await exportGraph(parseExportArguments(['--format', format, '--url', url]));
      const graph =
        format === 'graphml'
          ? parseGraphml(MultiDirectedGraph, result.text)
          : parseGexf(MultiDirectedGraph, result.text);
      expect(graph.order, format).toBe(seedNodes);
      expect({ nodes: result.nodes, edges: graph.size, cutShort: result.cutShort }, format).toEqual({
        nodes: seedNodes,
        edges: result.edges,
        cutShort: undefined,
      });
      expect(graph.getAttributes(), format).toEqual({});
    }
  });

  it('writes a focused neighbourhood as Cytoscape JSON', async () => {
    const args = parseExportArguments([
      '--format',
      'cytoscape',
      '--focus',
      'kubernetes',
      '--depth',
      '2',
      '--url',
      url,
    ]);
    const json = JSON.parse((await exportGraph(args)).text);
    const ids = json.elements.nodes.map((node: { data: { id: string } }) => node.data.id);
    expect(ids).toContain('kubernetes');
    expect(ids).toEqual(expect.arrayContaining(['b0bdae752341232c', '493100191bcfc980', '1f1d44f0f2c0cec7']));
  });

  it('runs as a command: creates the --out folder, writes the whole graph and exits 0', async () => {
    const out = join(dir, 'not', 'yet', 'there', 'seed.json');
    const ok = await run('--format', 'json', '--out', out, '--url', url);
    const written = JSON.parse(readFileSync(out, 'utf8')) as GraphView;
    expect(written.nodes).toHaveLength(seedNodes);
    expect(written.truncated).toBe(false);
    expect(ok).toEqual({
      status: 0,
      stdout: '',
      stderr: `Wrote json to ${out} (${seedNodes} nodes, ${written.edges.length} edges).\n`,
    });
  });

  it('says loudly, on stderr and in the file, that a view was cut short', async () => {
    const out = join(dir, 'cut.graphml');
    const cut = await run('--format', 'graphml', '--limit', '20', '--out', out, '--url', url);
    const note = `Cut short: it holds the 20 best-connected of the graph's ${seedNodes} nodes (--limit 20; up to 2000 can be asked); export parts of it with --focus ID --depth N or --kind KIND.`;
    const graph = parseGraphml(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(graph.order).toBe(20);
    expect(graph.getAttributes()).toEqual({ truncated: true, description: note });
    expect(cut).toEqual({
      status: 0,
      stdout: '',
      stderr: `WARNING: ${note}\nWrote graphml to ${out} (20 nodes, ${graph.size} edges, cut short).\n`,
    });
    // To stdout: the warning goes to stderr, and the file says it too; the total counts the kinds asked.
    const people = await run('--format', 'json', '--limit', '2', '--kind', 'person', '--url', url);
    const peopleNote = `Cut short: it holds the 2 best-connected of the graph's ${seedExpected.people} nodes (--limit 2; up to 2000 can be asked); export parts of it with --focus ID --depth N or --kind KIND.`;
    const view = JSON.parse(people.stdout) as GraphView;
    expect({ status: people.status, stderr: people.stderr }).toEqual({
      status: 0,
      stderr: `WARNING: ${peopleNote}\n`,
    });
    expect({ nodes: view.nodes.length, truncated: view.truncated, description: view.description }).toEqual({
      nodes: 2,
      truncated: true,
      description: peopleNote,
    });
  });

  it('answers --help on stdout and exits 0; bad usage exits 2', async () => {
    const help = await run('--help');
    expect({ status: help.status, stderr: help.stderr }).toEqual({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: npm run export -- --format graphml\|gexf\|cytoscape\|json /);
    expect(help.stdout).toContain('--limit N');
    const bad = await run('--format', 'svg');
    expect(bad).toEqual({
      status: 2,
      stdout: '',
      stderr:
        '--format "svg" is not known: expected one of graphml, gexf, cytoscape, json.\n' +
        'Usage: npm run export -- --format graphml|gexf|cytoscape|json [--focus ID ...] [--depth N] [--kind KIND ...] [--limit N] [--out FILE] [--url URL]\n',
    });
  });
});
