import { describe, expect, it } from 'vitest';
import { federalBlocks } from '../../../src/extract/federal-blocks.js';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';

const lines = (text: string): DocLine[] => modelLines(text.split('\n').map((line) => ({ text: line })));

describe('federalBlocks: a USAJOBS job block read as one header line', () => {
  it('puts employer, title, place and dates on the employer line as labelled fields and drops the posting labels', () => {
    const out = federalBlocks(
      lines(
        [
          'Social Security Administration',
          'Office of Systems',
          'Baltimore, MD 21235 US',
          '02/2017 - Present',
          'Salary: $99,000 Per Year',
          'Hours per week: 40',
          'Series: 2210 Grade: 12',
          'IT Specialist (DATAMGT)',
          'Duties, Accomplishments and Related Skills:',
          'Maintained the COBOL claims batch.',
          'Supervisor: Ann Lee (410-555-0100)',
        ].join('\n'),
      ),
    ).map((line) => line.text);
    expect(out).toEqual([
      'Employer: Social Security Administration | Job Title: IT Specialist (DATAMGT) | Location: Baltimore, MD | Dates: 02/2017 - Present',
      'Maintained the COBOL claims batch.',
    ]);
  });

  it('leaves a section with no posting labels as it is', () => {
    const text = ['Northwind Freight', '2019 - 2022', 'Developer', 'Duties:', 'Wrote Go services.'].join(
      '\n',
    );
    expect(federalBlocks(lines(text)).map((line) => line.text)).toEqual(text.split('\n'));
  });
});
