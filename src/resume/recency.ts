import { Label, RelType } from '../graph/model.js';

/**
 * How recent a position is, or an employer (over the positions held there), as far as the
 * document tells: the one rule behind a person's latest position (their label) and the order of
 * their employers.
 */
export interface Recency {
  /** Held now (`current: true`). */
  current: boolean;
  /** Its last known month (src/graph/months.ts): the end, else the start; null when undated. */
  lastMonth: number | null;
  /** Where the document lists it (an employer: its first position, or its last in an oldest-first document). */
  order: number;
}

/**
 * Orders most recent first: what is held now, then the later last month, dated before undated;
 * where dates do not decide, the document's own order read in its direction (newest first,
 * unless `oldestFirst`: the document lists its current position after others).
 */
export function byRecency(oldestFirst: boolean): (a: Recency, b: Recency) => number {
  return (a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    if (a.lastMonth !== b.lastMonth) {
      if (a.lastMonth === null) return 1;
      if (b.lastMonth === null) return -1;
      return b.lastMonth - a.lastMonth;
    }
    return oldestFirst ? b.order - a.order : a.order - b.order;
  };
}

/** The last known month of a position (src/graph/months.ts): its end, else its start; null when undated. */
export function lastMonth(position: { startMonth: number | null; endMonth: number | null }): number | null {
  return position.endMonth ?? position.startMonth;
}

/** Whether a document runs oldest first: it lists a current position after another one. */
export function listsOldestFirst(positions: readonly { current: boolean; order: number }[]): boolean {
  return positions.some((position) => position.current && position.order > 0);
}

/*
 * The same rules in Cypher, over the stored roles (Role.startMonth, Role.endMonth, Role.current,
 * Role.order). Variables are literal names of our own query texts.
 */

/**
 * Cypher sort keys, earliest first: the API's order of the roles of a company or a project. By the
 * start month, else the end month (src/graph/months.ts); undated last (ascending, Cypher sorts null
 * last); then by id, so that one month keeps one order.
 */
export function cypherEarliestFirst(node: string): string {
  return `coalesce(${node}.startMonth, ${node}.endMonth), ${node}.id`;
}

/** Cypher expression: `lastMonth` of role `role`. */
export function cypherLastMonth(role: string): string {
  return `coalesce(${role}.endMonth, ${role}.startMonth)`;
}

/** Cypher predicate: `listsOldestFirst` over the roles person `person` held; `role` must be a fresh variable. */
export function cypherListsOldestFirst(person: string, role: string): string {
  return `EXISTS { MATCH (${person})-[:${RelType.HELD}]->(${role}:${Label.Role} {current: true}) WHERE ${role}.order > 0 }`;
}
