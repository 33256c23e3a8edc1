import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import type { CompanyEntry, TechnologyEntry } from '../../../src/catalogue/types.js';
import {
  addCounts,
  alignPositions,
  compareMultisets,
  dateKey,
  diffMultisets,
  emptyFieldCounts,
  FactKeys,
  type FieldCounts,
  scoreResume,
  scores,
} from '../../../src/eval/score.js';
import type { ResumeDocument } from '../../../src/resume/types.js';

/** A catalogue built here, so every expected key is known without the seed catalogue. */
const technologies: TechnologyEntry[] = [
  { id: 'kubernetes', name: 'Kubernetes', category: 'orchestration', aliases: ['k8s'] },
  { id: 'go', name: 'Go', category: 'language', aliases: ['Golang'] },
  { id: 'kafka', name: 'Apache Kafka', category: 'messaging', aliases: ['Kafka'] },
  { id: 'python', name: 'Python', category: 'language', aliases: [] },
];
const companies: CompanyEntry[] = [
  { id: 'microsoft', name: 'Microsoft', aliases: ['Microsoft Corporation'] },
  { id: 'baidu', name: 'Baidu', aliases: [] },
];
const catalogue: Catalogue = {
  technologies: new CatalogueIndex(technologies),
  companies: new CatalogueIndex(companies, { looseKey: looseCompanyKey }),
};
const keys = new FactKeys(catalogue);

const counts = (truePositives: number, falsePositives: number, falseNegatives: number) => ({
  truePositives,
  falsePositives,
  falseNegatives,
});

/** Two employers, three positions, one school: the gold of most tests below. */
const gold: ResumeDocument = {
  work: [
    {
      name: 'Microsoft Corporation',
      positions: [
        {
          position: 'Sr. Software Engineer',
          startDate: '2021-09',
          current: true,
          technologies: ['Kubernetes', 'Go'],
          projects: [{ name: 'Feature store', technologies: ['Python'] }],
        },
        { position: 'Software Engineer II', startDate: '2019-12', endDate: '2021-09', technologies: ['Go'] },
      ],
    },
    {
      name: 'Baidu Inc.',
      positions: [
        { position: 'Software Engineer', startDate: '2016-03', endDate: '2018-06', technologies: ['Kafka'] },
      ],
    },
  ],
  education: [{ institution: 'Dalian Polytechnic University', studyType: 'B.S.', area: 'Computer Science' }],
  skills: [{ name: 'Languages', keywords: ['Go', 'Python', 'Clojure'] }],
};

describe('scores', () => {
  it('are precision, recall and the harmonic mean of counts', () => {
    // 3 right, 1 extra, 2 missed: P = 3/4, R = 3/5, F1 = 6/9.
    expect(scores(counts(3, 1, 2))).toEqual({ precision: 0.75, recall: 0.6, f1: 6 / 9 });
  });

  it('are null where nothing was predicted or expected', () => {
    expect(scores(counts(0, 0, 4))).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(scores(counts(0, 2, 0))).toEqual({ precision: 0, recall: null, f1: 0 });
    expect(scores(counts(0, 0, 0))).toEqual({ precision: null, recall: null, f1: null });
  });

  it('add up field by field', () => {
    const a = emptyFieldCounts();
    a.titles = counts(1, 2, 3);
    const b = emptyFieldCounts();
    b.titles = counts(10, 20, 30);
    b.schools = counts(1, 0, 0);
    const sum = addCounts(a, b);
    expect(sum.titles).toEqual(counts(11, 22, 33));
    expect(sum.schools).toEqual(counts(1, 0, 0));
    expect(sum.roles).toEqual(counts(0, 0, 0));
  });
});

describe('multisets', () => {
  it('match a repeated value as often as both sides have it', () => {
    expect(compareMultisets(['a', 'a', 'b'], ['a', 'c', 'c'])).toEqual(counts(1, 2, 2));
    expect(diffMultisets(['a', 'a', 'b'], ['a', 'c', 'c'])).toEqual({
      matched: 1,
      missing: ['a', 'b'],
      extra: ['c', 'c'],
    });
  });
});

describe('dateKey', () => {
  it('keeps the precision the format stores and drops a day', () => {
    expect(dateKey('2019-12')).toBe('2019-12');
    expect(dateKey(2013)).toBe('2013');
    expect(dateKey('2013')).toBe('2013');
    expect(dateKey('2019-12-31')).toBe('2019-12');
    expect(dateKey(undefined)).toBe('');
    // Not a partial date: kept, so it matches only itself.
    expect(dateKey('Dec 2019')).toBe('Dec 2019');
  });
});

