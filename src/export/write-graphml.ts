import type { AbstractGraph, Attributes } from 'graphology-types';
import XMLWriter from 'xml-writer';

type GraphmlType = 'boolean' | 'int' | 'double' | 'string';
type Owner = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  owner: Owner;
  name: string;
  type: GraphmlType;
}

const hexColor = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function typeOf(value: unknown): GraphmlType | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'string') return 'string';
  return undefined;
}

/** The wider of two GraphML types for one attribute seen with both. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

/**
 * `color: '#rrggbb'` is written as the `r`, `g`, `b` integers that Gephi and graphology-graphml's
 * parser read back as a colour; anything else keeps its name.
 */
function flatten(attributes: Attributes): Map<string, boolean | number | string> {
  const out = new Map<string, boolean | number | string>();
  for (const [name, value] of Object.entries(attributes)) {
    const match = name === 'color' && typeof value === 'string' ? hexColor.exec(value) : null;
    if (match) {
      out.set('r', Number.parseInt(match[1] ?? '0', 16));
      out.set('g', Number.parseInt(match[2] ?? '0', 16));
      out.set('b', Number.parseInt(match[3] ?? '0', 16));
    } else if (typeOf(value) !== undefined) {
      out.set(name, value as boolean | number | string);
    }
  }
  return out;
}

function collectKeys(owner: Owner, rows: Iterable<Map<string, boolean | number | string>>): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const row of rows) {
    for (const [name, value] of row) {
      const type = typeOf(value) as GraphmlType;
      const known = keys.get(name);
      if (known) known.type = widen(known.type, type);
      else keys.set(name, { id: `${owner[0]}_${name}`, owner, name, type });
    }
  }
  return keys;
}

/**
 * GraphML of a graphology graph: every node and edge with its key, and every boolean, number or
 * string attribute (the graph's own too) declared as a `<key>` of the type it has. graphology-graphml 0.5 only parses, so
 * this is its missing writer; XML is produced by xml-writer (the library graphology-gexf writes
 * with), which does the escaping.
 */
export function writeGraphml(graph: AbstractGraph): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, data: flatten(attributes) }));
  const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
    key,
    source,
    target,
    undirected,
    data: flatten(attributes),
  }));
  const nodeKeys = collectKeys(
    'node',
    nodes.map((node) => node.data),
  );
  const edgeKeys = collectKeys(
    'edge',
    edges.map((edge) => edge.data),
  );
  const graphData = flatten(graph.getAttributes());
  const graphKeys = collectKeys('graph', [graphData]);
  const defaultDirected = graph.type !== 'undirected';

  const xml = new XMLWriter('  ');
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml');
  xml.writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  xml.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  xml.writeAttribute(
    'xsi:schemaLocation',
    'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  );
  for (const key of [...graphKeys.values(), ...nodeKeys.values(), ...edgeKeys.values()]) {
    xml.startElement('key');
    xml.writeAttribute('id', key.id);
    xml.writeAttribute('for', key.owner);
    xml.writeAttribute('attr.name', key.name);
    xml.writeAttribute('attr.type', key.type);
    xml.endElement();
  }
  xml.startElement('graph');
  xml.writeAttribute('edgedefault', defaultDirected ? 'directed' : 'undirected');
  writeData(xml, graphKeys, graphData);
  for (const node of nodes) {
    xml.startElement('node');
    xml.writeAttribute('id', node.key);
    writeData(xml, nodeKeys, node.data);
    xml.endElement();
  }
  for (const edge of edges) {
    xml.startElement('edge');
    xml.writeAttribute('id', edge.key);
    xml.writeAttribute('source', edge.source);
    xml.writeAttribute('target', edge.target);
    if (edge.undirected === defaultDirected) xml.writeAttribute('directed', String(!edge.undirected));
    writeData(xml, edgeKeys, edge.data);
    xml.endElement();
  }
  xml.endElement();
  xml.endElement();
  xml.endDocument();
  return xml.toString();
}

function writeData(
  xml: XMLWriter,
  keys: Map<string, Key>,
  data: Map<string, boolean | number | string>,
): void {
  for (const [name, value] of data) {
    const key = keys.get(name) as Key;
    xml.startElement('data');
    xml.writeAttribute('key', key.id);
    xml.text(String(value));
    xml.endElement();
  }
}
