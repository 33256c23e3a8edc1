/**
 * Session 34 (xattr34): which position a technology belongs to. Every input is constructed here (invented people
 * and employers), never copied from a fixture set.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../../../src/extract/line-model.js';
import { splitSections } from '../../../src/extract/sections.js';
import { extractText, technologiesByPosition } from './extract-text.js';

describe('a promotion told after the text of the entry it splits', () => {
  const entry = (title: string, promotion: string) =>
    [
      'Rosalía Fenwick-Amadi',
      'rosalia.fa@example.org',
      '',
      'EXPERIENCE',
      '',
      'Brightwell Freight',
      title,
      'April 2017 – Present',
      '- Route planning services in Go on Google Cloud',
      '- Dashboards in Grafana; alerts in Prometheus',
      promotion,
      '',
      'Kestrel Mapping',
      'Graduate Developer',
      'September 2014 – March 2017',
      '- Tile rendering in Python with PostGIS',
    ].join('\n');

  it.each([
    ['"X → Y" as the title', 'Platform Engineer → Staff Platform Engineer'],
    ['the earlier title alone', 'Platform Engineer'],
  ])('gives the entry’s text to the latest title (%s)', async (_, title) => {
    const result = await extractText(entry(title, 'Promoted to Staff Platform Engineer in 11/2021'));
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Brightwell Freight', title: 'Platform Engineer', technologies: [] },
      {
        company: 'Brightwell Freight',
        title: 'Staff Platform Engineer',
        technologies: ['Go', 'Google Cloud', 'Grafana', 'Prometheus'],
      },
      { company: 'Kestrel Mapping', title: 'Graduate Developer', technologies: ['Python', 'PostGIS'] },
    ]);
  });

  it('leaves each title its own text when the promotion line has text under it', async () => {
    const text = entry('Platform Engineer', 'Promoted to Staff Platform Engineer in 11/2021').replace(
      '\n\nKestrel Mapping',
      '\n- Led the move to Kubernetes\n\nKestrel Mapping',
    );
    expect(technologiesByPosition(await extractText(text)).slice(0, 2)).toEqual([
      {
        company: 'Brightwell Freight',
        title: 'Platform Engineer',
        technologies: ['Go', 'Google Cloud', 'Grafana', 'Prometheus'],
      },
      { company: 'Brightwell Freight', title: 'Staff Platform Engineer', technologies: ['Kubernetes'] },
    ]);
  });
});

describe('a section named behind a marker glyph, set a size up from the text under it', () => {
  const sheet = (size: number) =>
    modelLines([
      { text: 'EMPLOYMENT RECORD', size: 1.6, heading: 2 },
      { text: '' },
      { text: '■ Career Details', size, gapBefore: true },
      { text: 'Platform Engineer — Larkspur Logistics', size: 1 },
      { text: 'May 2019 – Present', size: 1 },
      { text: 'Dispatch services in Go on AWS.', size: 1 },
      { text: '' },
      { text: '■ Skills', size, gapBefore: true },
      { text: 'Tools: Terraform, Ansible', size: 1 },
      { text: '' },
      { text: '■ Education', size, gapBefore: true },
      { text: 'Kyushu University, Bachelor of Engineering, 2011 – 2015', size: 1 },
    ]);

  it('heads its section, so the skills below the last job are no part of it', () => {
    const sections = splitSections(sheet(1.11)).map((section) => [section.kind, section.title]);
    expect(sections).toEqual([
      ['experience', 'EMPLOYMENT RECORD'],
      ['experience', 'Career Details'],
      ['skills', 'Skills'],
      ['education', 'Education'],
    ]);
  });
});
