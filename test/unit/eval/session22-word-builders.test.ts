import { Packer, Paragraph, TableRow } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  cell,
  rightAlignedBox,
  run,
  softReturn,
  spanningCell,
  table,
  wordDocument,
} from '../../fixtures/documents/word-parts.js';

/** The packed document's body XML. */
async function body(children: Parameters<typeof wordDocument>[1]) {
  const entries = unzipSync(new Uint8Array(await Packer.toBuffer(wordDocument('Ada', children))));
  return strFromU8(entries['word/document.xml'] ?? new Uint8Array());
}

describe('session 22: the Word builders dev-word added to word-parts.ts', () => {
  it('softReturn puts a line break (<w:br/>) before its text inside the same paragraph', async () => {
    const xml = await body([new Paragraph({ children: [run('Analyst'), softReturn('Lovelace Mills')] })]);
    expect(xml.match(/<w:p[ >]/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:t[^>]*>Analyst<\/w:t>.*<w:br\/>.*<w:t[^>]*>Lovelace Mills<\/w:t>/s);
  });

  it('spanningCell merges its cell across the columns it is given (<w:gridSpan w:val="2"/>)', async () => {
    const xml = await body([
      table([
        new TableRow({ children: [spanningCell([new Paragraph({ children: [run('Ada Lovelace')] })], 2)] }),
        new TableRow({
          children: [cell([new Paragraph({ children: [run('left')] })], 30), cell([], 70)],
        }),
      ]),
    ]);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml.match(/<w:gridSpan/g)).toHaveLength(1);
  });

  it('rightAlignedBox floats a text box of right-aligned lines where it is told', async () => {
    const xml = await body([
      new Paragraph({
        children: [
          rightAlignedBox(['ada@example.com', '+44 20 7946 0000'], {
            width: 170,
            height: 50,
            left: 320,
            top: -6,
          }),
        ],
      }),
    ]);
    expect(xml).toContain('width:170pt;height:50pt;position:absolute;margin-left:320pt;margin-top:-6pt');
    const box = /<w:txbxContent>([\s\S]*)<\/w:txbxContent>/u.exec(xml)?.[1] ?? '';
    expect([...box.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1])).toEqual([
      'ada@example.com',
      '+44 20 7946 0000',
    ]);
    expect(box.match(/<w:jc w:val="right"\/>/g)).toHaveLength(2);
  });
});
