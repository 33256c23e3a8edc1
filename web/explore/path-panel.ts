import { distinctLabels } from './distinct-labels.js';
import type { Explorer } from './explorer.js';
import { kindOrder, styleOfKind } from './kind-style.js';

/**
 * The two ends of a shortest path, chosen among the nodes drawn: people first, then the other
 * kinds, each by label (with its id when another has the same). Returns the refresh function and a setter the details panel uses.
 */
export function mountPathPanel(
  from: HTMLSelectElement,
  to: HTMLSelectElement,
  explorer: Explorer,
): { refresh(): void; setEnd(end: 'from' | 'to', id: string): void } {
  let signature = '';
  const refresh = () => {
    const rank = (kind: string) => {
      const index = (kindOrder as readonly string[]).indexOf(kind);
      return index === -1 ? kindOrder.length : index;
    };
    const nodes = explorer.graph
      .mapNodes((id, attributes) => ({ id, kind: attributes.kind, label: attributes.label }))
      .filter((node) => node.kind !== 'ROLE')
      .sort((a, b) => rank(a.kind) - rank(b.kind) || a.label.localeCompare(b.label));
    const texts = distinctLabels(
      nodes.map((node) => ({ id: node.id, label: `${styleOfKind(node.kind).name}: ${node.label}` })),
    );
    const next = nodes.map((node) => `${node.id}\t${texts.get(node.id)}`).join('\n');
    if (next === signature) return;
    signature = next;
    for (const select of [from, to]) {
      const kept = select.value;
      select.replaceChildren(
        new Option('—', ''),
        ...nodes.map((node) => new Option(texts.get(node.id), node.id)),
      );
      if (nodes.some((node) => node.id === kept)) select.value = kept;
    }
  };
  const setEnd = (end: 'from' | 'to', id: string) => {
    refresh();
    (end === 'from' ? from : to).value = id;
  };
  return { refresh, setEnd };
}
