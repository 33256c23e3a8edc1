import './explorer.css';
import { GraphQLRequestError } from '../../src/client/graphql-client.js';
import type { GraphViewVariables } from '../../src/export/graph-view-query.js';
import { type GraphFormat, graphFormatExtension, writeGraph } from '../../src/export/write-graph.js';
import { downloadFile } from '../shared/download-file.js';
import { type DrawnNeighbour, type EntityRef, renderDetails, renderDetailsMessage } from './details-panel.js';
import { drawnGraphView } from './drawn-graph-view.js';
import { Explorer } from './explorer.js';
import {
  type EntityDetails,
  fetchDetails,
  fetchGraph,
  fetchSharedTechnologies,
  fetchShortestPath,
} from './explorer-api.js';
import type { ExplorerHandle } from './explorer-handle.js';
import { exportImage } from './export-image.js';
import { mountLegendPanel } from './legend-panel.js';
import { mountPathPanel } from './path-panel.js';
import { mountPeoplePanel } from './people-panel.js';
import { mountSearchBox } from './search-box.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The explorer page has no #${id} element: is index.html out of date?`);
  return element as T;
}

function positiveInteger(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** `?focus=id&focus=id2&depth=2&kinds=PERSON,TECHNOLOGY&limit=2000&layoutMs=8000` */
function initialQuery(params: URLSearchParams): GraphViewVariables {
  const variables: GraphViewVariables = {};
  const focus = params.getAll('focus').filter(Boolean);
  if (focus.length) variables.focus = focus;
  const depth = positiveInteger(params, 'depth');
  if (depth !== undefined) variables.depth = depth;
  const kinds = params.get('kinds');
  if (kinds) variables.kinds = kinds.split(',').map((kind) => kind.trim().toUpperCase());
  variables.limit = positiveInteger(params, 'limit') ?? 500;
  return variables;
}

const params = new URLSearchParams(window.location.search);
const initial = initialQuery(params);
const explorer = new Explorer(byId('graph'), { layoutMaxMs: positiveInteger(params, 'layoutMs') ?? 8000 });
const graph = explorer.graph;
const statusLine = byId<HTMLSpanElement>('status');
const detailsPanel = byId<HTMLElement>('details');
const selection = new Set<string>();
let pending = 0;
let generation = 0;
let sharedTicket = 0;
/** The entities whose neighbourhood the graph shows (`?focus=`), none for the whole graph. */
let focused: string[] = [...(initial.focus ?? [])];
/** Details of the selected entity as the API gave them (undefined while loading, or for roles). */
let lastDetails: EntityDetails | null | undefined;
let expansions = 0;

function countsText(): string {
  const truncated = explorer.truncated ? ' (cut short by the limit)' : '';
  return `${explorer.drawnNodes().length} nodes · ${explorer.drawnEdges().length} edges${truncated}`;
}

function showStatus(message?: string, isError = false): void {
  statusLine.textContent = message ?? countsText();
  statusLine.classList.toggle('error', isError);
}

function describe(error: unknown): string {
  if (error instanceof GraphQLRequestError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs one API call with a status line; errors are shown, not thrown (undefined comes back). */
async function ask<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  pending += 1;
  showStatus(`${what}…`);
  try {
    const result = await call();
    showStatus();
    return result;
  } catch (error) {
    showStatus(`${what} failed: ${describe(error)}`, true);
    return undefined;
  } finally {
    pending -= 1;
  }
}

const refreshLegend = mountLegendPanel(byId('legend'), explorer);
const refreshPeople = mountPeoplePanel(byId('people'), explorer, selection, () => void updateShared());
const pathPanel = mountPathPanel(byId('path-from'), byId('path-to'), explorer);
explorer.onChange(() => {
  refreshLegend();
  refreshPeople();
  pathPanel.refresh();
  if (pending === 0 && !statusLine.classList.contains('error')) showStatus();
});

async function updateShared(): Promise<void> {
  const people = [...selection].filter((id) => graph.hasNode(id));
  const ticket = ++sharedTicket;
  const panel = byId<HTMLElement>('shared');
  const list = byId<HTMLOListElement>('shared-list');
  if (people.length < 2) {
    explorer.setShared(people, []);
    panel.hidden = people.length === 0;
    list.replaceChildren(hint('Select one more engineer to see what they share.'));
    return;
  }
  const shared = await ask('Finding shared technologies', () => fetchSharedTechnologies(people));
  if (ticket !== sharedTicket || !shared) return;
  explorer.setShared(
    people,
    shared.map((item) => item.technology.id),
  );
  panel.hidden = false;
  list.replaceChildren(
    ...shared.map((item) => {
      const li = document.createElement('li');
      li.dataset.id = item.technology.id;
      const button = entityButton({
        id: item.technology.id,
        label: item.technology.name,
        kind: 'TECHNOLOGY',
      });
      const who = document.createElement('span');
      who.className = 'muted';
      who.textContent = ` ${item.peopleCount} of ${people.length}`;
      li.append(button, who);
      return li;
    }),
  );
  if (shared.length === 0) list.append(hint('They share no technology.'));
}

function hint(text: string): HTMLElement {
  const li = document.createElement('li');
  li.className = 'muted';
  li.textContent = text;
  return li;
}

function entityButton(ref: EntityRef): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'entity-link';
  button.textContent = ref.label;
  button.addEventListener('click', () => void open(ref));
  return button;
}

function togglePerson(id: string): void {
  if (selection.has(id)) selection.delete(id);
  else selection.add(id);
  refreshPeople();
  void updateShared();
}

const actions = {
  open: (ref: EntityRef) => void open(ref),
  expand: (id: string) => void expand(id),
  focus: (id: string) => void focus(id),
  pathEnd: (end: 'from' | 'to', id: string) => pathPanel.setEnd(end, id),
  togglePerson,
};

function drawnNeighbours(id: string): DrawnNeighbour[] {
  const out: DrawnNeighbour[] = [];
  graph.forEachEdge(id, (_edge, attributes, source, target) => {
    const other = source === id ? target : source;
    const a = graph.getNodeAttributes(other);
    out.push({ id: other, label: a.label, kind: a.kind, relation: attributes.relation });
  });
  return out;
}

async function select(id: string): Promise<void> {
  if (!graph.hasNode(id)) return;
  explorer.select(id);
  const { label, kind } = graph.getNodeAttributes(id);
  const entity = { id, label, kind };
  lastDetails = undefined;
  renderDetails(detailsPanel, entity, undefined, drawnNeighbours(id), actions);
  const details = await ask(`Loading ${label}`, () => fetchDetails(id, kind));
  if (explorer.selected() !== id) return;
  if (details !== undefined) {
    lastDetails = details;
    renderDetails(detailsPanel, entity, details, drawnNeighbours(id), actions);
  }
}

/** Adds the node's neighbours (one hop) that are not drawn yet, around it. */
async function expand(id: string): Promise<void> {
  const ticket = generation;
  const label = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  const view = await ask(`Expanding ${label}`, () => fetchGraph({ focus: [id], depth: 1 }));
  if (!view || ticket !== generation) return;
  let added: number;
  try {
    added = explorer.merge(view, id).addedNodes.length;
  } catch (error) {
    showStatus(describe(error), true);
    return;
  }
  expansions += 1;
  if (explorer.selected() === id) {
    const { kind } = graph.getNodeAttributes(id);
    // Kinds without details list their drawn neighbours, which have just grown.
    if (lastDetails === undefined)
      renderDetails(detailsPanel, { id, label, kind }, undefined, drawnNeighbours(id), actions);
  }
  const news = added === 0 ? 'nothing new' : `${added} new node${added === 1 ? '' : 's'}`;
  showStatus(`${countsText()} · expanded ${label}: ${news}`);
}

/** Replaces the graph with the node's neighbourhood (two hops: person → role → company). */
async function focus(id: string): Promise<void> {
  const ticket = ++generation;
  const view = await ask('Focusing', () => fetchGraph({ focus: [id], depth: 2, limit: initial.limit }));
  if (!view || ticket !== generation) return;
  const url = new URL(window.location.href);
  url.searchParams.delete('focus');
  url.searchParams.append('focus', id);
  window.history.replaceState(null, '', url);
  focused = [id];
  explorer.clearPath();
  byId('path').hidden = true;
  const layout = explorer.replace(view);
  await updateShared();
  await select(id);
  await layout;
}

/** Shows an entity named somewhere (details, search, lists): fetched and merged when not drawn. */
async function open(ref: EntityRef): Promise<void> {
  if (!graph.hasNode(ref.id)) {
    const view = await ask(`Fetching ${ref.label}`, () => fetchGraph({ focus: [ref.id], depth: 1 }));
    if (!view) return;
    try {
      explorer.merge(view);
    } catch (error) {
      showStatus(describe(error), true);
      return;
    }
  }
  if (!graph.hasNode(ref.id)) {
    showStatus(`"${ref.label}" (${ref.id}) is not in the graph the API returned.`, true);
    return;
  }
  explorer.focusCamera(ref.id);
  await select(ref.id);
}

async function showPath(): Promise<void> {
  const from = byId<HTMLSelectElement>('path-from').value;
  const to = byId<HTMLSelectElement>('path-to').value;
  if (!from || !to || from === to) {
    showStatus('Pick two different entities for the path: "From" and "To".', true);
    return;
  }
  const view = await ask('Finding the shortest path', () => fetchShortestPath(from, to));
  if (!view) return;
  const panel = byId<HTMLElement>('path');
  const list = byId<HTMLOListElement>('path-list');
  panel.hidden = false;
  if (view.nodes.length === 0) {
    explorer.clearPath();
    list.replaceChildren(hint('No path within the API’s hop limit.'));
    return;
  }
  try {
    const merged = explorer.merge(view);
    explorer.setPath(
      view.nodes.map((node) => node.id),
      view.edges.map((edge) => merged.edgeKeys.get(edge.id) ?? edge.id),
    );
  } catch (error) {
    showStatus(describe(error), true);
    return;
  }
  list.replaceChildren(
    ...view.nodes.map((node) => {
      const li = document.createElement('li');
      li.dataset.id = node.id;
      li.append(entityButton({ id: node.id, label: node.label, kind: node.kind }));
      return li;
    }),
  );
}

function exportAs(format: GraphFormat): void {
  const mime = format === 'graphml' || format === 'gexf' ? 'application/xml' : 'application/json';
  const text = writeGraph(drawnGraphView(explorer), format);
  downloadFile(`career-graph.${graphFormatExtension[format]}`, text, mime);
}

mountSearchBox(
  byId('search-input'),
  byId('search-results'),
  (hit) => void open({ id: hit.entity.id, label: hit.entity.label, kind: hit.kind }),
  (error) => showStatus(`Search failed: ${describe(error)}`, true),
);

byId('people-clear').addEventListener('click', () => {
  selection.clear();
  refreshPeople();
  void updateShared();
});
byId('path-run').addEventListener('click', () => void showPath());
byId('path-clear').addEventListener('click', () => {
  explorer.clearPath();
  byId('path').hidden = true;
});
byId('export-png').addEventListener('click', () => {
  exportImage(explorer.renderer).then(
    (blob) => downloadFile('career-graph.png', blob),
    (error: unknown) => showStatus(describe(error), true),
  );
});
for (const format of ['graphml', 'gexf', 'cytoscape'] as const) {
  byId(`export-${format}`).addEventListener('click', () => exportAs(format));
}

const renderer = explorer.renderer;
renderer.on('clickNode', ({ node, event }) => {
  const original = event.original;
  if ('shiftKey' in original && original.shiftKey && graph.getNodeAttribute(node, 'kind') === 'PERSON') {
    togglePerson(node);
    return;
  }
  // A click selects and shows details (expanding is the details panel's button); the second
  // click of a double-click is sigma's doubleClickNode, never a clickNode.
  void select(node);
});
renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
  preventSigmaDefault();
  void focus(node);
});
renderer.on('clickStage', () => {
  explorer.select(undefined);
  renderDetailsMessage(
    detailsPanel,
    'Click a node for its details and to expand its neighbourhood; double-click to focus on it.',
  );
});
renderer.on('enterNode', () => {
  renderer.getContainer().style.cursor = 'pointer';
});
renderer.on('leaveNode', () => {
  renderer.getContainer().style.cursor = '';
});

