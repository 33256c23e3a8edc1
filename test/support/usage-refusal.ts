import { expect } from 'vitest';
import { UsageError } from '../../src/cli/cli-arguments.js';

/** The message of the UsageError `parse` throws; fails the test when it throws none or another error. */
export function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected the arguments to be refused');
}
