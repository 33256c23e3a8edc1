import { didYouMean } from '../catalogue/did-you-mean.js';
import { lookupKey, looseCompanyKey } from '../catalogue/lookup-key.js';
import { exactKeysOf, type LookupNeedles, lookupNeedles } from '../catalogue/name-lookup.js';
import { versionless } from '../catalogue/versions.js';
import type { Executor } from '../db/Executor.js';
import { type AppError, notFound } from '../errors/index.js';
import type { EntityRecord } from './entity-kind.js';
import { fuzzyKeyQuery } from './lucene-query.js';
import { findCompany, findTechnology, technologyCandidates } from './queries/find-named.js';

/** What the API's queries take to find a technology by any spelling (src/catalogue/name-lookup.ts). */
export function technologyNeedles(spelling: string): LookupNeedles {
  return lookupNeedles(spelling, undefined, versionless);
}

/** What the API's queries take to find a company by any spelling, legal suffixes optional. */
export function companyNeedles(spelling: string): LookupNeedles {
  return lookupNeedles(spelling, looseCompanyKey);
}

/** The technology an id, name, alias or other spelling names (`k8s`, `Node JS` …); else null. */
export async function lookUpTechnology(executor: Executor, spelling: string): Promise<EntityRecord | null> {
  const [row] = await executor.read<{ technology: EntityRecord }>(findTechnology, {
    technology: technologyNeedles(spelling),
  });
  return row?.technology ?? null;
}

/** The company an id, name, alias or other spelling names (`Microsoft Corporation`); else null. */
export async function lookUpCompany(executor: Executor, spelling: string): Promise<EntityRecord | null> {
  const [row] = await executor.read<{ company: EntityRecord }>(findCompany, {
    company: companyNeedles(spelling),
  });
  return row?.company ?? null;
}

/** Fuzzy candidates fetched for "did you mean"; the did-you-mean rule decides among them. */
const MAX_CANDIDATES = 50;

/**
 * NOT_FOUND for a technology nothing is called, suggesting the closest spelling (without its
 * trailing version) by the one did-you-mean rule (catalogue/did-you-mean.ts), over the keys of the technologies a fuzzy index
 * query returns (one query, only on this error path; Lucene finds keys at most 2 edits away):
 * `No technology "kubernets": did you mean "kubernetes" (Kubernetes)?`
 */
export async function technologyNotFound(executor: Executor, spelling: string): Promise<AppError> {
  // Suggested for the spelling the lookup's step 4 took: "Kubernets 1.29" is close to kubernetes.
  const trimmed = spelling.trim();
  const key = lookupKey(versionless(trimmed) ?? trimmed);
  const query = fuzzyKeyQuery(key);
  if (query !== undefined) {
    const rows = await executor.read<{ id: string; name: string; keys: string | null }>(
      technologyCandidates,
      { query, limit: MAX_CANDIDATES },
    );
    const owners = new Map<string, { id: string; name: string }>();
    for (const row of rows) {
      for (const candidate of exactKeysOf(row.keys ?? '')) {
        if (!owners.has(candidate)) owners.set(candidate, { id: row.id, name: row.name });
      }
    }
    const best = didYouMean(key, [...owners.keys()]);
    const owner = best === undefined ? undefined : owners.get(best);
    if (owner) return notFound(`No technology "${spelling}": did you mean "${owner.id}" (${owner.name})?`);
  }
  return notFound(`No technology "${spelling}": pass an id from technologies { edges { node { id } } }.`);
}
