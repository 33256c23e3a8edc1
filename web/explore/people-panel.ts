import { distinctLabels } from './distinct-labels.js';
import type { Explorer } from './explorer.js';

/**
 * The engineers in the graph, each with a checkbox; `onSelection` gets the checked ids whenever
 * they change. Engineers with the same label are listed with their ids. The list is rebuilt only
 * when the set of people changes, so checks and scroll stay.
 */
export function mountPeoplePanel(
  list: HTMLElement,
  explorer: Explorer,
  selection: Set<string>,
  onSelection: () => void,
): () => void {
  let signature = '';
  return () => {
    const people = explorer.graph
      .filterNodes((_node, attributes) => attributes.kind === 'PERSON')
      .map((id) => ({ id, label: explorer.graph.getNodeAttribute(id, 'label') }))
      .sort((a, b) => a.label.localeCompare(b.label));
    for (const id of [...selection]) {
      if (!explorer.graph.hasNode(id)) selection.delete(id);
    }
    const texts = distinctLabels(people);
    const next = people.map((person) => `${person.id}\t${texts.get(person.id)}`).join('\n');
    if (next === signature) {
      for (const box of list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
        box.checked = selection.has(box.value);
      }
      return;
    }
    signature = next;
    list.replaceChildren(
      ...people.map((person) => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const text = texts.get(person.id) ?? person.label;
        label.title = text;
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = person.id;
        box.checked = selection.has(person.id);
        box.dataset.testid = `person-checkbox-${person.id}`;
        box.addEventListener('change', () => {
          if (box.checked) selection.add(person.id);
          else selection.delete(person.id);
          onSelection();
        });
        const name = document.createElement('span');
        name.textContent = text;
        label.append(box, name);
        item.append(label);
        return item;
      }),
    );
    if (people.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'muted';
      empty.textContent = 'No engineers in this view.';
      list.append(empty);
    }
  };
}
