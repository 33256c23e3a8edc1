import { StatusLine } from './status-line.js';
import { fetchPeopleChoices, fetchTimelinePerson } from './timeline-api.js';
import { barPlacement, buildTimeline, type Timeline, type TimelineBar } from './timeline-model.js';

export interface TimelinePage {
  readonly ready: Promise<void>;
  person(): string | undefined;
  timeline(): Timeline | undefined;
  pending(): number;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The explorer page has no #${id} element: is index.html out of date?`);
  return found as T;
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

function barRow(bar: TimelineBar, years: { first: number; last: number }): HTMLElement {
  const row = make('li', 'timeline-row');
  row.dataset.id = bar.id;
  const { left, width } = barPlacement(bar, years);
  const track = make('div', 'timeline-track');
  const drawn = make('div', bar.current ? 'timeline-bar current' : 'timeline-bar');
  drawn.dataset.testid = 'timeline-bar';
  drawn.style.left = `${left}%`;
  drawn.style.width = `${width}%`;
  drawn.title = `${bar.title} @ ${bar.company}, ${bar.from} – ${bar.current ? 'now' : bar.to}`;
  track.append(drawn);
  row.append(
    make(
      'div',
      'timeline-label',
      `${bar.title} @ ${bar.company} · ${bar.from} – ${bar.current ? 'now' : bar.to}`,
    ),
    track,
    make('div', 'timeline-technologies', bar.technologies.join(', ')),
  );
  return row;
}

function renderTimeline(container: HTMLElement, label: string, timeline: Timeline): void {
  const parts: HTMLElement[] = [make('h2', 'timeline-title', label)];
  const { years } = timeline;
  if (years) {
    const axis = make('div', 'timeline-axis');
    for (let year = years.first; year <= years.last; year++) {
      const tick = make('span', 'timeline-year', String(year));
      tick.style.left = `${(100 * (year - years.first)) / (years.last - years.first + 1)}%`;
      axis.append(tick);
    }
    const list = make('ol', 'timeline-rows');
    list.append(...timeline.bars.map((bar) => barRow(bar, years)));
    parts.push(axis, list);
  } else {
    parts.push(make('p', 'muted', 'No role of this person is dated: nothing to place on the years.'));
  }
  if (timeline.undated.length) {
    parts.push(make('h3', 'timeline-undated-title', 'Roles without a period'));
    const undated = make('ul', 'timeline-undated');
    undated.dataset.testid = 'timeline-undated';
    undated.append(
      ...timeline.undated.map((role) => {
        const item = make('li', '', `${role.title} @ ${role.company}`);
        item.dataset.id = role.id;
        if (role.technologies.length)
          item.append(make('span', 'timeline-technologies', ` · ${role.technologies.join(', ')}`));
        return item;
      }),
    );
    parts.push(undated);
  }
  container.replaceChildren(...parts);
}

/** A person's roles as bars over the years, with their technologies; `?person=` picks the person. */
export function startTimelinePage(personId: string | undefined): TimelinePage {
  document.body.dataset.view = 'timeline';
  const container = element('timeline');
  container.hidden = false;
  let timeline: Timeline | undefined;
  const status = new StatusLine(element('status'), () =>
    timeline
      ? `${timeline.bars.length} dated roles · ${timeline.undated.length} without a period`
      : 'Pick an engineer',
  );

  const ready = (async () => {
    const picker = element<HTMLSelectElement>('timeline-person');
    const people = await status.ask('Loading the engineers', fetchPeopleChoices);
    picker.replaceChildren(
      make('option', '', 'Choose an engineer…'),
      ...(people ?? []).map((person) => {
        const option = make('option', '', `${person.label} (${person.id})`);
        option.value = person.id;
        return option;
      }),
    );
    picker.value = personId ?? '';
    picker.addEventListener('change', () => {
      const url = new URL(window.location.href);
      url.searchParams.set('person', picker.value);
      window.location.assign(url.href);
    });
    if (personId === undefined) {
      status.show();
      return;
    }
    const person = await status.ask('Loading the timeline', () => fetchTimelinePerson(personId));
    if (person === undefined)
      throw new Error(element('status').textContent ?? 'The timeline could not be loaded.');
    if (person === null) {
      status.show(`?person=${JSON.stringify(personId)} names no person: pick one from the list.`, true);
      return;
    }
    timeline = buildTimeline(person.roles);
    renderTimeline(element('timeline-body'), person.label, timeline);
    status.show();
  })();
  // ask() has shown the failure on the status line; `ready` rejects for whoever awaits it.
  ready.catch(() => {});
  return { ready, person: () => personId, timeline: () => timeline, pending: () => status.pending() };
}

/** Sets `window.__timeline` (test builds only: main.ts calls it when Vite builds in `test` mode). */
export function installTimelineHandle(page: TimelinePage): void {
  window.__timeline = {
    ready: page.ready,
    person: () => page.person(),
    timeline: () => {
      const timeline = page.timeline();
      if (!timeline) return undefined;
      const { years } = timeline;
      const placements = years
        ? timeline.bars.map((bar) => ({ id: bar.id, ...barPlacement(bar, years) }))
        : [];
      return { ...structuredClone(timeline), placements };
    },
    pending: () => page.pending(),
  };
}
