import { describe, expect, it } from 'vitest';
import { EXPERIENCE_HEAD, position, positionsOf } from './extract-text.js';

/**
 * Session 33 (xrole33): employer and title families the development sets showed missed, each written here with
 * made-up people, employers and wording (other than the sets' own), so the answer is known.
 */

describe("a job's text hard-wrapped after a word no phrase ends with", () => {
  // A profile's company over its tenure, then two titles, each over its dates and place and its text.
  const profile = (firstLine: string) => [
    ...EXPERIENCE_HEAD,
    'Tarnwick Mutual',
    '4 years 1 month',
    'Lead Analyst',
    'May 2022 - Present (3 years 8 months)',
    'Leeds, England, United Kingdom',
    'Led the pricing squad through the move to a new rating engine.',
    'Pricing Analyst',
    'December 2021 - April 2022 (5 months)',
    'Leeds, England, United Kingdom',
    firstLine,
    'motor book; quarterly reviews with the underwriters.',
  ];

  it.each([
    'Rating Models in Python with Pandas, NumPy and Microsoft Excel for the',
    'Renewal Pricing Dashboards in Tableau on Amazon Redshift with SQL for a',
    'Claims Frequency Models in R and Python with Apache Spark and',
  ])('"%s" under the second title is its text: the employer above goes on', async (firstLine) => {
    expect(await positionsOf(profile(firstLine))).toEqual([
      position('Tarnwick Mutual', 'Lead Analyst', '2022-05', 'present'),
      position('Tarnwick Mutual', 'Pricing Analyst', '2021-12', '2022-04'),
    ]);
  });
});
