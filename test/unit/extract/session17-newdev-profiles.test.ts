import { describe, expect, it } from 'vitest';
import { sectionKind } from '../../../src/extract/vocabulary.js';
import { roleRowsWithTeam as roles } from './extract-text.js';

/** Session 17: a GitHub profile README's experience heading; an academic appointment's unit before its school. */

describe('a profile README\'s "Where I\'ve worked"', () => {
  it('names the experience section in the ways profile READMEs write it', () => {
    expect(
      ["Where I've worked", 'Companies I have worked for', "Places I've worked at", 'Where I worked out'].map(
        sectionKind,
      ),
    ).toEqual(['experience', 'experience', 'experience', null]);
  });

  it('reads "**Title** @ [Employer](url) · _dates_" items under an emoji heading', async () => {
    expect(
      await roles(
        [
          '### Hi, I am Tunde Bakare',
          '',
          '#### 🧰 Tools',
          '',
          '![Rust](https://img.shields.io/badge/-Rust-000000)',
          '',
          "#### 💼 Where I've worked",
          '',
          '- **Platform Engineer** @ [Moniepoint](https://moniepoint.com) · _Apr 2022 – present_',
          '  - Ledger services in Rust.',
          '- **Backend Engineer** @ [Kuda](https://kuda.com) · _Jan 2019 – Mar 2022_',
          '  - Card issuing APIs in Go.',
        ].join('\n'),
        'README.md',
      ),
    ).toEqual([
      ['Moniepoint', 'Platform Engineer', undefined, '2022-04', 'present'],
      ['Kuda', 'Backend Engineer', undefined, '2019-01', '2022-03'],
    ]);
  });
});

describe('an academic appointment "Title, Division of …, University"', () => {
  it('takes the school as the employer and the division as the team', async () => {
    expect(
      await roles(
        [
          'Ingrid Solheim',
          '',
          'Appointments',
          '2021 – present  Associate Professor, Department of Informatics, University of Bergen',
          '2017 – 2021     Researcher, Group for Machine Learning, Simula Research Laboratory',
        ].join('\n'),
      ),
    ).toEqual([
      ['University of Bergen', 'Associate Professor', 'Department of Informatics', '2021', 'present'],
      ['Simula Research Laboratory', 'Researcher', 'Group for Machine Learning', '2017', '2021'],
    ]);
  });
});

describe("an academic CV's appointments as list items led by their years in bold", () => {
  it('reads an item led by one year as a position within that year, like its siblings led by ranges', async () => {
    expect(
      await roles(
        [
          '# Jonas Lund',
          '',
          '## Appointments',
          '',
          '- **2021–present** Lecturer, Lund University',
          '- **2019–2021** Postdoctoral Researcher, ETH Zurich',
          '- **2018** Research Intern, Google Research',
          '',
          '## Education',
          '',
          '- **2014–2019** PhD in Computer Science, Lund University',
        ].join('\n'),
        'cv.md',
      ),
    ).toEqual([
      ['Lund University', 'Lecturer', undefined, '2021', 'present'],
      ['ETH Zurich', 'Postdoctoral Researcher', undefined, '2019', '2021'],
      ['Google Research', 'Research Intern', undefined, '2018', '2018'],
    ]);
  });
});
