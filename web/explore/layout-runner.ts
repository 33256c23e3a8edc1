import forceAtlas2 from 'graphology-layout-forceatlas2';
import fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import type { ExplorerGraph } from './explorer-graph.js';

export interface LayoutRun {
  /** Wall time from start to stop. */
  ms: number;
  /** False when `maxMs` stopped a layout that was still moving. */
  converged: boolean;
}

// CommonJS with an ES-style declaration: TypeScript sees the class under `.default`, bundlers
// hand over the class itself.
const FA2LayoutSupervisor = ((fa2WorkerModule as unknown as { default?: unknown }).default ??
  fa2WorkerModule) as typeof fa2WorkerModule.default;
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;

/** How often movement is measured, and how small it must stay to call the layout settled. */
const sampleMs = 200;
const settledMovement = 0.004;
const settledSamples = 3;

/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), so the page keeps drawing
 * and answering while it runs. A run stops when nodes have moved less than 0.4% of the graph's
 * extent per sample for three samples in a row, or after `maxMs`.
 */
export class LayoutRunner {
  private supervisor: FA2LayoutSupervisor | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private finish: ((run: LayoutRun) => void) | undefined;

  constructor(private readonly graph: ExplorerGraph) {}

  isRunning(): boolean {
    return this.supervisor !== undefined;
  }

  run(maxMs: number): Promise<LayoutRun> {
    this.stop();
    const graph = this.graph;
    if (graph.order < 2) return Promise.resolve({ ms: 0, converged: true });
    const settings = forceAtlas2.inferSettings(graph);
    const supervisor = new FA2LayoutSupervisor(graph, {
      settings: {
        ...settings,
        barnesHutOptimize: graph.order > 250,
        // Large graphs: LinLog with hubs pushed out settles sooner (2,000 nodes in ~5 s instead of
        // ~15 s) into a readable spread; small ones keep each career grouped around its person.
        ...(graph.order > 500
          ? {
              linLogMode: true,
              outboundAttractionDistribution: true,
              gravity: 0.5,
              scalingRatio: 10,
              slowDown: 2,
            }
          : { gravity: 1, scalingRatio: 8, slowDown: 5 }),
      },
    });
    this.supervisor = supervisor;
    const started = performance.now();
    let previous = positions(graph);
    let calm = 0;
    return new Promise<LayoutRun>((resolve) => {
      this.finish = resolve;
      supervisor.start();
      this.timer = setInterval(() => {
        const now = positions(graph);
        const movement = meanMovement(previous, now) / extent(now);
        previous = now;
        calm = movement < settledMovement ? calm + 1 : 0;
        const elapsed = performance.now() - started;
        if (calm >= settledSamples || elapsed >= maxMs) {
          this.stop({ ms: Math.round(elapsed), converged: calm >= settledSamples });
        }
      }, sampleMs);
    });
  }

  /** Stops a running layout; its promise resolves as not converged unless told otherwise. */
  stop(run?: LayoutRun): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.supervisor?.kill();
    this.supervisor = undefined;
    const finish = this.finish;
    this.finish = undefined;
    finish?.(run ?? { ms: 0, converged: false });
  }
}

function positions(graph: ExplorerGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    out[i++] = attributes.x;
    out[i++] = attributes.y;
  });
  return out;
}

function meanMovement(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) {
    sum += Math.hypot((b[i] ?? 0) - (a[i] ?? 0), (b[i + 1] ?? 0) - (a[i + 1] ?? 0));
  }
  return sum / (a.length / 2);
}

function extent(p: Float64Array): number {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < p.length; i += 2) {
    const x = p[i] ?? 0;
    const y = p[i + 1] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return Math.max(Math.hypot(maxX - minX, maxY - minY), 1e-9);
}
