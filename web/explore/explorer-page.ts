import type { GraphViewVariables } from '../../src/export/graph-view-query.js';
import { type GraphFormat, graphFormatExtension, writeGraph } from '../../src/export/write-graph.js';
import { errorMessage } from '../../src/util/error-message.js';
import { downloadFile } from '../shared/download-file.js';
import { type DrawnNeighbour, type EntityRef, renderDetails, renderDetailsMessage } from './details-panel.js';
import { drawnGraphView } from './drawn-graph-view.js';
import { Explorer } from './explorer.js';
import { type EntityDetails, fetchDetails, fetchGraph, fetchShortestPath } from './explorer-api.js';
import { exportImage } from './export-image.js';
import { onGraphClicks } from './graph-clicks.js';
import { kindOrder } from './kind-style.js';
import { mountLegendPanel } from './legend-panel.js';
import { mountPathPanel } from './path-panel.js';
import { mountPeoplePanel } from './people-panel.js';
import { mountSearchBox } from './search-box.js';
import { mountSharedPanel } from './shared-panel.js';
import { StatusLine } from './status-line.js';
import { focusedUrl, readUrlState } from './url-state.js';

/** The running page, as the test handle (test builds only) reads it. */
export interface ExplorerPage {
  readonly explorer: Explorer;
  /** Resolves once the first graph is drawn and its layout has settled; rejects when it could not load. */
  readonly ready: Promise<void>;
  /** The variables of the `graph` query the page loaded first (from the URL). */
  readonly initialQuery: GraphViewVariables;
  /** Requests to the API not answered yet. */
  pending(): number;
  /** The entities whose neighbourhood the graph shows (`?focus=`), none for the whole graph. */
  focused(): string[];
  /** How many "Expand neighbourhood" answers were merged into the graph. */
  expansions(): number;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The explorer page has no #${id} element: is index.html out of date?`);
  return element as T;
}

const clickHint =
  'Click a node for its details and to expand its neighbourhood; double-click to focus on it.';

