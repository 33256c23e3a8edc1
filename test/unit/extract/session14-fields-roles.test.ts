import { describe, expect, it } from 'vitest';
import { lineInfo } from '../../../src/extract/entries.js';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { titleScore } from '../../../src/extract/vocabulary.js';
import { extractText, positions } from './extract-text.js';

/** Session 14: role headers. */

/** Each position (`positions`) with its unit and place, the employer's place where the position names none. */
function roles(result: ExtractionResult) {
  const where = (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      team: position.team,
      location: position.location ?? work.location,
    })),
  );
  return positions(result).map((position, index) => ({ ...position, ...where[index] }));
}

describe('work on one\'s own account ("Self-employed — …", "Freelance — …")', () => {
  it('reads the firm after "Self-employed —" as the employer of the titles under it, not as their place', async () => {
    // Under an employer's line the name after a title's comma is the unit the job was done for (here a client).
    const result = await extractText(
      [
        'Jan Nowak',
        '',
        'EXPERIENCE',
        'Self-employed — Nowak Software GmbH   Jan 2018 – Present',
        'Backend Developer, Fooble (Jan 2018 – Dec 2019)',
        '• Payment APIs in Python.',
        'Solutions Architect (Jan 2020 – Present)',
        '• Services in Node.js.',
      ].join('\n'),
    );
    expect(roles(result)).toEqual([
      {
        company: 'Nowak Software GmbH',
        title: 'Backend Developer',
        team: 'Fooble',
        location: undefined,
        startDate: '2018-01',
        endDate: '2019-12',
        current: undefined,
      },
      {
        company: 'Nowak Software GmbH',
        title: 'Solutions Architect',
        team: undefined,
        location: undefined,
        startDate: '2020-01',
        endDate: undefined,
        current: true,
      },
    ]);
  });

  it('reads a firm named by an organisation word the same way ("Self-employed, Nowak Consulting")', async () => {
    const result = await extractText(
      [
        'Jan Nowak',
        '',
        'EXPERIENCE',
        'Self-employed, Nowak Consulting   2018 – 2022',
        'Data Engineer, Quuxly (2018 – 2022)',
        '• Spark pipelines.',
      ].join('\n'),
    );
    expect(roles(result).map((role) => [role.company, role.title, role.team, role.location])).toEqual([
      ['Nowak Consulting', 'Data Engineer', 'Quuxly', undefined],
    ]);
  });

  it('still reads a place after "Self-employed —" as the place of the clients\' roles under it', async () => {
    const result = await extractText(
      [
        'Jan Nowak',
        '',
        'EXPERIENCE',
        'Self-employed — Gdańsk   Jan 2018 – Present',
        'Backend Developer, Fooble (Jan 2018 – Dec 2019)',
        '• Payment APIs in Python.',
      ].join('\n'),
    );
    expect(roles(result)).toEqual([
      {
        company: 'Fooble',
        title: 'Backend Developer',
        team: undefined,
        location: { city: 'Gdańsk' },
        startDate: '2018-01',
        endDate: '2019-12',
        current: undefined,
      },
    ]);
  });
});

describe('an acronym between the title and a place, where the other entries put their employer', () => {
  it('reads "Title — ACRONYM — City" as the employer when the like headers around it name employers there', async () => {
    const result = await extractText(
      [
        'Asha Menon',
        '',
        'Work Experience',
        '---------------',
        '',
        'Lead Engineer — ZTX — Thrissur',
        '09/2020 – Now',
        '  * Test architecture for a claims portal.',
        '',
        'Engineer — Quuxly Software — Kannur',
        '05/2014 – 08/2020',
        '  * Automation for crew scheduling.',
      ].join('\n'),
    );
    expect(roles(result).map((role) => [role.company, role.title, role.team])).toEqual([
      ['ZTX', 'Lead Engineer', undefined],
      ['Quuxly Software', 'Engineer', undefined],
    ]);
  });
});

describe('role headers with a month abbreviated by a period, in French', () => {
  it('reads "Ingénieure DevOps" as a title: a Romance role noun opens it, DevOps is its field', () => {
    expect(titleScore('Ingénieur DevOps')).toBe(2);
    expect(titleScore('Ingeniera DevOps')).toBe(2);
    expect(titleScore('Azure DevOps')).toBe(0);
  });

  it('reads each "Poste | Entreprise, Ville    Sept. 2019 – Févr. 2022" line as a header, not a sentence', async () => {
    const result = await extractText(
      [
        'Inès Haddad',
        '',
        'Expérience professionnelle',
        "Ingénieure DevOps | Orbis Logiciel, Sousse    Mars 2022 – aujourd'hui",
        'Pipelines GitLab CI et déploiements sur Kubernetes.',
        'Ingénieure logicielle | Qantra Soft, Sfax    Sept. 2019 – Févr. 2022',
        "Développement de services Java et d'écrans Angular.",
      ].join('\n'),
    );
    expect(roles(result)).toEqual([
      {
        company: 'Orbis Logiciel',
        title: 'Ingénieure DevOps',
        team: undefined,
        location: { city: 'Sousse' },
        startDate: '2022-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Qantra Soft',
        title: 'Ingénieure logicielle',
        team: undefined,
        location: { city: 'Sfax' },
        startDate: '2019-09',
        endDate: '2022-02',
        current: undefined,
      },
    ]);
  });

  it('keeps "Jan. 2023 – May 2023" from cutting a long project line into sentences', () => {
    const [line] = modelLines([
      {
        text: 'Harbor Planner | TypeScript, Next.js, PostgreSQL, Prisma, Vercel, Docker    Jan. 2023 – May 2023',
      },
    ]);
    expect(lineInfo(line as DocLine).prose).toBe(false);
  });
});
