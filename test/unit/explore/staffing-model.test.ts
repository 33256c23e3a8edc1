import { describe, expect, it } from 'vitest';
import {
  addPicked,
  foundTechnologies,
  type Gap,
  gapDetail,
  gapSummary,
  gapSummaryText,
  monthsText,
  namesText,
  type PickedTechnology,
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
    { technology: kafka, text: 'Kafka', start: at('Kafka'), end: at('Kafka') + 5 },
    { technology: kubernetes, text: 'k8s', start: at('k8s'), end: at('k8s') + 3 },
    { technology: kubernetes, text: 'Kubernetes', start: at('Kubernetes'), end: at('Kubernetes') + 10 },
    { technology: terraform, text: 'Terraform', start: at('Terraform'), end: at('Terraform') + 9 },
  ];

  it('lists each technology once, first mentioned first, with the ways the text wrote it', () => {
    expect(foundTechnologies(mentions)).toEqual([
      { technology: kubernetes, spellings: ['k8s', 'Kubernetes'], mentions: 2 },
      { technology: kafka, spellings: ['Kafka'], mentions: 1 },
      { technology: terraform, spellings: ['Terraform'], mentions: 1 },
    ]);
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
      segmentText(emoji, [{ technology: { id: 'go', name: 'Go' }, text: 'Go', start: 3, end: 5 }]),
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
        },
        { technology: { id: 'spark', name: 'Spark' }, text: 'Spark', start: 0, end: 5 },
        { technology: kafka, text: 'Kafka', start: 20, end: 25 },
      ]),
    ).toEqual([{ text: 'Spark Streaming', technology: { id: 'spark-streaming', name: 'Spark Streaming' } }]);
    expect(segmentText('', [])).toEqual([]);
  });
});

describe('gap analysis', () => {
  const gaps: Gap[] = [
    { technology: kafka, status: 'USED', months: 15, lastUsed: '2026-11' },
    { technology: kubernetes, status: 'STALE', months: 1, lastUsed: '2019-12' },
    { technology: terraform, status: 'MISSING', months: null, lastUsed: null },
    { technology: { id: 'python', name: 'Python' }, status: 'LISTED_ONLY', months: null, lastUsed: null },
    { technology: { id: 'go', name: 'Go' }, status: 'USED', months: null, lastUsed: null },
  ];

  it('says how long and how recently, or why it cannot', () => {
    expect(gaps.map(gapDetail)).toEqual([
      '15 months · last used 2026-11',
      '1 month · last used 2019-12',
      'never used or listed',
      'no dates given',
      'no dates given',
    ]);
    expect(monthsText(0)).toBe('0 months');
    expect(monthsText(null)).toBeNull();
  });

  it('counts the statuses, every status present, and names those that occur in a fixed order', () => {
    expect(gapSummary(gaps)).toEqual({ USED: 2, LISTED_ONLY: 1, STALE: 1, MISSING: 1 });
    expect(gapSummary([])).toEqual({ USED: 0, LISTED_ONLY: 0, STALE: 0, MISSING: 0 });
    expect(gapSummaryText(gaps)).toBe('2 used · 1 listed only · 1 stale · 1 missing');
    expect(gapSummaryText(gaps.slice(2, 3))).toBe('1 missing');
  });
});

describe('team and expert panels', () => {
  it('counts what the team covers against what was asked, each technology once', () => {
    const person = (id: string) => ({ id, label: id });
    expect(
      teamCoverageText({
        members: [
          { person: person('a'), covers: [kafka, kubernetes] },
          { person: person('b'), covers: [kubernetes] },
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
