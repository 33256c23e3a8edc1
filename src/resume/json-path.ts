/**
 * The paths facts and issues use into a résumé (`work[0].positions[1].startDate`,
 * `skills[2].keywords[3]`), read back into segments: the inverse of `humanPath` for paths of
 * names and indexes. Pure; shared by the server and the import page.
 */
export type PathSegment = string | number;

const PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/;

/** `work[0].highlights[2]` → `['work', 0, 'highlights', 2]`; throws on anything else, quoting it. */
export function parseJsonPath(path: string): PathSegment[] {
  if (!PATH.test(path)) {
    throw new Error(
      `"${path}" is not a résumé path: expected names and [indexes], e.g. work[0].positions[1].startDate.`,
    );
  }
  return [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map(([, name, index]) => name ?? Number(index));
}
