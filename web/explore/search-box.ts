import { type SearchHit, search } from './explorer-api.js';
import { styleOfKind } from './kind-style.js';
import { shapeIcon } from './shape-icon.js';

/**
 * The search box: the API's full-text `search` as one types (debounced), hits listed with their
 * kind; picking one (click, or Enter for the first) calls `onPick`.
 */
export function mountSearchBox(
  input: HTMLInputElement,
  results: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
  onError: (error: unknown) => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let hits: SearchHit[] = [];
  const close = () => {
    results.hidden = true;
  };
  const pick = (hit: SearchHit) => {
    close();
    input.value = hit.entity.label;
    onPick(hit);
  };
  const show = () => {
    results.replaceChildren(
      ...hits.map((hit, index) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.testid = `search-hit-${index}`;
        button.dataset.id = hit.entity.id;
        const style = styleOfKind(hit.kind);
        const label = document.createElement('span');
        label.textContent = hit.entity.label;
        const kind = document.createElement('small');
        kind.className = 'muted';
        kind.textContent = style.name;
        button.append(shapeIcon(style), label, kind);
        button.addEventListener('click', () => pick(hit));
        item.append(button);
        return item;
      }),
    );
    if (hits.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'muted';
      empty.textContent = ` Nothing matches "${input.value.trim()}".`;
      results.append(empty);
    }
    results.hidden = false;
  };
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++asked;
    if (query.length < 2) {
      hits = [];
      close();
      return;
    }
    try {
      const found = await search(query, 10);
      if (ticket !== asked) return;
      hits = found;
      show();
    } catch (error) {
      if (ticket === asked) onError(error);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 220);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Enter') {
      clearTimeout(timer);
      const first = hits[0];
      if (first && !results.hidden) pick(first);
      else void run();
    }
  });
  document.addEventListener('click', (event) => {
    if (!results.contains(event.target as Node) && event.target !== input) close();
  });
}
