import { describe, expect, it } from 'vitest';
import { documentLines, extractBytes, position, positions } from './extract-text.js';
import { makePdf, type PdfText } from './make-documents.js';

/** A page with its section names letter-spaced in a left column, each on its section's first baseline. */
function page(names: readonly [string, number][]): PdfText[] {
  const body = 160;
  return [
    { text: 'Tomasz Wierzbicki', x: 50, top: 60, size: 24, bold: true },
    { text: 'Gdynia    +48 600 100 200    tomasz@example.pl', x: 50, top: 85, size: 8 },
    ...names.map(([text, top]) => ({ text, x: 50, top, size: 9, bold: true })),
    { text: 'Embedded engineer who likes test rigs and quiet pagers.', x: body, top: 120 },
    { text: 'Firmware Engineer, Baltic Marine Systems', x: body, top: 160, bold: true },
    { text: 'March 2020 – present · Gdynia', x: body, top: 174, size: 8 },
    { text: 'Sonar signal chain in C on STM32; test benches in Python.', x: body, top: 188 },
    { text: 'Test Technician, Pomorze Electronics', x: body, top: 216, bold: true },
    { text: 'June 2016 – February 2020 · Gdansk', x: body, top: 230, size: 8 },
    { text: 'Built the end-of-line tester for power supplies.', x: body, top: 244 },
    { text: 'MSc Automatic Control, Gdansk University of Technology', x: body, top: 290, bold: true },
    { text: '2014 – 2016 · Gdansk', x: body, top: 304, size: 8 },
    { text: 'Sailing instructor in the summers; amateur radio licence.', x: body, top: 340 },
  ];
}

describe('section names set in a left column beside the text (designed templates)', () => {
  it('reads each name before its section, one it does not know among the ones it knows too', async () => {
    const pdf = await makePdf([
      page([
        ['P R O F I L E', 120],
        ['E X P E R I E N C E', 160],
        ['E D U C A T I O N', 290],
        ['O U T S I D E', 340],
      ]),
    ]);
    const lines = await documentLines('tomasz.pdf', pdf);
    const at = (text: string) => lines.indexOf(text);
    expect(at('P R O F I L E')).toBeLessThan(at('Embedded engineer who likes test rigs and quiet pagers.'));
    expect(at('E X P E R I E N C E')).toBe(at('Firmware Engineer, Baltic Marine Systems') - 1);
    expect(at('E D U C A T I O N')).toBe(at('MSc Automatic Control, Gdansk University of Technology') - 1);
    expect(at('O U T S I D E')).toBe(at('Sailing instructor in the summers; amateur radio licence.') - 1);
    const result = await extractBytes(pdf, 'tomasz.pdf');
    expect(positions(result)).toEqual([
      position('Baltic Marine Systems', 'Firmware Engineer', '2020-03', 'present'),
      position('Pomorze Electronics', 'Test Technician', '2016-06', '2020-02'),
    ]);
  });
});
