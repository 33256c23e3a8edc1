/**
 * `npx tsx bench/parse-resumes.ts [folder]`: the cost of reading résumé files, without a database.
 * Times, over every .yaml file under the folder (bench:load's 10,000 by default, `.data/bench/10000/resumes`),
 * the `yaml` package's full document (what the loader read every file with before session 9), the
 * loader's fast path (js-yaml, declining what it could read differently) and the loader's whole
 * `parseResumeText`; prints the share of files the fast path read.
 */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { commandLine, parsePathsAndOptions, UsageError } from '../src/cli/cli-arguments.js';
import { projectRoot } from '../src/config.js';
import { parseResumeText, readYamlFast } from '../src/resume/parse-resume-file.js';

async function yamlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? yamlFiles(join(folder, entry.name))
        : entry.name.endsWith('.yaml')
          ? [join(folder, entry.name)]
          : [],
    ),
  );
  return nested.flat().sort();
}

const usage = 'Usage: npx tsx bench/parse-resumes.ts [folder of résumé YAML files]';
const line = commandLine(() => {
  const argv = process.argv.slice(2);
  if (argv.length === 0) return join(projectRoot, '.data/bench/10000/resumes');
  const { paths } = parsePathsAndOptions(argv, {}, usage);
  const [folder] = paths;
  if (paths.length > 1 || !folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(
      `"${paths.join(' ')}" is not valid: expected one folder of résumé YAML files.\n${usage}`,
    );
  }
  return folder;
});
if (line.exitCode !== undefined) process.exit(line.exitCode);
const folder = line.args;
const files = await yamlFiles(folder);
const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
const ways: Record<string, (text: string, index: number) => unknown> = {
  'yaml parseDocument + toJS': (text) => {
    const lineCounter = new LineCounter();
    return parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true }).toJS({
      maxAliasCount: 100,
    });
  },
  'fast path (js-yaml)': (text) => readYamlFast(text),
  parseResumeText: (text, index) => parseResumeText(files[index] as string, text),
};
let fast = 0;
for (const text of texts) if (readYamlFast(text) !== undefined) fast++;
console.log(`${files.length} files, ${fast} read by the fast path`);
for (let round = 1; round <= 2; round++) {
  for (const [name, read] of Object.entries(ways)) {
    const start = performance.now();
    for (const [index, text] of texts.entries()) read(text, index);
    const ms = performance.now() - start;
    console.log(
      `round ${round}: ${name}: ${ms.toFixed(0)} ms (${((ms * 1000) / texts.length).toFixed(0)} µs a file)`,
    );
  }
}
