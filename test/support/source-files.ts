import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config.js';

/** The TypeScript files under `folder` (a path from the project root), sub-folders included, as paths from the root. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module specifiers the TypeScript file `file` (a path from the project root) imports or re-exports from. */
export function importSpecifiers(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gmsu)].map(
    (match) => match[1] as string,
  );
}

/** Each import of the files under `folder` that `outside` picks, as `file: specifier`. */
export function importsOutside(folder: string, outside: (specifier: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importSpecifiers(file)
      .filter(outside)
      .map((specifier) => `${file}: ${specifier}`),
  );
}
