import { describe, expect, it } from 'vitest';
import { skillsOf } from './extract-text.js';

/** Session 18 audit: a name made of common words ("Swift", "Go") counts inside a phrase only on evidence. */

async function keywordsOf(line: string) {
  return (await skillsOf(line)).flatMap((group) => group.keywords ?? []);
}

describe('common-word names inside a phrase', () => {
  it('takes no name that is a word of the phrase ("Swift decision making", "Go meetups")', async () => {
    expect(await keywordsOf('Go-to-market strategy, Swift decision making, Python')).not.toContain('Swift');
    expect(await keywordsOf('Public speaking at Go meetups')).not.toContain('Go');
    expect(await keywordsOf('Cooking, Chess, Swift swimmer')).not.toContain('Swift');
  });

  it('takes one joined to another name, or ending the phrase after a list-opening word', async () => {
    expect(await keywordsOf('C++ and Rust systems programming')).toEqual(
      expect.arrayContaining(['C++', 'Rust']),
    );
    expect(await keywordsOf('REST APIs in Go')).toContain('Go');
  });
});

describe('a common-word name after a list-opening word and "the"', () => {
  it('is the product the phrase works on ("Bug fixes to the Rails monolith")', async () => {
    expect(await keywordsOf('Bug fixes to the Rails monolith, code review')).toContain('Rails');
  });
});
