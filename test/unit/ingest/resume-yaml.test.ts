import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { resumeYaml } from '../../../src/ingest/resume-yaml.js';
import { parseJsonPath } from '../../../src/resume/json-path.js';

describe('résumé paths', () => {
  it('read back into names and indexes', () => {
    expect(parseJsonPath('work[0].positions[12].startDate')).toEqual([
      'work',
      0,
      'positions',
      12,
      'startDate',
    ]);
    expect(parseJsonPath('id')).toEqual(['id']);
  });

  it('refuse anything else, quoting it', () => {
    for (const bad of ['', 'work[', 'work..name', '[0]', 'work[-1]', 'work.0']) {
      expect(() => parseJsonPath(bad), bad).toThrow(`"${bad}" is not a résumé path`);
    }
  });
});

const lines = [
  'Ann Example',
  '',
  'Experience',
  'Stripe — Staff Engineer (Mar 2021 – Present)',
  '  Built the Kafka platform.',
  'Education',
  'ETH Zurich, M.Sc. Computer Science, 2014',
];

const result: ExtractionResult = {
  fileName: 'ann.txt',
  format: 'text',
  lines,
  resume: {
    basics: { name: 'Ann Example' },
    work: [
      {
        name: 'Stripe',
        positions: [
          {
            position: 'Staff Engineer',
            startDate: '2021-03',
            current: true,
            technologies: ['Kafka'],
            source: { lines: '4-5', confidence: 0.9 },
          },
        ],
      },
    ],
    education: [{ institution: 'ETH Zurich', studyType: 'M.Sc.', source: { lines: '7', confidence: 1 } }],
    id: 'ann-example',
    source: { document: 'ann.txt', lines: '1-7' },
  },
  facts: [
    { path: 'work[0].name', value: 'Stripe', line: 4, endLine: 4, column: 0, endColumn: 6, confidence: 1 },
    { path: 'work[0].positions[0].startDate', value: '2021-03', line: 4, endLine: 4, confidence: 0.75 },
    { path: 'work[0].positions[0].technologies[0]', value: 'Kafka', line: 5, endLine: 5, confidence: 1 },
    { path: 'education[0].institution', value: 'ETH Zurich', line: 7, endLine: 7, confidence: 1 },
  ],
  warnings: [{ code: 'NO_DATES', message: 'The education entry has no dates.', line: 7 }],
};

describe('the review YAML of an extracted résumé', () => {
  const text = resumeYaml(result, 'ann.txt.yaml');

  it('is the résumé, id and source first', () => {
    expect(parse(text)).toEqual(result.resume);
    expect(Object.keys(parse(text))).toEqual(['id', 'source', 'basics', 'work', 'education']);
  });

  it('names the document, how to load it and the warnings, then puts each line beside its fact', () => {
    expect(text).toBe(`# Extracted from ann.txt (text, 7 lines) by npm run ingest.
# Review it, then load it: npm run load -- ann.txt.yaml
# Each value extracted is followed by the line of the document it comes from; each entry by
# the line it starts at; source.lines says which lines an entry was read from.

# Warnings (1):
#   NO_DATES (line 7): The education entry has no dates.

id: ann-example
source:
  document: ann.txt
  lines: 1-7
basics:
  name: Ann Example
work:
  - name: Stripe # line 4
    positions:
      # line 4: Stripe — Staff Engineer (Mar 2021 – Present)
      - position: Staff Engineer
        startDate: 2021-03 # line 4, confidence 0.75
        current: true
        technologies:
          - Kafka # line 5
        source:
          lines: 4-5
          confidence: 0.9
education:
  # line 7: ETH Zurich, M.Sc. Computer Science, 2014
  - institution: ETH Zurich # line 7
    studyType: M.Sc.
    source:
      lines: "7"
      confidence: 1
`);
  });
});
