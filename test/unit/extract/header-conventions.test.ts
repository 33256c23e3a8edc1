import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/** How position headers name employer, title, unit and place, in documents made up for the test. */
describe('position headers', () => {
  it('reads a title that opens with a dot (".NET Developer") and a place alone under the dates', async () => {
    const text = [
      'EXPERIENCE',
      '',
      'Vistula Systems',
      'Senior .NET Developer',
      'January 2020 - December 2022 (3 years)',
      'Kraków, Poland',
      'Claims platform in ASP.NET Core.',
      '',
      '.NET Developer',
      'March 2017 - December 2019 (2 years 10 months)',
      'Kraków, Poland',
      'Desktop tools in WPF.',
    ].join('\n');
    const result = await extractText(text);
    expect(positions(result)).toEqual([
      {
        company: 'Vistula Systems',
        title: 'Senior .NET Developer',
        startDate: '2020-01',
        endDate: '2022-12',
        current: undefined,
      },
      {
        company: 'Vistula Systems',
        title: '.NET Developer',
        startDate: '2017-03',
        endDate: '2019-12',
        current: undefined,
      },
    ]);
    expect(result.resume.work?.[0]?.positions?.[1]?.location).toBe('Kraków, Poland');
  });

  it('keeps the employer named on a line of its own for each title line under it, units in their place', async () => {
    const text = [
      'Work experience',
      '',
      'Nordvik Telecom AB, Kista',
      '2019 – present    Senior Software Developer, Radio Core',
      'Session management in Erlang.',
      '2014 – 2019    Software Developer, IMS',
      'Call control services in Java.',
      '',
      'Fjord Radar AB, Järfälla',
      '2011 – 2014    Software Engineer',
      'Display software in Ada.',
    ].join('\n');
    const result = await extractText(text);
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Nordvik Telecom AB', 'Senior Software Developer'],
      ['Nordvik Telecom AB', 'Software Developer'],
      ['Fjord Radar AB', 'Software Engineer'],
    ]);
    expect(result.resume.work?.[0]?.positions?.map((position) => position.team)).toEqual([
      'Radio Core',
      'IMS',
    ]);
  });

  it('reads an acronym after the title as the unit, and a Teaching section’s positions but not its courses', async () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      '2021 – present\tSenior Software Engineer – ADAS, Meridian Automotive Querétaro',
      'Perception software in C++.',
      '2019 – 2021\tResearch Engineer, Instituto de Robótica Aplicada',
      'Localization with ROS.',
      '',
      'TEACHING',
      '2015 – 2018\tTeaching Assistant, Universidad del Bajío',
      'Robotics laboratory in C++.',
      // A course taught inside the research position, no position of its own.
      '2020 – 2021\tROB402 Mobile Robotics (module leader), Instituto de Robótica Aplicada',
    ].join('\n');
    const result = await extractText(text);
    expect(positions(result).map((position) => [position.company, position.title])).toEqual([
      ['Meridian Automotive Querétaro', 'Senior Software Engineer'],
      ['Instituto de Robótica Aplicada', 'Research Engineer'],
      ['Universidad del Bajío', 'Teaching Assistant'],
    ]);
    expect(result.resume.work?.[0]?.positions?.[0]?.team).toBe('ADAS');
  });

  it('keeps the legal form of an employer named in prose ("Kitsune Co., Ltd.")', async () => {
    const text = [
      'About me',
      '',
      'Since May 2020 I have been a server engineer at **Kitsune Co., Ltd.**, where we write Go.',
    ].join('\n');
    expect(positions(await extractText(text, 'about.md'))).toEqual([
      {
        company: 'Kitsune Co., Ltd.',
        title: 'server engineer',
        startDate: '2020-05',
        endDate: undefined,
        current: true,
      },
    ]);
  });
});
