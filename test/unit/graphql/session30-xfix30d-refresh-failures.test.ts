import { describe, expect, it } from 'vitest';
import { DatabaseTimeoutError } from '../../../src/db/errors.js';
import { noteRefreshFailure, similarListRefreshFailures } from '../../../src/graphql/similar-lists.js';

describe('noteRefreshFailure: a failed refresh of a kept list is counted by error class, logged once per class', () => {
  it('counts every failure and logs only the first of each class', () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    class WriteRefused extends Error {
      override readonly name = 'WriteRefused';
    }
    noteRefreshFailure('p-1', new WriteRefused('read-only member'), log);
    noteRefreshFailure('p-2', new WriteRefused('read-only member'), log);
    noteRefreshFailure('p-3', new WriteRefused('read-only member'), log);
    noteRefreshFailure('p-4', 'a thrown string', log);
    expect(similarListRefreshFailures().get('WriteRefused')).toBe(3);
    expect(similarListRefreshFailures().get('string')).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"p-1"');
    expect(lines[0]).toContain('WriteRefused: read-only member');
    expect(lines[1]).toContain('"p-4"');
  });

  it("uses the error's name, so each database error class has a count of its own", () => {
    const lines: string[] = [];
    const timeout = () => new DatabaseTimeoutError('similarLists.write', 10_000);
    noteRefreshFailure('p-5', timeout(), (line) => lines.push(line));
    noteRefreshFailure('p-6', timeout(), (line) => lines.push(line));
    expect(similarListRefreshFailures().get('DatabaseTimeoutError')).toBe(2);
    expect(lines).toEqual([expect.stringContaining('DatabaseTimeoutError')]);
  });
});
