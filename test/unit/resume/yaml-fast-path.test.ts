import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { projectRoot } from '../../../src/config.js';
import { generateResumes } from '../../../src/generate/generate-resumes.js';
import { readYamlFast } from '../../../src/resume/parse-resume-file.js';

/** What the loader read before the fast path: the `yaml` package's document, or that it refuses the text. */
function readSlowly(text: string): { data: unknown } | 'refused' {
  try {
    const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
    if (document.errors.length > 0) return 'refused';
    return { data: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return 'refused';
  }
}

/** The fast path either declines (undefined) or gives exactly the slow path's value. */
function expectSameAsSlow(text: string, name: string): boolean {
  const fast = readYamlFast(text);
  if (fast === undefined) return false;
  const slow = readSlowly(text);
  expect(slow, `${name}: read fast although the yaml package refuses it`).not.toBe('refused');
  // Node's deep equality (prototypes, own keys, -0, NaN): vitest's would compare own `constructor` keys as types.
  const same = isDeepStrictEqual(fast, (slow as { data: unknown }).data);
  expect(same, `${name}: ${JSON.stringify(fast)} read fast, ${JSON.stringify(slow)} slowly`).toBe(true);
  return true;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
    ),
  );
  return nested.flat();
}

describe('readYamlFast', () => {
  it('reads every fixture and seed file (YAML, and JSON read as YAML) as the yaml package does, or declines', async () => {
    const files = [
      ...(await filesUnder(join(projectRoot, 'test/fixtures'))),
      ...(await filesUnder(join(projectRoot, 'seed'))),
    ].filter((file) => /\.(ya?ml|json)$/.test(file));
    expect(files.length).toBeGreaterThan(200);
    let fast = 0;
    for (const file of files) {
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      if (expectSameAsSlow(text, relative(projectRoot, file))) fast++;
    }
    // Most of them take the fast path, so the comparison above is not vacuous.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it('reads generated résumés as the yaml package does, all of them the fast way', async () => {
    const catalogue = await loadCatalogue();
    for (const documentDetails of [false, true]) {
      const resumes = generateResumes({ people: 300, seed: 7, catalogue, documentDetails });
      for (const resume of resumes) {
        const text = stringify(resume.document, { lineWidth: 0 });
        const read = expectSameAsSlow(text, resume.fileName);
        // They use no tag, anchor, alias, directive or tab.
        expect(read, resume.fileName).toBe(true);
      }
    }
  });

  it.each([
    ['a null key', 'null: a\n'],
    ['a flow sequence as a key', '[a, b]: c\n'],
    ['a number as a key', '1: a\n'],
    ['a boolean as a key', 'true: a\n'],
    ['a number past the largest double', 'k: 1e400\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['a custom tag', 'a: !x 1\n'],
    ['a core tag', 'a: !!str 1\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['an anchor and alias in a flow mapping', '{a: &x 1, b: *x}\n'],
    ['an anchor after a JSON-like key', '{"a":&x 1}\n'],
    ['an alias in a sequence', '- &x a\n-  *x\n'],
    ['a non-specific tag', 'a: ! 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', '--- a\n--- b\n'],
    ['an empty text', ''],
    ['only a comment', '# c\n'],
    ['a tab as indentation', 'a:\n\t- b\n'],
    ['a mapping nested too deep', `${'['.repeat(200)}${']'.repeat(200)}\n`],
    ['a reserved character', 'a: @b\n'],
  ])('declines %s (the yaml package reads or refuses it)', (_name, text) => {
    expect(readYamlFast(text)).toBeUndefined();
  });

  it.each([
    ['YAML 1.2 booleans and nulls', 'a: yes\nb: no\non: off\nc: true\nd: FALSE\ne: ~\nf: Null\ng:\n'],
    ['dates and months as text', 'a: 2020-01-01\nb: 2023-10\nc: 2020-01-01T10:00:00Z\nd: 12:30\n'],
    [
      'integers',
      'a: 012\nb: 0o17\nc: 0x1F\nd: +12\ne: -0\nf: 1_000\ng: 0777\nh: 0b101\ni: 9007199254740993\n',
    ],
    ['floats', 'a: 1.0\nb: 1e3\nc: .5\nd: .inf\ne: -.Inf\nf: .NaN\ng: 0.1e-3\n'],
    [
      'quoted and block scalars',
      'a: "x\\u0041\\ud83d\\ude00"\nb: \'it\'\'s\'\nc: |\n  l1\n  l2\nd: >-\n  f1\n  f2\ne: "x\n  y"\n',
    ],
    ['a __proto__ key', '__proto__: {x: 1}\nconstructor: 2\n'],
    ['flow collections', 'a: [1, "b", {c: d}]\nb: {}\nc: []\n'],
    [
      'ampersands, asterisks and exclamation marks in text',
      'a: R & D\nb: AT&T\nc: 5* rating\nd: Play!\ne: 100%\n',
    ],
  ])('reads %s as the yaml package does', (name, text) => {
    expect(expectSameAsSlow(text, name)).toBe(true);
  });
});
