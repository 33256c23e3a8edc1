import { describe, expect, it } from 'vitest';
import { readResume } from '../../../src/resume/read-resume.js';
import { ownCopy } from '../../../src/util/own-copy.js';
import { heapKept } from '../../support/heap.js';

/*
 * What a load keeps for the whole run (each person's id, to report a person given twice) must not
 * keep the files' texts: V8 makes a string cut from a larger one a view of it, so an id read from a
 * file would hold the whole file. Known sizes: 200 résumés of 100 KiB each are 20 MiB of text.
 */

const FILES = 200;
const PADDING = 100 * 1024;

/** A résumé whose text is mostly a comment, so the text is far larger than anything read from it. */
function paddedResume(index: number): { file: string; text: string } {
  const id = `memory-probe-person-${String(index).padStart(4, '0')}`;
  return {
    file: `${id}.yaml`,
    text: `# ${'x'.repeat(PADDING)}\nid: ${id}\nbasics:\n  name: Person ${index}\n`,
  };
}

async function keptBy(keep: (id: string) => string): Promise<{ bytes: number; ids: string[] }> {
  const before = heapKept();
  const ids: string[] = [];
  for (let index = 0; index < FILES; index++) ids.push(keep((await readResume(paddedResume(index))).id));
  const bytes = heapKept() - before;
  return { bytes, ids };
}

describe('ownCopy', () => {
  it('keeps an id read from a file without the file’s text', async () => {
    const texts = FILES * PADDING;
    const viewed = await keptBy((id) => id);
    const copied = await keptBy(ownCopy);
    // The premise: the id as read is a view that keeps its file's text alive. Half, not all: other
    // test files share this worker (isolate: false), and their garbage moves the heap by a few MiB.
    expect(viewed.bytes).toBeGreaterThan(texts * 0.5);
    // Its copy keeps only itself: 200 ids of 29 characters, far under 1 MiB.
    expect(copied.bytes).toBeLessThan(2 ** 20);
    expect(copied.ids).toEqual(viewed.ids);
    expect(copied.ids[7]).toBe('memory-probe-person-0007');
  });

  it('returns the same text, whatever its characters', () => {
    const samples = [
      '',
      'a',
      'ada-lovelace',
      'Zürich, CH',
      '東京',
      '😀 emoji',
      'lone \ud800 surrogate',
      'x'.repeat(5000),
    ];
    for (const sample of samples) {
      const copy = ownCopy(`  ${sample}  `.slice(2, 2 + sample.length));
      expect(copy).toBe(sample);
      expect(copy.length).toBe(sample.length);
    }
  });
});
