import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { extractText, rolesUnderHead as rolesOf } from './extract-text.js';

/** Session 18 (roles2): header layouts the metamorphic variants missed, as general rules on constructed résumés. */

describe('a place line votes only for place lines', () => {
  it('keeps the employer of "Title, Company" under its dates when that entry has no place line', async () => {
    expect(
      await rolesOf(
        'March 2021 - Present',
        'Platform Engineer, Kestrel Freight Lda.',
        'Porto, Portugal',
        'Runs the deployment pipeline for the routing services.',
        '',
        'June 2018 - February 2021',
        'Backend Developer, Lumenpath',
        'Braga, Portugal',
        'Wrote the booking services for the clinics.',
        '',
        'September 2016 - May 2018',
        'Software Developer, Orvalho',
        'Built internal tools for the design team.',
      ),
    ).toEqual([
      ['Kestrel Freight Lda.', 'Platform Engineer', '2021-03', 'present'],
      ['Lumenpath', 'Backend Developer', '2018-06', '2021-02'],
      ['Orvalho', 'Software Developer', '2016-09', '2018-05'],
    ]);
  });
});

describe('"Title, Company" under a line of dates alone', () => {
  it('keeps an employer written in lower case ("nordwerk systems ag") on the title\'s line', async () => {
    expect(
      await rolesOf(
        'October 2019 - Present',
        'Senior Software Engineer, Hafenblick Versicherung GmbH',
        'Claims services in Go and Kotlin.',
        '',
        'April 2015 - September 2019',
        'Softwareentwickler, nordwerk systems ag',
        'Policy management in Java EE.',
        '',
        'August 2014 - March 2015',
        'Werkstudent, Siemens AG',
        'Test automation in Python.',
      ),
    ).toEqual([
      ['Hafenblick Versicherung GmbH', 'Senior Software Engineer', '2019-10', 'present'],
      ['nordwerk systems ag', 'Softwareentwickler', '2015-04', '2019-09'],
      ['Siemens AG', 'Werkstudent', '2014-08', '2015-03'],
    ]);
  });
});

describe('a lone "o" as the glyph of a list level', () => {
  it('reads "o" before a word in lower case as a bullet when its siblings are "o" items', async () => {
    expect(
      await rolesOf(
        'Halvard Systems, Oslo                                  Mar 2019 - Present',
        'Security Engineer',
        '   o Built the secrets rotation service in Go',
        '   o Ran the yearly red team exercise',
        '',
        'Brightwater Bank, Bergen                               Jan 2015 - Feb 2019',
        'Software Engineer',
        '   o e-banking portals in C# on SQL Server',
        '   o Joined the security testing team in 2017: scans in the nightly',
        '     build',
      ),
    ).toEqual([
      ['Halvard Systems', 'Security Engineer', '2019-03', 'present'],
      ['Brightwater Bank', 'Software Engineer', '2015-01', '2019-02'],
    ]);
  });

  it('keeps a word "o" that opens a line of prose as text', async () => {
    const result = await extractText(
      [
        'Ines Okafor',
        'ines.okafor@example.com',
        '',
        'Resumo',
        'Trabalho com pagamentos desde 2015 e conheço',
        'o sistema bancário português por dentro.',
      ].join('\n'),
    );
    expect(result.resume.basics?.summary).toBe(
      'Trabalho com pagamentos desde 2015 e conheço o sistema bancário português por dentro.',
    );
  });
});

describe('the line model of "o" items', () => {
  const bullets = (...texts: string[]) =>
    modelLines(texts.map((text) => ({ text }))).map((line) => line.bullet);

  it('marks "o" before a lower-case word as an item among "o" siblings, past the lines they wrap onto', () => {
    expect(
      bullets(
        'Brightwater Bank',
        '   o e-banking portals in C# on SQL Server',
        '   o Joined the security testing team in 2017: scans in the nightly',
        '     build',
        '   o iOS app for the card team',
      ),
    ).toEqual([false, true, true, false, true]);
  });

  it('marks two "o" lines in a row before lower-case words as items', () => {
    expect(bullets('Tools', 'o e-mail gateways', 'o iPhone provisioning')).toEqual([false, true, true]);
  });

  it('leaves a lone line opening with the word "o" as prose, and a blank line ends the siblings', () => {
    expect(
      bullets(
        'Trabalho com pagamentos e conheço',
        'o sistema bancário por dentro.',
        '',
        'o resto da equipa.',
      ),
    ).toEqual([false, false, false, false]);
  });
});

describe('a title line by the layout of the other entries', () => {
  it('reads a line the vocabulary does not know, over "Company    dates", as the title where the others are titles', async () => {
    expect(
      await rolesOf(
        'Backend Engineer',
        'Netcompany                               Jan 2021 - Present',
        '- Public sector portals in Java',
        '',
        'Software Engineer',
        'Trifork                                  Aug 2018 - Dec 2020',
        '- Mobile apps in Kotlin',
        '',
        'Charge Nurse',
        'Aarhus Universitetshospital              Mar 2012 - Jun 2018',
        '- Led a team of twelve on the cardiac ward',
      ),
    ).toEqual([
      ['Netcompany', 'Backend Engineer', '2021-01', 'present'],
      ['Trifork', 'Software Engineer', '2018-08', '2020-12'],
      ['Aarhus Universitetshospital', 'Charge Nurse', '2012-03', '2018-06'],
    ]);
  });

  it('reads a title in another language, set in sentence case, the same way', async () => {
    expect(
      await rolesOf(
        'Senior softwareudvikler',
        'Kvadrat Digital A/S                      Jan 2021 - Present',
        '- Selvbetjeningsløsninger i C#',
        '',
        'Backend Engineer',
        'Systematic A/S                           Aug 2018 - Dec 2020',
        '- Clinical systems in C#',
        '',
        'Software Engineer',
        'Trifork                                  Mar 2016 - Jul 2018',
        '- Mobile apps in Kotlin',
      ),
    ).toEqual([
      ['Kvadrat Digital A/S', 'Senior softwareudvikler', '2021-01', 'present'],
      ['Systematic A/S', 'Backend Engineer', '2018-08', '2020-12'],
      ['Trifork', 'Software Engineer', '2016-03', '2018-07'],
    ]);
  });
});
