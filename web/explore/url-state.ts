import type { GraphViewVariables } from '../../src/export/graph-view-query.js';
import { kindOrder } from './kind-style.js';

/** What the page's URL asks for: `?focus=id&focus=id2&depth=2&kinds=PERSON,TECHNOLOGY&limit=2000&layoutMs=8000`. */
export interface UrlState {
  /** The `graph` query to load first. `kinds` is not part of it: see `shownKinds`. */
  query: GraphViewVariables;
  /**
   * The kinds to show (all when undefined). The other kinds are still fetched, so that a path
   * through them can be drawn as a direct edge between the shown ends.
   */
  shownKinds: string[] | undefined;
  /** Kinds the URL names that the explorer does not know, to report. */
  unknownKinds: string[];
  /** Longest a layout may run after loading a graph, in milliseconds. */
  layoutMs: number;
}

/** The graph's node limit when the URL sets none. */
export const defaultLimit = 500;
const defaultLayoutMs = 8000;

function positiveInteger(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const query: GraphViewVariables = {};
  const focus = params.getAll('focus').filter(Boolean);
  if (focus.length) query.focus = focus;
  const depth = positiveInteger(params, 'depth');
  if (depth !== undefined) query.depth = depth;
  query.limit = positiveInteger(params, 'limit') ?? defaultLimit;
  const named = (params.get('kinds') ?? '')
    .split(',')
    .map((kind) => kind.trim().toUpperCase())
    .filter(Boolean);
  const known = new Set<string>(kindOrder);
  return {
    query,
    shownKinds: named.length ? named.filter((kind) => known.has(kind)) : undefined,
    unknownKinds: named.filter((kind) => !known.has(kind)),
    layoutMs: positiveInteger(params, 'layoutMs') ?? defaultLayoutMs,
  };
}

/** `href` focused on `id` instead of what it focused on before; the other parameters stay. */
export function focusedUrl(href: string, id: string): string {
  const url = new URL(href);
  url.searchParams.delete('focus');
  url.searchParams.append('focus', id);
  return url.href;
}
