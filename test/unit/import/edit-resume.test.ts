import { describe, expect, it } from 'vitest';
import type { ResumeDocument } from '../../../src/resume/types.js';
import { entriesOf, entryPathOf, type Fact, withoutPaths } from '../../../web/import/edit-resume.js';

const resume: ResumeDocument = {
  id: 'ann',
  source: { document: 'ann.txt', lines: '1-9' },
  basics: { name: 'Ann Example', label: 'Engineer' },
  work: [
    {
      name: 'Stripe',
      positions: [
        {
          position: 'Staff Engineer',
          startDate: '2021-03',
          current: true,
          technologies: ['Kafka', 'Go'],
          source: { lines: '3-4' },
        },
        {
          position: 'Engineer',
          startDate: '2019-01',
          endDate: '2021-02',
          technologies: ['Go'],
          source: { lines: '5' },
        },
      ],
    },
    { name: 'Spring', positions: [{ startDate: '2015', source: { lines: '6' } }] },
  ],
  education: [{ institution: 'ETH Zurich', studyType: 'M.Sc.', source: { lines: '8' } }],
  skills: [{ name: 'Languages', keywords: ['Go'], source: { lines: '9' } }],
};

const fact = (path: string, value: string, line: number): Fact => ({
  path,
  value,
  line,
  endLine: line,
  confidence: 1,
});
const facts = [
  fact('basics.name', 'Ann Example', 1),
  fact('work[0].name', 'Stripe', 3),
  fact('work[0].positions[0].position', 'Staff Engineer', 3),
  fact('work[0].positions[0].technologies[1]', 'Go', 4),
  fact('work[1].positions[0].startDate', '2015', 6),
  fact('skills[0].keywords[0]', 'Go', 9),
];

describe('the entries of an extracted résumé', () => {
  it('each fact belongs to the entry whose field it is', () => {
    expect(facts.map((f) => entryPathOf(f.path))).toEqual([
      'basics',
      'work[0]',
      'work[0].positions[0]',
      'work[0].positions[0]',
      'work[1].positions[0]',
      'skills[0]',
    ]);
  });

  it('are listed in document order with their facts and lines', () => {
    const entry = (
      path: string,
      title: string,
      details: string,
      lines: string | undefined,
      facts: number[],
    ) => ({
      path,
      title,
      details,
      lines,
      depth: path.includes('.positions') ? 1 : 0,
      removable: path !== 'basics',
      facts,
    });
    expect(entriesOf(resume, facts)).toEqual([
      entry('basics', 'Ann Example', 'Engineer', undefined, [0]),
      entry('work[0]', 'Stripe', '', undefined, [1]),
      entry('work[0].positions[0]', 'Staff Engineer', '2021-03 – now', '3-4', [2, 3]),
      entry('work[0].positions[1]', 'Engineer', '2019-01 – 2021-02', '5', []),
      entry('work[1]', 'Spring', '', undefined, []),
      entry('work[1].positions[0]', 'Position (no title)', '2015 –', '6', [4]),
      entry('education[0]', 'ETH Zurich', 'M.Sc.', '8', []),
      entry('skills[0]', 'Languages', '', '9', [5]),
    ]);
  });
});

describe('removing what the reader unticked', () => {
  it('removes fields and list items, every path read against the résumé as given', () => {
    const edited = withoutPaths(resume, [
      'work[0].positions[0].technologies[0]',
      'work[0].positions[0].technologies[1]',
      'work[0].positions[1].endDate',
      'basics.label',
    ]);
    expect(edited.basics).toEqual({ name: 'Ann Example' });
    // An entry whose technologies were all unticked used none: the list stays, empty.
    expect(edited.work?.[0]?.positions?.[0]?.technologies).toEqual([]);
    expect(edited.work?.[0]?.positions?.[1]).toEqual({
      position: 'Engineer',
      startDate: '2019-01',
      technologies: ['Go'],
      source: { lines: '5' },
    });
    expect(resume.work?.[0]?.positions?.[0]?.technologies).toEqual(['Kafka', 'Go']);
  });

  it('removes an entry, an employer left with no position, a skills group left with no skill', () => {
    const edited = withoutPaths(resume, [
      'work[0].positions[0]',
      'work[1].positions[0]',
      'skills[0].keywords[0]',
      'education[0].institution',
    ]);
    expect(edited).toEqual({
      id: 'ann',
      source: { document: 'ann.txt', lines: '1-9' },
      basics: { name: 'Ann Example', label: 'Engineer' },
      work: [{ name: 'Stripe', positions: [resume.work?.[0]?.positions?.[1]] }],
      education: [],
      skills: [],
    });
  });

  it('an employer’s name removes the employer', () => {
    expect(withoutPaths(resume, ['work[0].name']).work?.map((work) => work.name)).toEqual(['Spring']);
  });
});
