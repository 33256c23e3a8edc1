import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { MouseCoords } from 'sigma/types';
import { type GraphClick, isDoubleClick } from './click-rule.js';

export interface GraphClickHandlers {
  /** A click on a node (the DOM event for its modifier keys). */
  node(node: string, event: Event): void;
  /** A double-click on a node: two clicks on it, close in time and place. */
  doubleNode(node: string): void;
  /** A click on the empty stage. */
  stage(): void;
}

/**
 * Routes sigma's clicks to `handlers`. Sigma calls any two clicks within 300 ms a double-click,
 * wherever they land, and never reports the second as a click; here a quick click on one node and
 * then on another (or on the stage) is two clicks, and a double-click is what click-rule.ts says.
 * A true double-click on the stage keeps sigma's own meaning: zoom in there.
 */
export function onGraphClicks<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  handlers: GraphClickHandlers,
): void {
  let last: GraphClick | undefined;
  const clickOn = (target: string | null, event: MouseCoords): GraphClick => ({
    target,
    x: event.x,
    y: event.y,
    time: event.original.timeStamp,
  });
  renderer.on('clickNode', ({ node, event }) => {
    last = clickOn(node, event);
    handlers.node(node, event.original);
  });
  renderer.on('doubleClickNode', ({ node, event, preventSigmaDefault }) => {
    preventSigmaDefault();
    const click = clickOn(node, event);
    if (isDoubleClick(last, click)) {
      last = undefined;
      handlers.doubleNode(node);
    } else {
      last = click;
      handlers.node(node, event.original);
    }
  });
  renderer.on('clickStage', ({ event }) => {
    last = clickOn(null, event);
    handlers.stage();
  });
  renderer.on('doubleClickStage', ({ event, preventSigmaDefault }) => {
    const click = clickOn(null, event);
    if (isDoubleClick(last, click)) {
      last = undefined;
      return;
    }
    preventSigmaDefault();
    last = click;
    handlers.stage();
  });
}
