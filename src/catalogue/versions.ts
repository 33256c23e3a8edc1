import type { CatalogueIndex } from './catalogue-index.js';
import type { NamedEntry } from './types.js';

/**
 * A version written after a technology's name ("Java 17", "Python 3.11", ".NET 8", "Oracle 19c", "Unreal Engine 5",
 * "Vue v3", "Java 11+"): no part of the name. The one rule for the loader (CatalogueIndex.resolve, through its
 * `versionless` option), the scorer, the extractor's lists and the API's lookups by name (lookupNeedles). A name the catalogue knows with its number ("Python 3",
 * "VxWorks 653", "HoloLens 2") is looked up whole first; a number glued to the name ("Web3", "EC2") is never cut.
 */
const VERSION = /^v?\d[\p{L}\d.]*\+?$/u;

/**
 * Where the versions trailing `value` begin (the blank before the first of them), or -1 when none trails. Each version
 * is a whole word after a blank; the words are taken from the end, so the cost is linear in the length of `value`.
 */
function versionsStart(value: string): number {
  // Words at even indexes, the blanks between them at odd ones ("Java 11 17" → Java, " ", 11, " ", 17).
  const parts = value.split(/(\s+)/u);
  let last = parts.length - 1;
  while (last >= 2 && VERSION.test(parts[last] as string)) last -= 2;
  if (last === parts.length - 1) return -1;
  let start = 0;
  for (let index = 0; index <= last; index += 1) start += (parts[index] as string).length;
  return start;
}

/** `value` without a trailing version ("Java 17" → "Java"); `value` itself when none trails or nothing else is left. */
export function withoutVersion(value: string): string {
  const start = versionsStart(value);
  return start > 0 ? value.slice(0, start) : value;
}

/** Whether `text` is versions alone, each after a space (" 17", " v2 12c"). */
export function onlyVersions(text: string): boolean {
  return versionsStart(text) === 0;
}

/** `name` without its trailing version, or null when none trails (the `versionless` option of CatalogueIndex). */
export function versionless(name: string): string | null {
  const bare = withoutVersion(name.trim());
  return bare === name.trim() ? null : bare;
}

/**
 * The entry `index` finds by key (`find`) for `written`, whole or else without its trailing version, and the spelling
 * that named it ("Java 17" → Java, "Java"; "SOC 2" → SOC 2 whole). The extractor's lists take names through this, the
 * loader and the scorer through CatalogueIndex.resolve: one rule for where a version starts.
 */
export function knownSpelling<E extends NamedEntry>(
  index: CatalogueIndex<E>,
  written: string,
): { entry: E; spelling: string } | undefined {
  const whole = index.find(written);
  if (whole) return { entry: whole, spelling: written };
  const bare = withoutVersion(written);
  const entry = bare === written ? undefined : index.find(bare);
  return entry && { entry, spelling: bare };
}
