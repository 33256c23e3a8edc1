import type { Timeline } from './timeline-model.js';

/**
 * A read-only window onto the person timeline for browser tests (`window.__timeline`). Only test
 * builds have it (see main.ts).
 */
export interface TimelineHandle {
  /** Resolves once the timeline (or the person picker) is drawn; rejects when it could not load. */
  ready: Promise<void>;
  /** The person shown (`?person=`), undefined while none is chosen. */
  person(): string | undefined;
  /** What is drawn: the bars with their place on the axis (percent), and the undated roles. */
  timeline(): (Timeline & { placements: { id: string; left: number; width: number }[] }) | undefined;
  pending(): number;
}

declare global {
  interface Window {
    __timeline?: TimelineHandle;
  }
}
