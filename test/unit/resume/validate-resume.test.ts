import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { parseResumeFile, parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { ResumeError } from '../../../src/resume/resume-error.js';
import type { ResumeIssue } from '../../../src/resume/resume-issue.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

function issues(text: string, file = 'cv.yaml'): ResumeIssue[] {
  try {
    validateResume(parseResumeText(file, text));
  } catch (error) {
    if (error instanceof ResumeError) return [...error.issues];
    throw error;
  }
  return [];
}

const valid = `
id: abc123
work:
  - name: Acme
    positions:
      - position: Engineer
        startDate: 2019-01
        endDate: 2020-06
`;

describe('validateResume', () => {
  it.each(['b0bdae752341232c', '493100191bcfc980', '1f1d44f0f2c0cec7'])(
    'accepts the seed file %s',
    async (id) => {
      const parsed = await parseResumeFile(join(projectRoot, 'seed/resumes', `${id}.yaml`));
      expect(validateResume(parsed).id).toBe(id);
    },
  );

  it('accepts a plain JSON Resume file', () => {
    const plain = {
      basics: {
        name: 'Ada',
        label: 'Engineer',
        email: 'ada@example.com',
        location: { city: 'London', countryCode: 'GB' },
        profiles: [{ network: 'GitHub', username: 'ada' }],
      },
      work: [
        {
          name: 'Acme',
          position: 'Engineer',
          location: 'London',
          url: 'https://acme.example',
          startDate: '2019-01-15',
          endDate: '2021',
          summary: 'Built things',
          highlights: ['One'],
        },
      ],
      education: [
        {
          institution: 'MIT',
          area: 'CS',
          studyType: 'B.S.',
          startDate: '2014',
          endDate: '2018',
          courses: [],
        },
      ],
      skills: [{ name: 'Languages', level: 'Master', keywords: ['Go'] }],
      projects: [{ name: 'Tool', keywords: ['Rust'], roles: ['author'], type: 'application' }],
      languages: [{ language: 'English', fluency: 'Native' }],
      interests: [{ name: 'Chess' }],
      awards: [{ title: 'Prize', date: '2020', awarder: 'X' }],
      meta: { canonical: 'https://example.com', anything: { goes: true } },
    };
    expect(issues(JSON.stringify(plain), 'ada.json')).toEqual([]);
  });

  it('accepts unquoted YAML years', () => {
    expect(issues(valid.replace('2019-01', '2019').replace('2020-06', '2020'))).toEqual([]);
  });

  it('names the path, what was found and what was expected for a wrong type', () => {
    expect(issues(valid.replace('position: Engineer', 'position: [Engineer]'))).toEqual([
      {
        file: 'cv.yaml',
        path: 'work[0].positions[0].position',
        line: 6,
        column: 9,
        found: 'a list of 1 item',
        expected: expect.stringMatching(/^text \(a string\)/),
      },
    ]);
    expect(issues(valid.replace('startDate: 2019-01', 'startDate: January 2019'))).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].startDate',
        found: '"January 2019"',
        expected: expect.stringMatching(/^Partial ISO date YYYY, YYYY-MM or YYYY-MM-DD/),
      }),
    ]);
    expect(issues(`${valid}        current: "yes"\n`)).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].current',
        found: '"yes"',
        expected: expect.stringMatching(/^true or false/),
      }),
    ]);
  });

  it('names a missing required field', () => {
    expect(issues(`${valid}education:\n  - area: Computing\n`)).toEqual([
      expect.objectContaining({
        path: 'education[0].institution',
        found: 'nothing (the field is missing)',
        expected: expect.stringContaining('required'),
      }),
    ]);
    expect(issues('work:\n  - position: Engineer\n')).toEqual([
      expect.objectContaining({ path: 'work[0].name', found: 'nothing (the field is missing)' }),
    ]);
  });

  it('accepts a position without a title, as JSON Resume does: none is invented', () => {
    expect(issues(valid.replace('      - position: Engineer\n', '      - team: Core\n'))).toEqual([]);
    expect(issues('work:\n  - name: Acme\n')).toEqual([]);
    expect(issues('source: { document: a.txt }\n')).toEqual([
      expect.objectContaining({
        path: 'id',
        expected: expect.stringContaining('required when `source` is given'),
      }),
    ]);
  });

  it('names an unknown field and suggests the known one', () => {
    const found = issues(valid.replace('    positions:', '    positons:'));
    expect(found).toContainEqual(
      expect.objectContaining({
        path: 'work[0].positons',
        found: 'the unknown field "positons"',
        expected: expect.stringContaining('did you mean "positions"?'),
      }),
    );
    expect(issues(`${valid}hobbies: [chess]\n`)).toEqual([
      expect.objectContaining({ path: 'hobbies', found: 'the unknown field "hobbies"' }),
    ]);
  });

  it('reports an unknown field inside a location once, not as a failed alternative', () => {
    expect(issues(`${valid}        location: { city: Paris, planet: Earth }\n`)).toEqual([
      expect.objectContaining({ path: 'work[0].positions[0].location.planet' }),
    ]);
  });

  it('rejects an end date before the start date, and impossible dates', () => {
    expect(issues(valid.replace('endDate: 2020-06', 'endDate: 2012-12'))).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].endDate',
        line: 8,
        found: '"2012-12", before startDate "2019-01"',
        expected: expect.stringContaining('on or after the start date'),
      }),
    ]);
    expect(issues(valid.replace('endDate: 2020-06', 'endDate: 2019-02-30'))).toEqual([
      expect.objectContaining({ path: 'work[0].positions[0].endDate', found: '"2019-02-30"' }),
    ]);
    expect(issues('education:\n  - institution: MIT\n    startDate: "2018"\n    endDate: "2014"\n')).toEqual([
      expect.objectContaining({ path: 'education[0].endDate' }),
    ]);
  });

  it('rejects an end date on a current position', () => {
    expect(issues(`${valid}        current: true\n`)).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[0].endDate',
        expected: 'no endDate when `current: true`',
      }),
    ]);
  });

  it('rejects duplicate role ids and two names for one project id', () => {
    const text = `
id: p1
work:
  - name: Acme
    positions:
      - { id: r1, position: A, projects: [{ id: x, name: Alpha }] }
      - { id: r1, position: B, projects: [{ id: x, name: Beta }] }
`;
    expect(issues(text)).toEqual([
      expect.objectContaining({
        path: 'work[0].positions[1].id',
        found: 'the role id "r1", already used by work[0].positions[0]',
      }),
      expect.objectContaining({
        path: 'work[0].positions[1].projects[0].id',
        expected: expect.stringContaining('one name per project id'),
      }),
    ]);
  });

  it('rejects position fields next to a positions list', () => {
    expect(issues(valid.replace('    positions:', '    startDate: 2019-01\n    positions:'))).toEqual([
      expect.objectContaining({ path: 'work[0].startDate', found: '"2019-01" next to a `positions` list' }),
    ]);
  });

  it('rejects an empty document', () => {
    expect(issues('')).toEqual([expect.objectContaining({ path: '', found: 'an empty document' })]);
  });
});