/** Builds the explorer on index.html's elements, loads the graph the URL asks for, and wires every control. */
export function startExplorerPage(): ExplorerPage {
  const url = readUrlState(window.location.search);
  const initialQuery = url.query;
  const explorer = new Explorer(byId('graph'), { layoutMaxMs: url.layoutMs, shownKinds: url.shownKinds });
  const graph = explorer.graph;
  const renderer = explorer.renderer;
  const detailsPanel = byId<HTMLElement>('details');
  const selection = new Set<string>();
  let generation = 0;
  let focused: string[] = [...(initialQuery.focus ?? [])];
  /** Details of the selected entity as the API gave them (undefined while loading, or for roles). */
  let lastDetails: EntityDetails | null | undefined;
  let expansions = 0;

  const status = new StatusLine(byId('status'), () => {
    const truncated = explorer.truncated ? ' (cut short by the limit)' : '';
    const paths = explorer.drawnHiddenPaths().length;
    const through = paths ? ` · ${paths} through hidden kinds` : '';
    return `${explorer.drawnNodes().length} nodes · ${explorer.drawnEdges().length} edges${through}${truncated}`;
  });
  const ask = <T>(what: string, call: () => Promise<T>) => status.ask(what, call);

  const entityButton = (ref: EntityRef): HTMLButtonElement => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'entity-link';
    button.textContent = ref.label;
    button.addEventListener('click', () => void open(ref));
    return button;
  };

  const updateShared = mountSharedPanel({
    panel: byId('shared'),
    list: byId('shared-list'),
    explorer,
    selection,
    ask,
    entityButton,
  });
  const refreshLegend = mountLegendPanel(byId('legend'), explorer);
  const refreshPeople = mountPeoplePanel(byId('people'), explorer, selection, () => void updateShared());
  const pathPanel = mountPathPanel(byId('path-from'), byId('path-to'), explorer);
  explorer.onChange(() => {
    refreshLegend();
    refreshPeople();
    pathPanel.refresh();
    if (status.pending() === 0 && !status.showsError()) status.show();
  });

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
      if (attributes.hiddenPath) return;
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
      status.show(errorMessage(error), true);
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
    status.show(`${status.idleLine()} · expanded ${label}: ${news}`);
  }

  /** Replaces the graph with the node's neighbourhood (two hops: person → role → company). */
  async function focus(id: string): Promise<void> {
    const ticket = ++generation;
    const view = await ask('Focusing', () =>
      fetchGraph({ focus: [id], depth: 2, limit: initialQuery.limit }),
    );
    if (!view || ticket !== generation) return;
    window.history.replaceState(null, '', focusedUrl(window.location.href, id));
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
        status.show(errorMessage(error), true);
        return;
      }
    }
    if (!graph.hasNode(ref.id)) {
      status.show(`"${ref.label}" (${ref.id}) is not in the graph the API returned.`, true);
      return;
    }
    const moved = explorer.focusCamera(ref.id);
    await select(ref.id);
    // Selecting can merge what the API says into the graph, shifting the frame once more.
    await moved;
    await explorer.focusCamera(ref.id);
  }

  async function showPath(): Promise<void> {
    const from = byId<HTMLSelectElement>('path-from').value;
    const to = byId<HTMLSelectElement>('path-to').value;
    if (!from || !to || from === to) {
      status.show('Pick two different entities for the path: "From" and "To".', true);
      return;
    }
    const view = await ask('Finding the shortest path', () => fetchShortestPath(from, to));
    if (!view) return;
    const panel = byId<HTMLElement>('path');
    const list = byId<HTMLOListElement>('path-list');
    panel.hidden = false;
    if (view.nodes.length === 0) {
      explorer.clearPath();
      const none = document.createElement('li');
      none.className = 'muted';
      none.textContent = 'No path within the API’s hop limit.';
      list.replaceChildren(none);
      return;
    }
    try {
      const merged = explorer.merge(view);
      explorer.setPath(
        view.nodes.map((node) => node.id),
        view.edges.map((edge) => merged.edgeKeys.get(edge.id) ?? edge.id),
      );
    } catch (error) {
      status.show(errorMessage(error), true);
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
    (error) => status.show(`Search failed: ${errorMessage(error)}`, true),
  );

  byId('fit-graph').addEventListener('click', () => void explorer.fitToView());
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
      (error: unknown) => status.show(errorMessage(error), true),
    );
  });
  for (const format of ['graphml', 'gexf', 'cytoscape'] as const) {
    byId(`export-${format}`).addEventListener('click', () => exportAs(format));
  }

  // A click selects (shift-click on an engineer compares; expanding is the details panel's
  // button); a double-click focuses.
  onGraphClicks(renderer, {
    node(node, event) {
      if ('shiftKey' in event && event.shiftKey && graph.getNodeAttribute(node, 'kind') === 'PERSON') {
        togglePerson(node);
      } else {
        void select(node);
      }
    },
    doubleNode: (node) => void focus(node),
    stage() {
      explorer.select(undefined);
      renderDetailsMessage(detailsPanel, clickHint);
    },
  });
  renderer.on('enterNode', () => {
    renderer.getContainer().style.cursor = 'pointer';
  });
  renderer.on('leaveNode', () => {
    renderer.getContainer().style.cursor = '';
  });

  const ready = (async () => {
    const view = await ask('Loading the graph', () => fetchGraph(initialQuery));
    if (!view) throw new Error(byId('status').textContent ?? 'The graph could not be loaded.');
    await explorer.replace(view);
    if (url.unknownKinds.length) {
      const named = url.unknownKinds.map((kind) => `"${kind}"`).join(', ');
      status.show(`?kinds= names ${named}, not a kind: expected some of ${kindOrder.join(', ')}.`, true);
    } else if (!status.showsError()) status.show();
  })();
  ready.catch(() => {});

  return {
    explorer,
    ready,
    initialQuery,
    pending: () => status.pending(),
    focused: () => [...focused],
    expansions: () => expansions,
  };
}
