import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { ResumeError } from '../../../src/resume/resume-error.js';
import type { ResumeIssue } from '../../../src/resume/resume-issue.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

/**
 * A location is free text or an object, both written through shared definitions ($ref), whose
 * errors ajv reports under the definition's path instead of the alternative's: each mistake must
 * still be one issue, said by the branch the value was meant for.
 */
function issues(location: string): Pick<ResumeIssue, 'path' | 'found' | 'expected'>[] {
  const text = `id: abc123\nwork:\n  - name: Acme\n    positions:\n      - position: Engineer\n        startDate: 2019-01\n        location: ${location}\n`;
  try {
    validateResume(parseResumeText('cv.yaml', text));
    return [];
  } catch (error) {
    if (!(error instanceof ResumeError)) throw error;
    return error.issues.map(({ path, found, expected }) => ({ path, found, expected }));
  }
}

const PLACE =
  "A place: a JSON Resume location object, or (as JSON Resume's work.location) one line of free text, at most 500 characters.";

describe('alternatives written through $ref', () => {
  it('report an over-long city inside a location object once, at the city', () => {
    expect(issues(`{ city: ${'x'.repeat(501)} }`)).toEqual([
      {
        path: 'work[0].positions[0].location.city',
        found: expect.stringContaining('xxx'),
        expected: 'at most 500 characters',
      },
    ]);
  });

  it('report an over-long free-text location once, by the alternative, which states the limit', () => {
    expect(issues('x'.repeat(501))).toEqual([
      {
        path: 'work[0].positions[0].location',
        found: expect.stringContaining('xxx'),
        expected: PLACE,
      },
    ]);
  });

  it('report a location of the wrong type by the alternative itself', () => {
    expect(issues('[Paris]')).toEqual([
      {
        path: 'work[0].positions[0].location',
        found: expect.any(String),
        expected: PLACE,
      },
    ]);
  });
});
