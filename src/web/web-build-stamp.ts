import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { webBuildPaths } from './web-build-paths.js';

/** What a build of dist/web records about itself in `.build-stamp.json`. */
export interface WebBuildStamp {
  /** Newest modification time (ms) among the inputs when the build started. */
  newestInput: number;
  builtAt: string;
}

export const webBuildStampName = '.build-stamp.json';

/** Newest mtime of the path or anything under it (a folder's own mtime changes when a file goes). */
async function newestMtime(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Newest modification time among everything the front end is built from. */
export async function newestWebInput(): Promise<number> {
  return Math.max(...(await Promise.all(webBuildPaths.inputs.map(newestMtime))));
}

export async function readWebBuildStamp(
  outDir: string = webBuildPaths.outDir,
): Promise<WebBuildStamp | undefined> {
  try {
    const stamp = JSON.parse(
      await readFile(join(outDir, webBuildStampName), 'utf8'),
    ) as Partial<WebBuildStamp>;
    return typeof stamp.newestInput === 'number' ? (stamp as WebBuildStamp) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Vite plugin writing the stamp into the output folder once a build is complete, so
 * `npm run build:web` and ensureWebBuild leave the same evidence of what they built from.
 */
export function webBuildStampPlugin(): Plugin {
  let newestInput = 0;
  let outDir = webBuildPaths.outDir;
  return {
    name: 'career-graph-build-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async buildStart() {
      newestInput = await newestWebInput();
    },
    async closeBundle() {
      const stamp: WebBuildStamp = { newestInput, builtAt: new Date().toISOString() };
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, webBuildStampName), `${JSON.stringify(stamp)}\n`);
    },
  };
}
