import { describe, expect, it } from 'vitest';
import { broaderLinks } from '../../../src/career/broader.js';
import { maxCatalogueLinks } from '../../../src/career/landscape-limits.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';

describe('the catalogue against the bound the guard rails price its links at', () => {
  it('gives no technology more than maxCatalogueLinks broader or narrower ones', async () => {
    const catalogue = (await loadCatalogue()).technologies;
    const links = broaderLinks(catalogue);
    const most = Math.max(
      ...catalogue.entries.map((entry) =>
        Math.max(links.broader(entry.id).length, links.narrower(entry.id).length),
      ),
    );
    // Amazon Web Services lists the most narrower technologies; the bound must hold them all.
    expect(links.narrower('aws').length).toBeGreaterThan(50);
    expect(most).toBeLessThanOrEqual(maxCatalogueLinks);
  });
});
