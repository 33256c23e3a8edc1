import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import {
  documentPersonId,
  documentProjectIds,
  namedNodeId,
  personId,
  personIdFromFileName,
  projectId,
  roleId,
} from '../../../src/resume/ids.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { ResumeError } from '../../../src/resume/resume-error.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

/** Jane's résumé with these top-level projects (YAML flow mappings), one per line from line 4. */
const janeWith = (projects: string[]) =>
  [
    'id: jane',
    'basics: { label: Engineer }',
    'projects:',
    ...projects.map((project) => `  - ${project}`),
  ].join('\n');

function validationIssues(text: string) {
  try {
    validateResume(parseResumeText('jane.yaml', text));
    return [];
  } catch (error) {
    if (error instanceof ResumeError) return error.issues;
    throw error;
  }
}

describe('project ids: validation and normalisation agree', () => {
  it('refuses a derived project id that another project of the file gives explicitly (it used to vanish)', () => {
    // "Kafka" without an id is Jane's own project, jane-kafka: the id "Billing" claims.
    const text = janeWith(['{ id: jane-kafka, name: Billing }', '{ name: Kafka }']);
    expect(validationIssues(text)).toEqual([
      {
        file: 'jane.yaml',
        path: 'projects[1].name',
        line: 5,
        column: '  - { '.length + 1, // the `name` key
        found: 'project id "jane-kafka" naming "Kafka", but projects[0] names "Billing" with that id',
        expected: 'one name per project id: give one of them its own `id`',
      },
    ]);
  });

  // The issue's case: validation derived "kafka" for the second project and refused the file.
  it('accepts two projects whose ids differ, and plans a node for each', () => {
    const text = janeWith(['{ id: kafka, name: Apache Kafka }', '{ name: Kafka }']);
    expect(validationIssues(text)).toEqual([]);
    const resume = normaliseResume(validateResume(parseResumeText('jane.yaml', text)), 'jane.yaml');
    expect(resume.projects.map((project) => project.id)).toEqual(['kafka', 'jane-kafka']);
    const plan = planResumeGraph(resume, catalogue);
    expect(plan.nodes.Project.map((node) => [node.id, node.props.name])).toEqual([
      ['jane-kafka', 'Kafka'],
      ['kafka', 'Apache Kafka'],
    ]);
  });

  it('accepts one project listed twice under the same name', () => {
    expect(validationIssues(janeWith(['{ name: Kafka }', '{ name: " Kafka " }']))).toEqual([]);
  });
});

describe("a document's project ids (the extractor's)", () => {
  it('gives none to a name seen first or again, and <person>-<slug>-<n> to another name of a taken slug', () => {
    const idOf = documentProjectIds('jane');
    // "CI CD", "CI/CD" and "ci cd!" share the slug ci-cd; "Billing" has its own.
    expect(['CI CD', 'Billing', 'CI/CD', 'CI CD', 'ci cd!'].map(idOf)).toEqual([
      undefined,
      undefined,
      'jane-ci-cd-2',
      undefined,
      'jane-ci-cd-3',
    ]);
  });

  it('never gives an id that another name derives: "CI CD 2" is ci-cd-2 before or after "CI/CD"', () => {
    const first = documentProjectIds('jane');
    expect(['CI CD 2', 'CI CD', 'CI/CD'].map(first)).toEqual([undefined, undefined, 'jane-ci-cd-3']);
    const after = documentProjectIds('jane');
    expect(['CI CD', 'CI/CD', 'CI CD 2'].map(after)).toEqual([undefined, 'jane-ci-cd-2', 'jane-ci-cd-2-2']);
  });

  it('keeps two names of one slug two projects through validation and normalisation', () => {
    const text = janeWith(['{ name: CI CD }', '{ id: jane-ci-cd-2, name: CI/CD }']);
    expect(validationIssues(text)).toEqual([]);
    const resume = normaliseResume(validateResume(parseResumeText('jane.yaml', text)), 'jane.yaml');
    expect(resume.projects.map((project) => [project.id, project.name])).toEqual([
      ['jane-ci-cd', 'CI CD'],
      ['jane-ci-cd-2', 'CI/CD'],
    ]);
  });
});

