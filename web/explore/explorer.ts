import Sigma from 'sigma';
import { EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import type { GraphView } from '../../src/export/graph-view.js';
import {
  createExplorerGraph,
  type ExplorerEdgeAttributes,
  type ExplorerGraph,
  type ExplorerNodeAttributes,
  type MergeResult,
  mergeGraphView,
  sizeByDegree,
} from './explorer-graph.js';
import { type HiddenPath, pathsThroughHidden } from './hidden-paths.js';
import {
  dimmedColor,
  hiddenPathColor,
  kindOrder,
  litHiddenPathColor,
  nodeShapes,
  pathEdgeColor,
} from './kind-style.js';
import { type LayoutRun, LayoutRunner } from './layout-runner.js';
import { NodeLabels, type PlacedLabel } from './node-labels.js';
import { createNodeShapeProgram } from './node-shape-program.js';

export interface ExplorerOptions {
  /** Longest a layout may run after loading a graph, in milliseconds. */
  layoutMaxMs: number;
  /** The kinds shown at first (every kind when undefined); the legend changes it. */
  shownKinds?: readonly string[];
}

/** What the explorer highlights: the selected node, shared technologies, or a path. */
interface Highlight {
  selected: string | undefined;
  people: Set<string>;
  technologies: Set<string>;
  /** Roles joining a selected person to a shared technology: drawn, not counted as highlighted. */
  evidence: Set<string>;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

/**
 * The drawn graph: a graphology graph rendered by sigma (WebGL), laid out by ForceAtlas2 in a
 * worker, with what is highlighted or filtered applied in sigma's reducers so the graph data
 * itself never changes for display.
 */
export class Explorer {
  readonly graph: ExplorerGraph = createExplorerGraph();
  readonly renderer: Sigma<ExplorerNodeAttributes, ExplorerEdgeAttributes>;
  private readonly layout = new LayoutRunner(this.graph);
  private readonly hiddenKinds = new Set<string>();
  private highlight: Highlight = emptyHighlight();
  private readonly labels: NodeLabels;
  private listeners: (() => void)[] = [];
  /** While a layout moves a graph with many edges, only its highlighted edges are drawn. */
  private edgesWaitForLayout = false;
  /** Whether the graph has so many edges that the plain ones are thin lines that wait for layouts. */
  private manyEdges = false;
  private layoutTicket = 0;
  lastLayout: LayoutRun | undefined;
  truncated = false;

  constructor(
    container: HTMLElement,
    private readonly options: ExplorerOptions,
  ) {
    if (options.shownKinds) {
      const shown = new Set(options.shownKinds);
      for (const kind of kindOrder) if (!shown.has(kind)) this.hiddenKinds.add(kind);
    }
    const programs = Object.fromEntries(nodeShapes.map((shape) => [shape, createNodeShapeProgram(shape)]));
    this.labels = new NodeLabels({
      dimensions: () => this.renderer.getDimensions(),
      forEachNode: (visit) => {
        const renderer = this.renderer;
        this.graph.forEachNode((node) => {
          const data = renderer.getNodeDisplayData(node);
          // Hidden nodes are not drawn; dimmed ones (no label) are faint enough to write over.
          if (!data || data.hidden || !data.label) return;
          const { x, y } = renderer.framedGraphToViewport(data);
          visit(node, x, y, renderer.scaleSize(data.size));
        });
      },
    });
    this.renderer = new Sigma<ExplorerNodeAttributes, ExplorerEdgeAttributes>(this.graph, container, {
      nodeProgramClasses: programs,
      // Large graphs draw their edges as 1-pixel lines, and not at all while a layout moves them
      // (highlighted edges excepted, drawn by 'line'): see reduceEdge.
      edgeProgramClasses: { thin: skippableProgram(EdgeLineProgram, () => this.edgesWaitForLayout) },
      defaultNodeType: 'circle',
      defaultEdgeType: 'line',
      // Sigma's label grid proposes candidates (up to ~1 per 60 px cell at zoom 1, more as one
      // zooms in); NodeLabels keeps those that fit without overlapping, biggest nodes first.
      defaultDrawNodeLabel: this.labels.drawLabel,
      defaultDrawNodeHover: this.labels.drawHover,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2328' },
      labelDensity: 1,
      labelGridCellSize: 60,
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      stagePadding: 50,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.renderer.on('beforeRender', () => this.labels.reset());
    this.renderer.on('afterRender', () => this.labels.flush());
    this.renderer.on('enterNode', ({ node }) => {
      this.labels.hovered = node;
    });
    this.renderer.on('leaveNode', () => {
      this.labels.hovered = undefined;
    });
  }

  /** Called after every change of graph or highlight, for the panels. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Replaces the graph with the view and lays it out. */
  async replace(view: GraphView): Promise<LayoutRun> {
    this.layout.stop();
    this.highlight = emptyHighlight();
    this.graph.clear();
    mergeGraphView(this.graph, view, { spread: Math.max(100, Math.sqrt(view.nodes.length) * 20) });
    this.truncated = view.truncated ?? false;
    sizeByDegree(this.graph);
    this.drawHiddenPaths();
    // Small graphs offer every node's label to the placement (which keeps those that fit); large
    // ones only those of nodes big enough on screen, so zooming in reveals the rest.
    const small = this.graph.order < 300;
    this.renderer.setSetting('labelRenderedSizeThreshold', small ? 3 : 5);
    // Panning a large graph stays fluid when edges and labels wait for the camera to stop.
    const large = this.graph.order >= 1000;
    this.renderer.setSetting('hideEdgesOnMove', large);
    this.renderer.setSetting('hideLabelsOnMove', large);
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.changed();
    return this.runLayout(this.options.layoutMaxMs);
  }

  /** Adds the view's missing nodes around `anchor` (when drawn) and lays the graph out again. */
  merge(view: GraphView, anchor?: string): MergeResult {
    const at = anchor && this.graph.hasNode(anchor) ? this.graph.getNodeAttributes(anchor) : undefined;
    const result = mergeGraphView(this.graph, view, {
      anchor: at ? { x: at.x, y: at.y } : undefined,
      spread: extentOf(this.graph) * 0.06 || 50,
    });
    if (view.truncated) this.truncated = true;
    if (result.addedNodes.length > 0 || result.addedEdges > 0) {
      sizeByDegree(this.graph);
      this.drawHiddenPaths();
      void this.runLayout(Math.min(this.options.layoutMaxMs, 4000));
    }
    this.changed();
    return result;
  }

  private async runLayout(maxMs: number): Promise<LayoutRun> {
    const ticket = ++this.layoutTicket;
    this.manyEdges = this.graph.size >= manyEdgesFrom;
    this.setEdgesWaitForLayout(this.manyEdges);
    const run = await this.layout.run(maxMs);
    if (ticket === this.layoutTicket) this.setEdgesWaitForLayout(false);
    if (run.ms > 0) this.lastLayout = run;
    return run;
  }

  private setEdgesWaitForLayout(wait: boolean): void {
    if (wait === this.edgesWaitForLayout) return;
    this.edgesWaitForLayout = wait;
    this.renderer.refresh();
  }

  isLayoutRunning(): boolean {
    return this.layout.isRunning();
  }

  setKindVisible(kind: string, visible: boolean): void {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.drawHiddenPaths();
    this.renderer.refresh({ skipIndexation: false });
    this.changed();
  }

  /**
   * Replaces the edges drawn for paths through hidden kinds (a person and a technology through
   * the hidden role that used it) with those the graph and the kind filter give now.
   */
  private drawHiddenPaths(): void {
    const graph = this.graph;
    graph.forEachEdge((edge, attributes) => {
      if (attributes.hiddenPath) graph.dropEdge(edge);
    });
    if (this.hiddenKinds.size === 0) return;
    const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind');
    const paths = pathsThroughHidden(graph, (node) => !this.hiddenKinds.has(kindOf(node)), kindOf);
    for (const path of paths) {
      graph.addDirectedEdgeWithKey(hiddenPathKey(path), path.source, path.target, {
        relation: 'VIA',
        size: 0.6,
        color: hiddenPathColor,
        hiddenPath: { via: path.via },
        weight: 0,
      });
    }
  }

  /** Paths through hidden kinds drawn as edges, each with the hidden nodes it stands for. */
  drawnHiddenPaths(): HiddenPath[] {
    return this.graph.reduceEdges<HiddenPath[]>(
      (paths, _edge, attributes, source, target) =>
        attributes.hiddenPath ? [...paths, { source, target, via: [...attributes.hiddenPath.via] }] : paths,
      [],
    );
  }

  /** Moves the camera back to where the whole graph fits on screen. */
  fitToView(): Promise<void> {
    return this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  isKindVisible(kind: string): boolean {
    return !this.hiddenKinds.has(kind);
  }

  select(node: string | undefined): void {
    this.highlight.selected = node;
    this.refreshHighlight();
  }

  selected(): string | undefined {
    return this.highlight.selected;
  }

  /** Lights up these people and the technologies they share (those drawn). */
  setShared(people: Iterable<string>, technologies: Iterable<string>): void {
    const peopleSet = new Set(people);
    const technologySet = new Set([...technologies].filter((id) => this.graph.hasNode(id)));
    const evidence = new Set<string>();
    for (const person of peopleSet) {
      if (!this.graph.hasNode(person)) continue;
      this.graph.forEachOutNeighbor(person, (role) => {
        if (this.graph.getNodeAttribute(role, 'kind') !== 'ROLE') return;
        if (this.graph.someOutNeighbor(role, (target) => technologySet.has(target))) evidence.add(role);
      });
    }
    this.highlight.people = peopleSet;
    this.highlight.technologies = technologySet;
    this.highlight.evidence = evidence;
    this.refreshHighlight();
  }

  /** Draws a path: its nodes and edges (edge keys of this graph) lit, the rest dimmed. */
  setPath(nodes: Iterable<string>, edges: Iterable<string>): void {
    this.highlight.pathNodes = new Set(nodes);
    this.highlight.pathEdges = new Set(edges);
    this.refreshHighlight();
  }

  clearPath(): void {
    this.setPath([], []);
  }

  highlightedTechnologies(): string[] {
    return [...this.highlight.technologies].sort();
  }

  selectedPeople(): string[] {
    return [...this.highlight.people].sort();
  }

  pathNodes(): string[] {
    return [...this.highlight.pathNodes];
  }

  pathEdges(): string[] {
    return [...this.highlight.pathEdges];
  }

  private refreshHighlight(): void {
    // The reducers run now; the drawing waits for the next frame, so the panels a click updates
    // show before the graph's redraw (0.1 s and more with software WebGL) rather than after it.
    this.renderer.refresh({ skipIndexation: true, schedule: true });
    this.changed();
  }

  /** Nodes sigma draws now (not hidden by the kind filter). */
  drawnNodes(): string[] {
    return this.graph.filterNodes((node) => {
      const data = this.renderer.getNodeDisplayData(node);
      return data !== undefined && !data.hidden;
    });
  }

  /**
   * Relationships sigma draws: not hidden, and neither end hidden (paths through hidden kinds
   * are not relationships: see drawnHiddenPaths). Plain edges of a large graph waiting for
   * a layout to settle count as drawn: they are, once it has.
   */
  drawnEdges(): string[] {
    return this.graph.filterEdges((edge, attributes, source, target) => {
      const data = this.renderer.getEdgeDisplayData(edge);
      return (
        !attributes.hiddenPath &&
        data !== undefined &&
        !data.hidden &&
        !this.renderer.getNodeDisplayData(source)?.hidden &&
        !this.renderer.getNodeDisplayData(target)?.hidden
      );
    });
  }

  /** The node labels drawn in the last frame, with their boxes (CSS pixels in the container). */
  drawnLabels(): PlacedLabel[] {
    return this.labels.placed.map((label) => ({ ...label }));
  }

  /** The viewport position (CSS pixels in the container) of a node, for pointing at it. */
  viewportPosition(node: string): { x: number; y: number } | undefined {
    const data = this.renderer.getNodeDisplayData(node);
    return data ? this.renderer.framedGraphToViewport(data) : undefined;
  }

  /**
   * Moves the camera onto a node, and on again while the node is not in the middle when a move ends:
   * a node can shift under a moving camera (a layout still settling, or nodes merged meanwhile that
   * change the graph's extent, and with it every node's place in the frame). Resolves when it is
   * centred, or after a few moves.
   */
  async focusCamera(node: string): Promise<void> {
    const camera = this.renderer.getCamera();
    for (let move = 0; move < 4; move++) {
      const data = this.renderer.getNodeDisplayData(node);
      if (!data) return;
      const state = camera.getState();
      if (move > 0 && Math.abs(state.x - data.x) < 1e-4 && Math.abs(state.y - data.y) < 1e-4) return;
      await camera.animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: move === 0 ? 450 : 150 });
    }
  }

  private hasHighlight(): boolean {
    const h = this.highlight;
    return h.pathNodes.size > 0 || h.people.size > 0 || h.technologies.size > 0 || h.selected !== undefined;
  }

  private isLit(node: string): boolean {
    const h = this.highlight;
    if (h.pathNodes.size > 0) return h.pathNodes.has(node) || node === h.selected;
    if (h.people.size > 0 || h.technologies.size > 0) {
      return h.people.has(node) || h.technologies.has(node) || h.evidence.has(node) || node === h.selected;
    }
    if (h.selected !== undefined) {
      return (
        node === h.selected || (this.graph.hasNode(h.selected) && this.graph.areNeighbors(node, h.selected))
      );
    }
    return true;
  }

  private reduceNode(node: string, data: ExplorerNodeAttributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = { ...data };
    if (this.hiddenKinds.has(data.kind)) {
      out.hidden = true;
      return out;
    }
    if (!this.hasHighlight()) return out;
    const h = this.highlight;
    if (!this.isLit(node)) {
      out.color = dimmedColor;
      out.label = '';
      out.zIndex = 0;
      return out;
    }
    out.zIndex = 1;
    const strong =
      node === h.selected || h.pathNodes.has(node) || h.people.has(node) || h.technologies.has(node);
    if (strong) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  }

  private reduceEdge(edge: string, data: ExplorerEdgeAttributes): Partial<EdgeDisplayData> {
    const out = this.styleEdge(edge, data);
    // Software WebGL (headless Chromium, machines without a GPU) spends 0.6 s a frame on 15,000
    // antialiased edges, 0.25 s on 1-pixel lines, 0.1 s on none. So a large graph's plain edges
    // are lines, skipped while the layout moves the graph, and the page keeps answering; lit
    // edges (selection, path, shared technologies) keep their width and are always drawn.
    if (this.manyEdges && (out.zIndex ?? 0) < 1) out.type = 'thin';
    return out;
  }

  private styleEdge(edge: string, data: ExplorerEdgeAttributes): Partial<EdgeDisplayData> {
    const out: Partial<EdgeDisplayData> = { ...data };
    if (!this.hasHighlight()) return out;
    const h = this.highlight;
    if (h.pathEdges.size > 0 || h.pathNodes.size > 0) {
      if (h.pathEdges.has(edge)) {
        out.color = pathEdgeColor;
        out.size = 3;
        out.zIndex = 2;
      } else {
        out.color = dimmedColor;
        out.zIndex = 0;
      }
      return out;
    }
    const [source, target] = this.graph.extremities(edge);
    if (this.isLit(source) && this.isLit(target)) {
      out.size = 2;
      out.color = data.hiddenPath ? litHiddenPathColor : '#6b7280';
      out.zIndex = 1;
    } else {
      out.color = dimmedColor;
      out.zIndex = 0;
    }
    return out;
  }

  kill(): void {
    this.layout.stop();
    this.renderer.kill();
  }
}

function hiddenPathKey(path: HiddenPath): string {
  return `hidden-path:${path.source}:${path.target}`;
}

/** From this many edges, plain edges are thin lines that wait for layouts to settle. */
const manyEdgesFrom = 4000;

/** A sigma program that draws nothing while `skip()` says so. */
function skippableProgram(base: EdgeProgramType, skip: () => boolean): EdgeProgramType {
  return class SkippableEdgeProgram extends base {
    override render(params: RenderParams): void {
      if (!skip()) super.render(params);
    }
  };
}

function emptyHighlight(): Highlight {
  return {
    selected: undefined,
    people: new Set(),
    technologies: new Set(),
    evidence: new Set(),
    pathNodes: new Set(),
    pathEdges: new Set(),
  };
}

function extentOf(graph: ExplorerGraph): number {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return graph.order > 1 ? Math.hypot(maxX - minX, maxY - minY) : 0;
}
