/**
 * Session 29 (xspeed29): a list longer than the format holds (employers, highlights, a résumé's positions or
 * technology names in all) no longer fails the whole document; its first items are kept and a CLIPPED_LIST warning
 * names the lines left out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipLists } from '../../../src/extract/clip-lists.js';
import type { ExtractedFact, ExtractionWarning } from '../../../src/extract/types.js';
import { LIST_MAX_ITEMS, RESUME_TOTALS } from '../../../src/resume/resume-limits.js';
import type { ResumeDocument } from '../../../src/resume/types.js';
import { RESUME_SCHEMA_URL, validateResume } from '../../../src/resume/validate-resume.js';
import { extractText } from './extract-text.js';

const HEAD = ['Oskar Brennan', 'oskar.brennan@example.net', '', 'EXPERIENCE', ''];

/** Employer `index`'s block: a title line and a bullet (lines HEAD.length + 3·index + 1 and + 2), then a blank. */
function employerBlock(index: number, titles = ['Engineer']): string[] {
  return titles.flatMap((title) => [
    `${title}, Quarry${index} Systems | ${1960 + index} - ${1961 + index}`,
    `- Kept the ledgers of plant ${index}`,
    '',
  ]);
}

const clipped = (warnings: readonly ExtractionWarning[]) =>
  warnings.filter((warning) => warning.code === 'CLIPPED_LIST');

