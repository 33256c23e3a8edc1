import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';

// Session 30: widely used tools the catalogue lacked (a scheduler, a managed Airflow, Teradata's query tool, React's
// form libraries), each with its common spellings.

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe('the catalogue entries added in session 30', () => {
  it.each([
    ['Control-M', 'control-m'],
    ['BMC Control-M', 'control-m'],
    ['Amazon MWAA', 'aws-mwaa'],
    ['AWS MWAA', 'aws-mwaa'],
    ['Amazon Managed Workflows for Apache Airflow', 'aws-mwaa'],
    ['BTEQ', 'bteq'],
    ['Teradata BTEQ', 'bteq'],
    ['Formik', 'formik'],
    ['Yup', 'yup'],
  ])('%j is %s', (spelling, id) => {
    expect(catalogue.technologies.resolve(spelling)?.id).toBe(id);
  });

  it('are found in running text', () => {
    const matcher = createMentionMatcher(catalogue.technologies);
    const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
    expect(ids('Moved the Control-M batch jobs to Apache Airflow on Amazon MWAA.')).toEqual([
      'control-m',
      'airflow',
      'aws-mwaa',
    ]);
    expect(ids('Loaded the ledger into Teradata with BTEQ scripts.')).toEqual(['teradata', 'bteq']);
    expect(ids('Sign-up forms in React with Formik and Yup.')).toEqual(['react', 'formik', 'yup']);
  });

  it('keep what they are a part of', () => {
    expect(catalogue.technologies.get('aws-mwaa')?.broader).toEqual(['airflow', 'aws']);
    expect(catalogue.technologies.get('bteq')?.broader).toEqual(['teradata']);
  });
});
