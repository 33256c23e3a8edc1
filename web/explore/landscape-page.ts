import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { fetchLandscape, type LandscapeData, landscapeFirst } from './landscape-api.js';
import { communityColor, landscapeNodeSize } from './landscape-style.js';
import { StatusLine } from './status-line.js';
import { rollUpUrl } from './view-mode.js';

/**
 * The package is CommonJS typed as `export default`: bundled, the default import is the layout
 * function itself, which TypeScript sees as the module's `default`.
 */
const layout = ((forceAtlas2 as unknown as { default?: unknown }).default ??
  forceAtlas2) as typeof forceAtlas2.default;

interface LandscapeNodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  community: number;
  peopleCount: number;
  /** Ids of the narrower technologies merged into this one (roll-up: inferred). */
  rolledUp: string[];
}

export interface LandscapePage {
  readonly graph: UndirectedGraph<LandscapeNodeAttributes, { weight: number; size: number; color: string }>;
  /** The first drawing. */
  readonly ready: Promise<void>;
  /** The latest drawing: after the roll-up toggle changes, the one it asked for. */
  drawn(): Promise<void>;
  rolledUp(): boolean;
  communityCount(): number;
  pending(): number;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The explorer page has no #${id} element: is index.html out of date?`);
  return found as T;
}

/**
 * Starting positions: communities spread on a circle, each community's members on a small circle
 * around its centre, so the layout starts grouped and the same data always lands the same way.
 */
function seedPositions(data: LandscapeData): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const members = new Map<number, string[]>();
  for (const node of data.nodes) {
    const list = members.get(node.community) ?? [];
    list.push(node.technology.id);
    members.set(node.community, list);
  }
  const communities = Math.max(1, members.size);
  for (const [community, ids] of members) {
    const angle = (2 * Math.PI * community) / communities;
    const centre =
      communities === 1 ? { x: 0, y: 0 } : { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) };
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      const r = ids.length === 1 ? 0 : 10 + 2 * Math.sqrt(ids.length);
      positions.set(id, { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    });
  }
  return positions;
}

/** A node's name as the legend and the tooltip show it: merged technologies are inferred, and say so. */
export function landscapeNodeTitle(node: LandscapeData['nodes'][number]): string {
  if (node.rolledUp.length === 0) return node.technology.name;
  return `${node.technology.name} (+ ${node.rolledUp.map((other) => other.name).join(', ')}: inferred)`;
}

function renderLegend(list: HTMLElement, data: LandscapeData): void {
  const byCommunity = new Map<number, string[]>();
  const inferred = new Map<number, string[]>();
  for (const node of data.nodes) {
    const names = byCommunity.get(node.community) ?? [];
    names.push(node.rolledUp.length > 0 ? `${node.technology.name}*` : node.technology.name);
    byCommunity.set(node.community, names);
    if (node.rolledUp.length > 0) {
      inferred.set(node.community, [...(inferred.get(node.community) ?? []), landscapeNodeTitle(node)]);
    }
  }
  list.replaceChildren(
    ...[...byCommunity].map(([community, names]) => {
      const item = document.createElement('li');
      item.dataset.community = String(community);
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = communityColor(community);
      const more = names.length > 4 ? ` +${names.length - 4}` : '';
      item.append(swatch, `${names.slice(0, 4).join(', ')}${more}`);
      const merged = inferred.get(community);
      if (merged) {
        // * marks a technology with narrower ones merged in: catalogue facts, not résumé evidence.
        item.dataset.inferred = 'true';
        item.title = merged.join('; ');
      }
      return item;
    }),
  );
}

