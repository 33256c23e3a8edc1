import { describe, expect, it } from 'vitest';
import { extractBytes, extractText } from './extract-text.js';
import { column, makeDocx, makePdf } from './make-documents.js';

/**
 * Session 25: the skills-item rules (names joined by a conjunction, levels and uses around a name, a row label before
 * one cell, competencies) in the formats people send: Markdown, Word paragraphs and tables, PDF lines. Documents built
 * here for invented people, so every expected keyword follows from this file.
 */

const keywordsOf = (result: Awaited<ReturnType<typeof extractText>>) =>
  (result.resume.skills ?? []).flatMap((group) => group.keywords ?? []);

describe('Markdown', () => {
  it('list items joined by a conjunction, with a level in brackets', async () => {
    const result = await extractText(
      [
        '# Marisol Quintanar',
        'marisol.q@example.org',
        '',
        '## Experiencia',
        '**Desarrolladora**, Estudio Tlacuache, ene 2020 – dic 2023',
        '- Juegos móviles.',
        '',
        '## Habilidades',
        '- Unity y C#',
        '- Godot e GDScript',
        '- Photon (multijugador)',
        '- Blender (básico)',
      ].join('\n'),
      'resume.md',
    );
    expect(keywordsOf(result)).toEqual(['Unity', 'C#', 'Godot', 'GDScript', 'Photon', 'Blender']);
  });
});

describe('Word', () => {
  it('paragraphs of items joined by "und" and "ve"', async () => {
    const bytes = await makeDocx([
      { heading: 'Konrad Eisenbarth' },
      { paragraph: 'konrad.e@example.org' },
      { heading: 'Berufserfahrung', level: 2 },
      { paragraph: 'Entwickler, Hollerbach Systeme GmbH, 01/2019 – 12/2023' },
      { bullet: 'Steuerungssoftware für Abfüllanlagen.' },
      { heading: 'Kenntnisse', level: 2 },
      { paragraph: 'Terraform und Ansible' },
      { paragraph: 'Python ve Go' },
      { paragraph: 'Docker (Grundkenntnisse)' },
    ]);
    expect(keywordsOf(await extractBytes(bytes, 'resume.docx'))).toEqual([
      'Terraform',
      'Ansible',
      'Python',
      'Go',
      'Docker',
    ]);
  });

  it('a skills table whose row holds one item keeps its label as the group', async () => {
    const bytes = await makeDocx([
      { heading: 'Ruairi Tennant' },
      { paragraph: 'ruairi.t@example.org' },
      { heading: 'Experience', level: 2 },
      { paragraph: 'Network Engineer, Lochside Telecom, 03/2017 – 08/2024' },
      { bullet: 'Core routing for the island exchanges.' },
      { heading: 'Technical Skills', level: 2 },
      {
        table: [
          [['Transport'], ['SONET, DWDM']],
          [['Radio'], ['LTE']],
          [['Automation'], ['Ansible, NetBox']],
        ],
      },
    ]);
    const result = await extractBytes(bytes, 'resume.docx');
    expect((result.resume.skills ?? []).map((group) => [group.name, group.keywords])).toEqual([
      ['Transport', ['SONET', 'DWDM']],
      ['Radio', ['LTE']],
      ['Automation', ['Ansible', 'NetBox']],
    ]);
  });

  it('a core-competencies list of activities gives only the catalogue names it holds', async () => {
    const bytes = await makeDocx([
      { heading: 'Ximena Arbeláez' },
      { paragraph: 'ximena.a@example.org' },
      { heading: 'Core Competencies', level: 2 },
      { bullet: 'Engineering leadership' },
      { bullet: 'Growing teams across the Andes' },
      { bullet: 'Chargebacks & PCI DSS' },
      { bullet: 'Vendor negotiation' },
      { bullet: 'Board reporting' },
      { bullet: 'Snowflake' },
      { heading: 'Experience', level: 2 },
      { paragraph: 'CTO, Quillabamba Pagos S.A.S., 2019 – Present' },
      { bullet: 'Payments platform on AWS.' },
    ]);
    expect(keywordsOf(await extractBytes(bytes, 'resume.docx'))).toEqual(['Snowflake']);
  });
});

describe('PDF', () => {
  it('a sidebar list, one item a line, joined by "y" and with uses in brackets', async () => {
    const bytes = await makePdf([
      [
        ...column(60, 60, [{ text: 'Paloma Ibarrondo', size: 18, bold: true }, 'paloma.i@example.org']),
        ...column(60, 120, [
          { text: 'EXPERIENCIA', bold: true },
          'Programadora de gameplay, Estudio Cenzontle, ene 2021 – dic 2024',
          '• Combate y cámara.',
          '',
          { text: 'HABILIDADES', bold: true },
          'Unreal Engine 5 y C++ (básico)',
          'Git y Perforce',
          'FMOD',
          'Mirror (multijugador)',
        ]),
      ],
    ]);
    expect(keywordsOf(await extractBytes(bytes, 'resume.pdf'))).toEqual([
      'Unreal Engine',
      'C++',
      'Git',
      'Perforce',
      'FMOD',
      'Mirror',
    ]);
  });
});
