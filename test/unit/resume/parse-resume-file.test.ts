import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RESUME_BYTES, parseResumeFile, parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { ResumeError } from '../../../src/resume/resume-error.js';

function issuesOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof ResumeError) return error.issues;
    throw error;
  }
  throw new Error('expected a ResumeError');
}

describe('parseResumeText', () => {
  it('reads YAML and JSON by extension', () => {
    expect(parseResumeText('a.yaml', 'id: x\nwork: []\n').data).toEqual({ id: 'x', work: [] });
    expect(parseResumeText('a.yml', 'id: x').data).toEqual({ id: 'x' });
    expect(parseResumeText('a.json', '{"id": "x"}').data).toEqual({ id: 'x' });
  });

  it('keeps YAML dates as text (YAML 1.2 core schema) and bare years as numbers', () => {
    expect(parseResumeText('a.yaml', 'startDate: 2025-09\nendDate: 2014-05-01\nyear: 2014').data).toEqual({
      startDate: '2025-09',
      endDate: '2014-05-01',
      year: 2014,
    });
  });

  it('reports invalid YAML with line and column', () => {
    const [issue] = issuesOf(() => parseResumeText('bad.yaml', 'id: x\nwork:\n  - name: [unclosed\n'));
    expect(issue).toMatchObject({ file: 'bad.yaml', path: '', line: expect.any(Number) });
    expect(issue?.found).toMatch(/^invalid YAML/);
    expect(issue?.expected).toMatch(/well-formed YAML at line \d+, column \d+/);
  });

  it('reports duplicate YAML keys', () => {
    const [issue] = issuesOf(() => parseResumeText('dup.yaml', 'id: x\nid: y\n'));
    expect(issue).toMatchObject({ line: 2 });
    expect(issue?.found).toMatch(/unique|duplicate/i);
  });

  it('reports invalid JSON with line and column', () => {
    const [issue] = issuesOf(() => parseResumeText('bad.json', '{\n  "id": "x",\n  "work": [,]\n}'));
    expect(issue).toMatchObject({ file: 'bad.json', line: 3 });
    expect(issue?.found).toMatch(/^invalid JSON/);
  });

  it('rejects other extensions and texts over the size limit', () => {
    expect(issuesOf(() => parseResumeText('cv.txt', 'x'))[0]).toMatchObject({
      found: 'the extension ".txt"',
      expected: '.yaml, .yml or .json',
    });
    const [issue] = issuesOf(() => parseResumeText('big.yaml', `summary: "${'x'.repeat(MAX_RESUME_BYTES)}"`));
    expect(issue?.found).toMatch(/^a file of 1\.0 MB/);
    expect(issue?.expected).toBe('at most 1 MB (1048576 bytes)');
  });

  it('locates paths in the source', () => {
    const parsed = parseResumeText(
      'a.yaml',
      'id: x\nwork:\n  - name: A\n    positions:\n      - position: B\n',
    );
    expect(parsed.locate(['work', 0, 'positions', 0, 'position'])).toEqual({ line: 5, column: 9 });
    expect(parsed.locate(['work', 0, 'missing'])).toEqual({ line: 3, column: 5 });
    const json = parseResumeText('a.json', '{\n  "work": [\n    {"name": "A"}\n  ]\n}');
    expect(json.locate(['work', 0, 'name'])).toEqual({ line: 3, column: 6 });
  });
});

describe('parseResumeFile', () => {
  it('refuses a file over 1 MB before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'career-graph-parse-'));
    const file = join(dir, 'huge.yaml');
    await writeFile(file, `summary: "${'x'.repeat(10 * 1024 * 1024)}"\n`);
    await expect(parseResumeFile(file)).rejects.toMatchObject({
      issues: [{ file, path: '', found: expect.stringMatching(/^a file of 10\.0 MB/) }],
    });
  });

  it('names a missing file', async () => {
    await expect(parseResumeFile('/nonexistent/cv.yaml')).rejects.toMatchObject({
      issues: [{ found: 'no readable file (ENOENT)', expected: 'an existing résumé file' }],
    });
  });
});
