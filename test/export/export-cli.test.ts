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
import { graphViewQuery } from '../../src/export/graph-view-query.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('npm run export against the seeded API', () => {
  let server: TestServer;
  let dir: string;
  let whole: GraphView;

  beforeAll(async () => {
    server = await startTestServer();
    dir = await mkdtemp(join(tmpdir(), 'career-graph-export-'));
    const response = await graphql<{ graph: GraphView }>(server.url, graphViewQuery, { limit: 500 });
    whole = response.body.data?.graph as GraphView;
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the whole seed graph as GraphML and GEXF with the API counts', async () => {
    const url = `${server.url}/graphql`;
    for (const format of ['graphml', 'gexf'] as const) {
      const text = await exportGraph(
        parseExportArguments(['--format', format, '--limit', '500', '--url', url]),
      );
      const graph =
        format === 'graphml' ? parseGraphml(MultiDirectedGraph, text) : parseGexf(MultiDirectedGraph, text);
      expect({ nodes: graph.order, edges: graph.size }).toEqual({
        nodes: whole.nodes.length,
        edges: whole.edges.length,
      });
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
      `${server.url}/graphql`,
    ]);
    const json = JSON.parse(await exportGraph(args));
    const ids = json.elements.nodes.map((node: { data: { id: string } }) => node.data.id);
    expect(ids).toContain('kubernetes');
    expect(ids).toEqual(expect.arrayContaining(['b0bdae752341232c', '493100191bcfc980', '1f1d44f0f2c0cec7']));
  });

  it('runs as a command, writing --out and exiting 0, or exiting 2 on bad usage', async () => {
    const out = join(dir, 'seed.json');
    // Asynchronously: this process also serves the API the command calls.
    const run = (...args: string[]) =>
      new Promise<{ status: number | null; stderr: string }>((done) => {
        const child = spawn(resolve(projectRoot, 'node_modules/.bin/tsx'), [
          resolve(projectRoot, 'src/cli/export.ts'),
          ...args,
        ]);
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('close', (status) => done({ status, stderr }));
      });
    const ok = await run(
      '--format',
      'json',
      '--limit',
      '500',
      '--out',
      out,
      '--url',
      `${server.url}/graphql`,
    );
    expect(ok.stderr).toContain(`Wrote json to ${out}.`);
    expect(ok.status).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as GraphView;
    expect(written.nodes).toHaveLength(whole.nodes.length);
    const bad = await run('--format', 'svg');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format "svg" is not known');
  });
});
