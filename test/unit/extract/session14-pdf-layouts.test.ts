import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { readDocument } from '../../../src/extract/read-document.js';
import { extractBytes, positions } from './extract-text.js';

/**
 * PDFs printed by Chromium from constructed HTML (test/fixtures/documents/pdf-layouts/sources, rebuilt by
 * its build.ts): a sidebar and a main column on one grid of baselines with each job's title in bold, and a
 * dark sidebar on the right whose degree is in bold over the school in plain type. Every expected value is
 * what the HTML source states.
 */
const DIR = join(projectRoot, 'test/fixtures/documents/pdf-layouts');

async function lines(name: string): Promise<string[]> {
  const read = await readDocument(name, new Uint8Array(await readFile(join(DIR, name))));
  return 'lines' in read ? read.lines.map((line) => line.text).filter((text) => text !== '') : [];
}

describe('Chromium-printed PDF layouts, session 14', () => {
  it('starts a bold title on a line of its own under a line of plain text that runs to the edge', async () => {
    const read = await lines('titles-in-bold.pdf');
    expect(read).toContain('Client web applications in Django and PostgreSQL.');
    expect(read).toContain('Junior Developer');
    expect(
      positions(await extractBytes(new Uint8Array(await readFile(join(DIR, 'titles-in-bold.pdf'))), 'x.pdf')),
    ).toEqual([
      {
        company: 'Allegro',
        title: 'Senior Python Developer',
        startDate: '2020-01',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Netguru',
        title: 'Python Developer',
        startDate: '2016-07',
        endDate: '2019-12',
        current: undefined,
      },
      {
        company: 'Wolters Kluwer',
        title: 'Junior Developer',
        startDate: '2015-07',
        endDate: '2016-06',
        current: undefined,
      },
    ]);
  });

  it('keeps a bold degree that fills the sidebar apart from the plain school under it', async () => {
    const read = await lines('right-sidebar-bold-degree.pdf');
    expect(read.slice(read.indexOf('Education'), read.indexOf('Skills'))).toEqual([
      'Education',
      'BSc Software Engineering',
      'University of Belgrade, Faculty of Electrical Engineering',
      '2013 – 2017',
    ]);
  });
});
