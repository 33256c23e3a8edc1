import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../../src/extract/dates.js';
import { extractText, position, positionsOf } from './extract-text.js';

/** The written text of every date expression found, with its kind. */
const mentions = (text: string) => findDates(text).map((date) => [date.kind, date.text]);

describe('dates written year first with a month name', () => {
  it('reads "YYYY Mon" as that month, alone and as either end of a range', () => {
    expect(parseDateRange('2018 Nov - 2020 Apr')).toEqual({ startDate: '2018-11', endDate: '2020-04' });
    expect(parseDateRange('Duration : 2023 Sept. – Till now')).toEqual({
      startDate: '2023-09',
      current: true,
    });
    expect(parseDateRange('2014 October – 2016 March')).toEqual({ startDate: '2014-10', endDate: '2016-03' });
    expect(parseDateRange('Okt 2019 – 2021 Mär')).toEqual({ startDate: '2019-10', endDate: '2021-03' });
    expect(mentions('joined in 2016 June')).toEqual([['single', '2016 June']]);
  });

  it('keeps a capitalised May as the month and a lower-case one as the verb', () => {
    expect(parseDateRange('2013 May - 2015 Feb')).toEqual({ startDate: '2013-05', endDate: '2015-02' });
    expect(mentions('by 2019 may grow')).toEqual([['single', '2019']]);
  });

  it('leaves the year alone before a month word that is also an English word', () => {
    expect(mentions('In 2019 set up the first on-call rota')).toEqual([['single', '2019']]);
    expect(mentions('2021 out of office')).toEqual([['single', '2021']]);
  });

  it('reads a year then a month and its year as two dates, the month with the year after it', () => {
    expect(mentions('2017 Mar 2018')).toEqual([
      ['single', '2017'],
      ['single', 'Mar 2018'],
    ]);
  });
});

describe('titles dated in brackets under one employer, as labelled job blocks write them', () => {
  it('gives each "Position :" line its own dates, the title without them', async () => {
    const found = await positionsOf([
      'Aarav Koirala',
      '',
      'WORK EXPERIENCE',
      '',
      '1. Company     : Himal Cloud Pvt. Ltd., Lalitpur',
      '   Designation : Lead Engineer (2020 Aug - Till date)',
      '   Designation : Software Engineer (2018 Mar - 2020 Jul)',
      '   Responsibilities:',
      '   - Ran the Kubernetes clusters of the payment gateway.',
      '',
      '2. Company     : Gandaki Soft, Pokhara',
      '   Designation : Trainee Developer',
      '   Duration    : 2017 Jan - 2018 Feb',
    ]);
    expect(found).toEqual([
      position('Himal Cloud Pvt. Ltd.', 'Lead Engineer', '2020-08', 'present'),
      position('Himal Cloud Pvt. Ltd.', 'Software Engineer', '2018-03', '2020-07'),
      position('Gandaki Soft', 'Trainee Developer', '2017-01', '2018-02'),
    ]);
  });
});

describe('a "Trainings" section', () => {
  it('is no skills group: its courses and providers name no technology and no employer', async () => {
    const result = await extractText(
      [
        'Ishaan Thapa',
        '',
        'EXPERIENCE',
        'Backend Developer, Koshi Labs',
        '2019 - 2023',
        '- Wrote the billing API in Python.',
        '',
        'SKILLS',
        'Languages : Python, Go',
        '',
        'TRAININGS',
        '- Docker Essentials, Kathmandu Training Hub, 2021',
        '- Spring Boot Masterclass, Everest Academy, 2019',
      ].join('\n'),
    );
    const groups = (result.resume.skills ?? []).map((group) => [group.name, group.keywords]);
    expect(groups).toEqual([['Languages', ['Python', 'Go']]]);
    expect((result.resume.work ?? []).map((work) => work.name)).toEqual(['Koshi Labs']);
  });
});
