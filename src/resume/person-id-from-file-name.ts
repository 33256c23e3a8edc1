import { basename, extname } from 'node:path';
import { slug } from './slug.js';

/**
 * The person id of a résumé that gives none: the hex part of the file name
 * (`000_b0bdae752341232c.json` → `b0bdae752341232c`), else the file name without extension, slugged.
 */
export function personIdFromFileName(file: string): string {
  const stem = basename(file, extname(file));
  const hex = /(?:^|[_.-])([0-9a-f]{8,})$/i.exec(stem)?.[1];
  return hex ? hex.toLowerCase() : slug(stem);
}
