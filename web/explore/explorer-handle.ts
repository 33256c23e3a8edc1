import type { GraphViewVariables } from '../../src/export/graph-view-query.js';

/**
 * A read-only window onto the explorer for browser tests and benchmarks (`window.__explorer`):
 * what is drawn and lit, never a way to change it. Only test builds have it (see test-handle.ts).
 */
export interface ExplorerHandle {
  /** Resolves once the first graph is drawn and its layout has settled; rejects when it could not load. */
  ready: Promise<void>;
  /** The variables of the `graph` query the page loaded first (from the URL). */
  initialQuery(): GraphViewVariables;
  nodeCount(): number;
  /** Relationships drawn (not the paths through hidden kinds). */
  edgeCount(): number;
  /** Shared technologies lit for the selected engineers (ids, sorted). */
  highlighted(): string[];
  selectedPeople(): string[];
  /** Nodes and edges of the shortest path drawn, in the API's order. */
  pathNodes(): string[];
  pathEdges(): string[];
  /** Requests to the API not answered yet. */
  pending(): number;
  layoutRunning(): boolean;
  lastLayout(): { ms: number; converged: boolean } | undefined;
  /** Where a node is on screen, relative to the graph container, in CSS pixels. */
  viewportPosition(id: string): { x: number; y: number } | undefined;
  /** Ids of the nodes drawn (not hidden by the kind filter), sorted. */
  nodeIds(): string[];
  /** The relationships drawn: graph key, ends and relationship type. */
  edges(): { key: string; source: string; target: string; relation: string }[];
  /** Edges drawn for paths through hidden kinds: ends (in id order) and the hidden nodes between. */
  hiddenPaths(): { source: string; target: string; via: string[] }[];
  /** The shapes (sigma node programs) the nodes of each kind are drawn with. */
  shapes(): Record<string, string[]>;
  /** The node whose details are shown. */
  selected(): string | undefined;
  /** The entities whose neighbourhood is drawn (`?focus=`); empty for the whole graph. */
  focus(): string[];
  /** How many "Expand neighbourhood" answers were merged into the graph. */
  expansions(): number;
  /** Node labels drawn in the last frame: text and box in CSS pixels of the graph container. */
  labels(): { id: string; text: string; x: number; y: number; width: number; height: number }[];
  /** Times `sigma.refresh()` (median of `runs`) and animation frames while the camera moves. */
  benchmark(runs?: number): Promise<{ refreshMs: number; frameMs: number; frames: number }>;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}
