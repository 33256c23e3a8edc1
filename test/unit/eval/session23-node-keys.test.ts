import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { FactKeys } from '../../../src/eval/score.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

// Issue 9, one name lookup: the extraction scores compare companies, technologies and schools as
// the nodes the loader makes of them, so two spellings score as one fact exactly when they load
// as one node.

/**
 * A catalogue built so that `AT&T` and `C#` reach their entries only through the last step of the
 * lookup rule (the slug as id): their keys (`att`, `c#`) are no spelling of the entries.
 */
const catalogue: Catalogue = {
  technologies: new CatalogueIndex([
    { id: 'kubernetes', name: 'Kubernetes', category: 'orchestration', aliases: ['k8s'] },
    { id: 'csharp', name: 'C Sharp', category: 'language', aliases: [] },
  ]),
  companies: new CatalogueIndex([{ id: 'at-and-t', name: 'AT and T', aliases: [] }], {
    looseKey: looseCompanyKey,
  }),
};

const text = `id: jane
basics: { label: Engineer }
work:
  - { name: "AT&T", position: Engineer, startDate: 2020-01, current: true, technologies: ["C#", k8s, Data Bricks] }
  - { name: Foo Bar Labs, position: Engineer, startDate: 2018-01, endDate: 2019-12, technologies: [Databricks] }
  - { name: FooBar Labs, position: Engineer, startDate: 2016-01, endDate: 2017-12 }
education:
  - { institution: Dalian Polytechnic University (DPU) }
  - { institution: Dalian Polytechnic University }
`;

describe('the extraction scores’ keys of named things', () => {
  const document = validateResume(parseResumeText('jane.yaml', text));
  const plan = planResumeGraph(normaliseResume(document, 'jane.yaml'), catalogue);
  const facts = new FactKeys(catalogue).facts(document);
  const ids = (keys: readonly string[]) => [...new Set(keys.map((key) => key.replace(/^\w+:/, '')))].sort();

  it('are the nodes the loader plans for the résumé, one key per node', () => {
    expect({
      companies: ids(facts.companies),
      technologies: ids(facts.technologies),
      schools: ids(facts.schools),
    }).toEqual({
      companies: plan.nodes.Company.map((node) => node.id).sort(),
      technologies: plan.nodes.Technology.map((node) => node.id).sort(),
      schools: plan.nodes.School.map((node) => node.id).sort(),
    });
  });

  it('find catalogue entries by the slug as id, and tell apart names the loader tells apart', () => {
    expect({
      companies: ids(facts.companies),
      technologies: ids(facts.technologies),
      schools: ids(facts.schools),
    }).toEqual({
      companies: ['at-and-t', 'foo-bar-labs', 'foobar-labs'],
      technologies: ['csharp', 'data-bricks', 'databricks', 'kubernetes'],
      schools: ['dalian-polytechnic-university'],
    });
    expect(facts.companies).toContain('company:at-and-t');
    expect(facts.technologies).toContain('technology:csharp');
  });
});
