import { describe, expect, it } from 'vitest';
import {
  addPicked,
  evidenceText,
  foundTechnologies,
  type Gap,
  gapDetail,
  gapSummary,
  gapSummaryText,
  monthsText,
  namesText,
  type PickedTechnology,
  periodText,
  pickedLabel,
  readExpertFilters,
  segmentText,
  splitSpellings,
  type TechnologyMention,
  teamCoverageText,
  technologiesArgument,
} from '../../../web/explore/staffing-model.js';

const kubernetes = { id: 'kubernetes', name: 'Kubernetes' };
const kafka = { id: 'kafka', name: 'Kafka' };
const terraform = { id: 'terraform', name: 'Terraform' };

describe('the technology picker model', () => {
  it('splits what was typed at commas, semicolons and line breaks, keeping names with / . + #', () => {
    expect(splitSpellings(' k8s, CI/CD;Node.js\nC++ ,, C# \r\n')).toEqual([
      'k8s',
      'CI/CD',
      'Node.js',
      'C++',
      'C#',
    ]);
    expect(splitSpellings(' , ;\n')).toEqual([]);
  });

  it('adds each technology once: a second spelling of a resolved one, or the same unknown spelling, adds nothing', () => {
    const first: PickedTechnology[] = [{ spelling: 'Kubernetes', resolved: kubernetes }];
    const added: PickedTechnology[] = [
      { spelling: 'k8s', resolved: kubernetes },
      { spelling: 'kafka', resolved: kafka },
      { spelling: 'Kubernets', resolved: null },
      { spelling: 'kubernets ', resolved: null },
    ];
    expect(addPicked(first, added)).toEqual([
      { spelling: 'Kubernetes', resolved: kubernetes },
      { spelling: 'kafka', resolved: kafka },
      { spelling: 'Kubernets', resolved: null },
    ]);
    expect(first).toHaveLength(1);
  });

  it('sends resolved technologies by id and unknown ones as typed, so that the API answers them', () => {
    expect(
      technologiesArgument([
        { spelling: 'k8s', resolved: kubernetes },
        { spelling: 'Kubernets', resolved: null },
      ]),
    ).toEqual(['kubernetes', 'Kubernets']);
  });

  it('labels a technology by its name, showing the spelling typed when it differs', () => {
    expect(pickedLabel({ spelling: 'k8s', resolved: kubernetes })).toBe('k8s → Kubernetes');
    expect(pickedLabel({ spelling: 'KUBERNETES', resolved: kubernetes })).toBe('Kubernetes');
    expect(pickedLabel({ spelling: 'Kubernets', resolved: null })).toBe('Kubernets (not in the graph)');
  });
});

