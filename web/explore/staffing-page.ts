import { errorMessage } from '../../src/util/error-message.js';
import { element as make } from '../shared/dom.js';
import { type Expert, fetchExperts, fetchGaps, fetchRequirements, fetchTeam } from './staffing-api.js';
import type { StaffingHandle } from './staffing-handle.js';
import {
  evidenceText,
  type FoundTechnology,
  foundTechnologies,
  type Gap,
  type GapStatus,
  gapDetail,
  gapStatusText,
  gapSummaryText,
  namesText,
  type PickedTechnology,
  readExpertFilters,
  segmentText,
  type Team,
  type TechnologyMention,
  teamCoverageText,
  technologiesArgument,
} from './staffing-model.js';
import { mountTechnologyPicker, type TechnologyPicker } from './technology-picker.js';
import { fetchPeopleChoices } from './timeline-api.js';

/** The page as main.ts holds it: what the test handle shows, and the picker itself. */
export interface StaffingPage extends Omit<StaffingHandle, 'picked'> {
  readonly picker: TechnologyPicker;
}

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The explorer page has no #${id} element: is index.html out of date?`);
  return found as T;
}

/**
 * Where one panel's answer goes: a hint before any question, "asking…" while the API works, the
 * answer, or the API's error quoted as it gave it.
 */
class PanelOutput {
  private pendingRequests = 0;
  private asked = 0;

  constructor(private readonly container: HTMLElement) {}

  pending(): number {
    return this.pendingRequests;
  }

  hint(text: string): void {
    this.container.replaceChildren(make('p', text, 'hint'));
  }

  error(text: string): void {
    const shown = make('p', text, 'panel-error');
    shown.setAttribute('role', 'alert');
    shown.dataset.testid = 'panel-error';
    this.container.replaceChildren(shown);
  }

  show(...parts: HTMLElement[]): void {
    this.container.replaceChildren(...parts);
  }

  /**
   * Runs one API call under "what…"; its answer goes to `draw`, a failure is quoted. An answer
   * overtaken by a later question of the same panel is dropped.
   */
  async ask<T>(what: string, call: () => Promise<T>, draw: (answer: T) => void): Promise<void> {
    const ask = ++this.asked;
    this.pendingRequests += 1;
    this.container.setAttribute('aria-busy', 'true');
    this.container.replaceChildren(make('p', `${what}…`, 'hint'));
    try {
      const answer = await call();
      if (ask === this.asked) draw(answer);
    } catch (error) {
      if (ask === this.asked) this.error(`${what} failed. The API answered: “${errorMessage(error)}”`);
    } finally {
      this.pendingRequests -= 1;
      if (this.pendingRequests === 0) this.container.removeAttribute('aria-busy');
    }
  }
}

function personLink(person: { id: string; label: string }): HTMLAnchorElement {
  const link = make('a', person.label, 'person-link');
  const url = new URL(window.location.href);
  url.search = '';
  url.searchParams.set('view', 'timeline');
  url.searchParams.set('person', person.id);
  link.href = url.href;
  link.title = `${person.label}'s timeline (${person.id})`;
  return link;
}

function technologyList(
  className: string,
  technologies: readonly { id: string; name: string }[],
): HTMLElement {
  const list = make('ul', undefined, `technology-tags ${className}`);
  list.append(
    ...technologies.map((technology) => {
      const item = make('li', technology.name);
      item.dataset.id = technology.id;
      return item;
    }),
  );
  return list;
}

/** A gap status as a badge: its name in words (never colour alone), its meaning on hover. */
function statusBadge(status: GapStatus): HTMLElement {
  const badge = make('span', gapStatusText[status].label, `badge status-${status}`);
  badge.title = gapStatusText[status].meaning;
  return badge;
}