/** The technology landscape: the API's co-use graph, coloured by community and sized by people. */
export function startLandscapePage(minPeople: number, rollUp = false): LandscapePage {
  document.body.dataset.view = 'landscape';
  element('landscape-side').hidden = false;
  const graph = new UndirectedGraph<
    LandscapeNodeAttributes,
    { weight: number; size: number; color: string }
  >();
  const renderer = new Sigma(graph, element('graph'), {
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelRenderedSizeThreshold: 6,
    stagePadding: 40,
  });
  let communities = 0;
  const status = new StatusLine(
    element('status'),
    () => `${graph.order} technologies · ${graph.size} co-use edges · ${communities} communities`,
  );

  const rollUpBox = element<HTMLInputElement>('landscape-rollup');
  rollUpBox.checked = rollUp;
  const draw = async (rollUp: boolean) => {
    const data = await status.ask(
      rollUp ? 'Loading the technology landscape, rolled up' : 'Loading the technology landscape',
      () => fetchLandscape(minPeople, landscapeFirst, rollUp),
    );
    if (!data) throw new Error(element('status').textContent ?? 'The landscape could not be loaded.');
    graph.clear();
    const positions = seedPositions(data);
    const maxPeople = Math.max(1, ...data.nodes.map((node) => node.peopleCount));
    const maxWeight = Math.max(1, ...data.edges.map((edge) => edge.weight));
    for (const node of data.nodes) {
      const { x, y } = positions.get(node.technology.id) ?? { x: 0, y: 0 };
      graph.addNode(node.technology.id, {
        label: node.technology.name,
        x,
        y,
        size: landscapeNodeSize(node.peopleCount, maxPeople),
        color: communityColor(node.community),
        community: node.community,
        peopleCount: node.peopleCount,
        rolledUp: node.rolledUp.map((other) => other.id),
      });
    }
    for (const edge of data.edges) {
      graph.addEdge(edge.source, edge.target, {
        weight: edge.weight,
        size: 0.5 + 3 * (edge.weight / maxWeight),
        color: '#c5cbd3',
      });
    }
    communities = data.communityCount;
    if (graph.size > 0) {
      // A few hundred synchronous iterations: the landscape has at most `landscapeFirst` nodes.
      layout.assign(graph, {
        iterations: 300,
        getEdgeWeight: 'weight',
        settings: { ...layout.inferSettings(graph), adjustSizes: false },
      });
    }
    const titles = new Map(data.nodes.map((node) => [node.technology.id, landscapeNodeTitle(node)]));
    element('graph').title = '';
    renderer.removeAllListeners('enterNode');
    renderer.removeAllListeners('leaveNode');
    renderer.on('enterNode', ({ node }) => {
      element('graph').title = titles.get(node) ?? node;
    });
    renderer.on('leaveNode', () => {
      element('graph').title = '';
    });
    renderLegend(element('landscape-legend'), data);
    renderer.refresh();
    status.show();
  };

  const ready = draw(rollUpBox.checked);
  let latest = ready;
  // ask() has shown the failure on the status line; `ready` rejects for whoever awaits it.
  ready.catch(() => {});
  rollUpBox.addEventListener('change', () => {
    // Kept in the URL like the other view state, so a reload or a shared link draws the same.
    window.history.replaceState(null, '', rollUpUrl(window.location.href, rollUpBox.checked));
    latest = latest.catch(() => {}).then(() => draw(rollUpBox.checked));
    latest.catch(() => {});
  });

  return {
    graph,
    ready,
    drawn: () => latest,
    rolledUp: () => rollUpBox.checked,
    communityCount: () => communities,
    pending: () => status.pending(),
  };
}

/** Sets `window.__landscape` (test builds only: main.ts calls it when Vite builds in `test` mode). */
export function installLandscapeHandle(page: LandscapePage): void {
  const { graph } = page;
  window.__landscape = {
    ready: page.ready,
    drawn: () => page.drawn(),
    rolledUp: () => page.rolledUp(),
    nodes: () =>
      graph.mapNodes((id, a) => ({
        id,
        label: a.label,
        community: a.community,
        peopleCount: a.peopleCount,
        rolledUp: a.rolledUp,
        color: a.color,
        size: a.size,
      })),
    edges: () => graph.mapEdges((_key, a, source, target) => ({ source, target, weight: a.weight })),
    communityCount: () => page.communityCount(),
    pending: () => page.pending(),
  };
}
