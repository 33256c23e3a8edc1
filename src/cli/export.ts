/**
 * `npm run export -- --format graphml|gexf|cytoscape|json [--focus id ...] [--depth N] [--kind K ...]
 * [--limit N] [--out file] [--url http://localhost:$PORT/graphql]`; `--help` says what each does.
 *
 * Asks the running API's `graph` query over HTTP (public, so no credentials) and writes the view
 * in the format asked, to stdout or `--out` (its folder created). Without `--limit` it asks for as
 * many nodes as the API gives (the whole graph up to that many); a view cut short says so on
 * stderr and in the file. Exit codes: 0 written, 1 the API failed, 2 bad usage.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { graphqlRequest } from '../client/graphql-client.js';
import { loadConfig } from '../config.js';
import type { GraphView } from '../export/graph-view.js';
import { type GraphViewVariables, graphViewQuery } from '../export/graph-view-query.js';
import { type GraphFormat, graphFormats, isGraphFormat, writeGraph } from '../export/write-graph.js';
import { limits } from '../graphql/arguments.js';
import { errorMessage } from '../util/error-message.js';
import { commandLine, integerOption, parseOptions, UsageError } from './cli-arguments.js';

export interface ExportArguments {
  format: GraphFormat;
  variables: GraphViewVariables;
  out: string | undefined;
  url: string;
}

const usage = `Usage: npm run export -- --format ${graphFormats.join('|')} [--focus ID ...] [--depth N] [--kind KIND ...] [--limit N] [--out FILE] [--url URL]`;

function helpText(defaultUrl: string): string {
  return `${usage}

Writes the graph the running API serves (npm start) as a file for Gephi, yEd, Cytoscape or networkx.

  -f, --format FORMAT  graphml, gexf (Gephi), cytoscape (Cytoscape JSON) or json (the API's GraphView)
      --focus ID       only the neighbourhood of this entity (repeat for several; at most 100)
      --depth N        hops around the focus, 1 to ${limits.depth.max} (default ${limits.depth.fallback})
      --kind KIND      only these kinds: person, role, company, technology, project, school (repeatable)
      --limit N        at most N nodes, 1 to ${limits.graphLimit.max} (default ${limits.graphLimit.max}, the most the API gives);
                       a view cut short says so on stderr and in the file
  -o, --out FILE       write FILE (its folder is created) instead of stdout (then use npm run -s export)
      --url URL        the GraphQL endpoint (default ${defaultUrl}, from PORT)
  -h, --help           this text

Examples:
  npm run export -- --format graphml --out .data/career.graphml
  npm run export -- --format gexf --focus kubernetes --depth 2 --out .data/kubernetes.gexf
`;
}

/** `raw` as an integer from `min` to `max` when given. */
function optionalInteger(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  return raw === undefined ? undefined : integerOption(name, raw, min, max, usage);
}

/** `--url` defaults to the API `npm start` serves with the same environment (PORT, else 4000). */
export function parseExportArguments(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ExportArguments {
  const defaultUrl = `http://localhost:${loadConfig(env).port}/graphql`;
  const values = parseOptions(
    argv,
    {
      format: { type: 'string', short: 'f' },
      focus: { type: 'string', multiple: true },
      depth: { type: 'string' },
      kind: { type: 'string', multiple: true },
      limit: { type: 'string' },
      out: { type: 'string', short: 'o' },
      url: { type: 'string', default: defaultUrl },
    },
    usage,
    helpText(defaultUrl),
  );
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required.\n${usage}`);
  if (!isGraphFormat(format)) {
    throw new UsageError(
      `--format "${format}" is not known: expected one of ${graphFormats.join(', ')}.\n${usage}`,
    );
  }
  const variables: GraphViewVariables = {};
  if (values.focus?.length) variables.focus = values.focus;
  const depth = optionalInteger('depth', values.depth, 1, limits.depth.max);
  if (depth !== undefined) variables.depth = depth;
  if (values.kind?.length) variables.kinds = values.kind.map((kind) => kind.toUpperCase());
  variables.limit = optionalInteger('limit', values.limit, 1, limits.graphLimit.max) ?? limits.graphLimit.max;
  return { format, variables, out: values.out, url: values.url ?? defaultUrl };
}

export interface ExportResult {
  /** The file's content. */
  text: string;
  nodes: number;
  edges: number;
  /** Set when the view was cut short: what was left out and how to get it; also in the file. */
  cutShort: string | undefined;
}

const statsQuery = /* GraphQL */ `
  query ExportCounts {
    stats { counts { kind count } }
  }
`;

/** How many nodes the whole graph has of these kinds (all when none), by the API's `stats`. */
async function countNodes(url: string, kinds: readonly string[] | undefined): Promise<number> {
  const data = await graphqlRequest<{ stats: { counts: { kind: string; count: number }[] } }>({
    url,
    query: statsQuery,
  });
  return data.stats.counts
    .filter((entry) => !kinds?.length || kinds.includes(entry.kind))
    .reduce((sum, entry) => sum + entry.count, 0);
}

/**
 * What a view cut short leaves out and how to export the rest. `total`: how many nodes the graph
 * has (of the kinds asked), for a view without focus.
 */
export function cutShortNote(variables: GraphViewVariables, held: number, total: number | undefined): string {
  const limit = variables.limit ?? limits.graphLimit.fallback;
  if (variables.focus?.length || total === undefined) {
    const around = variables.focus?.length
      ? `the neighbourhood of ${variables.focus.join(', ')}`
      : 'the graph';
    return `Cut short: it holds ${held} nodes (--limit ${limit}) and ${around} has more; lower --depth or pick --kind to export all of a smaller part.`;
  }
  const why =
    limit >= limits.graphLimit.max
      ? `the most the API's graph query returns`
      : `--limit ${limit}; up to ${limits.graphLimit.max} can be asked`;
  return `Cut short: it holds the ${held} best-connected of the graph's ${total} nodes (${why}); export parts of it with --focus ID --depth N or --kind KIND.`;
}

/** Fetches the view and writes it in the asked format, saying in it whether it was cut short. */
export async function exportGraph(args: ExportArguments): Promise<ExportResult> {
  const data = await graphqlRequest<{ graph: GraphView }>({
    url: args.url,
    query: graphViewQuery,
    variables: { ...args.variables },
  });
  const view = data.graph;
  let cutShort: string | undefined;
  if (view.truncated) {
    const total = args.variables.focus?.length ? undefined : await countNodes(args.url, args.variables.kinds);
    cutShort = cutShortNote(args.variables, view.nodes.length, total);
  }
  const text = writeGraph(cutShort ? { ...view, description: cutShort } : view, args.format);
  return { text, nodes: view.nodes.length, edges: view.edges.length, cutShort };
}

async function main(): Promise<number> {
  const line = commandLine(() => parseExportArguments(process.argv.slice(2)));
  if (line.exitCode !== undefined) return line.exitCode;
  const { args } = line;
  try {
    const result = await exportGraph(args);
    if (result.cutShort) process.stderr.write(`WARNING: ${result.cutShort}\n`);
    if (args.out) {
      await mkdir(dirname(args.out), { recursive: true });
      await writeFile(args.out, result.text);
      const cut = result.cutShort ? ', cut short' : '';
      process.stderr.write(
        `Wrote ${args.format} to ${args.out} (${result.nodes} nodes, ${result.edges} edges${cut}).\n`,
      );
    } else {
      process.stdout.write(result.text);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`Export failed: ${errorMessage(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