describe('requirements read from a text', () => {
  const text = 'We run k8s and Kafka; Kubernetes experience and Terraform a plus.';
  const at = (word: string, from = 0) => text.indexOf(word, from);
  const mentions: TechnologyMention[] = [
    { technology: kafka, text: 'Kafka', start: at('Kafka'), end: at('Kafka') + 5, fuzzy: false },
    { technology: kubernetes, text: 'k8s', start: at('k8s'), end: at('k8s') + 3, fuzzy: false },
    {
      technology: kubernetes,
      text: 'Kubernetes',
      start: at('Kubernetes'),
      end: at('Kubernetes') + 10,
      fuzzy: false,
    },
    {
      technology: terraform,
      text: 'Terraform',
      start: at('Terraform'),
      end: at('Terraform') + 9,
      fuzzy: true,
    },
  ];

  it('lists each technology once, first mentioned first, with the ways the text wrote it', () => {
    expect(foundTechnologies(mentions)).toEqual([
      { technology: kubernetes, spellings: ['k8s', 'Kubernetes'], mentions: 2, fuzzy: false },
      { technology: kafka, spellings: ['Kafka'], mentions: 1, fuzzy: false },
      { technology: terraform, spellings: ['Terraform'], mentions: 1, fuzzy: true },
    ]);
    // One exact mention is enough for a technology not to be fuzzy.
    const once = (fuzzy: boolean, start: number): TechnologyMention => ({
      technology: kafka,
      text: 'Kafak',
      start,
      end: start + 5,
      fuzzy,
    });
    expect(foundTechnologies([once(true, 0), once(false, 10)]).map((found) => found.fuzzy)).toEqual([false]);
    expect(foundTechnologies([once(true, 0), once(true, 10)]).map((found) => found.fuzzy)).toEqual([true]);
    expect(foundTechnologies([])).toEqual([]);
  });

  it('cuts the text at the mentions, every character kept once and in order', () => {
    const segments = segmentText(text, mentions);
    expect(segments).toEqual([
      { text: 'We run ' },
      { text: 'k8s', technology: kubernetes },
      { text: ' and ' },
      { text: 'Kafka', technology: kafka },
      { text: '; ' },
      { text: 'Kubernetes', technology: kubernetes },
      { text: ' experience and ' },
      { text: 'Terraform', technology: terraform },
      { text: ' a plus.' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const emoji = '🚀 Go';
    expect(
      segmentText(emoji, [
        { technology: { id: 'go', name: 'Go' }, text: 'Go', start: 3, end: 5, fuzzy: false },
      ]),
    ).toEqual([{ text: '🚀 ' }, { text: 'Go', technology: { id: 'go', name: 'Go' } }]);
  });

  it('leaves out a mention overlapping an earlier one or lying outside the text', () => {
    expect(
      segmentText('Spark Streaming', [
        {
          technology: { id: 'spark-streaming', name: 'Spark Streaming' },
          text: 'Spark Streaming',
          start: 0,
          end: 15,
          fuzzy: false,
        },
        { technology: { id: 'spark', name: 'Spark' }, text: 'Spark', start: 0, end: 5, fuzzy: false },
        { technology: kafka, text: 'Kafka', start: 20, end: 25, fuzzy: false },
      ]),
    ).toEqual([{ text: 'Spark Streaming', technology: { id: 'spark-streaming', name: 'Spark Streaming' } }]);
    expect(segmentText('', [])).toEqual([]);
  });
});

describe('gap analysis', () => {
  const role = (title: string | null, startDate: string | null, endDate: string | null, current = false) => ({
    id: `role-${title}`,
    title,
    startDate,
    endDate,
    current,
    company: { name: 'Acme' },
  });
  const none = { firstUsed: null, lastUsed: null, months: null, monthsSinceUsed: null, current: false };
  const gaps: Gap[] = [
    {
      technology: kafka,
      status: 'USED',
      months: 15,
      firstUsed: '2025-09',
      lastUsed: '2026-11',
      current: true,
      monthsSinceUsed: 0,
      skill: true,
      roles: [role('Principal', '2025-09', null, true)],
      projects: [{ id: 'p', name: 'Content Builder' }],
    },
    {
      technology: kubernetes,
      status: 'STALE',
      months: 19,
      firstUsed: '2018-06',
      lastUsed: '2019-12',
      current: false,
      monthsSinceUsed: 83,
      skill: false,
      roles: [role('Engineer', '2018-06', '2019-12')],
      projects: [],
    },
    { technology: terraform, status: 'MISSING', ...none, skill: false, roles: [], projects: [] },
    {
      technology: { id: 'python', name: 'Python' },
      status: 'LISTED_ONLY',
      ...none,
      skill: true,
      roles: [],
      projects: [],
    },
    {
      technology: { id: 'go', name: 'Go' },
      status: 'USED',
      ...none,
      skill: false,
      roles: [role(null, null, null)],
      projects: [{ id: 'q', name: 'Billing' }],
    },
    {
      technology: { id: 'c', name: 'C' },
      status: 'USED',
      ...none,
      months: 1,
      firstUsed: '2020-01',
      lastUsed: '2020-01',
      monthsSinceUsed: 30,
      skill: false,
      roles: [role('Intern', '2020-01', '2020-01')],
      projects: [],
    },
  ];

  it('says how long, when and how long ago, or why it cannot', () => {
    expect(gaps.map(gapDetail)).toEqual([
      '15 months · since 2025-09, still in use',
      '19 months · 2018-06 – 2019-12 · 83 months ago',
      'neither used nor listed as a skill',
      'listed as a skill; no role or project used it',
      'used in 1 role and 1 project, none dated',
      '1 month · 2020-01 · 30 months ago',
    ]);
    expect(monthsText(0)).toBe('0 months');
    expect(monthsText(null)).toBeNull();
  });

  it('names the evidence: roles with their periods, then projects', () => {
    expect(gaps.map((gap) => evidenceText(gap.roles, gap.projects))).toEqual([
      'Principal @ Acme (2025-09 – now); project Content Builder',
      'Engineer @ Acme (2018-06 – 2019-12)',
      '',
      '',
      'Untitled position @ Acme; project Billing',
      'Intern @ Acme (2020-01 – 2020-01)',
    ]);
    expect(periodText({ startDate: '2014-08', endDate: null, current: false })).toBe(' (2014-08 – ?)');
  });

  it('counts the statuses, every status present, and names those that occur in a fixed order', () => {
    expect(gapSummary(gaps)).toEqual({ USED: 3, LISTED_ONLY: 1, STALE: 1, MISSING: 1 });
    expect(gapSummary([])).toEqual({ USED: 0, LISTED_ONLY: 0, STALE: 0, MISSING: 0 });
    expect(gapSummaryText(gaps)).toBe('3 used · 1 listed only · 1 stale · 1 missing');
    expect(gapSummaryText(gaps.slice(2, 3))).toBe('1 missing');
  });
});

describe('team and expert panels', () => {
  it('counts what the team covers against what was asked, each technology once', () => {
    const person = (id: string) => ({ id, label: id });
    expect(
      teamCoverageText({
        members: [
          { person: person('a'), covers: [kafka, kubernetes], adds: [kafka, kubernetes], score: 2.1 },
          { person: person('b'), covers: [kubernetes], adds: [], score: 1.05 },
        ],
        uncovered: [terraform],
      }),
    ).toBe('The team covers 2 of 3 technologies');
    expect(teamCoverageText({ members: [], uncovered: [kafka] })).toBe('The team covers 0 of 1 technology');
  });

  it('joins names for a sentence', () => {
    expect(namesText([])).toBe('');
    expect(namesText(['Kafka'])).toBe('Kafka');
    expect(namesText(['Kafka', 'Flink', 'Terraform'])).toBe('Kafka, Flink and Terraform');
  });

  it('reads the optional filters: empty fields are absent, a number must be whole, the rest is the API’s to judge', () => {
    expect(readExpertFilters({ minMonths: ' ', usedSince: '', first: '' })).toEqual({ filters: {} });
    expect(readExpertFilters({ minMonths: '12', usedSince: ' 2020-01 ', first: '5' })).toEqual({
      filters: { minMonths: 12, usedSince: '2020-01', first: 5 },
    });
    expect(readExpertFilters({ minMonths: '-3', usedSince: 'someday', first: '' })).toEqual({
      filters: { minMonths: -3, usedSince: 'someday' },
    });
    expect(readExpertFilters({ minMonths: 'two years', usedSince: '', first: '' })).toEqual({
      error: 'minMonths "two years" is not a whole number: type one, like 12, or leave it empty.',
    });
    expect(readExpertFilters({ minMonths: '', usedSince: '', first: '2.5' })).toEqual({
      error: 'first "2.5" is not a whole number: type one, like 12, or leave it empty.',
    });
  });
});
