import { describe, expect, it } from 'vitest';
import { formRow, onlyDate } from '../../../src/extract/form-rows.js';

/** Session 28 (audit): "Data" is a Europass dates label only before dates; "Qualification" alone labels no degree. */

describe('formRow: "Data" / "Datas"', () => {
  it('reads the label before a value that is its dates', () => {
    expect(formRow('Data (da – a)   03/2017 – 09/2020')).toMatchObject({
      field: 'dates',
      value: '03/2017 – 09/2020',
    });
    expect(formRow('• Datas    De 2014 a 2018')).toMatchObject({ field: 'dates', value: 'De 2014 a 2018' });
  });

  it('reads no dates row where "Data" is the English word before prose that holds a year', () => {
    expect(formRow('• Data: rebuilt the 2020 claims marts in Redshift.')).toBeNull();
    expect(formRow('Data: Airflow and Kafka since 2018')).toBeNull();
    expect(formRow('Data    2018 – 2022 lakehouse on Databricks')).toBeNull();
  });

  it('still reads the other dates labels before a date with words', () => {
    expect(formRow('Dates    From June 2016 to May 2019')).toMatchObject({ field: 'dates' });
  });
});

describe('formRow: qualification labels', () => {
  it('reads the Europass labels of the qualification awarded', () => {
    expect(formRow('Title of qualification awarded   MSc Data Science')).toMatchObject({ field: 'degree' });
    expect(formRow('Qualifica conseguita   Laurea in Informatica')).toMatchObject({ field: 'degree' });
  });

  it('reads no degree from the English word alone', () => {
    expect(formRow('Qualification: Google Cloud Professional Data Engineer 2022')).toBeNull();
  });
});

describe('onlyDate', () => {
  it('is true for one date or range with at most a short word before and a bracket after', () => {
    expect(onlyDate('2012 – 2014')).toBe(true);
    expect(onlyDate('Dal 04/2015 al 06/2019')).toBe(true);
    expect(onlyDate('2012 – 2014 (part-time)')).toBe(true);
  });

  it('is false for words around the dates', () => {
    expect(onlyDate('Checkout, 2012 – 2014')).toBe(false);
    expect(onlyDate('2012 – 2014 in Lisbon')).toBe(false);
    expect(onlyDate('moved the 2019 ledgers')).toBe(false);
  });
});
