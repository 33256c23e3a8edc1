import { closest, distance } from 'fastest-levenshtein';
import type { Executor } from '../db/Executor.js';
import { type AppError, notFound } from '../errors/index.js';
import type { EntityRecord } from './entity-kind.js';
import { findTechnology, technologySpellings } from './queries/find-technology.js';

/** The technology an id, name or alias names, in any letter case (`k8s` → Kubernetes); else null. */
export async function lookUpTechnology(executor: Executor, spelling: string): Promise<EntityRecord | null> {
  const [row] = await executor.read<{ technology: EntityRecord }>(findTechnology, { id: spelling.trim() });
  return row?.technology ?? null;
}

/**
 * NOT_FOUND for a technology nothing is called, suggesting the closest id, name or alias (one
 * query, only on this error path): `No technology "kubernets": did you mean "kubernetes" (Kubernetes)?`
 */
export async function technologyNotFound(executor: Executor, spelling: string): Promise<AppError> {
  const rows = await executor.read<{ id: string; name: string; aliases: string[] }>(technologySpellings);
  const owners = new Map<string, { id: string; name: string }>();
  for (const row of rows) {
    for (const candidate of [row.id, row.name, ...row.aliases]) {
      const key = candidate.toLowerCase();
      if (!owners.has(key)) owners.set(key, { id: row.id, name: row.name });
    }
  }
  const wanted = spelling.trim().toLowerCase();
  if (owners.size > 0 && wanted.length > 0) {
    const best = closest(wanted, [...owners.keys()]);
    const owner = owners.get(best);
    if (owner && distance(wanted, best) <= Math.max(2, Math.ceil(wanted.length / 3))) {
      return notFound(`No technology "${spelling}": did you mean "${owner.id}" (${owner.name})?`);
    }
  }
  return notFound(`No technology "${spelling}": pass an id from technologies { edges { node { id } } }.`);
}
