import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../../src/config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      neo4jUri: undefined,
      neo4jUser: 'neo4j',
      neo4jPassword: undefined,
      neo4jDatabase: undefined,
      queryTimeoutMs: 5000,
      limits: {
        requestBytes: 9_087_659,
        responseBytes: 8_388_608,
        resultValues: 500_000,
        heavyResultValues: 20_000,
        heavyConcurrency: 2,
        heavyQueue: 128,
        operationConcurrency: 8,
        operationQueue: 1024,
      },
      databaseUnresponsiveMs: 800,
      token: undefined,
      production: false,
      seedDir: `${projectRoot}/seed/resumes`,
    });
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_PASSWORD: 'pw',
      QUERY_TIMEOUT_MS: '2000',
      CAREER_GRAPH_TOKEN: 'tok',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      neo4jUri: 'bolt://db:7687',
      neo4jPassword: 'pw',
      queryTimeoutMs: 2000,
      token: 'tok',
      production: true,
    });
  });

  it('names a bad value and what was expected', () => {
    expect(() => loadConfig({ PORT: 'forty' })).toThrow(
      'PORT="forty" is not valid: expected a positive integer, for example PORT=4000.',
    );
  });
});
