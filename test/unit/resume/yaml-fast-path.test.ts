import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { projectRoot } from '../../../src/config.js';
import { generateResumes } from '../../../src/generate/generate-resumes.js';
import { writeGeneratedYaml } from '../../../src/generate/write-generated-resumes.js';
import { parseResumeText, readYamlFast } from '../../../src/resume/parse-resume-file.js';

/*
 * The loader reads YAML with js-yaml when that gives what the `yaml` library gives
 * (src/resume/parse-resume-file.ts readYamlFast). The reference here is `yaml` itself, as the
 * loader used it before: whenever the fast reader answers, its data must equal the reference's,
 * value for value (-0, numbers, nulls, key order); when it declines, the loader reads with `yaml`.
 */
function reference(text: string): { data: unknown } | { refused: true } {
  const document = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  if (document.errors.length > 0) return { refused: true };
  try {
    return { data: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { refused: true };
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/i.test(name) ? [path] : [];
  });
}

function expectSameAsReference(text: string): 'fast' | 'declined' {
  const fast = readYamlFast(text);
  if (!fast) return 'declined';
  expect(reference(text)).toEqual({ data: fast.data });
  expect(Object.keys(fast.data ?? {})).toEqual(Object.keys((reference(text) as { data: object }).data ?? {}));
  return 'fast';
}

describe('readYamlFast', () => {
  it("gives the yaml library's data for every YAML file of the repository (fixtures, seed, examples)", () => {
    const files = ['test/fixtures', 'seed', 'examples'].flatMap((dir) => yamlFiles(join(projectRoot, dir)));
    expect(files.length).toBeGreaterThan(100);
    const outcomes = files.map((file) =>
      expectSameAsReference(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')),
    );
    // The point is speed: ordinary résumés take the fast path.
    expect(outcomes.filter((outcome) => outcome === 'fast').length).toBeGreaterThan(files.length * 0.8);
  });

  it("gives the yaml library's data for 300 generated résumés, as `npm run generate` writes them", async () => {
    const catalogue = await loadCatalogue();
    const resumes = generateResumes({ people: 300, seed: 7, catalogue, documentDetails: true });
    for (const resume of resumes) expect(expectSameAsReference(writeGeneratedYaml(resume))).toBe('fast');
  });

  it('declines what js-yaml reads otherwise, so the yaml library reads it', () => {
    const otherwise = [
      '%YAML 1.1\n---\nremote: yes\n', // the directive changes the schema: yes is true
      '~: x\n', // a null key: "" to yaml, "null" to js-yaml
      'null: x\n',
      'a: {NULL: 1}\n',
      ': x\n',
      'a:\n  - : x\n',
      '"null": x\n', // the same to both, but which it is, only yaml can tell
      `${'k'.repeat(1100)}: 1\n`, // a key over 1,024 characters: refused by yaml
      'years: 1e400\n', // Infinity to yaml, a string to js-yaml
      'a: [1, -2.5E+308]\n',
      '1e400: x\n', // an overflowing key
      `a: 1${'0'.repeat(400)}\n`, // an overflowing number with no exponent
      'a: |\n  x\r  y\n', // a lone carriage return: text to yaml, a line break to js-yaml
      'a: 1\r',
      'a: 1\rb: 2\n',
      'a: &anchor 1\nb: *anchor\n', // aliases
      'a: !custom x\n', // a tag js-yaml does not know
      'a: !!float 1\n', // a tag both know: 1 to js-yaml, "1" to yaml
      'a: [!!str 1]\n',
      'a: 1\na: 2\n', // a duplicate key: yaml's message names it
      '',
      '# nothing but a comment\n',
    ];
    for (const text of otherwise) expect(readYamlFast(text), JSON.stringify(text)).toBeUndefined();
  });

  it("gives the yaml library's data on the scalar shapes of the YAML 1.2 core schema", () => {
    const scalars = [
      '~',
      'null',
      'Null',
      'true',
      'True',
      'FALSE',
      'yes',
      'no',
      'on',
      'off',
      '0o17',
      '017',
      '0x1F',
      '0b101',
      '1_000',
      '+12',
      '-0',
      '09',
      '1.5',
      '.5',
      '5.',
      '1e3',
      '1E+3',
      '-.inf',
      '.NaN',
      'NaN',
      '2020-01-15',
      '2020-01',
      '12:30',
      '0x1p3',
      '12345678901234567890',
      '"\\u00e9\\t"',
      "'it''s'",
      '"\\uD83D\\uDE00"',
      'a # c',
    ];
    for (const scalar of scalars) expect(expectSameAsReference(`k: ${scalar}\n`), scalar).toBe('fast');
  });

  it('reads "!", "&" and "*" inside text fast: only a node can start with a tag, anchor or alias', () => {
    expect(expectSameAsReference('a: Play!\nb: R & D\nc: AT&T\nd: 5* rating\ne: 100%\n')).toBe('fast');
  });

  it('leaves the errors, with their positions, to the yaml library', () => {
    expect(() => parseResumeText('dup.yaml', 'id: a\nid: b\n')).toThrow(/line 2/);
  });
});
