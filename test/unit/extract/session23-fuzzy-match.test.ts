import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

// Issue 10: the result lists warnings, among them "a name matched with a typo". A misspelt technology is kept as
// written (the loader makes it a technology of its own, `normalised: false`), and the warning names the catalogue
// entry it probably means: once per name and line, whichever part of the document writes it.

const SKILLS_LIST = [
  'Jane Roe', //                                             line 1
  'jane.roe@example.com', //                                 line 2
  '', //                                                     line 3
  'Experience', //                                           line 4
  'Senior Engineer, Acme Corp, Jan 2019 - Mar 2022', //      line 5
  'Built services on Kubernetes and PostgreSQL.', //         line 6
  '', //                                                     line 7
  'Skills', //                                               line 8
  'Languages: Python, Go, TypeScript', //                    line 9
  'Tools: Kubernets, Terraform, Dockr', //                   line 10
].join('\n');

const IN_A_BULLET = [
  'Jane Roe',
  'jane.roe@example.com',
  '',
  'Experience',
  'Senior Engineer, Acme Corp, Jan 2019 - Mar 2022', //      line 5
  '- Ran services on Kubernets, Terraform and PostgreSQL.', // line 6
].join('\n');

describe('FUZZY_MATCH: a technology written with a typo', () => {
  it('warns once for each misspelt skills item, with its line, and keeps the item as written', async () => {
    const result = await extractText(SKILLS_LIST);
    expect(result.warnings.filter((warning) => warning.code === 'FUZZY_MATCH')).toEqual([
      {
        code: 'FUZZY_MATCH',
        message: '"Kubernets" is not in the technology catalogue; did you mean "Kubernetes"?',
        line: 10,
        endLine: 10,
      },
      {
        code: 'FUZZY_MATCH',
        message: '"Dockr" is not in the technology catalogue; did you mean "Docker"?',
        line: 10,
        endLine: 10,
      },
    ]);
    const tools = result.resume.skills?.find((group) => group.name === 'Tools');
    expect(tools?.keywords).toEqual(['Kubernets', 'Terraform', 'Dockr']);
    const line10 = 'Tools: Kubernets, Terraform, Dockr';
    const facts = result.facts.filter((fact) => fact.line === 10);
    const kubernets = facts.find((fact) => fact.value === 'Kubernets');
    const terraform = facts.find((fact) => fact.value === 'Terraform');
    expect(kubernets).toMatchObject({
      path: expect.stringMatching(/^skills\[\d+\]\.keywords\[0\]$/),
      line: 10,
      endLine: 10,
      column: line10.indexOf('Kubernets'),
      endColumn: line10.indexOf('Kubernets') + 'Kubernets'.length,
    });
    // A guess is trusted less than a name the catalogue knows.
    expect(kubernets?.confidence).toBeLessThan(terraform?.confidence ?? 0);
  });

  it('warns once for a misspelt name in a position bullet, and the position keeps it as written', async () => {
    const result = await extractText(IN_A_BULLET);
    expect(result.warnings.filter((warning) => warning.code === 'FUZZY_MATCH')).toEqual([
      {
        code: 'FUZZY_MATCH',
        message: '"Kubernets" is not in the technology catalogue; did you mean "Kubernetes"?',
        line: 6,
        endLine: 6,
      },
    ]);
    const technologies = result.resume.work?.[0]?.positions?.[0]?.technologies;
    expect(technologies).toEqual(['Kubernets', 'Terraform', 'PostgreSQL']);
    const line6 = '- Ran services on Kubernets, Terraform and PostgreSQL.';
    expect(result.facts.find((fact) => fact.value === 'Kubernets')).toMatchObject({
      path: 'work[0].positions[0].technologies[0]',
      line: 6,
      column: line6.indexOf('Kubernets'),
      endColumn: line6.indexOf('Kubernets') + 'Kubernets'.length,
    });
  });

  it('gives no FUZZY_MATCH when every name is spelt as the catalogue spells it', async () => {
    const result = await extractText(
      SKILLS_LIST.replace('Kubernets', 'Kubernetes').replace('Dockr', 'Docker'),
    );
    expect(result.warnings.filter((warning) => warning.code === 'FUZZY_MATCH')).toEqual([]);
    expect(result.resume.skills?.find((group) => group.name === 'Tools')?.keywords).toEqual([
      'Kubernetes',
      'Terraform',
      'Docker',
    ]);
  });
});
