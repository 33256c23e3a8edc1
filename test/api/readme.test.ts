import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { limits } from '../../src/graphql/arguments.js';
import { armorLimits } from '../../src/server/create-app.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Each ```graphql block of the README that is followed by a ```json block: the operation and its answer. */
function readmeExamples(): { name: string; query: string; answer: unknown }[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const pairs = readme.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g);
  return [...pairs].map(([, query = '', answer = '']) => ({
    name: /^(?:query|mutation) (\w+)/m.exec(query)?.[1] ?? query.slice(0, 40),
    query,
    answer: JSON.parse(answer),
  }));
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('README', () => {
  const examples = readmeExamples();

  it('shows the sample query and every example with its answer, in order', () => {
    expect(examples.map((example) => example.name)).toEqual([
      'SharedBySeedEngineers',
      'KubernetesByAlias',
      'JavaByVersion',
      'MicrosoftRoles',
      'KafkaJavaHadoop',
      'TechnologyLandscape',
      'GapAnalysis',
      'CareerMovesAtUberAtg',
      'CareerPathOf001',
      'CareerByYear',
      'KafkaAdoption',
      'TechnologyTimeOf001',
      'EarlyTechnologies',
      'RecentKafkaUsers',
      'KafkaAndKubernetesExperts',
      'TeamOfTwo',
      'AzureExpertsRolledUp',
      'TypedClojureBroaderNarrower',
    ]);
  });

  it.each(examples)('$name answers exactly what the README says', async ({ query, answer }) => {
    const response = await graphql(server.url, query);
    expect(response.body).toEqual(answer);
  });

  it('states the guard rails the server enforces', () => {
    const prose = readFileSync(join(projectRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const n = (value: number) => value.toLocaleString('en-US');
    expect(prose).toContain(
      `depth ${armorLimits.maxDepth.n}, ${armorLimits.maxAliases.n} aliases, ${n(armorLimits.maxTokens.n)} tokens ` +
        `and a cost of ${n(armorLimits.costLimit.maxCost)} per operation`,
    );
    expect(prose).toContain(
      `\`first\` at most ${limits.first.max}, \`maxHops\` at most ${limits.maxHops.max}, ` +
        `\`limit\` at most ${n(limits.graphLimit.max)}`,
    );
  });

  it('lists every environment variable the code reads in its configuration table', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const sources = [
      'src/config.ts',
      'neo4j/runner-options.ts',
      'test/setup/global-setup.ts',
      'src/main.ts',
      'test/reliability/run.ts',
      'test/reliability/goals.ts',
    ];
    const used = new Set<string>();
    for (const file of sources) {
      for (const [, name] of readFileSync(join(projectRoot, file), 'utf8').matchAll(
        /env(?:\.|, ')([A-Z][A-Z0-9_]+)/g,
      )) {
        if (name) used.add(name);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(readme, name).toContain(`\`${name}\``);
  });
});
