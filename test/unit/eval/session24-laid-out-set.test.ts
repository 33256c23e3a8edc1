import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildLaidOutSet, type PersonLayout } from '../../fixtures/documents/build-documents.js';
import { PEOPLE } from '../../fixtures/documents/dev-office/sources/people.js';

// buildLaidOutSet with a document named apart from its person and a second document converted from each Word file,
// as dev-office builds its Word files and LibreOffice's PDFs of them: what lands where, and what each gold says.

const [first, second] = PEOPLE;
if (!first || !second) throw new Error('dev-office/sources/people.ts lists fewer than two people.');

const layout = (text: string): PersonLayout => ({
  render: () => new Document({ sections: [{ children: [new Paragraph(text)] }] }),
  description: text,
});
const layouts = { [first.id]: layout('One column.'), [second.id]: layout('Two columns.') };

let dir: string;
let sources: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'laid-out-set-'));
  sources = join(dir, 'sources');
  mkdirSync(sources);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The set's options as dev-office gives them, the conversion recorded instead of run. */
function officeLike(calls: { word: string; out: string; wordWritten: boolean }[][]) {
  return {
    documentName: (person: { id: string }) => `${person.id}-word`,
    converted: {
      name: (person: { id: string }) => person.id,
      extension: 'pdf',
      description: 'The Word file exported to PDF by a word processor',
      convert: (files: readonly { word: string; out: string }[]) => {
        calls.push(files.map((file) => ({ ...file, wordWritten: existsSync(file.word) })));
      },
    },
  };
}

const goldText = (name: string) => readFileSync(join(dir, 'gold', `${name}.yaml`), 'utf8');

describe('a laid-out set with a converted second document', () => {
  it('writes each Word file under its document name and converts them all at once, after they exist', async () => {
    const calls: { word: string; out: string; wordWritten: boolean }[][] = [];
    await buildLaidOutSet(sources, [first, second], layouts, officeLike(calls));
    for (const person of [first, second]) {
      expect(
        readFileSync(join(dir, `${person.id}-word.docx`))
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      expect(existsSync(join(dir, `${person.id}.docx`))).toBe(false);
    }
    expect(calls).toEqual([
      [first, second].map((person) => ({
        word: join(dir, `${person.id}-word.docx`),
        out: join(dir, `${person.id}.pdf`),
        wordWritten: true,
      })),
    ]);
  });

  it('gives each document a gold of its own, named and opened for it', async () => {
    await buildLaidOutSet(sources, [first], layouts, officeLike([]));
    const word = goldText(`${first.id}-word`);
    expect(word.startsWith('# The Word file. One column.\n')).toBe(true);
    expect(parse(word)).toMatchObject({
      id: `${first.id}-word`,
      source: { document: `${first.id}-word.docx` },
    });
    const pdf = goldText(first.id);
    expect(pdf.startsWith('# The Word file exported to PDF by a word processor. One column.\n')).toBe(true);
    expect(parse(pdf)).toMatchObject({ id: first.id, source: { document: `${first.id}.pdf` } });
    // The same person read from either document.
    expect(parse(pdf).basics).toEqual(parse(word).basics);
    expect(parse(pdf).basics.name).toBe(first.name);
  });

  it('with goldsOnly writes the golds and neither document', async () => {
    const calls: unknown[] = [];
    await buildLaidOutSet(sources, [first], layouts, { ...officeLike(calls as never), goldsOnly: true });
    expect(existsSync(join(dir, 'gold', `${first.id}-word.yaml`))).toBe(true);
    expect(existsSync(join(dir, 'gold', `${first.id}.yaml`))).toBe(true);
    expect(existsSync(join(dir, `${first.id}-word.docx`))).toBe(false);
    expect(calls).toEqual([]);
  });

  it('without the options names the Word file and its gold after the person', async () => {
    await buildLaidOutSet(sources, [first], layouts);
    expect(existsSync(join(dir, `${first.id}.docx`))).toBe(true);
    expect(parse(goldText(first.id))).toMatchObject({
      id: first.id,
      source: { document: `${first.id}.docx` },
    });
  });

  it('a person without a layout is an error naming them', async () => {
    await expect(buildLaidOutSet(sources, [first, second], { [first.id]: layout('x') })).rejects.toThrow(
      `no layout for ${second.id}`,
    );
  });
});
