import type { EntityRef } from './details-panel.js';
import type { Explorer } from './explorer.js';
import { fetchSharedTechnologies, type SharedTechnology } from './explorer-api.js';

export interface SharedPanelParts {
  panel: HTMLElement;
  list: HTMLOListElement;
  explorer: Explorer;
  /** The engineers selected (checked in the people list or shift-clicked). */
  selection: ReadonlySet<string>;
  ask: <T>(what: string, call: () => Promise<T>) => Promise<T | undefined>;
  /** A button that opens an entity. */
  entityButton: (ref: EntityRef) => HTMLButtonElement;
}

function hint(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'muted';
  li.textContent = text;
  return li;
}

/**
 * The shared-technologies panel: for two or more selected engineers drawn, the technologies they
 * share (the API's `sharedTechnologies`), listed and lit in the graph. Returns the function to
 * call when the selection changes; an answer that a newer selection overtook is dropped.
 */
export function mountSharedPanel({
  panel,
  list,
  explorer,
  selection,
  ask,
  entityButton,
}: SharedPanelParts): () => Promise<void> {
  let ticket = 0;
  return async () => {
    const people = [...selection].filter((id) => explorer.graph.hasNode(id));
    const mine = ++ticket;
    if (people.length < 2) {
      explorer.setShared(people, []);
      panel.hidden = people.length === 0;
      list.replaceChildren(hint('Select one more engineer to see what they share.'));
      return;
    }
    const shared = await ask('Finding shared technologies', () => fetchSharedTechnologies(people));
    if (mine !== ticket || !shared) return;
    explorer.setShared(
      people,
      shared.map((item) => item.technology.id),
    );
    panel.hidden = false;
    list.replaceChildren(...shared.map((item) => sharedItem(item, people.length, entityButton)));
    if (shared.length === 0) list.append(hint('They share no technology.'));
  };
}

function sharedItem(
  item: SharedTechnology,
  selected: number,
  entityButton: (ref: EntityRef) => HTMLButtonElement,
): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.id = item.technology.id;
  const who = document.createElement('span');
  who.className = 'muted';
  who.textContent = ` ${item.peopleCount} of ${selected}`;
  li.append(entityButton({ id: item.technology.id, label: item.technology.name, kind: 'TECHNOLOGY' }), who);
  return li;
}
