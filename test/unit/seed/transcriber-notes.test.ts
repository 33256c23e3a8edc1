import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

const seedDir = join(projectRoot, 'seed/resumes');
const files = readdirSync(seedDir).filter((name) => name.endsWith('.yaml'));

/** Every string a user can read, with its path: all but `note` and `source` (where the transcriber writes). */
function readable(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => readable(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'note' && key !== 'source')
      .flatMap(([key, item]) => readable(item, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('the seed transcriptions', () => {
  it('are three files that validate, transcriber notes included', () => {
    expect(files).toHaveLength(3);
    for (const file of files) {
      expect(
        () => validateResume(parseResumeText(file, readFileSync(join(seedDir, file), 'utf8'))),
        file,
      ).not.toThrow();
    }
  });

  it('keep line numbers out of the text users read: they are in `note` or `source`', () => {
    const cited = files.flatMap((file) => {
      const parsed = parseResumeText(file, readFileSync(join(seedDir, file), 'utf8'));
      return readable(validateResume(parsed), '')
        .filter(([, text]) => /\blines? \d/i.test(text))
        .map(([path, text]) => `${file} ${path}: ${text}`);
    });
    expect(cited).toEqual([]);
  });

  it('say where the summary of document 002 comes from, in its note', () => {
    const file = '1f1d44f0f2c0cec7.yaml';
    const resume = validateResume(parseResumeText(file, readFileSync(join(seedDir, file), 'utf8')));
    expect(resume.basics?.summary).toMatch(/^Key Achievements\. Service design and team lead: /);
    expect(resume.basics?.note).toBe(
      'The document has no summary; this is its "Key Achievements" section (lines 6-10).',
    );
  });
});
