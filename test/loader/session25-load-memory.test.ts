import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { cypher } from '../../src/db/cypher-query.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { heapKept } from '../support/heap.js';

/*
 * A load keeps, for the whole run, only a little per file (its path and its person's id), never the
 * files' texts: what it holds at the last file stays near what it held before the first, whatever
 * the number of files. Known sizes: 1,100 files of about 32 KiB each are 34 MiB of text; the loader
 * reads 500 files ahead, so at the last file at most the last 100 (3.2 MiB) are still parsed and
 * in memory. Keeping every file's person id as the parser gave it (a view of the file's text) kept
 * the whole 34 MiB.
 */

const FILES = 1_100;
const PADDING = 32 * 1024;

let folder: string;
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  folder = await mkdtemp(join(tmpdir(), 'session25-load-memory-'));
  for (let index = 0; index < FILES; index++) {
    const id = `memory-probe-person-${String(index).padStart(4, '0')}`;
    await writeFile(
      join(folder, `${id}.yaml`),
      `# ${'x'.repeat(PADDING)}\nid: ${id}\nbasics:\n  name: Person ${index}\n`,
    );
  }
  // A first load in a process builds what every later one reuses (modules loaded on first use, the driver's
  // connections, the catalogue's indexes): loaded and cleared here, so the figure below is what a load keeps.
  const warmUp = await mkdtemp(join(tmpdir(), 'session25-load-memory-warm-up-'));
  try {
    for (let index = 0; index < 3; index++) {
      await writeFile(
        join(warmUp, `warm-up-${index}.yaml`),
        `id: warm-up-${index}\nbasics:\n  name: Warm Up ${index}\n`,
      );
    }
    const warm = await loadResumes(testExecutor(), [warmUp], { catalogue });
    expect(warm.failed).toEqual([]);
  } finally {
    await rm(warmUp, { recursive: true, force: true });
  }
  await clearDatabase();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const countPeople = cypher('test.countMemoryProbePeople', 'MATCH (p:Person) RETURN count(p) AS people');

describe('a load of many files', () => {
  it('keeps none of the files’ texts once they are written', async () => {
    const before = heapKept();
    let atLastFile: number | undefined;
    const summary = await loadResumes(testExecutor(), [folder], {
      catalogue,
      onProgress: ({ done, total }) => {
        if (done === total) atLastFile = heapKept();
      },
    });
    expect(summary.failed).toEqual([]);
    expect(summary.people).toBe(FILES);
    const [row] = await testExecutor().read<{ people: number }>(countPeople);
    expect(row?.people).toBe(FILES);
    expect(atLastFile).toBeDefined();
    const kept = (atLastFile ?? 0) - before;
    // Texts: 34 MiB in all, of which at most 3.2 MiB still read ahead.
    expect(kept).toBeLessThan(12 * 2 ** 20);
  });
});
