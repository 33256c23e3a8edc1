import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extract/index.js';
import { extractText, technologiesByPosition } from './extract-text.js';

/**
 * Session 23 (issue 10): technologies a résumé names in fields the catalogue covered thinly, and false mentions.
 * Every document is invented here; the expected names are the ones each document writes.
 */
const skills = (result: ExtractionResult) =>
  (result.resume.skills ?? []).map((group) => ({ name: group.name, keywords: group.keywords ?? [] }));
const all = (result: ExtractionResult) => [
  ...technologiesByPosition(result).flatMap((position) => position.technologies),
  ...skills(result).flatMap((group) => group.keywords),
];

describe('a link in the contact lines or a bullet is no technology used', () => {
  it('reads GitHub Actions in a bullet and nothing from the addresses (text)', async () => {
    const result = await extractText(
      [
        'Tovald Merrin',
        'Platform Engineer',
        'tovald@merrin.dev | https://github.com/tmerrin | gitlab.com/tmerrin/dotfiles',
        '',
        'Summary',
        'Platform engineer; talks and code at https://gitlab.com/tmerrin.',
        '',
        'Experience',
        '',
        'Quarrow Freight — Platform Engineer',
        'Mar 2021 – Present',
        '- Built release pipelines in GitHub Actions and Terraform.',
        '- Published the runbooks on github.com/quarrow/runbooks.',
        '',
        'Skills',
        'Go, Terraform, Kubernetes',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      {
        company: 'Quarrow Freight',
        title: 'Platform Engineer',
        technologies: ['GitHub Actions', 'Terraform'],
      },
    ]);
    expect(all(result)).not.toContain('github');
    expect(all(result)).not.toContain('gitlab');
  });

  it('reads no GitLab from a Markdown résumé whose bullets link to its projects', async () => {
    const result = await extractText(
      [
        '# Ilse Vandermoor',
        'Data Engineer · Ghent',
        '',
        '## Experience',
        '',
        '### Brugwater Analytics — Data Engineer',
        '2019 – 2023',
        '- Airflow DAGs for the billing marts; source at https://gitlab.com/brugwater/marts.',
        '- Moved the ingestion from shell scripts to Dagster.',
      ].join('\n'),
      'resume.md',
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Airflow', 'Dagster']);
  });
});

describe('a version after a name is the technology itself', () => {
  it('reads Angular written with its major version in a bullet', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Lindqvist Mobility — Frontend Engineer',
        'Jan 2022 – Present',
        '- Rebuilt the fleet console in Angular 17 with NgRx signals.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual(['Angular', 'NgRx']);
  });
});

describe('a kind of device or instrument in a skills list is no technology', () => {
  it.each([
    ['Hardware: oscilloscopes, logic analysers, STM32, PC', [{ name: 'Hardware', keywords: ['STM32'] }]],
    ['Lab equipment: multimeters, spectrum analyzers, soldering stations', []],
    [
      'Tools: Saleae Logic, KiCad, PCs, multimeters',
      [{ name: 'Tools', keywords: ['Saleae Logic', 'KiCad'] }],
    ],
  ])('%s', async (line, expected) => {
    const result = await extractText(['Skills', line].join('\n'));
    expect(skills(result)).toEqual(expected);
  });
});

describe('the names of thinly covered fields are found in bullets through the catalogue', () => {
  it('reads embedded hardware with its model numbers, buses and test tools as written', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Halvorsen Marine Electronics — Embedded Engineer',
        '2018 – 2024',
        '- Sonar controller firmware on STM32H743 with ThreadX; CAN FD and I2C drivers.',
        '- Ported the bootloader to Nordic nRF52840 and ARM Cortex-M33 parts.',
        '- Unit tests in CppUTest, coverage signed off in VectorCAST.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual([
      'STM32H743',
      'ThreadX',
      'CAN FD',
      'I2C',
      'Nordic nRF52840',
      'ARM Cortex-M33',
      'CppUTest',
      'VectorCAST',
    ]);
  });

  it('reads network operating systems, product lines and protocols', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Ostrava Fibre — Network Engineer',
        '2016 – 2021',
        '- Core migration to Cisco ASR 9000 and Juniper MX960 routers running IOS XR and Junos.',
        '- IS-IS and BGP design; RADIUS and TACACS+ for device access; GPON access for 40k homes.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual([
      'Cisco ASR 9000',
      'Juniper MX960',
      'IOS XR',
      'Junos',
      'IS-IS',
      'BGP',
      'RADIUS',
      'TACACS+',
      'GPON',
    ]);
  });

  it('reads bioinformatics tools, a workflow manager and a sequencing platform', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Aldgate Genomics — Bioinformatics Engineer',
        '2020 – 2023',
        '- Germline pipeline in Nextflow: BWA-MEM alignment, GATK and DeepVariant calls, bcftools filtering.',
        '- RNA-seq with STAR and Salmon, differential expression in DESeq2, on Illumina NovaSeq runs.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual([
      'Nextflow',
      'BWA-MEM',
      'GATK',
      'DeepVariant',
      'bcftools',
      'STAR',
      'Salmon',
      'DESeq2',
      'Illumina NovaSeq',
    ]);
  });

  it('reads GIS, accessibility and QA, payments, game and mobile names', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Tamsin Reyes Consulting — Software Engineer',
        '2015 – 2024',
        '- Field surveys in Survey123 and KoboToolbox, analysed in QGIS and ArcGIS Pro with GDAL.',
        '- Screen-reader testing with JAWS, NVDA and VoiceOver; axe DevTools in CI; cases in TestRail.',
        '- ISO 20022 payment messages to Temenos T24; EMV and 3-D Secure card flows.',
        '- Multiplayer prototype with Mirror Networking, profiled with RenderDoc; AR with Vuforia.',
        '- Login with Face ID through LocalAuthentication; keys in Android Keystore.',
        '- Invoice capture with Tesseract and ABBYY FineReader.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual([
      'Survey123',
      'KoboToolbox',
      'QGIS',
      'ArcGIS Pro',
      'GDAL',
      'JAWS',
      'NVDA',
      'VoiceOver',
      'axe DevTools',
      'TestRail',
      'ISO 20022',
      'Temenos T24',
      'EMV',
      '3-D Secure',
      'Mirror Networking',
      'RenderDoc',
      'Vuforia',
      'Face ID',
      'LocalAuthentication',
      'Android Keystore',
      'Tesseract',
      'ABBYY FineReader',
    ]);
  });

  it('reads backup and virtualisation tools', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Kestrel County Council — Systems Administrator',
        '2012 – 2019',
        '- Backups in Veeam and Commvault to Data Domain; restores tested monthly.',
        '- Consolidated 200 servers onto vSAN and NSX; Citrix XenApp for the call centre.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)[0]?.technologies).toEqual([
      'Veeam',
      'Commvault',
      'Data Domain',
      'vSAN',
      'NSX',
      'Citrix XenApp',
    ]);
  });
});
