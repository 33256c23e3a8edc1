import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { createMentionMatcher, type MentionMatcher } from '../../../src/catalogue/mention-matcher.js';

// Session 34 (xtech34): vendors' products whose full names the catalogue lacked, read as their parts ("Oracle Service
// Bus" as Oracle's database and Azure's Service Bus), and AWS's spellings of Amazon's names. Sentences written for
// these tests, of invented work.

let catalogue: Catalogue;
let matcher: MentionMatcher;
const ids = (text: string) => matcher.find(text).map((mention) => mention.technologyId);
beforeAll(async () => {
  catalogue = await loadCatalogue();
  matcher = createMentionMatcher(catalogue.technologies);
});

describe('the catalogue entries and spellings added in session 34', () => {
  it.each([
    ['Oracle Service Bus', 'oracle-service-bus'],
    ['Spring Cloud Gateway', 'spring-cloud-gateway'],
    ['Grafana Cloud', 'grafana-cloud'],
    ['Azure Government', 'azure-government'],
    ['Hugging Face Datasets', 'hugging-face-datasets'],
    ['Google Pub/Sub', 'pubsub'],
    ['AWS GuardDuty', 'guardduty'],
    ['AWS Textract', 'textract'],
    ['Amazon Aurora MySQL', 'aurora'],
  ])('%j is %s', (spelling, id) => {
    expect(catalogue.technologies.resolve(spelling)?.id).toBe(id);
  });

  it('reads the full name in running text, not its parts', () => {
    expect(ids('Retired the Oracle Service Bus proxies in favour of Spring Cloud Gateway.')).toEqual([
      'oracle-service-bus',
      'spring-cloud-gateway',
    ]);
    expect(ids('Dashboards moved to Grafana Cloud; orders stored on Amazon Aurora MySQL.')).toEqual([
      'grafana-cloud',
      'aurora',
    ]);
    expect(ids('Events on Google Pub/Sub, findings from AWS GuardDuty.')).toEqual(['pubsub', 'guardduty']);
  });

  it('keeps the shorter names where they stand alone', () => {
    expect(ids('Queues on Azure Service Bus; dashboards in Grafana.')).toEqual(['service-bus', 'grafana']);
    expect(ids('Gateways written with Spring Cloud and Spring Boot.')).toEqual(['spring-cloud', 'spring']);
  });
});

describe('"API Gateway", an alias of Amazon API Gateway and the name of any service in front of APIs', () => {
  it('is no technology written in lower case in running text', () => {
    expect(ids('Built the payments API gateway in Go.')).toEqual(['go']);
    expect(ids('Moved the monolith behind an API gateway.')).toEqual([]);
  });

  it("is Amazon's written as its name, or listed beside another technology", () => {
    expect(ids('Webhooks through Amazon API Gateway.')).toEqual(['api-gateway']);
    expect(ids('AWS (Lambda, API Gateway, S3)')).toEqual(['aws', 'aws-lambda', 'api-gateway', 's3']);
  });
});
