/**
 * Session 28 (xspeed28): a document far outside a résumé's shape (200,000 characters without a line break) is read
 * to the same kind of result a short one gives, in time linear in its length.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

describe('a document of one very long line', () => {
  it('reads 200,000 characters without a line break as one unplaced line and no experience', async () => {
    const result = await extractText('word '.repeat(40_000));
    expect(result.lines).toHaveLength(1);
    expect(result.warnings.map((warning) => warning.code).sort()).toEqual(['NO_EXPERIENCE', 'UNPLACED_TEXT']);
    expect(Object.keys(result.resume).sort()).toEqual(['id', 'source']);
  });
});
