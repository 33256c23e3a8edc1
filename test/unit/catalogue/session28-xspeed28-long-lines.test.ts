/**
 * Session 28 (xspeed28): the mention matcher reads a line of many thousand words or list items with the same
 * answers a short line gives; finding list items and neighbours no longer walks the whole line per candidate.
 */
import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { seedCatalogue } from '../extract/extract-text.js';

async function ids(text: string): Promise<string[]> {
  const matcher = createMentionMatcher((await seedCatalogue()).technologies);
  return matcher.find(text).map((mention) => mention.technologyId);
}

describe('a very long line', () => {
  it('finds every item of a list of 10,000 technologies, a practice among them listed beside a thing', async () => {
    const found = await ids('Serverless, Kafka, '.repeat(5_000));
    expect(found).toHaveLength(10_000);
    expect(found.slice(0, 4)).toEqual(['serverless', 'kafka', 'serverless', 'kafka']);
    expect(new Set(found)).toEqual(new Set(['serverless', 'kafka']));
  });

  it('reads 20,000 ordinary words as no technology, and a list at their end as on a short line', async () => {
    expect(await ids('word '.repeat(20_000))).toEqual([]);
    expect(await ids(`${'word '.repeat(20_000)}Serverless and Kafka`)).toEqual(['serverless', 'kafka']);
  });

  it('still needs a practice to stand as an item of its own across a comma', async () => {
    const filler = 'met the team, '.repeat(3_000);
    expect(await ids(`${filler}HAProxy for load balancing, Kafka`)).toEqual(['haproxy', 'kafka']);
    // A practice alone in a short item beside an item naming a thing counts ("RESTful budget API, RDS").
    expect(await ids(`${filler}RESTful budget API, RDS, Flink`)).toEqual(['rest', 'rds', 'flink']);
  });

  it('tries an unknown item beside a technology only against its nearest neighbours, on a list of 8,000 of each', async () => {
    // "Foobarz" names nothing in the catalogue: each one is looked at beside a Python and left out.
    const found = await ids('Python, Foobarz, '.repeat(8_000));
    expect(found).toHaveLength(8_000);
    expect(new Set(found)).toEqual(new Set(['python']));
    // A misspelt item right beside a technology is still read as the name it misspells; one item further is not.
    const tail = await ids(`${'Python, Foobarz, '.repeat(8_000)}Docker, Terrafrom, Foobarz, Kubernets`);
    expect(tail.slice(-3)).toEqual(['python', 'docker', 'terraform']);
  });
});
