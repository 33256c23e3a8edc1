import { describe, expect, it } from 'vitest';
import { lookupKey, looseCompanyKey } from '../../../src/catalogue/lookup-key.js';
import { lookupNeedles } from '../../../src/catalogue/name-lookup.js';
import { versionless } from '../../../src/catalogue/versions.js';

/*
 * Step 4 of the name lookup as the API searches it: the needles of the spelling without its
 * trailing version (src/catalogue/versions.ts), beside those of the whole spelling, which the query
 * ranks first. Expected needles are written out from the contract (keys between spaces, slug as id).
 */
describe('lookupNeedles with the versionless rule (technologies)', () => {
  it('adds the needles of the spelling without its version', () => {
    expect(lookupNeedles(' Java 17 ', undefined, versionless)).toEqual({
      spelling: 'Java 17',
      exact: ' java17 ',
      loose: null,
      slug: 'java-17',
      bare: { spelling: 'Java', exact: ' java ', loose: null, slug: 'java' },
    });
    expect(lookupNeedles('Python 3.11', undefined, versionless).bare?.exact).toBe(' python ');
    expect(lookupNeedles('.NET 8', undefined, versionless).bare?.exact).toBe(' net ');
    expect(lookupNeedles('Vue v3', undefined, versionless).bare?.slug).toBe('vue');
  });

  it('has no versionless needles when no version trails, a number is glued on, or only a version is written', () => {
    expect(lookupNeedles('Kubernetes', undefined, versionless).bare).toBeNull();
    expect(lookupNeedles('Web3', undefined, versionless).bare).toBeNull();
    expect(lookupNeedles('17', undefined, versionless).bare).toBeNull();
  });

  it('keeps the whole spelling searched first: SOC 2 has both needles, the whole one its own key', () => {
    const needles = lookupNeedles('SOC 2', undefined, versionless);
    expect(needles.exact).toBe(` ${lookupKey('SOC2')} `);
    expect(needles.bare?.exact).toBe(' soc ');
  });

  it('takes a spelling longer than the parted limit whole, as CatalogueIndex.resolve does', () => {
    const long = `${'x'.repeat(300)} 17`;
    expect(lookupNeedles(long, undefined, versionless).bare).toBeNull();
  });

  it('has no versionless needles without the rule (companies)', () => {
    expect(lookupNeedles('Acme 2', looseCompanyKey).bare).toBeNull();
  });
});
