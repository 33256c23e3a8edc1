/**
 * `npm run export -- --format graphml|gexf|cytoscape|json [--focus id ...] [--depth N] [--kind K ...]
 * [--limit N] [--out file] [--url http://localhost:$PORT/graphql]`
 *
 * Asks the running API's `graph` query over HTTP (public, so no credentials) and writes the view
 * in the format asked, to stdout or `--out`. Exit codes: 0 written, 1 the API failed, 2 bad usage.
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { graphqlRequest } from '../../web/shared/graphql-client.js';
import { loadConfig } from '../config.js';
import type { GraphView } from '../export/graph-view.js';
import { type GraphViewVariables, graphViewQuery } from '../export/graph-view-query.js';
import { type GraphFormat, graphFormats, isGraphFormat, writeGraph } from '../export/write-graph.js';

export interface ExportArguments {
  format: GraphFormat;
  variables: GraphViewVariables;
  out: string | undefined;
  url: string;
}

const usage = `Usage: npm run export -- --format ${graphFormats.join('|')} [--focus ID ...] [--depth N] [--kind KIND ...] [--limit N] [--out FILE] [--url URL]`;

export class UsageError extends Error {}

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} "${raw}" is not valid: expected an integer from ${min} to ${max}.`);
  }
  return value;
}

/** `--url` defaults to the API `npm start` serves with the same environment (PORT, else 4000). */
export function parseExportArguments(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ExportArguments {
  const defaultUrl = `http://localhost:${loadConfig(env).port}/graphql`;
  let values: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string', short: 'f' },
        focus: { type: 'string', multiple: true },
        depth: { type: 'string' },
        kind: { type: 'string', multiple: true },
        limit: { type: 'string' },
        out: { type: 'string', short: 'o' },
        url: { type: 'string', default: defaultUrl },
      },
      allowPositionals: false,
      strict: true,
    });
  }
  try {
    values = parse().values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required.\n${usage}`);
  if (!isGraphFormat(format)) {
    throw new UsageError(`--format "${format}" is not known: expected one of ${graphFormats.join(', ')}.`);
  }
  const variables: GraphViewVariables = {};
  if (values.focus?.length) variables.focus = values.focus;
  const depth = integer('depth', values.depth, 1, 3);
  if (depth !== undefined) variables.depth = depth;
  if (values.kind?.length) variables.kinds = values.kind.map((kind) => kind.toUpperCase());
  const limit = integer('limit', values.limit, 1, 2000);
  if (limit !== undefined) variables.limit = limit;
  return { format, variables, out: values.out, url: values.url ?? defaultUrl };
}

/** Fetches the view and returns it written in the asked format. */
export async function exportGraph(args: ExportArguments): Promise<string> {
  const data = await graphqlRequest<{ graph: GraphView }>({
    url: args.url,
    query: graphViewQuery,
    variables: { ...args.variables },
  });
  return writeGraph(data.graph, args.format);
}

async function main(): Promise<number> {
  let args: ExportArguments;
  try {
    args = parseExportArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  try {
    const text = await exportGraph(args);
    if (args.out) {
      await writeFile(args.out, text);
      process.stderr.write(`Wrote ${args.format} to ${args.out}.\n`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
