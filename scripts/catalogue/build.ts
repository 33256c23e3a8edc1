/**
 * `npm run catalogue:build`: regenerates seed/technologies.json (from seed/technologies.curated.yaml
 * and the packages, see build-technologies.ts) and seed/companies.json (from seed/companies.yaml),
 * the files the loader reads. `--check` writes nothing and fails when a committed file is not what
 * the build gives.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { validateCompanies, validateTechnologies } from '../../src/catalogue/validate-catalogue.js';
import { projectRoot } from '../../src/config.js';
import { parseResumeText } from '../../src/resume/parse-resume-file.js';
import type { ResumeIssue } from '../../src/resume/resume-issue.js';
import { formatResumeIssue } from '../../src/resume/resume-issue.js';
import {
  buildCompanyCatalogue,
  buildTechnologyCatalogue,
  COMPANIES_OUTPUT_FILE,
  OUTPUT_FILE,
} from './build-technologies.js';

const check = process.argv.includes('--check');
const technologies = await buildTechnologyCatalogue();
const companies = await buildCompanyCatalogue();
const issues: ResumeIssue[] = [
  ...validateTechnologies(parseResumeText(OUTPUT_FILE, technologies.text)).issues,
  ...validateCompanies(parseResumeText(COMPANIES_OUTPUT_FILE, companies.text)).issues,
];
if (issues.length > 0) {
  console.error(
    `The built catalogue is not valid:\n${issues.map((issue) => `  ${formatResumeIssue(issue)}`).join('\n')}`,
  );
  process.exit(1);
}
const outputs = [
  { file: OUTPUT_FILE, text: technologies.text, count: `${technologies.report.total} technologies` },
  { file: COMPANIES_OUTPUT_FILE, text: companies.text, count: `${companies.total} companies` },
];
let stale = false;
for (const output of outputs) {
  const name = relative(projectRoot, output.file);
  if (check) {
    const committed = await readFile(output.file, 'utf8').catch(() => '');
    if (committed === output.text) console.log(`${name} is up to date (${output.count}).`);
    else {
      console.error(`${name} is not what \`npm run catalogue:build\` gives: run it and commit the result.`);
      stale = true;
    }
  } else {
    await writeFile(output.file, output.text);
    console.log(`${name}: ${output.count}.`);
  }
}
if (stale) process.exit(1);
if (!check) {
  const { report } = technologies;
  console.log(`Technologies: ${report.ambiguous} with an ambiguous spelling; curated ${report.curated}`);
  for (const source of report.sources)
    console.log(`  ${source.package}: ${source.added} added of ${source.offered}`);
  console.log(
    `  left out: ${report.dropped.duplicate} already named, ${report.dropped.excluded.length} excluded by the curated list, ` +
      `${report.dropped.junk.length} single letters or common words (${report.dropped.junk.join(', ')})`,
  );
}
