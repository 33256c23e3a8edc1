import { describe, expect, it } from 'vitest';
import { DEFAULT_SETS, parseEvalArguments } from '../../../src/eval/cli.js';
import { DEV_TEXT_DIR, devTextSet } from '../../../src/eval/datasets.js';
import { describeHandWrittenSet } from './hand-written-set.js';

describeHandWrittenSet({
  title: 'the plain-text and Markdown development documents (dev-text)',
  dir: DEV_TEXT_DIR,
  minimum: { all: 16, '.txt': 8, '.md': 6, '.pdf': 0, '.docx': 0 },
  formats: ['text', 'markdown'],
  load: () => devTextSet(),
});

describe('eval:extract and dev-text', () => {
  it('scores the set when --sets names it, outside the default run', () => {
    expect(DEFAULT_SETS).not.toContain('dev-text');
    expect(parseEvalArguments(['--sets', 'dev-text']).sets).toEqual(['dev-text']);
  });
});
