import { element } from '../shared/dom.js';
import type { EntityDetails } from './explorer-api.js';
import { styleOfKind } from './kind-style.js';
import { shapeIcon } from './shape-icon.js';

export interface EntityRef {
  id: string;
  label: string;
  kind?: string;
}

export interface DetailsActions {
  /** Go to an entity named in the details (select it, fetching it when not drawn). */
  open(ref: EntityRef): void;
  expand(id: string): void;
  focus(id: string): void;
  pathEnd(end: 'from' | 'to', id: string): void;
  togglePerson(id: string): void;
}

/** Neighbours as the graph knows them, for kinds without a root field (roles). */
export interface DrawnNeighbour extends EntityRef {
  relation: string;
}

function link(ref: EntityRef, actions: DetailsActions, suffix = ''): HTMLElement {
  const item = element('li');
  const button = element('button', ref.label, 'entity-link');
  button.type = 'button';
  button.addEventListener('click', () => actions.open(ref));
  item.append(button);
  if (suffix) item.append(element('span', ` ${suffix}`, 'muted'));
  return item;
}

function list(title: string, items: HTMLElement[]): HTMLElement[] {
  if (items.length === 0) return [];
  const ul = element('ul');
  ul.append(...items);
  return [element('h4', `${title} (${items.length})`), ul];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function period(start: unknown, end: unknown, current?: unknown): string {
  const from = text(start) ?? '?';
  const to = current === true ? 'now' : (text(end) ?? '?');
  return text(start) || text(end) || current ? `${from} – ${to}` : '';
}

type Ref = { id: string; label: string };
const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The sections each kind shows, from the fields fetched in explorer-api.ts. */
function sections(details: EntityDetails, actions: DetailsActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  const paragraph = (value: unknown, className?: string) => {
    const t = text(value);
    if (t) out.push(element('p', t, className));
  };
  switch (details.kind) {
    case 'PERSON': {
      paragraph(details.headline);
      paragraph(details.location, 'muted');
      paragraph(details.summary);
      // Provenance: the document the person was read from (roles give their own lines below).
      const source = details.source as { document?: string | null; lines?: string | null } | null | undefined;
      if (source?.document)
        paragraph(`Read from ${source.document}${source.lines ? `, lines ${source.lines}` : ''}`, 'muted');
      type Role = {
        label?: string;
        title?: string | null;
        startDate?: string;
        endDate?: string;
        current?: boolean;
        source?: { lines?: string | null } | null;
        company: Ref;
      };
      out.push(
        ...list(
          'Roles',
          asArray<Role>(details.roles).map((role) =>
            link(
              {
                ...role.company,
                kind: 'COMPANY',
                // A résumé may name no title for a position: the role's own label ("Cloud team @
                // Amadeus") stands in.
                label: text(role.title)
                  ? `${role.title} — ${role.company.label}`
                  : (text(role.label) ?? role.company.label),
              },
              actions,
              [
                period(role.startDate, role.endDate, role.current),
                role.source?.lines ? `lines ${role.source.lines}` : '',
              ]
                .filter(Boolean)
                .join(' · '),
            ),
          ),
        ),
      );
      type Education = { degree?: string; area?: string; school: Ref };
      out.push(
        ...list(
          'Education',
          asArray<Education>(details.education).map((e) =>
            link({ ...e.school, kind: 'SCHOOL' }, actions, [e.degree, e.area].filter(Boolean).join(', ')),
          ),
        ),
      );
      type Used = { months?: number | null; skill?: boolean; technology: Ref };
      out.push(
        ...list(
          'Technologies',
          asArray<Used>(details.technologies).map((t) =>
            link({ ...t.technology, kind: 'TECHNOLOGY' }, actions, t.months ? `${t.months} months` : ''),
          ),
        ),
      );
      break;
    }
    case 'COMPANY': {
      paragraph(details.industry, 'muted');
      const aliases = asArray<string>(details.aliases);
      if (aliases.length) paragraph(`Also: ${aliases.join(', ')}`, 'muted');
      const parent = details.parent as Ref | null | undefined;
      if (parent) out.push(...list('Parent', [link({ ...parent, kind: 'COMPANY' }, actions)]));
      out.push(
        ...list(
          'People',
          asArray<Ref>(details.people).map((p) => link({ ...p, kind: 'PERSON' }, actions)),
        ),
      );
      type Count = { count: number; technology: Ref };
      out.push(
        ...list(
          'Technologies',
          asArray<Count>(details.technologies).map((t) =>
            link({ ...t.technology, kind: 'TECHNOLOGY' }, actions, `×${t.count}`),
          ),
        ),
      );
      break;
    }
    case 'TECHNOLOGY': {
      paragraph(details.category, 'muted');
      const aliases = asArray<string>(details.aliases);
      if (aliases.length) paragraph(`Also: ${aliases.join(', ')}`, 'muted');
      type User = { skill?: boolean; person: Ref };
      out.push(
        ...list(
          'Used by',
          asArray<User>(details.users).map((u) => link({ ...u.person, kind: 'PERSON' }, actions)),
        ),
      );
      type Count = { count: number; company: Ref };
      out.push(
        ...list(
          'At companies',
          asArray<Count>(details.companies).map((c) =>
            link({ ...c.company, kind: 'COMPANY' }, actions, `×${c.count}`),
          ),
        ),
      );
      break;
    }
    case 'PROJECT': {
      paragraph(details.description);
      paragraph(period(details.startDate, details.endDate), 'muted');
      paragraph(details.entity, 'muted');
      out.push(
        ...list(
          'People',
          asArray<Ref>(details.people).map((p) => link({ ...p, kind: 'PERSON' }, actions)),
        ),
      );
      out.push(
        ...list(
          'Technologies',
          asArray<Ref>(details.technologies).map((t) => link({ ...t, kind: 'TECHNOLOGY' }, actions)),
        ),
      );
      break;
    }
    case 'SCHOOL': {
      type Alumnus = { degree?: string; area?: string; person: Ref };
      out.push(
        ...list(
          'Alumni',
          asArray<Alumnus>(details.alumni).map((a) =>
            link({ ...a.person, kind: 'PERSON' }, actions, [a.degree, a.area].filter(Boolean).join(', ')),
          ),
        ),
      );
      break;
    }
  }
  return out;
}

/**
 * Fills the details panel for one entity: its kind, label, the fields of its kind (or, for kinds
 * without a root field, its drawn neighbours) and the actions on it.
 */
export function renderDetails(
  panel: HTMLElement,
  entity: EntityRef & { kind: string },
  details: EntityDetails | null | undefined,
  neighbours: DrawnNeighbour[],
  actions: DetailsActions,
): void {
  const style = styleOfKind(entity.kind);
  const kind = element('span', undefined, 'kind');
  kind.append(shapeIcon(style), element('span', style.name));
  const title = element('h3', details?.label ?? entity.label);
  title.dataset.testid = 'details-title';
  const buttons = element('div', undefined, 'buttons');
  const button = (label: string, testid: string, action: () => void) => {
    const b = element('button', label);
    b.type = 'button';
    b.dataset.testid = testid;
    b.addEventListener('click', action);
    buttons.append(b);
  };
  button('Expand neighbourhood', 'details-expand', () => actions.expand(entity.id));
  button('Focus', 'details-focus', () => actions.focus(entity.id));
  button('Path from', 'details-path-from', () => actions.pathEnd('from', entity.id));
  button('Path to', 'details-path-to', () => actions.pathEnd('to', entity.id));
  if (entity.kind === 'PERSON') button('Compare', 'details-compare', () => actions.togglePerson(entity.id));
  const body: HTMLElement[] = [kind, title, buttons];
  if (details === null) {
    body.push(element('p', `The API has no ${style.name.toLowerCase()} "${entity.id}" any more.`, 'muted'));
  } else if (details) {
    body.push(...sections(details, actions));
  } else {
    body.push(
      ...list(
        'Connected',
        neighbours.map((n) => link(n, actions, `${n.relation} · ${styleOfKind(n.kind ?? '').name}`)),
      ),
    );
  }
  panel.replaceChildren(...body);
}

export function renderDetailsMessage(panel: HTMLElement, message: string): void {
  panel.replaceChildren(element('p', message, 'hint'));
}
