import { createHash } from 'node:crypto';
import { personIdFromFileName } from '../resume/person-id-from-file-name.js';
import { slug } from '../resume/slug.js';

/**
 * The person id of a document: from the e-mail it gives, else the person's name, else the file
 * name (`000_b0bdae752341232c.txt` → `b0bdae752341232c`). Stable: the same document gives the same id.
 * An e-mail is hashed, so the id does not publish the address.
 *
 * Temporary home: this moves to src/resume/ids.ts (`documentPersonId`) and is imported from there.
 */
export function documentPersonId(source: { email?: string; name?: string; fileName: string }): string {
  const email = source.email?.trim().toLowerCase();
  if (email) return `p-${createHash('sha256').update(email).digest('hex').slice(0, 16)}`;
  const name = source.name?.trim();
  if (name) return slug(name);
  return personIdFromFileName(source.fileName);
}
