import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { companyInGroupFromMember, MAX_PARENT_DEPTH } from '../../../src/graph/model.js';
import { orphanCandidates, orphanCandidatesById } from '../../../src/graph/queries/orphans.js';
import { sourceFiles } from '../../support/source-files.js';

// Issue 9: every walk over PART_OF is written in src/graph/model.ts; the orphan rule's walk to a
// company's catalogue parents is its strict form.

describe('the walk from a company up to the companies it is part of', () => {
  it('strict, starts one step up, so a company is not its own parent', () => {
    expect(companyInGroupFromMember('n:Company', 'x:Company', { strict: true })).toBe(
      `(n:Company)-[:PART_OF*1..${MAX_PARENT_DEPTH}]->(x:Company)`,
    );
    expect(companyInGroupFromMember('n:Company', 'x:Company')).toBe(
      `(n:Company)-[:PART_OF*0..${MAX_PARENT_DEPTH}]->(x:Company)`,
    );
  });

  it("is the one the orphan rule's candidates walk", () => {
    const walk = companyInGroupFromMember('n:Company', 'x:Company', { strict: true });
    for (const query of [orphanCandidates, orphanCandidatesById]) {
      expect(query.text).toContain(`MATCH ${walk}`);
      expect(query.text.match(/PART_OF/g)).toHaveLength(1);
    }
  });

  it('is written by hand in no source file outside src/graph/model.ts', () => {
    const byHand = sourceFiles('src')
      .filter((file) => file !== join('src', 'graph', 'model.ts'))
      .filter((file) => /PART_OF\}?\*/u.test(readFileSync(join(projectRoot, file), 'utf8')));
    expect(byHand).toEqual([]);
    expect(sourceFiles('src')).toContain(join('src', 'graph', 'queries', 'orphans.ts'));
  });
});
