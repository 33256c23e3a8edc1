import type { GraphViewVariables } from '../../src/export/graph-view-query.js';

/**
 * A read-only window onto the explorer for browser tests and benchmarks (`window.__explorer`):
 * what is drawn and lit, never a way to change it.
 */
export interface ExplorerHandle {
  /** Resolves once the first graph is drawn and its layout has settled; rejects when it could not load. */
  ready: Promise<void>;
  /** The variables of the `graph` query the page loaded first (from the URL). */
  initialQuery(): GraphViewVariables;
  nodeCount(): number;
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
  /** Times `sigma.refresh()` (median of `runs`) and animation frames while the camera moves. */
  benchmark(runs?: number): Promise<{ refreshMs: number; frameMs: number; frames: number }>;
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}
