import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { projectRoot } from '../../../src/config.js';
import { type ExtractionResult, extractDocument } from '../../../src/extract/index.js';
import { readDocument } from '../../../src/extract/read-document.js';

let catalogue: Promise<Catalogue> | undefined;

/** The project's own catalogue (seed/), loaded once for the extractor tests. */
export function seedCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}

/** Extracts a document written in the test; the file name's extension decides its format. */
export async function extractText(text: string, fileName = 'resume.txt'): Promise<ExtractionResult> {
  return extractDocument({ fileName, content: new TextEncoder().encode(text) }, await seedCatalogue());
}

export async function extractBytes(content: Uint8Array, fileName: string): Promise<ExtractionResult> {
  return extractDocument({ fileName, content }, await seedCatalogue());
}

/** The bytes of the committed document `name` of the fixture set `set` (test/fixtures/documents/<set>/). */
export async function fixtureDocument(set: string, name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(projectRoot, 'test/fixtures/documents', set, name)));
}

/** The non-blank line texts the reader makes of a document (none when it reads as no lines). */
export async function documentLines(name: string, content: Uint8Array): Promise<string[]> {
  const read = await readDocument(name, content);
  return 'lines' in read ? read.lines.map((line) => line.text).filter((text) => text !== '') : [];
}

/** The positions of a result, flattened, with the fields the tests compare. */
export function positions(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      startDate: position.startDate,
      endDate: position.endDate,
      current: position.current,
    })),
  );
}

/**
 * A position as `positions` gives it, for a test's expected values: `end` is the end date, 'present' for a current
 * position (which has no end date), or absent when the document gives none.
 */
export function position(company: string, title: string, startDate: string | undefined, end?: string) {
  return end === 'present'
    ? { company, title, startDate, endDate: undefined, current: true }
    : { company, title, startDate, endDate: end, current: undefined };
}

/** Each position's company, title and technologies, in document order. */
export function technologiesByPosition(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => ({
      company: work.name,
      title: position.position,
      technologies: position.technologies ?? [],
    })),
  );
}

/** The three seed documents, as committed in seed/documents/ (byte-identical copies of ../shared/resumes). */
export function seedDocumentsDir(): string {
  return join(projectRoot, 'seed/documents');
}

/** The education entries of a result, with the fields the tests compare. */
export function schools(result: ExtractionResult) {
  return (result.resume.education ?? []).map((entry) => ({
    institution: entry.institution,
    studyType: entry.studyType,
    area: entry.area,
    startDate: entry.startDate,
    endDate: entry.endDate,
  }));
}

/** Each position of a result as [employer, title, start, end or 'present']. */
export function resultRoleRows(result: ExtractionResult) {
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => [
      work.name,
      position.position,
      position.startDate,
      position.endDate ?? (position.current ? 'present' : undefined),
    ]),
  );
}

/** Each position of a document written in the test as [employer, title, start, end or 'present']. */
export async function roleRows(text: string, fileName = 'resume.txt') {
  return resultRoleRows(await extractText(text, fileName));
}

/** As roleRows, with the position's team after its title: [employer, title, team, start, end or 'present']. */
export async function roleRowsWithTeam(text: string, fileName = 'resume.txt') {
  const result = await extractText(text, fileName);
  return (result.resume.work ?? []).flatMap((work) =>
    (work.positions ?? []).map((position) => [
      work.name,
      position.position,
      position.team,
      position.startDate,
      position.endDate ?? (position.current ? 'present' : undefined),
    ]),
  );
}

/** The positions (as `positions` gives them) of a document written in the test as `lines`. */
export async function positionsOf(lines: readonly string[], fileName = 'resume.txt') {
  return positions(await extractText(lines.join('\n'), fileName));
}

/** A name, an address and an "Experience" heading: the top of a résumé whose entries a test writes. */
export const EXPERIENCE_HEAD = ['Ines Okafor', 'ines.okafor@example.com', '', 'Experience', ''];

/** roleRows of a résumé made of EXPERIENCE_HEAD and `lines`. */
export async function rolesUnderHead(...lines: string[]) {
  return roleRows([...EXPERIENCE_HEAD, ...lines].join('\n'));
}

/** A résumé with one position and `lines` under "Education". */
export function educationResume(...lines: string[]): string {
  return [
    'Rina Halvorsen',
    'rina.halvorsen@example.org',
    '',
    'Experience',
    'Vantor Logistics — Software Engineer',
    '2019 – 2022',
    '- Built services in Go',
    '',
    'Education',
    ...lines,
  ].join('\n');
}

/** The education entries (as `schools` gives them) of a résumé with one position and `lines` under "Education". */
export async function educationOf(...lines: string[]) {
  return schools(await extractText(educationResume(...lines)));
}

/** An education entry as [school, degree, start, end], as the golds read a document. */
export type EducationRow = [string, string | undefined, string | undefined, string | undefined];

/**
 * A reader of education entries under `head` (a name, a contact line and one job, the top of a résumé): the entries, as
 * [school, degree, start, end], of the document made of `head` and then a test's `lines`.
 */
export function educationRowsUnder(head: readonly string[]) {
  return async (lines: readonly string[], fileName = 'resume.txt'): Promise<EducationRow[]> => {
    const result = await extractText([...head, ...lines].join('\n'), fileName);
    return (result.resume.education ?? []).map((entry) => [
      entry.institution,
      entry.studyType,
      entry.startDate === undefined ? undefined : String(entry.startDate),
      entry.endDate === undefined ? undefined : String(entry.endDate),
    ]);
  };
}

/** The skills groups of a result: each group's name and keywords. */
export function skillGroups(result: ExtractionResult) {
  return (result.resume.skills ?? []).map((group) => ({ name: group.name, keywords: group.keywords }));
}

/** The skills groups of a résumé written in the test with `lines` under "Skills" and one job after them. */
export async function skillsOf(...lines: string[]) {
  const job = [
    '',
    'Work History',
    '',
    'Platform Engineer | Quillon Freight | Jan 2020 – Present',
    '* Tooling in Rust.',
  ];
  return skillGroups(
    await extractText(['Tomasz Wren', 'tomasz.wren@example.org', '', 'Skills', ...lines, ...job].join('\n')),
  );
}
