/**
 * `npm run catalogue:build`: regenerates seed/technologies.yaml from the curated list and the
 * packages (see build-technologies.ts). `--check` writes nothing and fails when the committed file
 * is not what the build gives.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { validateTechnologies } from '../../src/catalogue/validate-catalogue.js';
import { projectRoot } from '../../src/config.js';
import { formatResumeIssue } from '../../src/resume/resume-issue.js';
import { parseResumeText } from '../../src/resume/parse-resume-file.js';
import { buildTechnologyCatalogue, OUTPUT_FILE } from './build-technologies.js';

const check = process.argv.includes('--check');
const { text, report } = await buildTechnologyCatalogue();
const { issues } = validateTechnologies(parseResumeText(OUTPUT_FILE, text));
if (issues.length > 0) {
  console.error(`The built catalogue is not valid:\n${issues.map((issue) => `  ${formatResumeIssue(issue)}`).join('\n')}`);
  process.exit(1);
}
const file = relative(projectRoot, OUTPUT_FILE);
if (check) {
  const committed = await readFile(OUTPUT_FILE, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${file} is not what \`npm run catalogue:build\` gives: run it and commit the result.`);
    process.exit(1);
  }
  console.log(`${file} is up to date (${report.total} technologies).`);
} else {
  await writeFile(OUTPUT_FILE, text);
  console.log(`${file}: ${report.total} technologies, ${report.ambiguous} of them with an ambiguous spelling.`);
  console.log(`  curated: ${report.curated}`);
  for (const source of report.sources) console.log(`  ${source.package}: ${source.added} added of ${source.offered}`);
  console.log(
    `  left out: ${report.dropped.duplicate} already named, ${report.dropped.excluded.length} excluded by the curated list, ` +
      `${report.dropped.junk.length} common words (${report.dropped.junk.join(', ')})`,
  );
}
