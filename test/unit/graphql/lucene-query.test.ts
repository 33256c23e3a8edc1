import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../../src/catalogue/lookup-key.js';
import {
  escapeLucene,
  fuzzyKeyQuery,
  luceneQuery,
  maxSearchTerms,
} from '../../../src/graphql/lucene-query.js';

/**
 * Expected strings are written from Lucene's classic query syntax: the characters
 * `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /` mean something and are escaped with a backslash;
 * `term*` is a prefix, `term~N` a fuzzy term at most N edits away (N ≤ 2), `a OR b` either.
 */
const SPECIALS = [
  '+',
  '-',
  '&',
  '|',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
];

/** `query` with every escaped pair removed: what Lucene would read as syntax. */
const unescaped = (query: string) => query.replace(/\\./g, '');

describe('escapeLucene', () => {
  it('puts a backslash before each special character, and only before those', () => {
    for (const special of SPECIALS) expect(escapeLucene(`a${special}b`)).toBe(`a\\${special}b`);
    expect(escapeLucene("node.js c# k8s _x,y;z'=<>@$%")).toBe("node.js c# k8s _x,y;z'=<>@$%");
  });

  it('escapes both characters of && and ||, and a backslash itself', () => {
    expect(escapeLucene('a && b || c')).toBe('a \\&\\& b \\|\\| c');
    expect(escapeLucene('C:\\path')).toBe('C\\:\\\\path');
  });
});

describe('luceneQuery', () => {
  it('matches a short word exactly and as a prefix, without typos', () => {
    expect(luceneQuery('go')).toBe('(go OR go*)');
    expect(luceneQuery('aws')).toBe('(aws OR aws*)');
  });

  it('allows one typo from 4 characters and two from 8', () => {
    expect(luceneQuery('kube')).toBe('(kube OR kube* OR kube~1)');
    expect(luceneQuery('postgres')).toBe('(postgres OR postgres* OR postgres~2)');
  });

  it('counts characters, not UTF-16 units, for the typo rule (Lucene edits code points)', () => {
    // Two characters, four UTF-16 units.
    expect(luceneQuery('🚀🚀')).toBe('(🚀🚀 OR 🚀🚀*)');
    expect(luceneQuery('Müller')).toBe('(müller OR müller* OR müller~1)');
  });

  it('lower-cases, so AND, OR and NOT are words and not operators', () => {
    expect(luceneQuery('Rust AND NOT Go')).toBe(
      '(rust OR rust* OR rust~1) OR (and OR and*) OR (not OR not*) OR (go OR go*)',
    );
  });

  it('escapes Lucene specials in a word, so C++ and an injection attempt are plain terms', () => {
    expect(luceneQuery('C++')).toBe('(c\\+\\+ OR c\\+\\+*)');
    expect(luceneQuery("'}) DETACH DELETE n //")).toBe(
      "('\\}\\) OR '\\}\\)*) OR (detach OR detach* OR detach~1) OR (delete OR delete* OR delete~1) OR (n OR n*) OR (\\/\\/ OR \\/\\/*)",
    );
  });

  it('leaves no special character unescaped whatever the word, except its own *, ~N and parentheses', () => {
    const word = SPECIALS.join('x');
    const query = luceneQuery(word);
    expect(unescaped(query)).toBe(
      `(${'x'.repeat(SPECIALS.length - 1)} OR ${'x'.repeat(SPECIALS.length - 1)}* OR ${'x'.repeat(SPECIALS.length - 1)}~2)`,
    );
  });

  it('treats quotes as characters: a quoted phrase is two escaped words, not a phrase query', () => {
    expect(luceneQuery('"node js"')).toBe('(\\"node OR \\"node* OR \\"node~1) OR (js\\" OR js\\"*)');
  });

  it('gives no query for empty or whitespace-only text, and ignores surrounding whitespace', () => {
    expect(luceneQuery('')).toBe('');
    expect(luceneQuery(' \t\n ')).toBe('');
    expect(luceneQuery('  go \n  rust\t')).toBe('(go OR go*) OR (rust OR rust* OR rust~1)');
  });

  it(`uses at most ${maxSearchTerms} words`, () => {
    const words = Array.from({ length: maxSearchTerms + 3 }, (_, i) => `w${i}`);
    const expected = words
      .slice(0, maxSearchTerms)
      .map((word) => `(${word} OR ${word}*)`)
      .join(' OR ');
    expect(luceneQuery(words.join(' '))).toBe(expected);
  });
});

describe('fuzzyKeyQuery', () => {
  it('is one fuzzy term: 1 edit under 3 characters, else 2', () => {
    expect(fuzzyKeyQuery('go')).toBe('go~1');
    expect(fuzzyKeyQuery('aws')).toBe('aws~2');
    expect(fuzzyKeyQuery('kubernets')).toBe('kubernets~2');
  });

  it('escapes the + a key keeps, and leaves # (not Lucene syntax)', () => {
    expect(fuzzyKeyQuery('c++')).toBe('c\\+\\+~2');
    expect(fuzzyKeyQuery('c#')).toBe('c#~1');
    expect(fuzzyKeyQuery(lookupKey('Notepad++'))).toBe('notepad\\+\\+~2');
  });

  it('gives no query for an empty key, such as the key of whitespace or punctuation only', () => {
    expect(fuzzyKeyQuery('')).toBeUndefined();
    expect(fuzzyKeyQuery(lookupKey('   '))).toBeUndefined();
    expect(fuzzyKeyQuery(lookupKey('"?!'))).toBeUndefined();
  });

  it('leaves nothing unescaped for the key of any spelling made of specials and letters', () => {
    const query = fuzzyKeyQuery(lookupKey(`"${SPECIALS.join('a')}"`));
    expect(query).toBeDefined();
    expect(unescaped(query ?? '')).toBe(`${'a'.repeat(SPECIALS.length - 1)}~2`);
  });
});
