import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { normaliseResume } from '../../../src/resume/normalise-resume.js';
import { parseResumeText } from '../../../src/resume/parse-resume-file.js';
import { validateResume } from '../../../src/resume/validate-resume.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const plan = (text: string) =>
  planResumeGraph(normaliseResume(validateResume(parseResumeText('p.yaml', text)), 'p.yaml'), catalogue);

describe('planResumeGraph', () => {
  it('labels the person with the headline and the current employer’s canonical name', () => {
    const result = plan(`
id: p
basics: { label: Engineer }
work:
  - { name: Baidu Inc., position: Dev, startDate: 2016, endDate: 2018 }
  - { name: Uber ATG, position: Lead, current: true }
  - { name: Stripe, position: Staff, startDate: 2020, endDate: 2024 }
`);
    expect(result.nodes.Person[0]?.props.label).toBe('Engineer @ Uber ATG');
  });

  it('without a current position takes the latest end, and without a headline the latest title', () => {
    const result = plan(`
id: p
work:
  - { name: Baidu Inc., position: Dev, startDate: 2016, endDate: 2018 }
  - { name: Stripe, position: Staff, startDate: 2020, endDate: 2024-03 }
  - { name: Zenreach, position: Undated }
`);
    expect(result.nodes.Person[0]?.props).toMatchObject({ label: 'Staff @ Stripe', headline: 'Staff' });
  });

  it('adds catalogue parents with PART_OF, and month indexes as integers', () => {
    const result = plan(
      'id: p\nwork:\n  - { name: Uber ATG, position: Lead, startDate: 2019-02, endDate: 2020 }\n',
    );
    expect(result.nodes.Company.map((node) => node.id)).toEqual(['uber', 'uber-atg']);
    expect(result.edges.partOf).toEqual([{ from: 'uber-atg', to: 'uber', props: {} }]);
    expect(result.nodes.Role[0]?.props).toMatchObject({
      startMonth: BigInt(2019 * 12 + 1),
      endMonth: BigInt(2020 * 12 + 11),
      order: 0n,
      current: false,
    });
  });

  it('folds spellings onto one node and reports unknown names with a suggestion', () => {
    const result = plan(`
id: p
work:
  - name: Microsoft(China) limited
    positions:
      - { position: A, technologies: [Kubenetes, k8s, Kuberntes, Frobnicator] }
  - name: Microsoft Corporation
    position: B
skills: [{ name: Tools, keywords: [Kubernetes, kubernetes] }]
`);
    expect(result.nodes.Company.map((node) => node.id)).toEqual(['microsoft']);
    expect(result.edges.roleUsed.map((edge) => edge.to)).toEqual(['frobnicator', 'kubernetes', 'kuberntes']);
    expect(result.edges.skilledIn).toEqual([{ from: 'p', to: 'kubernetes', props: { group: 'Tools' } }]);
    expect(result.unnormalised).toEqual([
      expect.objectContaining({
        kind: 'Technology',
        name: 'Kuberntes',
        id: 'kuberntes',
        suggestion: 'Kubernetes',
      }),
      expect.not.objectContaining({ suggestion: expect.anything() }),
    ]);
    expect(result.nodes.Technology.find((node) => node.id === 'kuberntes')).toMatchObject({
      mode: 'create',
      props: { normalised: false, name: 'Kuberntes' },
    });
  });
});
