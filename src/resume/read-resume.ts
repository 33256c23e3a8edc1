import { normaliseResume } from './normalise-resume.js';
import { parseResumeFile, parseResumeText } from './parse-resume-file.js';
import type { Resume } from './types.js';
import { validateResume } from './validate-resume.js';

/** A résumé to load: a path, or text with the name it is reported under (its extension picks the format). */
export type ResumeSource = string | { file: string; text: string };

export function sourceName(source: ResumeSource): string {
  return typeof source === 'string' ? source : source.file;
}

/** Parse, validate and normalise one résumé; throws `ResumeError` naming every issue. */
export async function readResume(source: ResumeSource): Promise<Resume> {
  const parsed =
    typeof source === 'string' ? await parseResumeFile(source) : parseResumeText(source.file, source.text);
  return normaliseResume(validateResume(parsed), parsed.file);
}
