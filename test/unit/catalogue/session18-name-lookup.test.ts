import { describe, expect, it } from 'vitest';
import { looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { exactKeysOf, lookupNeedles, storedLookupKeys } from '../../../src/catalogue/name-lookup.js';

/*
 * The stored form of a node's spellings (`lookupKeys`) and what the API searches in it, on
 * constructed names; the expected texts are worked out from the contract in name-lookup.ts
 * (keys: lower case, accents and everything but letters, digits, + and # dropped; loose company
 * keys: trailing legal forms dropped, marked `~`), not read from the functions' output.
 */

describe('storedLookupKeys', () => {
  it('keeps each exact key once, between spaces (` nodejs node ` for Node.js, as graph-model.md says)', () => {
    expect(storedLookupKeys(['nodejs', 'Node.js', 'Node'])).toBe(' nodejs node ');
  });

  it('drops spellings with no key and keeps + and #', () => {
    expect(storedLookupKeys(['--', 'C++', 'C#', 'C'])).toBe(' c++ c# c ');
  });

  it('adds loose company keys marked ~, after the exact ones, the exact key standing in where nothing is dropped', () => {
    // baidu → exact `baidu`, no legal form: loose `baidu`; `Baidu, Inc.` → exact `baiduinc`, loose `baidu`.
    expect(storedLookupKeys(['baidu', 'Baidu, Inc.'], looseCompanyKey)).toBe(' baidu baiduinc ~baidu ');
    // Forms stack: `Acme Holdings Co., Ltd.` drops `Ltd.` then `Co.`.
    expect(storedLookupKeys(['Acme Holdings Co., Ltd.'], looseCompanyKey)).toBe(
      ' acmeholdingscoltd ~acmeholdings ',
    );
  });

  it('has no loose key without a loose-key rule (technologies)', () => {
    expect(storedLookupKeys(['Baidu, Inc.'])).toBe(' baiduinc ');
  });

  it('gives back its exact keys through exactKeysOf, loose ones left out', () => {
    expect(exactKeysOf(storedLookupKeys(['baidu', 'Baidu, Inc.'], looseCompanyKey))).toEqual([
      'baidu',
      'baiduinc',
    ]);
  });
});

describe('lookupNeedles', () => {
  it('trims the spelling and searches its whole key, with the slug as a last resort', () => {
    expect(lookupNeedles('  Node JS  ')).toEqual({
      spelling: 'Node JS',
      exact: ' nodejs ',
      loose: null,
      slug: 'node-js',
      bare: null,
    });
  });

  it('has no exact needle for a spelling without letters or digits', () => {
    const needles = lookupNeedles('!!!');
    expect(needles.exact).toBeNull();
    expect(needles.loose).toBeNull();
  });

  it('has a loose needle for a company spelling with a legal form, none for a bare name or a form alone', () => {
    expect(lookupNeedles('Baidu Co., Ltd.', looseCompanyKey).loose).toBe(' ~baidu ');
    expect(lookupNeedles('Baidu', looseCompanyKey).loose).toBeNull();
    // At least one word stays: `Inc.` alone is a name, not a form.
    expect(lookupNeedles('Inc.', looseCompanyKey).loose).toBeNull();
  });

  it('finds whole keys only in the stored text, whatever the spelling', () => {
    const javaScript = storedLookupKeys(['javascript', 'JavaScript', 'JS']);
    const java = storedLookupKeys(['java', 'Java']);
    const found = (stored: string, spelling: string) =>
      stored.includes(lookupNeedles(spelling).exact ?? '\u0000');
    expect(found(javaScript, 'java script')).toBe(true);
    expect(found(javaScript, 'js')).toBe(true);
    expect(found(javaScript, 'Java')).toBe(false);
    expect(found(java, 'JAVA')).toBe(true);
    expect(found(java, 'JavaScript')).toBe(false);
  });

  it('matches a company written with another legal form through the loose keys', () => {
    const stored = storedLookupKeys(['baidu', 'Baidu'], looseCompanyKey);
    const needles = lookupNeedles('Baidu, Inc.', looseCompanyKey);
    expect(stored.includes(needles.exact ?? '\u0000')).toBe(false);
    expect(stored.includes(needles.loose ?? '\u0000')).toBe(true);
  });
});
