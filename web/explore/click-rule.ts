/** One click on the graph: on a node (its id) or on the empty stage (null). */
export interface GraphClick {
  target: string | null;
  /** Where, in CSS pixels of the graph container. */
  x: number;
  y: number;
  /** The event's time stamp, in milliseconds. */
  time: number;
}

/** Two clicks at most this far apart in time and space on the same target are a double-click. */
export const doubleClick = { maxMs: 300, maxDistance: 8 } as const;

/**
 * Whether `second` completes a double-click begun by `first`: the same node (or both on the
 * stage), within 300 ms and 8 pixels. Sigma calls any two clicks within 300 ms a double-click,
 * wherever they land; a quick click on one node and then on another is two clicks.
 */
export function isDoubleClick(first: GraphClick | undefined, second: GraphClick): boolean {
  if (!first || first.target !== second.target) return false;
  const elapsed = second.time - first.time;
  return (
    elapsed >= 0 &&
    elapsed <= doubleClick.maxMs &&
    Math.hypot(second.x - first.x, second.y - first.y) <= doubleClick.maxDistance
  );
}
