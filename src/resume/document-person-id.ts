import { personIdFromFileName } from './person-id-from-file-name.js';
import { slug } from './slug.js';

/**
 * TEMPORARY stand-in for `documentPersonId` of src/resume/ids.ts (being written on the `model`
 * branch): swap the imports for that one when it is on main and delete this file.
 *
 * The person id of a document that gives none, stable across re-imports of the same document:
 * from the e-mail it gives, else the person's name, else the file name (`personIdFromFileName`).
 * Undefined when none of the three is given.
 */
export function documentPersonId(from: {
  email?: unknown;
  name?: unknown;
  fileName?: string;
}): string | undefined {
  const email = typeof from.email === 'string' ? from.email.trim().toLowerCase() : '';
  if (email !== '') return slug(email);
  const name = typeof from.name === 'string' ? from.name.trim() : '';
  if (name !== '') return slug(name);
  return from.fileName === undefined ? undefined : personIdFromFileName(from.fileName);
}
