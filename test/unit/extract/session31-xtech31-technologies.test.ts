import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { seedCatalogue } from './extract-text.js';

/**
 * Session 31 (xtech31): technology matching families unseen-22 showed missed, written here with wording of its own so
 * the answer is known: a row of tags or chips with names side by side in any case, and a name the catalogue flags as
 * an ordinary word opening a sentence before a noun only software has.
 */

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

describe('a row of tags names each of them, whatever its case', () => {
  it('reads code-span tags in lower case, an ordinary word among them', async () => {
    expect(await found('go grpc postgresql')).toEqual(['go=go', 'grpc=grpc', 'postgresql=postgresql']);
    expect(await found('kotlin coroutines swift jetpack-compose')).toEqual([
      'kotlin-coroutines=kotlin coroutines',
      'swift=swift',
      'jetpack-compose=jetpack-compose',
    ]);
  });

  it('reads a row after its label, each part between middle dots or bars a row of its own', async () => {
    expect(await found('Tags: go grpc postgresql')).toEqual(['go=go', 'grpc=grpc', 'postgresql=postgresql']);
    expect(await found('Follows: swift kotlin sqlite · Ignores: go')).toEqual([
      'swift=swift',
      'kotlin=kotlin',
      'sqlite=sqlite',
    ]);
  });

  it('needs three names or more, two of them plain, and nothing else on the text', async () => {
    expect(await found('swift kotlin')).toEqual(['kotlin=kotlin']);
    expect(await found('a swift rewrite in kotlin and rust')).toEqual(['kotlin=kotlin']);
    expect(await found('swift go spring')).toEqual([]);
    expect(await found('Hobbies: swift swimming, go and chess')).toEqual([]);
  });
});

describe('a name flagged as an ordinary word opens a sentence before a noun only software has', () => {
  it('is the technology before a kind of test, a queue or a worker', async () => {
    expect(await found('Jest snapshot tests for every widget.')).toEqual(['jest=Jest']);
    expect(await found('- Jest unit tests and coverage gates.')).toEqual(['jest=Jest']);
    expect(await found('Bull queues held the billing jobs.')).toEqual(['bull=Bull']);
  });

  it('is the word before any other noun', async () => {
    expect(await found('Swift delivery of the new checkout.')).toEqual([]);
    expect(await found('Go live was moved to March.')).toEqual([]);
  });
});

describe('a name inflected in Polish is the name as spelled before its ending', () => {
  it('reads the genitive, locative, instrumental and dative in a Polish text', async () => {
    expect(await found('Przepisanie raportów z Perla do Pythona, testy w pytest.')).toEqual([
      'perl=Perl',
      'python=Python',
      'pytest=pytest',
    ]);
    expect(await found('Aplikacja w Kotlinie, wdrożenia z Dockerem i Kubernetesem oraz Jenkinsowi.')).toEqual(
      ['kotlin=Kotlin', 'docker=Docker', 'kubernetes=Kubernetes', 'jenkins=Jenkins'],
    );
  });

  it('knows a Polish text by its letters too', async () => {
    expect(await found('Kolejki zadań na Redisie przeniesione do RabbitMQ.')).toEqual([
      'redis=Redis',
      'rabbitmq=RabbitMQ',
    ]);
  });

  it('reads no Polish ending in a text with no Polish word', async () => {
    expect(await found('Perla and Pythona are the cafe and the boat we named.')).toEqual([]);
    expect(await found('Scripts w/ Pythona, the build bot.')).toEqual([]);
  });
});
