import { Packer, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { readTextColumns } from '../../../src/extract/text-columns.js';
import { cell, line, resumeDocument, run, styled, table } from '../../fixtures/documents/word-parts.js';
import { extractBytes, extractText, resultRoleRows as roles } from './extract-text.js';

/** Session 17: the Europass CV's rows as text laid out in two columns and as a Word table with no blank rows. */

const pad = (label: string, value: string) => `${label.padEnd(32)}${value}`;

const EUROPASS_TEXT = [
  'CURRICULUM VITAE',
  '',
  'PERSONAL INFORMATION',
  pad('Name', 'HALVORSEN, Tone'),
  pad('Address', 'Storgata 5, 0155 Oslo (Norway)'),
  pad('Nationality', 'Norwegian'),
  '',
  'WORK EXPERIENCE',
  '',
  pad('Dates', '01/04/2019 – Present'),
  pad('Occupation or position held', 'Data Engineer'),
  pad('Main activities and', 'Pipelines in Scala on the billing warehouse;'),
  pad('responsibilities', 'on-call for the ingestion jobs.'),
  pad('Name and address of employer', 'Fjordline Data AS, Kongens gate 2, 0153 Oslo (Norway)'),
  pad('Type of business or sector', 'Telecommunications'),
  '',
  pad('Dates', '01/08/2016 – 31/03/2019'),
  pad('Occupation or position held', 'Junior Developer (apprenticeship)'),
  pad('Main activities and', 'Reports in Python for the sales team.'),
  'responsibilities',
  pad('Name and address of employer', 'Nordkapp Trading, Inc., Bergen (Norway)'),
  pad('Type of business or sector', 'Wholesale'),
].join('\n');

describe('a Europass CV written as text, labels in a column beside their values', () => {
  it('is one column of labelled rows, not a label column read before a value column', () => {
    const read = readTextColumns(EUROPASS_TEXT.split('\n').map((text) => ({ text })));
    expect(read.map((row) => row.text)).toEqual(EUROPASS_TEXT.split('\n'));
  });

  it('gives each job its title, its employer without the address, and its dates', async () => {
    expect(roles(await extractText(EUROPASS_TEXT))).toEqual([
      ['Fjordline Data AS', 'Data Engineer', '2019-04-01', 'present'],
      ['Nordkapp Trading, Inc.', 'Junior Developer', '2016-08-01', '2019-03-31'],
    ]);
  });
});

describe('a Europass CV as a Word table, one row per field and no empty row between jobs', () => {
  const row = (label: string, value: string) =>
    new TableRow({
      children: [cell([line(run(label))], 30), cell(value === '' ? [] : [line(run(value))], 70)],
    });
  const europass = () =>
    resumeDocument('Tone Halvorsen', [
      styled('Europass Curriculum Vitae', { bold: true, size: 28 }),
      table([
        row('Personal information', ''),
        row('First name(s) / Surname(s)', 'Tone Halvorsen'),
        row('Work experience', ''),
        row('Dates', '01/04/2019 → present'),
        row('Occupation or position held', 'Data Engineer'),
        row('Main activities and responsibilities', 'Pipelines in Scala on the billing warehouse.'),
        row('Name and address of employer', 'Fjordline Data AS, Kongens gate 2, 0153 Oslo (Norway)'),
        row('Dates', '01/08/2016 → 31/03/2019'),
        row('Occupation or position held', 'Junior Developer'),
        row('Name and address of employer', 'Nordkapp Trading AS, Bryggen 9, 5003 Bergen (Norway)'),
        row('Type of business or sector', 'Wholesale'),
      ]),
    ]);

  it('opens a job at each row the job above holds already', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(europass()));
    expect(roles(await extractBytes(bytes, 'europass.docx'))).toEqual([
      ['Fjordline Data AS', 'Data Engineer', '2019-04-01', 'present'],
      ['Nordkapp Trading AS', 'Junior Developer', '2016-08-01', '2019-03-31'],
    ]);
  });
});