describe('scoreResume', () => {
  it('gives every field full marks for the gold itself', () => {
    const result = scoreResume(gold, gold, keys);
    expect(result).toEqual({
      companies: counts(2, 0, 0),
      titles: counts(3, 0, 0),
      dates: counts(3, 0, 0),
      roles: counts(3, 0, 0),
      // Kubernetes, Go, Python, Kafka and the unknown Clojure.
      technologies: counts(5, 0, 0),
      // (1st, Kubernetes), (1st, Go), (1st, Python: its project's), (2nd, Go), (3rd, Kafka).
      attribution: counts(5, 0, 0),
      schools: counts(1, 0, 0),
      degrees: counts(1, 0, 0),
    } satisfies FieldCounts);
  });

  it('misses everything for an empty prediction', () => {
    expect(scoreResume(gold, {}, keys)).toEqual({
      companies: counts(0, 0, 2),
      titles: counts(0, 0, 3),
      dates: counts(0, 0, 3),
      roles: counts(0, 0, 3),
      technologies: counts(0, 0, 5),
      attribution: counts(0, 0, 5),
      schools: counts(0, 0, 1),
      degrees: counts(0, 0, 1),
    });
  });

  it('compares names by catalogue entry, titles and schools by lookup key, dates as stored', () => {
    const predicted: ResumeDocument = {
      work: [
        // One employer per position (plain JSON Resume style), other spellings of the same names.
        {
          name: 'Microsoft',
          position: 'sr software engineer',
          startDate: '2021-09',
          current: true,
          technologies: ['k8s', 'golang', 'PYTHON'],
        },
        {
          name: 'MICROSOFT CORPORATION',
          position: 'Software Engineer 2',
          startDate: '2019-12',
          endDate: '2021-09',
          technologies: ['Go'],
        },
        // Year only where the gold has months: the dates do not match, the title does.
        {
          name: 'Baidu, Inc',
          position: 'Software Engineer',
          startDate: '2016',
          endDate: '2018',
          technologies: ['Kafka'],
        },
      ],
      education: [{ institution: 'dalian polytechnic university', studyType: 'BS' }],
      skills: [{ name: 'Skills', keywords: ['clojure', 'Rust'] }],
    };
    expect(scoreResume(gold, predicted, keys)).toEqual({
      companies: counts(2, 0, 0),
      // "Software Engineer 2" is not "Software Engineer II".
      titles: counts(2, 1, 1),
      dates: counts(2, 1, 1),
      roles: counts(1, 2, 2),
      // Rust is extra.
      technologies: counts(5, 1, 0),
      attribution: counts(5, 0, 0),
      schools: counts(1, 0, 0),
      degrees: counts(1, 0, 0),
    });
  });

  it('compares schools as the graph identifies them: a bracketed acronym on either side does not matter', () => {
    const withAcronym: ResumeDocument = {
      education: [{ institution: 'Dalian Polytechnic University (DPU)', studyType: 'B.S.' }],
    };
    expect(scoreResume(gold, withAcronym, keys).schools).toEqual(counts(1, 0, 0));
    const otherSchool: ResumeDocument = { education: [{ institution: 'Dalian University (Online)' }] };
    expect(scoreResume(gold, otherSchool, keys).schools).toEqual(counts(0, 1, 1));
  });

  it('an ongoing position is "present", which an end date does not match', () => {
    const one = (end: Partial<{ endDate: string; current: boolean }>): ResumeDocument => ({
      work: [{ name: 'Baidu', positions: [{ position: 'Engineer', startDate: '2020-01', ...end }] }],
    });
    expect(scoreResume(one({ current: true }), one({ endDate: '2025-06' }), keys).dates).toEqual(
      counts(0, 1, 1),
    );
    expect(scoreResume(one({ current: true }), one({ current: true }), keys).dates).toEqual(counts(1, 0, 0));
    // No end and not current: an empty end, which only another empty end matches.
    expect(scoreResume(one({}), one({ current: true }), keys).dates).toEqual(counts(0, 1, 1));
  });

  it('counts a technology once per résumé wherever it is named', () => {
    const predicted: ResumeDocument = {
      work: [
        { name: 'Baidu', positions: [{ position: 'Engineer', technologies: ['Kafka', 'Apache Kafka'] }] },
      ],
      projects: [{ name: 'x', technologies: ['kafka'] }],
      skills: [{ name: 'Tools', keywords: ['Kafka'] }],
    };
    expect(scoreResume(gold, predicted, keys).technologies).toEqual(counts(1, 0, 4));
  });

  it('attributes technologies to the aligned position, not merely to the résumé', () => {
    const predicted: ResumeDocument = {
      work: [
        {
          name: 'Microsoft',
          positions: [
            // Kafka belongs to Baidu in the gold: right technology, wrong position.
            {
              position: 'Sr. Software Engineer',
              startDate: '2021-09',
              current: true,
              technologies: ['Kubernetes', 'Kafka'],
            },
            {
              position: 'Software Engineer II',
              startDate: '2019-12',
              endDate: '2021-09',
              technologies: ['Go'],
            },
          ],
        },
        // An employer the gold does not have: its technology cannot be attributed right.
        { name: 'Google', positions: [{ position: 'Intern', technologies: ['Go'] }] },
      ],
    };
    expect(scoreResume(gold, predicted, keys).attribution).toEqual(counts(2, 2, 3));
  });
});

describe('alignPositions', () => {
  const position = (company: string, title: string, start: string, end: string) => ({
    company,
    title,
    start,
    end,
    technologies: new Set<string>(),
  });

  it('pairs each position with its best match, at least the same company or title and both dates', () => {
    const golds = [
      position('c:a', 'senior', '2020', 'present'),
      position('c:a', 'junior', '2018', '2020'),
      position('c:b', 'engineer', '2015', '2018'),
    ];
    const predicted = [
      position('c:a', 'junior', '2018', '2020'), // gold 1 exactly
      position('c:a', '', '2020', ''), // gold 0: company and start
      position('c:x', 'engineer', '2015', '2018'), // gold 2: title and both dates, company misread
      position('c:x', 'engineer', '2015', ''), // nothing: 3 points at most
    ];
    expect(alignPositions(golds, predicted)).toEqual([1, 0, 2, -1]);
  });

  it('prefers the higher score over document order', () => {
    const golds = [position('c:a', 'senior', '2020', 'present'), position('c:a', 'staff', '2022', 'present')];
    // The first predicted matches gold 1 better (title), the second only by company.
    const predicted = [position('c:a', 'staff', '2021', ''), position('c:a', '', '', '')];
    expect(alignPositions(golds, predicted)).toEqual([1, 0]);
  });
});
