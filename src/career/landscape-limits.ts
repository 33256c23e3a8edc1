/** Most technologies one landscape shows: enough to draw, bounded for Louvain and the co-use read. */
export const maxLandscapeNodes = 500;
/** `minPeople` beyond any realistic graph is still accepted; this only keeps it an integer bound. */
export const maxLandscapeMinPeople = 1_000_000;
/**
 * Most broader or narrower technologies the catalogue gives one technology (src/career/broader.ts):
 * the guard rails price `Technology.broader` and `narrower` at it, and a unit test holds the
 * catalogue to it (Amazon Web Services has the most narrower ones, 90 in November 2026).
 */
export const maxCatalogueLinks = 100;
