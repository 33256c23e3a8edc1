import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ExplorerEdgeAttributes, ExplorerNodeAttributes } from './explorer-graph.js';

/** Labels longer than this end in an ellipsis; the hover tooltip and the details panel show them whole. */
export const maxLabelLength = 28;

/** A label as drawn: its text and its box in CSS pixels of the graph container. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Candidate {
  id: string;
  text: string;
  kind: string;
  x: number;
  y: number;
  /** Rendered radius of the node, in pixels. */
  size: number;
  forced: boolean;
}

type Box = Omit<PlacedLabel, 'id' | 'text'>;

/** What the labels need to know of the drawing. */
export interface LabelView {
  /** Size of the graph container in CSS pixels. */
  dimensions(): { width: number; height: number };
  /** Each node drawn (and not dimmed): its id, viewport position and rendered radius in CSS pixels. */
  forEachNode(visit: (id: string, x: number, y: number, radius: number) => void): void;
}

/** Nodes on screen, bucketed in square cells, so a label's box is checked against the few near it. */
class NodeGrid {
  private readonly cells = new Map<number, { id: string; box: Box }[]>();
  private static readonly cell = 40;

  constructor(view: LabelView) {
    view.forEachNode((id, x, y, radius) => {
      // A little inside the node's outline: a label may touch a node, not cover it.
      const r = radius * 0.85;
      const box = { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
      this.forEachCell(box, (key) => {
        const cell = this.cells.get(key);
        if (cell) cell.push({ id, box });
        else this.cells.set(key, [{ id, box }]);
      });
    });
  }

  /** Whether the box covers a node other than `own`. */
  covers(box: Box, own: string): boolean {
    let found = false;
    this.forEachCell(box, (key) => {
      if (found) return;
      for (const node of this.cells.get(key) ?? []) {
        if (node.id !== own && overlaps(box, node.box)) {
          found = true;
          return;
        }
      }
    });
    return found;
  }

  private forEachCell(box: Box, visit: (key: number) => void): void {
    const size = NodeGrid.cell;
    const x0 = Math.floor(box.x / size);
    const x1 = Math.floor((box.x + box.width) / size);
    const y0 = Math.floor(box.y / size);
    const y1 = Math.floor((box.y + box.height) / size);
    for (let i = x0; i <= x1; i++) {
      for (let j = y0; j <= y1; j++) visit(i * 100_003 + j);
    }
  }
}

/** What sigma hands the drawers: display data, the node's key and (through the reducer) its kind. */
type Drawn = Parameters<NodeLabelDrawingFunction>[1] & { key?: string; kind?: string };

export function shortLabel(label: string): string {
  return label.length > maxLabelLength ? `${label.slice(0, maxLabelLength - 1).trimEnd()}…` : label;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Gap between a node's edge and its label, and the white margin kept around each label. */
const gap = 3;
const margin = 2;

/**
 * Node labels that never overlap each other nor leave the canvas. Sigma's label grid picks the
 * candidates (at most a few per grid cell) and hands each to `drawLabel`, which only collects it;
 * once the frame is drawn (`afterRender`), `flush` places them, forced labels (selection, path,
 * shared technologies) first, then the larger nodes, roles last. Each goes in the first of eight
 * spots around its node (right, left, half a line up or down on either side, above, below) that
 * stays inside the canvas and covers no other label nor node; people may cover a node; what finds
 * no spot is left out, except forced labels, drawn beside their node inside the canvas. Text is
 * cut to `maxLabelLength` characters; hovering a node shows the whole label in a tooltip.
 */
export class NodeLabels {
  private candidates: Candidate[] = [];
  private context: CanvasRenderingContext2D | undefined;
  private settings: Settings<ExplorerNodeAttributes, ExplorerEdgeAttributes> | undefined;
  private readonly widths = new Map<string, number>();
  private font = '';
  /** The labels of the last frame, for tests: boxes in CSS pixels. */
  placed: PlacedLabel[] = [];
  hovered: string | undefined;

  constructor(private readonly view: LabelView) {}

  readonly drawLabel: NodeLabelDrawingFunction<ExplorerNodeAttributes, ExplorerEdgeAttributes> = (
    context,
    data,
    settings,
  ) => {
    const { key, kind } = data as Drawn;
    if (!data.label || key === undefined) return;
    this.context = context;
    this.settings = settings;
    this.candidates.push({
      id: key,
      text: shortLabel(data.label),
      kind: kind ?? '',
      x: data.x,
      y: data.y,
      size: data.size,
      forced: data.forceLabel === true || data.highlighted === true,
    });
  };

  /**
   * The hovered node: its whole label in a white box beside it, flipped left near the right edge.
   * Highlighted nodes (sigma draws them on the hover layer too) get a ring, their label being
   * placed with the others.
   */
  readonly drawHover: NodeHoverDrawingFunction<ExplorerNodeAttributes, ExplorerEdgeAttributes> = (
    context,
    data,
    settings,
  ) => {
    if ((data as Drawn).key !== this.hovered) {
      context.beginPath();
      context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
      context.lineWidth = 2;
      context.strokeStyle = 'rgba(31, 35, 40, 0.55)';
      context.stroke();
      return;
    }
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const textWidth = context.measureText(data.label).width;
    const { width } = this.view.dimensions();
    const boxWidth = textWidth + 10;
    const boxHeight = size + 10;
    // Over the node's own label when it has one (covering it, grown to the whole text), else to
    // the right, or the left near the edge.
    const placed = this.placed.find((label) => label.id === (data as Drawn).key);
    let x: number;
    let middle = data.y;
    if (placed) {
      middle = placed.y + placed.height / 2;
      if (placed.x > data.x) x = placed.x - 3;
      else if (placed.x + placed.width < data.x) x = placed.x + placed.width + 3 - boxWidth;
      else x = data.x - boxWidth / 2;
    } else {
      x = data.x + data.size + gap;
      if (x + boxWidth > width - margin) x = data.x - data.size - gap - boxWidth;
    }
    x = Math.min(Math.max(x, margin), Math.max(margin, width - margin - boxWidth));
    const y = middle - boxHeight / 2;
    context.shadowColor = 'rgba(0, 0, 0, 0.28)';
    context.shadowBlur = 8;
    context.fillStyle = '#ffffff';
    context.beginPath();
    context.roundRect(x, y, boxWidth, boxHeight, 4);
    context.fill();
    context.shadowBlur = 0;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = settings.labelColor.color ?? '#1f2328';
    context.fillText(data.label, x + 5, middle + size / 3);
  };

  /** Called before sigma renders a frame. */
  reset(): void {
    this.candidates = [];
  }

  /** Called once sigma has rendered a frame: places and draws the collected labels. */
  flush(): void {
    const context = this.context;
    const settings = this.settings;
    const candidates = this.candidates;
    this.candidates = [];
    this.placed = [];
    if (!context || !settings || candidates.length === 0) return;
    const size = settings.labelSize;
    const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    if (font !== this.font) {
      this.font = font;
      this.widths.clear();
    }
    context.font = font;
    const rank = (c: Candidate) => (c.forced ? 0 : c.kind === 'ROLE' ? 2 : 1);
    candidates.sort((a, b) => rank(a) - rank(b) || b.size - a.size || a.id.localeCompare(b.id));
    const { width, height } = this.view.dimensions();
    const nodes = new NodeGrid(this.view);
    const boxes: Box[] = [];
    const fits = (box: Box) =>
      box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= height;
    const clear = (box: Box) => fits(box) && !boxes.some((other) => overlaps(box, other));
    for (const candidate of candidates) {
      const textWidth = this.measure(context, candidate.text);
      const boxWidth = textWidth + 2 * margin;
      const boxHeight = size + 2 + 2 * margin;
      const { x, y } = candidate;
      const r = candidate.size + gap;
      const middle = y - boxHeight / 2;
      const shift = boxHeight / 2 + 1;
      const rightX = x + r - margin;
      const leftX = x - r + margin - boxWidth;
      // Beside the node first, then beside it a half line up or down, then above or below it.
      const spots: Box[] = [
        [rightX, middle],
        [leftX, middle],
        [rightX, middle - shift],
        [rightX, middle + shift],
        [leftX, middle - shift],
        [leftX, middle + shift],
        [x - boxWidth / 2, y - r - boxHeight + margin],
        [x - boxWidth / 2, y + r - margin],
      ].map(([bx = 0, by = 0]) => ({ x: bx, y: by, width: boxWidth, height: boxHeight }));
      let box = spots.find((spot) => clear(spot) && !nodes.covers(spot, candidate.id));
      // People and forced labels may cover a node rather than go missing.
      if (!box && (candidate.forced || candidate.kind === 'PERSON')) box = spots.find(clear);
      if (!box && candidate.forced) {
        // A forced label is always drawn: beside its node, pulled inside the canvas.
        const beside = spots[fits(spots[0] as Box) || !fits(spots[1] as Box) ? 0 : 1] as Box;
        box = {
          ...beside,
          x: Math.min(Math.max(beside.x, 0), Math.max(0, width - beside.width)),
          y: Math.min(Math.max(beside.y, 0), Math.max(0, height - beside.height)),
        };
      }
      if (!box) continue;
      boxes.push(box);
      this.placed.push({ id: candidate.id, text: candidate.text, ...box });
      const textX = box.x + margin;
      const textY = box.y + margin + 1 + size * 0.82;
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
      context.strokeText(candidate.text, textX, textY);
      context.fillStyle = settings.labelColor.color ?? '#1f2328';
      context.fillText(candidate.text, textX, textY);
    }
  }

  private measure(context: CanvasRenderingContext2D, text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      this.widths.set(text, width);
    }
    return width;
  }
}
