import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import { seedCatalogue } from './extract-text.js';

/**
 * Session 31 (xfix31c, after audit31c): guards on the session's matcher changes. A vendor's word before a flagged name
 * still vouches for it; Bull is a place's, a person's and a company's name too; the Polish endings need a Polish text
 * and the catalogue's case; queues and workers name only a message queue.
 */

const found = async (text: string) =>
  createMentionMatcher((await seedCatalogue()).technologies)
    .find(text)
    .map((mention) => `${mention.technologyId}=${mention.text}`);

describe("a vendor's word before a name the catalogue flags as an ordinary word", () => {
  it('vouches for the name after it', async () => {
    expect(await found('Services written in Google Go for the ad platform.')).toEqual(['go=Go']);
    expect(await found('Built the mobile app with Google Flutter and Google Dart.')).toEqual([
      'flutter=Flutter',
      'dart=Dart',
    ]);
    expect(await found('Built the UI with Apple Swift for the watch app.')).toEqual(['swift=Swift']);
  });

  it('does not when it only starts a name of another word, or opens a longer name with it', async () => {
    expect(await found('Built parts of the Sky Go web player in JavaScript.')).toEqual([
      'javascript=JavaScript',
    ]);
    expect(await found('The app has 50k downloads on Google Play.')).toEqual([]);
  });
});

describe('Bull, a queue library and the name of a drink, a chief, a team and a computer maker', () => {
  it('is no technology on its own in running text', async () => {
    expect(await found('Sponsored by Red Bull for the hackathon.')).toEqual([]);
    expect(await found('Systems engineer at Bull, then Atos.')).toEqual([]);
    expect(await found('Administered Bull GCOS mainframes and Bull DPS 7000 systems.')).toEqual([]);
    expect(await found('A talk on Sitting Bull at the museum.')).toEqual([]);
  });

  it('is the library before its queues, beside another technology, or moved from or to one', async () => {
    expect(await found('Bull queues held the billing jobs.')).toEqual(['bull=Bull']);
    expect(await found('Retries for the Bull queue on every webhook.')).toEqual(['bull=Bull queue']);
    expect(await found('Node.js, Bull and Redis for the payouts.')).toEqual([
      'nodejs=Node.js',
      'bull=Bull',
      'redis=Redis',
    ]);
    expect(await found('Moved the mailers from Bull to Amazon SQS.')).toEqual([
      'bull=Bull',
      'sqs=Amazon SQS',
    ]);
    expect(await found('Moved the mailers from RabbitMQ to Bull.')).toEqual([
      'rabbitmq=RabbitMQ',
      'bull=Bull',
    ]);
  });

  it('needs a technology at the other end of a move', async () => {
    expect(await found('Drove from Bull to Oban in a day.')).toEqual([]);
  });
});

describe('queues and workers name the technology before them only when it is a message queue', () => {
  it('reads a queue library or a task queue', async () => {
    expect(await found('Celery workers drained the report backlog.')).toEqual(['celery=Celery']);
  });

  it('leaves people and counters', async () => {
    expect(await found('Spring workers cleaned the garden.')).toEqual([]);
    expect(await found('Swift queues at the counter.')).toEqual([]);
    expect(await found('Metal workers on the night shift.')).toEqual([]);
    expect(await found('Express queues at the airport.')).toEqual([]);
    expect(await found('Make test suites green.')).toEqual([]);
  });

  it('still reads a kind of test after a test framework', async () => {
    expect(await found('Jest unit tests for every widget.')).toEqual(['jest=Jest']);
  });
});

describe('a Polish text', () => {
  it('is not known by a "z", a "ze" or a "w." of another language', async () => {
    expect(await found('Werkzeuge, z. B. Kafka, Postgress, Redis')).toEqual([
      'kafka=Kafka',
      'postgresql=Postgress',
      'redis=Redis',
    ]);
    expect(await found('Tools die ze gebruiken: Kafka, Postgress, Redis')).toEqual([
      'kafka=Kafka',
      'postgresql=Postgress',
      'redis=Redis',
    ]);
    expect(await found('Stack w.r.t. billing: Kafka, Postgress, Redis')).toEqual([
      'kafka=Kafka',
      'postgresql=Postgress',
      'redis=Redis',
    ]);
    expect(await found('Plotted x, y and z with Perla and Pythona as labels.')).toEqual([]);
  });

  it('keeps misspelt list items', async () => {
    expect(await found('Narzędzia: Kafka, Postgress, Redis')).toEqual([
      'kafka=Kafka',
      'postgresql=Postgress',
      'redis=Redis',
    ]);
  });

  it("reads an ending only after a name in the catalogue's case", async () => {
    expect(await found('Bleach and Iota in Łódź.')).toEqual([]);
    expect(await found('Ecru walls in Łódź.')).toEqual([]);
    expect(await found('Raporty w Sqlu i Pythonie.')).toEqual(['python=Python']);
    expect(await found('Infrastruktura w AWS-ie, obrazy z Dockerem.')).toEqual(['aws=AWS', 'docker=Docker']);
  });
});
