import type { TechnologyEntry } from '../../../src/catalogue/types.js';

/** A technology entry for a catalogue a test builds, a tool unless `extra` says otherwise. */
export const technologyEntry = (
  id: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<TechnologyEntry> = {},
): TechnologyEntry => ({ id, name, category: 'tool', aliases, ...extra });
