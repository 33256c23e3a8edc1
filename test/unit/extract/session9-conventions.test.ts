import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

/** Conventions of résumés in the wild, each on constructed input whose answer is known. */
describe('a list that names a known technology names technologies', () => {
  const resume = (bullets: string[]) =>
    [
      'Mira Castell',
      '',
      'EXPERIENCE',
      '',
      'Platform Engineer, Harbourline Logistics',
      'March 2019 - Present',
      ...bullets.map((bullet) => `- ${bullet}`),
    ].join('\n');
  const technologiesOf = async (bullets: string[]) =>
    (await extractText(resume(bullets))).resume.work?.[0]?.positions?.[0]?.technologies ?? [];

  it('takes the other items, written as products are, as the position’s technologies', async () => {
    const found = await technologiesOf([
      'Queue consumers with RabbitMQ and Brightwell Bus.',
      'Tracing with Zephyrscope, Quillmark and Prometheus.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining(['RabbitMQ', 'Brightwell Bus', 'Zephyrscope', 'Quillmark', 'Prometheus']),
    );
  });

  it('leaves items made of common words, lists with no known technology, and employers', async () => {
    const found = await technologiesOf([
      'Weekly reviews with Product and Design.',
      'Shipped Kafka and Ops tooling.',
      'Worked with Zephyrscope and Quillmark.',
      'Integrations between Kafka and Microsoft.',
    ]);
    expect(found).toContain('Kafka');
    for (const name of ['Product', 'Design', 'Ops', 'Zephyrscope', 'Quillmark', 'Microsoft']) {
      expect(found).not.toContain(name);
    }
  });
});
