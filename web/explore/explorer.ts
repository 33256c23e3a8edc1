import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphView } from '../../src/export/graph-view.js';
import { drawReadableLabel } from './draw-readable-label.js';
import {
  createExplorerGraph,
  type ExplorerEdgeAttributes,
  type ExplorerGraph,
  type ExplorerNodeAttributes,
  type MergeResult,
  mergeGraphView,
  sizeByDegree,
} from './explorer-graph.js';
import { dimmedColor, nodeShapes, pathEdgeColor } from './kind-style.js';
import { type LayoutRun, LayoutRunner } from './layout-runner.js';
import { createNodeShapeProgram } from './node-shape-program.js';

export interface ExplorerOptions {
  /** Longest a layout may run after loading a graph, in milliseconds. */
  layoutMaxMs: number;
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
  private listeners: (() => void)[] = [];
  lastLayout: LayoutRun | undefined;
  truncated = false;

  constructor(
    container: HTMLElement,
    private readonly options: ExplorerOptions,
  ) {
    const programs = Object.fromEntries(nodeShapes.map((shape) => [shape, createNodeShapeProgram(shape)]));
    this.renderer = new Sigma<ExplorerNodeAttributes, ExplorerEdgeAttributes>(this.graph, container, {
      nodeProgramClasses: programs,
      defaultNodeType: 'circle',
      defaultEdgeType: 'line',
      defaultDrawNodeLabel: drawReadableLabel,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2328' },
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 8,
      zIndex: true,
      stagePadding: 50,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
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
    // Small graphs label everything but roles; large ones label what is big enough on screen.
    const small = this.graph.order < 300;
    this.renderer.setSetting('labelRenderedSizeThreshold', small ? 4 : 6);
    this.renderer.setSetting('labelDensity', small ? 0.5 : 0.3);
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
      void this.runLayout(Math.min(this.options.layoutMaxMs, 4000));
    }
    this.changed();
    return result;
  }

  private async runLayout(maxMs: number): Promise<LayoutRun> {
    const run = await this.layout.run(maxMs);
    if (run.ms > 0) this.lastLayout = run;
    return run;
  }

  isLayoutRunning(): boolean {
    return this.layout.isRunning();
  }

  setKindVisible(kind: string, visible: boolean): void {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.renderer.refresh({ skipIndexation: false });
    this.changed();
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
    this.renderer.refresh({ skipIndexation: true });
    this.changed();
  }

  /** Nodes sigma draws now (not hidden by the kind filter). */
  drawnNodes(): string[] {
    return this.graph.filterNodes((node) => {
      const data = this.renderer.getNodeDisplayData(node);
      return data !== undefined && !data.hidden;
    });
  }

  /** Edges sigma draws now: not hidden, and neither end hidden. */
  drawnEdges(): string[] {
    return this.graph.filterEdges((edge, _attributes, source, target) => {
      const data = this.renderer.getEdgeDisplayData(edge);
      return (
        data !== undefined &&
        !data.hidden &&
        !this.renderer.getNodeDisplayData(source)?.hidden &&
        !this.renderer.getNodeDisplayData(target)?.hidden
      );
    });
  }

  /** The viewport position (CSS pixels in the container) of a node, for pointing at it. */
  viewportPosition(node: string): { x: number; y: number } | undefined {
    const data = this.renderer.getNodeDisplayData(node);
    return data ? this.renderer.framedGraphToViewport(data) : undefined;
  }

  /** Moves the camera onto a node. */
  focusCamera(node: string): void {
    const data = this.renderer.getNodeDisplayData(node);
    if (data)
      void this.renderer.getCamera().animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: 450 });
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
      out.color = '#6b7280';
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
