import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode } from 'graphql';
import { gql } from 'graphql-tag';
import { projectRoot } from '../config.js';

/** The API contract: every `schema/*.graphql` file, in name order. */
export function loadTypeDefs(dir = join(projectRoot, 'schema')): DocumentNode[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => gql(readFileSync(join(dir, name), 'utf8')));
}
