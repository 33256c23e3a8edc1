import { expect } from 'vitest';
import { graphql } from './graphql-client.js';

/** The whole body of a response whose only root field (at line 1, column 3) failed with one error. */
export function failure(field: string, message: string, code: string, argumentName?: string) {
  return {
    data: null,
    errors: [
      {
        message,
        path: [field],
        locations: [{ line: 1, column: 3 }],
        extensions: argumentName ? { code, argumentName } : { code },
      },
    ],
  };
}

/** Sends each query and asserts its whole response body. */
export async function expectAnswers(
  url: string,
  cases: readonly (readonly [string, unknown])[],
): Promise<void> {
  for (const [query, expected] of cases) {
    const response = await graphql(url, query);
    expect(response.body, query).toEqual(expected);
  }
}