describe('lists longer than the format allows', () => {
  it('keeps the first 50 of 60 employers and names the lines of the other ten', async () => {
    const lines = [...HEAD, ...Array.from({ length: 60 }, (_, index) => employerBlock(index)).flat()];
    const result = await extractText(lines.join('\n'));
    const names = (result.resume.work ?? []).map((work) => work.name);
    expect(names).toEqual(Array.from({ length: 50 }, (_, index) => `Quarry${index} Systems`));
    const first = HEAD.length + 3 * 50 + 1;
    const last = HEAD.length + 3 * 59 + 2;
    expect(clipped(result.warnings)).toEqual([
      {
        code: 'CLIPPED_LIST',
        message: `A list of 60 employers was cut to its first 50; lines ${first}-${last} are left out.`,
        line: first,
        endLine: last,
      },
    ]);
    expect(result.facts.some((fact) => fact.value === 'Quarry50 Systems')).toBe(false);
    expect(result.facts.some((fact) => fact.value === 'Quarry49 Systems')).toBe(true);
  });

  it('keeps the first 50 of 120 highlights of one position', async () => {
    const bullets = Array.from({ length: 120 }, (_, index) => `- Reconciled batch ${index} of the ledger`);
    const result = await extractText([...HEAD, ...employerBlock(1).slice(0, 1), ...bullets].join('\n'));
    const highlights = result.resume.work?.[0]?.positions?.[0]?.highlights;
    expect(highlights).toEqual(bullets.slice(0, 50).map((bullet) => bullet.slice(2)));
    const first = HEAD.length + 1 + 51;
    expect(clipped(result.warnings)).toEqual([
      {
        code: 'CLIPPED_LIST',
        message: `A list of 120 highlights of one position was cut to its first 50; lines ${first}-${HEAD.length + 1 + 120} are left out.`,
        line: first,
        endLine: HEAD.length + 1 + 120,
      },
    ]);
  });

  it('keeps the first 50 employers of a 300-row Markdown table of jobs', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, index) =>
        `| Quarry${index} Systems | Engineer | Jan ${1960 + (index % 60)} | Dec ${1960 + (index % 60)} |`,
    );
    const text = [...HEAD, '| Employer | Title | From | To |', '|---|---|---|---|', ...rows].join('\n');
    const result = await extractText(text, 'resume.md');
    const names = (result.resume.work ?? []).map((work) => work.name);
    expect(names).toHaveLength(50);
    expect(names[0]).toBe('Quarry0 Systems');
    expect(names[49]).toBe('Quarry49 Systems');
    expect(clipped(result.warnings).map((warning) => warning.message.split(';')[0])).toEqual([
      'A list of 300 employers was cut to its first 50',
    ]);
  });

  it('keeps the first 200 positions of a résumé over 50 employers of five titles each', async () => {
    const titles = ['Engineer', 'Senior Engineer', 'Staff Engineer', 'Principal Engineer', 'Chief Engineer'];
    const blocks = Array.from({ length: 50 }, (_, index) => employerBlock(index, titles));
    const result = await extractText([...HEAD, ...blocks.flat()].join('\n'));
    const work = result.resume.work ?? [];
    expect(work).toHaveLength(RESUME_TOTALS.positions / titles.length);
    expect(work.every((employer) => employer.positions?.length === titles.length)).toBe(true);
    const first = HEAD.length + 40 * 15 + 1;
    const last = HEAD.length + 50 * 15 - 1;
    expect(clipped(result.warnings)).toEqual([
      {
        code: 'CLIPPED_LIST',
        message: `The résumé gives 250 positions, more than the 200 one résumé holds; lines ${first}-${last} are left out.`,
        line: first,
        endLine: last,
      },
    ]);
  });

  it('keeps the first 1,000 technology names of a résumé and drops what is left empty', () => {
    const names = (position: number) => Array.from({ length: 100 }, (_, k) => `Tool ${position}.${k}`);
    const resume: ResumeDocument = {
      id: 'oskar-brennan',
      work: [
        {
          name: 'Quarry Systems',
          positions: Array.from({ length: 11 }, (_, p) => ({
            position: `Engineer ${p}`,
            technologies: names(p),
          })),
        },
      ],
      skills: [{ name: 'Tools', keywords: ['Tool A', 'Tool B'] }],
    };
    const facts: ExtractedFact[] = [
      {
        path: 'work[0].positions[9].technologies[99]',
        value: 'Tool 9.99',
        line: 10,
        endLine: 10,
        confidence: 1,
      },
      {
        path: 'work[0].positions[10].technologies[0]',
        value: 'Tool 10.0',
        line: 11,
        endLine: 11,
        confidence: 1,
      },
      { path: 'work[0].positions[10].position', value: 'Engineer 10', line: 11, endLine: 11, confidence: 1 },
      { path: 'skills[0].keywords[1]', value: 'Tool B', line: 14, endLine: 14, confidence: 1 },
      { path: 'skills[0].name', value: 'Tools', line: 14, endLine: 14, confidence: 1 },
    ];
    const warnings: ExtractionWarning[] = [];
    const kept = clipLists(resume, facts, warnings);
    const positions = resume.work?.[0]?.positions ?? [];
    expect(positions).toHaveLength(11);
    expect(positions[9]?.technologies).toEqual(names(9));
    expect(positions[10]).toEqual({ position: 'Engineer 10' });
    expect(resume.skills).toBeUndefined();
    expect(kept.map((fact) => fact.path)).toEqual([
      'work[0].positions[9].technologies[99]',
      'work[0].positions[10].position',
    ]);
    expect(warnings).toEqual([
      {
        code: 'CLIPPED_LIST',
        message:
          'The résumé gives 1102 technology names, more than the 1000 one résumé holds; lines 11-14 are left out.',
        line: 11,
        endLine: 14,
      },
    ]);
    expect(() =>
      validateResume({ file: 'clipped.yaml', data: resume, locate: () => undefined }),
    ).not.toThrow();
  });

  it('clips at the limits the schema gives each list', () => {
    const schema = JSON.parse(readFileSync(RESUME_SCHEMA_URL, 'utf8')) as {
      properties: Record<string, { maxItems: number }>;
      $defs: {
        textList: { maxItems: number };
        technologies: { maxItems: number };
        work: { properties: { positions: { maxItems: number } } };
        position: { properties: { projects: { maxItems: number } } };
      };
    };
    expect(LIST_MAX_ITEMS).toEqual({
      work: schema.properties.work?.maxItems,
      positions: schema.$defs.work.properties.positions.maxItems,
      education: schema.properties.education?.maxItems,
      skills: schema.properties.skills?.maxItems,
      projects: schema.properties.projects?.maxItems,
      positionProjects: schema.$defs.position.properties.projects.maxItems,
      textList: schema.$defs.textList.maxItems,
      technologies: schema.$defs.technologies.maxItems,
    });
  });
});
