/**
 * The explorer's views, chosen by `?view=`: the entity graph (the default), the technology
 * landscape, one person's timeline (`?person=`), or the expert finder, team builder and gap
 * analysis (`staffing`).
 */
export const explorerViews = ['graph', 'landscape', 'timeline', 'staffing'] as const;
export type ExplorerView = (typeof explorerViews)[number];

/** The view `?view=` asks for; `unknown` holds a value that names none, which falls back to the graph. */
export function readView(search: string): { view: ExplorerView; unknown: string | undefined } {
  const raw = new URLSearchParams(search).get('view');
  if (raw === null || raw === '') return { view: 'graph', unknown: undefined };
  const view = explorerViews.find((name) => name === raw.trim().toLowerCase());
  return view ? { view, unknown: undefined } : { view: 'graph', unknown: raw };
}

/** `href` showing `view`; the graph view drops the parameter, and the other parameters stay. */
export function viewUrl(href: string, view: ExplorerView): string {
  const url = new URL(href);
  if (view === 'graph') url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  return url.href;
}

/** `?minPeople=` of the landscape: a positive integer, else 1. */
export function readMinPeople(search: string): number {
  const value = Number(new URLSearchParams(search).get('minPeople') ?? '1');
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** `?person=` of the timeline, undefined when absent or empty. */
export function readPerson(search: string): string | undefined {
  return new URLSearchParams(search).get('person')?.trim() || undefined;
}

/** `?rollUp=` of the landscape: on for `1` or `true`, else off. */
export function readRollUp(search: string): boolean {
  const raw = new URLSearchParams(search).get('rollUp')?.trim().toLowerCase();
  return raw === '1' || raw === 'true';
}

/** `href` with the landscape's roll-up on (`rollUp=1`) or off (no parameter); the other parameters stay. */
export function rollUpUrl(href: string, rollUp: boolean): string {
  const url = new URL(href);
  if (rollUp) url.searchParams.set('rollUp', '1');
  else url.searchParams.delete('rollUp');
  return url.href;
}
