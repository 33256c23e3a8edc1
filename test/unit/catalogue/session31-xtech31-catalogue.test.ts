import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';

// Session 31: widely used technologies the catalogue lacked (Node's Bull queue library, a Firebase product, Apple's
// networking API, CSS Modules), each with its common spellings.

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe('the catalogue entries added in session 31', () => {
  it.each([
    ['Bull', 'bull'],
    ['Bull queue', 'bull'],
    ['BullMQ', 'bullmq'],
    ['Firebase Performance Monitoring', 'firebase-performance-monitoring'],
    ['Firebase Performance', 'firebase-performance-monitoring'],
    ['URLSession', 'urlsession'],
    ['NSURLSession', 'urlsession'],
    ['CSS Modules', 'css-modules'],
  ])('%j is %s', (spelling, id) => {
    expect(catalogue.technologies.resolve(spelling)?.id).toBe(id);
  });

  it('are found in running text, the longest name winning', () => {
    const matcher = createMentionMatcher(catalogue.technologies);
    const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
    expect(ids('Swapped the mailer from Bull to BullMQ on Redis.')).toEqual(['bull', 'bullmq', 'redis']);
    expect(ids('Traced cold starts with Firebase Performance Monitoring.')).toEqual([
      'firebase-performance-monitoring',
    ]);
    expect(ids('A download manager on URLSession background tasks.')).toEqual(['urlsession']);
    expect(ids('Scoped styles with CSS Modules instead of global class names.')).toEqual(['css-modules']);
  });

  it('leaves the word and other names that hold it', () => {
    const matcher = createMentionMatcher(catalogue.technologies);
    const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
    expect(ids('Sponsored by Red Bull for the hackathon.')).toEqual([]);
    expect(ids('Bought index funds in a bull market.')).toEqual([]);
  });
});
