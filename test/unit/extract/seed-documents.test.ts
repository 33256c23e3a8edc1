import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { parseResumeFile } from '../../../src/resume/parse-resume-file.js';
import type { ResumeDocument } from '../../../src/resume/types.js';
import { extractBytes, seedCatalogue, seedDocumentsDir } from './extract-text.js';
import { add, type Counts, count, type Field, f1 } from './score.js';

const SEEDS = [
  ['000_b0bdae752341232c.txt', 'b0bdae752341232c'],
  ['001_493100191bcfc980.txt', '493100191bcfc980'],
  ['002_1f1d44f0f2c0cec7.txt', '1f1d44f0f2c0cec7'],
] as const;

async function seed(document: string, id: string) {
  const content = readFileSync(join(seedDocumentsDir(), document));
  const result = await extractBytes(content, document);
  const gold = (await parseResumeFile(join(projectRoot, 'seed/resumes', `${id}.yaml`)))
    .data as ResumeDocument;
  return { result, gold };
}

/** Positions as the facts a document states: employer, title, dates. */
function roles(document: ResumeDocument) {
  return normaliseResume(document, 'x.yaml').positions.map((p) => ({
    employer: p.employer,
    title: p.title,
    startDate: p.startDate,
    endDate: p.endDate,
    current: p.current,
  }));
}

describe('the three seed documents', () => {
  it.each(SEEDS)('%s gives the positions its transcription records', async (document, id) => {
    const { result, gold } = await seed(document, id);
    expect(result.resume.id).toBe(id);
    // Titles compare as written apart from letter case ("C++ developer" in the text, "C++ Developer" in the gold).
    const lower = (list: ReturnType<typeof roles>) =>
      list.map((role) => ({ ...role, title: role.title?.toLowerCase() ?? null }));
    expect(lower(roles(result.resume))).toEqual(lower(roles(gold)));
  });

  it('002 keeps its skills lists and its schools as written', async () => {
    const { result, gold } = await seed('002_1f1d44f0f2c0cec7.txt', '1f1d44f0f2c0cec7');
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual(
      gold.skills?.map((group) => [group.name, group.keywords]),
    );
    expect(result.resume.education?.map(({ source: _, ...school }) => school)).toEqual(gold.education);
  });

  it('001 reads its two mistyped decades as its transcription does, and says so in notes and warnings', async () => {
    const { result } = await seed('001_493100191bcfc980.txt', '493100191bcfc980');
    const notes = (result.resume.work ?? [])
      .flatMap((work) => (work.positions ?? []).map((p) => p.note))
      .filter(Boolean);
    expect(notes).toEqual([
      'The document reads "Dec 2019 - Dec 2012": it ends before it starts; read as starting in 2009, a mistyped decade.',
      'The document reads "Mar 2019 - Aug 2019", out of the list\'s newest-first order; read as 2009, a mistyped decade.',
    ]);
    expect(
      result.warnings.filter((warning) => warning.code === 'LOW_CONFIDENCE').map((w) => w.message),
    ).toEqual([`line 66: ${notes[0]}`, `line 77: ${notes[1]}`]);
  });

  it('meets the issue targets against the transcriptions: F1 ≥ 0.9 for companies, technologies, schools, ≥ 0.85 for roles', async () => {
    let total = {} as Record<Field, Counts>;
    for (const [document, id] of SEEDS) {
      const { result, gold } = await seed(document, id);
      total = add(total, count(result.resume, gold, await seedCatalogue()));
    }
    expect(f1(total.companies)).toBeGreaterThanOrEqual(0.9);
    expect(f1(total.technologies)).toBeGreaterThanOrEqual(0.9);
    expect(f1(total.schools)).toBeGreaterThanOrEqual(0.9);
    expect(f1(total.roles)).toBeGreaterThanOrEqual(0.85);
  });
});
