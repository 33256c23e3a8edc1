import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { compareStrings } from '../util/compare-strings.js';

const RESUME_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json']);

/**
 * Expands the paths given on a command line: a folder becomes its files with one of `extensions`
 * (default `.yaml`, `.yml` and `.json`; recursively, sorted); anything else is passed through as a
 * file, so that a missing file or a wrong extension is reported like any other bad file.
 */
export async function collectResumeFiles(
  paths: readonly string[],
  extensions: ReadonlySet<string> = RESUME_EXTENSIONS,
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await filesUnder(path, extensions)));
    else files.push(path);
  }
  return files;
}

async function filesUnder(dir: string, extensions: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareStrings(a.name, b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path, extensions)));
    else if (entry.isFile() && extensions.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
