import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { DEV_PLAIN_DIR, devPlainSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the plain-text development documents (dev-plain)',
  dir: DEV_PLAIN_DIR,
  minimum: { all: 18, '.txt': 18, '.md': 0, '.pdf': 0, '.docx': 0 },
  formats: ['text'],
  load: () => devPlainSet(),
});

describe('eval:extract and dev-plain', () => {
  it('scores the set when --sets names it, outside the default run', () => {
    expect(DEFAULT_SETS).not.toContain('dev-plain');
    expect(parseEvalArguments(['--sets', 'dev-plain']).sets).toEqual(['dev-plain']);
  });
});
