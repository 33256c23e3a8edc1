import { percentile } from '../../src/util/percentile.js';
import type { ExplorerHandle } from './explorer-handle.js';
import type { ExplorerPage } from './explorer-page.js';

/**
 * Sets `window.__explorer`, the read-only handle the browser tests and bench:explore read the
 * page through. Test builds only: main.ts calls it when Vite builds in `test` mode, and the
 * production bundle leaves this module out.
 */
export function installTestHandle(page: ExplorerPage): void {
  const { explorer } = page;
  const { graph, renderer } = explorer;
  const handle: ExplorerHandle = {
    ready: page.ready,
    initialQuery: () => structuredClone(page.initialQuery),
    nodeCount: () => explorer.drawnNodes().length,
    edgeCount: () => explorer.drawnEdges().length,
    hiddenPaths: () => explorer.drawnHiddenPaths(),
    highlighted: () => explorer.highlightedTechnologies(),
    selectedPeople: () => explorer.selectedPeople(),
    pathNodes: () => explorer.pathNodes(),
    pathEdges: () => explorer.pathEdges(),
    pending: () => page.pending(),
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
    focus: () => page.focused(),
    expansions: () => page.expansions(),
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
      return {
        refreshMs: percentile(times, 0.5),
        frameMs: percentile(frames.slice(1), 0.5),
        frames: frames.length,
      };
    },
  };
  window.__explorer = handle;
}