const ready = (async () => {
  const view = await ask('Loading the graph', () => fetchGraph(initial));
  if (!view) throw new Error(statusLine.textContent ?? 'The graph could not be loaded.');
  await explorer.replace(view);
  showStatus();
})();
ready.catch(() => {});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const handle: ExplorerHandle = {
  ready,
  initialQuery: () => structuredClone(initial),
  nodeCount: () => explorer.drawnNodes().length,
  edgeCount: () => explorer.drawnEdges().length,
  highlighted: () => explorer.highlightedTechnologies(),
  selectedPeople: () => explorer.selectedPeople(),
  pathNodes: () => explorer.pathNodes(),
  pathEdges: () => explorer.pathEdges(),
  pending: () => pending,
  layoutRunning: () => explorer.isLayoutRunning(),
  lastLayout: () => (explorer.lastLayout ? { ...explorer.lastLayout } : undefined),
  viewportPosition: (id) => explorer.viewportPosition(id),
  nodeIds: () => explorer.drawnNodes().sort(),
  edges: () =>
    explorer.drawnEdges().map((key) => ({
      key,
      source: graph.source(key),
      target: graph.target(key),
      relation: graph.getEdgeAttribute(key, 'relation'),
    })),
  shapes: () => {
    const byKind: Record<string, string[]> = {};
    graph.forEachNode((_node, { kind, type }) => {
      const shapes = byKind[kind] ?? [];
      if (!shapes.includes(type)) shapes.push(type);
      byKind[kind] = shapes;
    });
    return byKind;
  },
  selected: () => explorer.selected(),
  focus: () => [...focused],
  expansions: () => expansions,
  labels: () => explorer.drawnLabels(),
  async benchmark(runs = 10) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      renderer.refresh();
      times.push(performance.now() - start);
    }
    const camera = renderer.getCamera();
    const state = camera.getState();
    const frames: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await camera.animate({ ratio: state.ratio * 0.4, angle: 0.3 }, { duration: 700 });
    await camera.animate(state, { duration: 700 });
    running = false;
    return { refreshMs: median(times), frameMs: median(frames.slice(1)), frames: frames.length };
  },
};
window.__explorer = handle;
