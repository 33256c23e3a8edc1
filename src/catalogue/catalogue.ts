import type { CatalogueIndex } from './catalogue-index.js';
import type { CompanyEntry, TechnologyEntry } from './types.js';

/** The two catalogues the loader normalises names through. */
export interface Catalogue {
  technologies: CatalogueIndex<TechnologyEntry>;
  companies: CatalogueIndex<CompanyEntry>;
}
