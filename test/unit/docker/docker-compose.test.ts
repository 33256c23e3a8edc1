import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../../src/config.js';

// No Docker engine runs here, so the compose file's shape is what can be checked.
const compose = parse(readFileSync(join(projectRoot, 'docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a healthcheck and a volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain(
      'cypher-shell -u neo4j -p "$$NEO4J_PASSWORD" \'RETURN 1\'',
    );
    expect(neo4j.volumes).toEqual(['neo4j-data:/data']);
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data']);
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
  });

  it('starts the API from the Dockerfile once Neo4j is healthy', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.env_file).toBe('.env');
    expect(api.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      PORT: '4000',
    });
    expect(api.environment.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD\}$/);
    expect(api.environment.CAREER_GRAPH_TOKEN).toMatch(/^\$\{CAREER_GRAPH_TOKEN:\?/);
    expect(api.ports).toEqual(['127.0.0.1:4000:4000']);
  });

  it('reads secrets from .env, which is ignored, with .env.example committed', () => {
    const gitignore = readFileSync(join(projectRoot, '.gitignore'), 'utf8').split('\n');
    expect(gitignore).toContain('.env');
    const example = readFileSync(join(projectRoot, '.env.example'), 'utf8');
    expect(example).toMatch(/^NEO4J_PASSWORD=$/m);
    expect(example).toMatch(/^CAREER_GRAPH_TOKEN=$/m);
  });

  it('builds the API image with npm ci and the front end', () => {
    const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('RUN npm ci');
    expect(dockerfile).toContain('RUN npm run build:web');
    expect(dockerfile).toContain('CMD ["npm", "start"]');
  });
});
