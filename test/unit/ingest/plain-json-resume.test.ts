import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { isPlainJsonResume, withTechnologiesFromText } from '../../../src/resume/plain-json-resume.js';
import type { ResumeDocument } from '../../../src/resume/types.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const plain: ResumeDocument = {
  basics: { name: 'Ann Example' },
  work: [
    {
      name: 'Stripe',
      position: 'Engineer',
      startDate: '2020-01',
      summary: 'Runs Kafka.',
      highlights: ['Moved jobs from Hadoop to Spark and back to Hadoop.'],
    },
  ],
  projects: [{ name: 'Lint', description: 'Checks Airflow DAGs in Python.', keywords: ['python'] }],
};

describe('a plain JSON Resume', () => {
  it('is one that uses none of the extensions naming technologies', () => {
    expect(isPlainJsonResume(plain)).toBe(true);
    expect(isPlainJsonResume({ work: [{ name: 'Stripe', technologies: ['Go'] }] })).toBe(false);
    expect(isPlainJsonResume({ work: [{ name: 'Stripe', positions: [{ position: 'Engineer' }] }] })).toBe(
      false,
    );
    expect(isPlainJsonResume({ projects: [{ name: 'Lint', technologies: [] }] })).toBe(false);
  });

  it('gets the technologies its texts name, once each, with where each was found', () => {
    const before = structuredClone(plain);
    const { document, mentions } = withTechnologiesFromText(plain, catalogue);
    expect(plain).toEqual(before);
    expect(document.work?.[0]?.technologies).toEqual(['Kafka', 'Hadoop', 'Spark']);
    // Python is already a keyword of the project, in another case.
    expect(document.projects?.[0]?.technologies).toEqual(['Airflow']);
    const highlight = plain.work?.[0]?.highlights?.[0] ?? '';
    expect(mentions).toEqual([
      {
        path: 'work[0].technologies[0]',
        value: 'Kafka',
        technologyId: 'kafka',
        from: 'work[0].summary',
        start: 5,
        end: 10,
      },
      {
        path: 'work[0].technologies[1]',
        value: 'Hadoop',
        technologyId: 'hadoop',
        from: 'work[0].highlights[0]',
        start: highlight.indexOf('Hadoop'),
        end: highlight.indexOf('Hadoop') + 6,
      },
      {
        path: 'work[0].technologies[2]',
        value: 'Spark',
        technologyId: 'spark',
        from: 'work[0].highlights[0]',
        start: highlight.indexOf('Spark'),
        end: highlight.indexOf('Spark') + 5,
      },
      {
        path: 'projects[0].technologies[0]',
        value: 'Airflow',
        technologyId: 'airflow',
        from: 'projects[0].description',
        start: 7,
        end: 14,
      },
    ]);
  });

  it('is left alone when it lists its technologies itself', () => {
    const extended: ResumeDocument = {
      work: [{ name: 'Stripe', summary: 'Runs Kafka.', technologies: ['Go'] }],
    };
    const { document, mentions } = withTechnologiesFromText(extended, catalogue);
    expect(document).toBe(extended);
    expect(mentions).toEqual([]);
  });
});

describe('a JSON Resume work entry', () => {
  const current = (work: NonNullable<ResumeDocument['work']>) =>
    normaliseResume({ id: 'p', work }, 'p.json').positions.map((position) => position.current);

  it('with a start and no end is ongoing, unless it says otherwise', () => {
    expect(
      current([
        { name: 'A', startDate: '2020-01' },
        { name: 'B', startDate: '2018-01', endDate: '2019-12' },
        { name: 'C', startDate: '2017-01', current: false },
        { name: 'D' },
      ]),
    ).toEqual([true, false, false, false]);
  });

  it('is not read so when it lists positions: there a missing end may be one the document does not give', () => {
    expect(current([{ name: 'A', positions: [{ position: 'Engineer', startDate: '2020-01' }] }])).toEqual([
      false,
    ]);
  });
});