describe('the id rules', () => {
  it('person: the file’s id, else the hex part of the file name, else the file name slugged', () => {
    expect(personId({ id: 'given' }, '000_b0bdae752341232c.yaml')).toBe('given');
    expect(personId({}, '/x/000_b0bdae752341232c.txt')).toBe('b0bdae752341232c');
    expect(personIdFromFileName('gen-000001-F0B043446C0A33B8.yaml')).toBe('f0b043446c0a33b8');
    expect(personIdFromFileName('Jane Doe CV.json')).toBe('jane-doe-cv');
  });

  it('role: the given id, else <person>-w<i>-p<j>', () => {
    expect(roleId('jane', 2, 0)).toBe('jane-w2-p0');
    expect(roleId('jane', 2, 0, 'jane-acme-lead')).toBe('jane-acme-lead');
  });

  it('project: the given id, else <person>-<slug of the name>', () => {
    expect(projectId('jane', { name: ' Stream Platform (v2) ' })).toBe('jane-stream-platform-v2');
    expect(projectId('jane', { id: 'shared-platform', name: 'Stream Platform' })).toBe('shared-platform');
  });

  it('named nodes: the slug, or <kind>-<slug> when another kind has it', () => {
    expect(namedNodeId('Company', 'Harrowgate Labs', () => false)).toBe('harrowgate-labs');
    expect(namedNodeId('Company', 'GitHub', (id) => id === 'github')).toBe('company-github');
    expect(namedNodeId('School', 'INRIA', (id) => id === 'inria')).toBe('school-inria');
    // One school, written with and without its bracketed acronym or short name.
    const never = () => false;
    expect(namedNodeId('School', 'Riverside Institute of Technology (RIT)', never)).toBe(
      'riverside-institute-of-technology',
    );
    expect(namedNodeId('School', 'Riverside Institute of Technology', never)).toBe(
      'riverside-institute-of-technology',
    );
    expect(namedNodeId('School', 'Université de Lorient (UdL), Faculté des Sciences', never)).toBe(
      'universite-de-lorient-faculte-des-sciences',
    );
    expect(namedNodeId('School', 'Northgate Polytechnic Institute (NorthPI)', never)).toBe(
      'northgate-polytechnic-institute',
    );
    expect(namedNodeId('School', 'Escola Técnica Sul (ET Sul)', never)).toBe('escola-tecnica-sul');
    expect(namedNodeId('School', 'Danmarks Riverside Universitet (RDU)', never)).toBe(
      'danmarks-riverside-universitet',
    );
    // Brackets that may tell schools apart stay, and companies keep theirs.
    expect(namedNodeId('School', 'Harbour College (Online)', never)).toBe('harbour-college-online');
    expect(namedNodeId('School', 'Harbour College (evening classes)', never)).toBe(
      'harbour-college-evening-classes',
    );
    // A campus's acronym after the name's initials, and a bracket of words, tell schools apart; an acronym of a unit's
    // words is the school's (session 30: one rule); a name that is only a bracket stays.
    expect(namedNodeId('School', 'Westland University (WUNY)', never)).toBe('westland-university-wuny');
    expect(namedNodeId('School', 'Westland University (WUSF)', never)).toBe('westland-university-wusf');
    expect(namedNodeId('School', 'Harbour College (New Bay)', never)).toBe('harbour-college-new-bay');
    expect(namedNodeId('School', 'Instituto Nacional (ESCOM)', never)).toBe('instituto-nacional');
    expect(namedNodeId('School', '(RIT)', never)).toBe('rit');
    expect(namedNodeId('Company', 'Riverside Systems (RS)', never)).toBe('riverside-systems-rs');
  });

  it('documents: the e-mail (hashed, case and spaces ignored), else the name, else the file name', () => {
    const hashed = createHash('sha256').update('jane.doe@example.com').digest('hex').slice(0, 16);
    expect(documentPersonId({ email: ' Jane.Doe@Example.com ', name: 'Jane Doe', fileName: 'cv.pdf' })).toBe(
      hashed,
    );
    expect(hashed).toMatch(/^[0-9a-f]{16}$/);
    expect(documentPersonId({ email: '', name: 'Jane  Doe', fileName: 'cv.pdf' })).toBe('jane-doe');
    expect(documentPersonId({ name: ' — ', fileName: '000_b0bdae752341232c.txt' })).toBe('b0bdae752341232c');
    expect(documentPersonId({ fileName: 'Résumé Jane.docx' })).toBe('resume-jane');
  });
});
