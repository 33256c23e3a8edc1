/**
 * A version written after a technology's name ("Java 17", "Python 3.11", ".NET 8", "Oracle 19c", "Unreal Engine 5",
 * "Vue v3", "Java 11+"): no part of the name. The one rule for the loader (CatalogueIndex.resolve, through its
 * `versionless` option), the scorer and the extractor's lists. A name the catalogue knows with its number ("Python 3",
 * "VxWorks 653", "HoloLens 2") is looked up whole first; a number glued to the name ("Web3", "EC2") is never cut.
 */
const TRAILING_VERSION = /(?:\s+v?\d[\p{L}\d.]*\+?)+$/u;

/** `value` without a trailing version ("Java 17" → "Java"); `value` itself when none trails or nothing else is left. */
export function withoutVersion(value: string): string {
  const version = TRAILING_VERSION.exec(value);
  return version && version.index > 0 ? value.slice(0, version.index) : value;
}

/** Whether `text` is versions alone, each after a space (" 17", " v2 12c"). */
export function onlyVersions(text: string): boolean {
  return TRAILING_VERSION.exec(text)?.index === 0;
}

/** `name` without its trailing version, or null when none trails (the `versionless` option of CatalogueIndex). */
export function versionless(name: string): string | null {
  const bare = withoutVersion(name.trim());
  return bare === name.trim() ? null : bare;
}
