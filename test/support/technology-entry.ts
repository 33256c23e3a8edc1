import type { TechnologyEntry } from '../../src/catalogue/types.js';

/** A catalogue technology for a test: named by its id in capitals, a tool, no aliases, `broader` when given. */
export const technologyEntry = (id: string, broader?: string[]): TechnologyEntry => ({
  id,
  name: id.toUpperCase(),
  category: 'tool',
  aliases: [],
  ...(broader ? { broader } : {}),
});
