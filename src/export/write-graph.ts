import { write as writeGexf } from 'graphology-gexf';
import type { GraphView } from './graph-view.js';
import { graphViewToGraphology } from './graph-view-to-graphology.js';
import { toCytoscape } from './to-cytoscape.js';
import { writeGraphml } from './write-graphml.js';

export const graphFormats = ['graphml', 'gexf', 'cytoscape', 'json'] as const;
export type GraphFormat = (typeof graphFormats)[number];

/** File name extension of each format, for downloads and `--out` defaults. */
export const graphFormatExtension: Readonly<Record<GraphFormat, string>> = {
  graphml: 'graphml',
  gexf: 'gexf',
  cytoscape: 'cyjs',
  json: 'json',
};

export function isGraphFormat(value: string): value is GraphFormat {
  return (graphFormats as readonly string[]).includes(value);
}

/**
 * The view as GraphML or GEXF (for Gephi, yEd, networkx), Cytoscape elements JSON, or the
 * GraphView itself as JSON. Node attributes: label, kind (and x, y, size, color when present);
 * edge attributes: type. A view cut short says so in the file: `truncated` and its `description`
 * as graph attributes (GraphML `<data>` of the graph, GEXF `<meta>`, Cytoscape `data`, JSON fields).
 */
export function writeGraph(view: GraphView, format: GraphFormat): string {
  switch (format) {
    case 'graphml':
      return writeGraphml(graphViewToGraphology(view));
    case 'gexf':
      return writeGexf(graphViewToGraphology(view), { version: '1.3', pretty: true });
    case 'cytoscape':
      return `${JSON.stringify(toCytoscape(view), null, 2)}\n`;
    case 'json': {
      const { nodes, edges, truncated = false, description } = view;
      return `${JSON.stringify({ nodes, edges, truncated, ...(description ? { description } : {}) }, null, 2)}\n`;
    }
    default:
      throw new Error(
        `Unknown graph format "${String(format)}": expected one of ${graphFormats.join(', ')}.`,
      );
  }
}