function expertRow(expert: Expert, rank: number, onGaps: (person: Expert['person']) => void): HTMLElement {
  const row = make('li', undefined, 'expert');
  row.dataset.testid = 'expert';
  row.dataset.id = expert.person.id;
  const head = make('div', undefined, 'expert-head');
  const gaps = make('button', 'Gap analysis', 'small');
  gaps.type = 'button';
  gaps.setAttribute('aria-label', `Gap analysis of ${expert.person.label}`);
  gaps.addEventListener('click', () => onGaps(expert.person));
  head.append(
    make('span', `${rank}.`, 'rank'),
    personLink(expert.person),
    make('span', `score ${expert.score.toFixed(2)}`, 'score'),
    gaps,
  );
  const evidence = make('ul', undefined, 'evidence');
  for (const item of expert.evidence) {
    const line = make('li');
    line.dataset.technology = item.technology.id;
    line.append(make('strong', item.technology.name), ' ', statusBadge(item.status), ` ${gapDetail(item)}`);
    const where = evidenceText(item.roles, item.projects);
    if (where) line.append(make('div', where, 'muted'));
    evidence.append(line);
  }
  row.append(head, evidence);
  if (expert.missing.length) {
    const missing = make('p', 'Lacks: ', 'missing');
    missing.append(namesText(expert.missing.map((technology) => technology.name)));
    row.append(missing);
  }
  return row;
}

function intInput(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isInteger(number) ? number : Number.NaN;
}

/**
 * The expert finder, the team builder and gap analysis over one set of technologies: typed in the
 * picker (any spelling), or found by `requirements` in a pasted job description.
 */
