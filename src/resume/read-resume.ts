import type { Catalogue } from '../catalogue/catalogue.js';
import { normaliseResume } from './normalise-resume.js';
import { parseResumeBytes, parseResumeFile, parseResumeText } from './parse-resume-file.js';
import { withTechnologiesFromText } from './plain-json-resume.js';
import type { Resume } from './types.js';
import { validateResume } from './validate-resume.js';

/** A résumé to load: a path, or text with the name it is reported under (its extension picks the format). */
export type ResumeSource = string | { file: string; text: string };

export function sourceName(source: ResumeSource): string {
  return typeof source === 'string' ? source : source.file;
}

/**
 * Parse, validate and normalise one résumé; throws `ResumeError` naming every issue. With a
 * catalogue, a plain JSON Resume also gets the technologies its entries' texts name. `bytes`: a
 * file's content, when the caller has read it already (the loader, for its content hash).
 */
export async function readResume(
  source: ResumeSource,
  options: { catalogue?: Catalogue; bytes?: Uint8Array } = {},
): Promise<Resume> {
  const parsed =
    typeof source !== 'string'
      ? parseResumeText(source.file, source.text)
      : options.bytes
        ? parseResumeBytes(source, options.bytes)
        : await parseResumeFile(source);
  const document = validateResume(parsed);
  const completed = options.catalogue
    ? withTechnologiesFromText(document, options.catalogue).document
    : document;
  return normaliseResume(completed, parsed.file);
}
