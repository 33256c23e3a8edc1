import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './explorer-graph.js';

/** Longer labels (a headline @ employer can be long) end in an ellipsis. */
const maxLabelLength = 42;

/**
 * Sigma's label drawer with a white halo, so labels stay readable over edges and other nodes.
 */
export const drawReadableLabel: NodeLabelDrawingFunction<ExplorerNodeAttributes, ExplorerEdgeAttributes> = (
  context,
  data,
  settings,
) => {
  if (!data.label) return;
  const label =
    data.label.length > maxLabelLength ? `${data.label.slice(0, maxLabelLength - 1)}…` : data.label;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeText(label, x, y);
  context.fillStyle = settings.labelColor.color ?? '#1f2328';
  context.fillText(label, x, y);
};