export function startStaffingPage(): StaffingPage {
  document.body.dataset.view = 'staffing';
  byId('staffing').hidden = false;
  let experts: Expert[] | undefined;
  let team: Team | undefined;
  let excluded: { id: string; label: string }[] = [];
  let mentions: TechnologyMention[] | undefined;
  let found: FoundTechnology[] | undefined;
  let gaps: Gap[] | undefined;

  const expertsOut = new PanelOutput(byId('experts-result'));
  const teamOut = new PanelOutput(byId('team-result'));
  const requirementsOut = new PanelOutput(byId('requirements-result'));
  const gapsOut = new PanelOutput(byId('gaps-result'));
  const pickHint = 'Pick at least one technology above, or find them in a job description.';
  expertsOut.hint(pickHint);
  teamOut.hint(pickHint);
  requirementsOut.hint('Paste a job description or a project brief: the technologies it names are picked.');
  gapsOut.hint('Pick an engineer and at least one technology.');

  const picker = mountTechnologyPicker(
    byId('picker-form'),
    byId('picker-input'),
    byId('picker-suggestions'),
    byId('picker-chips'),
    byId('picker-message'),
    (picked) => {
      byId('picker-count').textContent = picked.length ? `(${picked.length})` : '';
    },
  );
  const gapPerson = byId<HTMLSelectElement>('gaps-person');

  const picked = (output: PanelOutput): string[] | undefined => {
    const technologies = technologiesArgument(picker.picked());
    if (technologies.length === 0) {
      output.error(pickHint);
      return undefined;
    }
    return technologies;
  };
  const askedNames = (): string =>
    namesText(picker.picked().map((technology) => technology.resolved?.name ?? technology.spelling));

  const runExperts = () => {
    const technologies = picked(expertsOut);
    if (!technologies) return;
    const read = readExpertFilters({
      minMonths: byId<HTMLInputElement>('experts-min-months').value,
      usedSince: byId<HTMLInputElement>('experts-used-since').value,
      first: byId<HTMLInputElement>('experts-first').value,
    });
    if ('error' in read) {
      expertsOut.error(read.error);
      return;
    }
    const names = askedNames();
    return expertsOut.ask(
      'Finding experts',
      () => fetchExperts(technologies, read.filters),
      (answer) => {
        experts = answer;
        if (answer.length === 0) {
          expertsOut.show(make('p', `Nobody in the graph used ${names} with these filters.`, 'empty'));
          return;
        }
        const list = make('ol', undefined, 'experts');
        list.dataset.testid = 'experts-list';
        list.append(...answer.map((expert, i) => expertRow(expert, i + 1, showGapsOf)));
        expertsOut.show(list);
      },
    );
  };

  const drawTeam = (answer: Team) => {
    team = answer;
    const parts: HTMLElement[] = [];
    if (answer.members.length === 0) {
      parts.push(make('p', 'Nobody in the graph covers any of these technologies.', 'empty'));
    } else {
      parts.push(make('p', `${teamCoverageText(answer)}.`, 'summary'));
      const list = make('ol', undefined, 'team');
      list.dataset.testid = 'team-list';
      list.append(
        ...answer.members.map((member) => {
          const row = make('li', undefined, 'team-member');
          row.dataset.testid = 'team-member';
          row.dataset.id = member.person.id;
          const leave = make('button', 'Leave out', 'small');
          leave.type = 'button';
          leave.setAttribute('aria-label', `Build the team without ${member.person.label}`);
          leave.addEventListener('click', () => {
            excluded = [...excluded, member.person];
            void runTeam();
          });
          const covers = technologyList('covers', member.covers);
          // What they were chosen for stands out from what others chosen before also cover.
          const adds = new Set(member.adds.map((technology) => technology.id));
          for (const item of covers.querySelectorAll<HTMLElement>('li'))
            if (adds.has(item.dataset.id ?? '')) item.classList.add('adds');
          row.append(personLink(member.person), ' ', leave, covers);
          return row;
        }),
      );
      parts.push(list);
    }
    if (answer.uncovered.length) {
      const uncovered = make('p', 'Nobody covers: ', 'uncovered');
      uncovered.dataset.testid = 'team-uncovered';
      uncovered.append(namesText(answer.uncovered.map((technology) => technology.name)));
      parts.push(uncovered);
    }
    teamOut.show(...parts);
  };

  const renderExcluded = () => {
    const list = byId('team-excluded');
    list.hidden = excluded.length === 0;
    list.replaceChildren(
      make('span', 'Left out:', 'muted'),
      ...excluded.map((person) => {
        const button = make('button', `${person.label} ×`, 'chip small');
        button.type = 'button';
        button.setAttribute('aria-label', `Bring ${person.label} back`);
        button.addEventListener('click', () => {
          excluded = excluded.filter((other) => other.id !== person.id);
          void runTeam();
        });
        return button;
      }),
    );
  };

  const runTeam = () => {
    renderExcluded();
    const technologies = picked(teamOut);
    if (!technologies) return;
    const size = intInput(byId<HTMLInputElement>('team-size').value);
    if (Number.isNaN(size)) {
      teamOut.error(
        `Team size "${byId<HTMLInputElement>('team-size').value.trim()}" is not a whole number: type one, like 3, or leave it empty.`,
      );
      return;
    }
    return teamOut.ask(
      'Building the team',
      () =>
        fetchTeam(
          technologies,
          size,
          excluded.map((person) => person.id),
        ),
      drawTeam,
    );
  };

  const runRequirements = () => {
    const text = byId<HTMLTextAreaElement>('requirements-text').value;
    if (text.trim() === '') {
      requirementsOut.error('Paste a text first: a job description or a project brief.');
      return;
    }
    return requirementsOut.ask(
      'Reading the text',
      () => fetchRequirements(text),
      (answer) => {
        mentions = answer;
        found = foundTechnologies(answer);
        if (found.length === 0) {
          requirementsOut.show(make('p', 'This text names no technology the graph knows.', 'empty'));
          return;
        }
        const quoted = make('blockquote', undefined, 'requirements-text');
        for (const segment of segmentText(text, answer)) {
          if ('technology' in segment) {
            const mark = make('mark', segment.text);
            mark.title = segment.technology.name;
            quoted.append(mark);
          } else quoted.append(segment.text);
        }
        const list = make('ul', undefined, 'technology-tags found');
        list.dataset.testid = 'requirements-found';
        list.append(
          ...found.map((entry) => {
            const item = make('li', entry.fuzzy ? `${entry.technology.name}?` : entry.technology.name);
            item.dataset.id = entry.technology.id;
            const written = entry.spellings.filter((spelling) => spelling !== entry.technology.name);
            const notes = written.length ? [`written ${written.map((s) => `“${s}”`).join(', ')}`] : [];
            if (entry.fuzzy) {
              item.classList.add('fuzzy');
              notes.push('read as a likely misspelling: remove it if the text meant something else');
            }
            if (notes.length) item.title = notes.join('; ');
            return item;
          }),
        );
        requirementsOut.show(
          make(
            'p',
            `Found ${found.length} technolog${found.length === 1 ? 'y' : 'ies'}; they are now picked:`,
          ),
          list,
          quoted,
        );
        picker.replace(
          found.map(
            (entry): PickedTechnology => ({ spelling: entry.technology.name, resolved: entry.technology }),
          ),
        );
      },
    );
  };

  const runGaps = () => {
    const personId = gapPerson.value;
    if (personId === '') {
      gapsOut.error('Pick an engineer first.');
      return;
    }
    const technologies = picked(gapsOut);
    if (!technologies) return;
    const label = gapPerson.selectedOptions[0]?.textContent ?? personId;
    return gapsOut.ask(
      'Analysing the gaps',
      () => fetchGaps(personId, technologies),
      (answer) => {
        gaps = answer;
        const table = make('table', undefined, 'gaps');
        table.dataset.testid = 'gaps-table';
        const head = make('tr');
        head.append(make('th', 'Technology'), make('th', 'Status'), make('th', 'Detail'));
        table.append(make('caption', `${label}: ${gapSummaryText(answer) || 'nothing asked'}`), head);
        for (const gap of answer) {
          const row = make('tr');
          row.dataset.testid = 'gap';
          row.dataset.id = gap.technology.id;
          row.dataset.status = gap.status;
          const status = make('td');
          status.append(statusBadge(gap.status));
          const detail = make('td', gapDetail(gap));
          const where = evidenceText(gap.roles, gap.projects);
          if (where) detail.append(make('div', where, 'muted evidence-line'));
          row.append(make('td', gap.technology.name), status, detail);
          table.append(row);
        }
        gapsOut.show(table);
      },
    );
  };

  const showGapsOf = (person: { id: string; label: string }) => {
    if (![...gapPerson.options].some((option) => option.value === person.id)) {
      const option = make('option', `${person.label} (${person.id})`);
      option.value = person.id;
      gapPerson.append(option);
    }
    gapPerson.value = person.id;
    gapPerson.focus();
    void runGaps();
  };

  const onSubmit = (id: string, run: () => unknown) =>
    byId<HTMLFormElement>(id).addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
  onSubmit('experts-form', runExperts);
  onSubmit('team-form', () => {
    excluded = [];
    return runTeam();
  });
  onSubmit('requirements-form', runRequirements);
  onSubmit('gaps-form', runGaps);

  const ready = (async () => {
    try {
      const people = await fetchPeopleChoices();
      gapPerson.replaceChildren(
        make('option', 'Choose an engineer…'),
        ...people.map((person) => {
          const option = make('option', `${person.label} (${person.id})`);
          option.value = person.id;
          return option;
        }),
      );
      gapPerson.options[0]?.setAttribute('value', '');
    } catch (error) {
      gapsOut.error(`Loading the engineers failed. The API answered: “${errorMessage(error)}”`);
      throw error;
    }
  })();
  // The failure is shown in the gap panel; `ready` rejects for whoever awaits it.
  ready.catch(() => {});

  return {
    ready,
    picker,
    experts: () => experts,
    team: () => team,
    excluded: () => [...excluded],
    mentions: () => mentions,
    found: () => found,
    gaps: () => gaps,
    pending: () =>
      picker.pending() +
      expertsOut.pending() +
      teamOut.pending() +
      requirementsOut.pending() +
      gapsOut.pending(),
  };
}

/** Sets `window.__staffing` (test builds only: main.ts calls it when Vite builds in `test` mode). */
export function installStaffingHandle(page: StaffingPage): void {
  window.__staffing = {
    ready: page.ready,
    picked: () => structuredClone(page.picker.picked()),
    experts: () => structuredClone(page.experts()),
    team: () => structuredClone(page.team()),
    excluded: () => page.excluded(),
    mentions: () => structuredClone(page.mentions()),
    found: () => structuredClone(page.found()),
    gaps: () => structuredClone(page.gaps()),
    pending: () => page.pending(),
  };
}
