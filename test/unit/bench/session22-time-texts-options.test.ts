import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeTextsArguments } from '../../../bench/compare/time-texts.js';
import { refusal } from '../../support/usage-refusal.js';

describe('bench/compare/time-texts.ts options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'time-texts-'));
  const a = join(dir, 'a.cypher');
  const b = join(dir, 'b.cypher');
  writeFileSync(a, 'MATCH (p:Person {id: $id}) RETURN p.id AS id');
  writeFileSync(b, 'MATCH (p:Person) WHERE p.id = $id RETURN p.id AS id');

  it('reads the texts from their files, with the defaults for the rest', () => {
    const args = parseTimeTextsArguments(['--texts', `${a},${b}`, '--rounds', '2']);
    expect(args).toMatchObject({ people: 10000, sample: 5, seed: 1, rounds: 2 });
    expect(args.texts.map(({ file, query }) => [file, query.text])).toEqual([
      [a, 'MATCH (p:Person {id: $id}) RETURN p.id AS id'],
      [b, 'MATCH (p:Person) WHERE p.id = $id RETURN p.id AS id'],
    ]);
  });

  it('names fewer than two texts, a file it cannot read, and a bad number', () => {
    expect(refusal(() => parseTimeTextsArguments(['--texts', a]))).toMatch(
      /^--texts ".*a\.cypher" is not valid: expected two or more files of Cypher text, comma-separated\.\nUsage: npx tsx bench\/compare\/time-texts\.ts/,
    );
    expect(refusal(() => parseTimeTextsArguments(['--texts', `${a},/no/such.cypher`]))).toMatch(
      /^--texts "\/no\/such\.cypher" is not valid \(ENOENT\): expected a file of Cypher text\.\n/,
    );
    expect(refusal(() => parseTimeTextsArguments(['--texts', `${a},${b}`, '--rounds', '0']))).toMatch(
      /^--rounds "0" is not valid: expected an integer from 1 to 1000\.\n/,
    );
    expect(refusal(() => parseTimeTextsArguments(['--texts', `${a},${b}`, '--sample', '0']))).toMatch(
      /^--sample "0" is not valid/,
    );
  });
});
