import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../src/config.js';

/** test-artifacts/ (git-ignored): screenshots and downloads CI keeps from the browser tests. */
export function artifactPath(name: string): string {
  const dir = resolve(projectRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, name);
}
