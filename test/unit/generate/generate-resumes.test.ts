import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { type GeneratedResume, generateResumes } from '../../../src/generate/generate-resumes.js';
import { mulberry32 } from '../../../src/generate/mulberry32.js';
import { writeGeneratedResumes } from '../../../src/generate/write-generated-resumes.js';
import { monthIndex, parsePartialDate } from '../../../src/resume/parse-partial-date.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const text = (resumes: readonly GeneratedResume[]) =>
  resumes.map((resume) => stringify(resume.document)).join('---\n');
const positionsOf = (resume: GeneratedResume) =>
  (resume.document.work ?? []).flatMap((work) => work.positions ?? []);
const month = (date: string | number | undefined, edge: 'start' | 'end') => {
  const parsed = date === undefined ? null : parsePartialDate(date);
  return parsed ? monthIndex(parsed, edge) : null;
};

describe('mulberry32', () => {
  it('is a fixed sequence per seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(mulberry32(2)()).not.toBe(first[0]);
  });
});

describe('generateResumes', () => {
  it('is deterministic: same seed, same résumés; another seed, others', () => {
    const a = generateResumes({ people: 40, seed: 7, catalogue });
    expect(text(generateResumes({ people: 40, seed: 7, catalogue }))).toBe(text(a));
    expect(text(generateResumes({ people: 40, seed: 8, catalogue }))).not.toBe(text(a));
    // Person i depends on (seed, i) only.
    expect(text(generateResumes({ people: 10, seed: 7, catalogue }))).toBe(text(a.slice(0, 10)));
  });

  it('writes the same bytes on every run', async () => {
    const resumes = generateResumes({ people: 30, seed: 3, catalogue });
    const first = await mkdtemp(join(tmpdir(), 'career-graph-gen-'));
    const second = await mkdtemp(join(tmpdir(), 'career-graph-gen-'));
    await writeGeneratedResumes(first, resumes);
    await writeGeneratedResumes(second, generateResumes({ people: 30, seed: 3, catalogue }));
    const names = (await readdir(first)).sort();
    expect(names).toHaveLength(30);
    expect((await readdir(second)).sort()).toEqual(names);
    for (const name of names) {
      expect(await readFile(join(second, name), 'utf8')).toBe(await readFile(join(first, name), 'utf8'));
    }
  });

  it('makes valid résumés of 2 to 8 positions, ending no later than asOf', () => {
    const resumes = generateResumes({ people: 500, seed: 1, catalogue, asOf: { year: 2025, month: 6 } });
    const counts = new Set<number>();
    for (const resume of resumes) {
      const parsed = parseResumeText(resume.fileName, stringify(resume.document));
      expect(() => validateResume(parsed)).not.toThrow();
      const positions = positionsOf(resume);
      counts.add(positions.length);
      expect(positions.length).toBeGreaterThanOrEqual(2);
      expect(positions.length).toBeLessThanOrEqual(8);
      for (const position of positions) {
        expect(month(position.endDate, 'end') ?? 0).toBeLessThanOrEqual(2025 * 12 + 5);
      }
    }
    expect([...counts].sort()).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('skews employer popularity and overlaps tenures at shared employers', () => {
    const resumes = generateResumes({ people: 500, seed: 1, catalogue });
    const people = new Map<string, number>();
    const tenures = new Map<string, { person: string; start: number; end: number }[]>();
    for (const resume of resumes) {
      for (const work of resume.document.work ?? []) {
        people.set(work.name, (people.get(work.name) ?? 0) + 1);
        for (const position of work.positions ?? []) {
          const start = month(position.startDate, 'start') ?? 0;
          const end = month(position.endDate, 'end') ?? 2025 * 12 + 5;
          tenures.set(work.name, [
            ...(tenures.get(work.name) ?? []),
            { person: resume.document.id ?? '', start, end },
          ]);
        }
      }
    }
    const sizes = [...people.values()].sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(5 * (sizes[Math.floor(sizes.length / 2)] ?? 0));
    const top = [...people.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const atTop = tenures.get(top) ?? [];
    const overlapping = atTop.some((a) =>
      atTop.some((b) => a.person !== b.person && a.start <= b.end && b.start <= a.end),
    );
    expect(overlapping).toBe(true);
  });

  it('now and then misspells a technology, which the catalogue does not know but can suggest', () => {
    const resumes = generateResumes({ people: 500, seed: 1, catalogue });
    const names = resumes.flatMap((resume) =>
      positionsOf(resume).flatMap((position) => position.technologies ?? []),
    );
    const unknown = names.filter((name) => !catalogue.technologies.find(name));
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.length).toBeLessThan(names.length * 0.05);
    expect(unknown.some((name) => catalogue.technologies.suggest(name))).toBe(true);
  });
});
