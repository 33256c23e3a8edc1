import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, concatAST, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { listBounds } from '../../../src/graphql/guard-rails/list-bounds.js';
import { estimateResultSize } from '../../../src/graphql/guard-rails/result-size.js';
import { loadTypeDefs } from '../../../src/graphql/type-defs.js';
import { MAX_PUBLICATIONS } from '../../../src/resume/resume-limits.js';

// A person's publications are stored as one JSON text (graph-model.md), so the graph cannot count them; the list
// still has a bound: the most a résumé may list. Priced at the page size instead (100), a person with 200
// publications was underpriced by half.

const resumeSchema = JSON.parse(readFileSync(join(projectRoot, 'schema/resume.schema.json'), 'utf8')) as {
  properties: { publications: { maxItems: number } };
};
const mostPublications = resumeSchema.properties.publications.maxItems;

/** A measured graph of 10 people, every measured list of length 3. */
const measured = new Proxy({} as Record<string, number>, {
  get: (_, key) => (typeof key === 'string' && key.endsWith('_nodes') ? 10 : 3),
});

describe("a person's publications", () => {
  it('are bounded by the résumé format, as its schema states it', () => {
    expect(MAX_PUBLICATIONS).toBe(mostPublications);
    expect(listBounds(measured).field('Person', 'publications')).toBe(mostPublications);
    // Unmeasured or not, the format's bound holds.
    expect(listBounds(undefined).field('Person', 'publications')).toBe(mostPublications);
  });

  it('are priced at that many, each field of each once', () => {
    const schema = buildASTSchema(concatAST(loadTypeDefs()));
    const operation = parse('{ person(id: "p") { publications { name } } }').definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode;
    const { values } = estimateResultSize(schema, operation, {
      bounds: listBounds(measured),
      variables: {},
      fragments: {},
    });
    // person (1) + publications (200) + name (200).
    expect(values).toBe(1 + 2 * mostPublications);
  });
});
