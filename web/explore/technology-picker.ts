import { errorMessage } from '../../src/util/error-message.js';
import { element } from '../shared/dom.js';
import { resolveSpellings, suggestTechnologies } from './staffing-api.js';
import { addPicked, type PickedTechnology, pickedLabel, splitSpellings } from './staffing-model.js';

export interface TechnologyPicker {
  picked(): PickedTechnology[];
  /** Adds what was typed (several spellings separated by commas), resolved through the API. */
  add(typed: string): Promise<void>;
  /** Replaces the picked technologies (the requirements text's findings). */
  replace(picked: PickedTechnology[]): void;
  /** Requests to the API not answered yet. */
  pending(): number;
}

/** Wait after the last keystroke before asking for suggestions. */
const SUGGEST_DELAY_MS = 200;

/**
 * The technology picker: type any spelling (`k8s`, `node js`, `Kubernetes`), Enter or "Add" adds
 * it, resolved by the API's `technology(id:)` to the technology's name; suggestions come from the
 * API's `search` as one types (the input's datalist, so the keyboard picks them). Each picked
 * technology has a remove button; Backspace in the empty field removes the last one.
 */
export function mountTechnologyPicker(
  form: HTMLFormElement,
  input: HTMLInputElement,
  suggestions: HTMLDataListElement,
  chips: HTMLUListElement,
  message: HTMLElement,
  onChange: (picked: PickedTechnology[]) => void,
): TechnologyPicker {
  let picked: PickedTechnology[] = [];
  let pendingRequests = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const say = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('error', isError);
  };

  const render = () => {
    chips.replaceChildren(
      ...picked.map((technology, index) => {
        const item = element('li', undefined, technology.resolved ? 'chip' : 'chip unresolved');
        item.dataset.testid = 'picked-technology';
        if (technology.resolved) item.dataset.id = technology.resolved.id;
        const label = pickedLabel(technology);
        const remove = element('button', '×', 'chip-remove');
        remove.type = 'button';
        remove.setAttribute('aria-label', `Remove ${label}`);
        remove.addEventListener('click', () => {
          picked = picked.filter((_, i) => i !== index);
          render();
          onChange(picked);
          // Keep the keyboard in the list: the next chip's button, else the field.
          const buttons = chips.querySelectorAll<HTMLButtonElement>('.chip-remove');
          (buttons[Math.min(index, buttons.length - 1)] ?? input).focus();
        });
        item.append(element('span', label), remove);
        return item;
      }),
    );
  };

  const add = async (typed: string) => {
    const spellings = splitSpellings(typed);
    if (spellings.length === 0) {
      say('Type a technology first: any spelling, like k8s or Node JS.', true);
      return;
    }
    pendingRequests += 1;
    say(`Looking up ${spellings.join(', ')}…`);
    try {
      const resolved = await resolveSpellings(spellings);
      picked = addPicked(picked, resolved);
      input.value = '';
      render();
      onChange(picked);
      const unknown = resolved.filter((technology) => !technology.resolved).map((t) => `"${t.spelling}"`);
      say(
        unknown.length
          ? `Nothing in the graph is called ${unknown.join(', ')}: check the spelling (the answers will say what the API suggests).`
          : '',
        unknown.length > 0,
      );
    } catch (error) {
      say(`Looking up ${spellings.join(', ')} failed: ${errorMessage(error)}`, true);
    } finally {
      pendingRequests -= 1;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void add(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Backspace' || input.value !== '' || picked.length === 0) return;
    picked = picked.slice(0, -1);
    render();
    onChange(picked);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = splitSpellings(input.value).at(-1) ?? '';
    if (query.length < 2) return;
    timer = setTimeout(() => {
      const ask = ++asked;
      pendingRequests += 1;
      suggestTechnologies(query)
        .then((names) => {
          if (ask !== asked) return;
          suggestions.replaceChildren(
            ...names.map((name) => {
              const option = element('option');
              option.value = name;
              return option;
            }),
          );
        })
        // Suggestions are a convenience: without them, any spelling can still be added.
        .catch(() => {})
        .finally(() => {
          pendingRequests -= 1;
        });
    }, SUGGEST_DELAY_MS);
  });

  return {
    picked: () => [...picked],
    add,
    replace(next) {
      picked = addPicked([], next);
      render();
      onChange(picked);
    },
    pending: () => pendingRequests,
  };
}
