import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../src/config.js';

/** test-artifacts/ (git-ignored): screenshots and downloads CI keeps from the browser tests. */
export const artifactsRoot = resolve(projectRoot, 'test-artifacts');

/**
 * The artifact folder of one test file, `test-artifacts/<suite>/`, emptied when the file starts
 * (call this in its `beforeAll`), so nothing left there comes from an earlier run. Each file has
 * its own folder, so files never clear each other's artifacts. Returns the path of a file in it.
 */
export function artifactFolder(suite: string): (name: string) => string {
  if (!/^[a-z0-9-]+$/.test(suite)) throw new Error(`Artifact folder "${suite}": expected [a-z0-9-]+`);
  const dir = resolve(artifactsRoot, suite);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return (name: string) => resolve(dir, name);
}
