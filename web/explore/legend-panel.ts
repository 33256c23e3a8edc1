import type { Explorer } from './explorer.js';
import { hiddenPathColor, kindOrder, kindStyles } from './kind-style.js';
import { shapeIcon } from './shape-icon.js';

/**
 * The legend, which is also the kind filter: one checkbox per kind with its shape, colour and
 * how many of it are in the graph; and, while a kind is hidden, the line that stands for a path
 * through it, with how many are drawn.
 */
export function mountLegendPanel(list: HTMLElement, explorer: Explorer): () => void {
  const counts = new Map<string, HTMLElement>();
  for (const kind of kindOrder) {
    const style = kindStyles[kind];
    const item = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = explorer.isKindVisible(kind);
    box.dataset.testid = `kind-filter-${kind}`;
    box.addEventListener('change', () => explorer.setKindVisible(kind, box.checked));
    const name = document.createElement('span');
    name.textContent = style.name;
    const count = document.createElement('span');
    count.className = 'count';
    counts.set(kind, count);
    label.append(box, shapeIcon(style), name, count);
    item.append(label);
    list.append(item);
  }
  const paths = document.createElement('li');
  paths.className = 'hidden-paths';
  paths.dataset.testid = 'legend-hidden-paths';
  const line = document.createElement('span');
  line.className = 'path-line';
  line.style.borderTopColor = hiddenPathColor;
  const pathText = document.createElement('span');
  pathText.textContent = 'Through a hidden kind';
  const pathCount = document.createElement('span');
  pathCount.className = 'count';
  paths.append(line, pathText, pathCount);
  list.append(paths);
  return () => {
    const drawn = explorer.drawnHiddenPaths().length;
    paths.hidden = !kindOrder.some((kind) => !explorer.isKindVisible(kind));
    pathCount.textContent = String(drawn);
    const byKind = new Map<string, number>();
    explorer.graph.forEachNode((_node, attributes) => {
      byKind.set(attributes.kind, (byKind.get(attributes.kind) ?? 0) + 1);
    });
    for (const [kind, element] of counts) element.textContent = String(byKind.get(kind) ?? 0);
  };
}
