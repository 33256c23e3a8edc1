import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { GeneratedResume } from './generate-resumes.js';

const GENERATED_FILE = /^gen-\d+-[0-9a-f]+\.yaml$/;

/** A generated résumé's file text: YAML under a comment that says where it came from. */
export function writeGeneratedYaml(resume: GeneratedResume): string {
  return `# Synthetic résumé written by \`npm run generate\`; see meta for the seed.\n${stringify(resume.document, { lineWidth: 0 })}`;
}

/**
 * Writes the résumés as YAML into `dir`, after removing the files an earlier run wrote there
 * (`gen-*.yaml` only), so the folder holds exactly this run.
 */
export async function writeGeneratedResumes(dir: string, resumes: readonly GeneratedResume[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (GENERATED_FILE.test(name)) await rm(join(dir, name));
  }
  for (let start = 0; start < resumes.length; start += 256) {
    await Promise.all(
      resumes
        .slice(start, start + 256)
        .map((resume) => writeFile(join(dir, resume.fileName), writeGeneratedYaml(resume))),
    );
  }
}
