import { describe, expect, it } from 'vitest';
import { documentLines, extractBytes, fixtureDocument, positions } from './extract-text.js';

/**
 * PDFs printed by Chromium from constructed HTML (test/fixtures/documents/pdf-layouts/sources, rebuilt by
 * its build.ts): a sidebar and a main column on one grid of baselines with each job's title in bold, and a
 * dark sidebar on the right whose degree is in bold over the school in plain type. Every expected value is
 * what the HTML source states.
 */
const pdfLayout = (name: string) => fixtureDocument('pdf-layouts', name);
const lines = async (name: string) => documentLines(name, await pdfLayout(name));

describe('Chromium-printed PDF layouts, session 14', () => {
  it('starts a bold title on a line of its own under a line of plain text that runs to the edge', async () => {
    const read = await lines('titles-in-bold.pdf');
    expect(read).toContain('Client web applications in Django and PostgreSQL.');
    expect(read).toContain('Junior Developer');
    expect(positions(await extractBytes(await pdfLayout('titles-in-bold.pdf'), 'x.pdf'))).toEqual([
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
