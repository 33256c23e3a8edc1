import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../../../src/catalogue/catalogue-index.js';
import { createMentionMatcher } from '../../../src/catalogue/mention-matcher.js';
import type { TechnologyEntry } from '../../../src/catalogue/types.js';
import { technologyEntry } from '../catalogue/constructed-catalogue.js';

const entry = technologyEntry;

/** A small catalogue built here, so every expected mention is known from this file alone. */
const technologies = new CatalogueIndex<TechnologyEntry>([
  entry('go', 'Go', ['Golang']),
  entry('c', 'C'),
  entry('cpp', 'C++'),
  entry('csharp', 'C#'),
  entry('r', 'R'),
  entry('python', 'Python'),
  entry('java', 'Java'),
  entry('spring', 'Spring', ['Spring Boot']),
  // Flagged as an ordinary word, as in seed/technologies.json.
  entry('express', 'Express', ['Express.js'], { ambiguous: true }),
  entry('nodejs', 'Node.js', ['Node', 'NodeJS']),
  entry('react', 'React'),
  entry('kafka', 'Kafka', ['Apache Kafka']),
  entry('kafka-streams', 'Kafka Streams'),
  entry('kubernetes', 'Kubernetes', ['k8s']),
  entry('dotnet', '.NET'),
  entry('ci-cd', 'CI/CD', ['CICD']),
  entry('postgresql', 'PostgreSQL', ['Postgres']),
  entry('mysql', 'MySQL'),
  entry('redis', 'Redis'),
  entry('grid5000', "Grid'5000"),
  entry('rust', 'Rust'),
  entry('iam', 'AWS IAM', ['IAM']),
  entry('spark', 'Spark'),
  entry('rds', 'Amazon RDS', ['RDS']),
  entry('flink', 'Flink'),
  entry('haproxy', 'HAProxy'),
  entry('consul', 'Consul'),
  entry('core-data', 'Core Data'),
  entry('etl', 'ETL', [], { category: 'practice' }),
  entry('rest', 'REST', ['RESTful'], { category: 'practice' }),
  entry('load-balancing', 'Load balancing', [], { category: 'practice' }),
  entry('machine-learning', 'Machine learning'),
  entry('microservices', 'Microservices', [], { category: 'practice' }),
  entry('chef', 'Chef', [], { ambiguous: true }),
  entry('aws-glue', 'AWS Glue', ['Glue job'], { ambiguousAliases: ['Glue job'] }),
]);
const matcher = createMentionMatcher(technologies);
const found = (text: string) => matcher.find(text).map((mention) => [mention.text, mention.technologyId]);

describe('finding catalogue technologies in free text', () => {
  it('tells Go the language from go the verb by case and place', () => {
    expect(found('Built the billing layer in Go, which was fast.')).toEqual([['Go', 'go']]);
    expect(found('We go to production weekly and let go of legacy code.')).toEqual([]);
    expect(found('Go-to-market plans for the team.')).toEqual([]);
    expect(found('Golang services')).toEqual([['Golang', 'go']]);
  });

  it('tells C, C++ and C# apart and finds a one-letter language only among other languages', () => {
    expect(found('C/C++ and C# on Linux')).toEqual([
      ['C', 'c'],
      ['C++', 'cpp'],
      ['C#', 'csharp'],
    ]);
    expect(found('Grade C student, C-level sponsor, John C. Smith')).toEqual([]);
    expect(found('Analysis in R, Python and SQL')).toEqual([
      ['R', 'r'],
      ['Python', 'python'],
    ]);
    expect(found('R & D Engineer Intern, R&D budget')).toEqual([]);
  });

  it('reads Spring the season as a date and Spring the framework in a stack', () => {
    expect(found('Joined in Spring 2014 as an intern.')).toEqual([]);
    expect(found('Services in Java with Spring and Kafka.')).toEqual([
      ['Java', 'java'],
      ['Spring', 'spring'],
      ['Kafka', 'kafka'],
    ]);
    expect(found('Migrated to Spring Boot.')).toEqual([['Spring Boot', 'spring']]);
  });

  it('reads Express the word as a word and Express.js as the framework', () => {
    expect(found('Express delivery for enterprise customers.')).toEqual([]);
    expect(found('An API on Node.js/Express with React.')).toEqual([
      ['Node.js', 'nodejs'],
      ['Express', 'express'],
      ['React', 'react'],
    ]);
    expect(found('Rewrote it in Express.js.')).toEqual([['Express.js', 'express']]);
    expect(found('from a single node to distributed nodes')).toEqual([]);
  });

  it('matches whole words only, across the joiners of one name, longest spelling first', () => {
    expect(found('Kafkaesque paperwork; Rustic cabins; Pythonic code')).toEqual([]);
    expect(found('Apache Kafka and Kafka Streams')).toEqual([
      ['Apache Kafka', 'kafka'],
      ['Kafka Streams', 'kafka-streams'],
    ]);
    expect(found('node js, CI/CD, CICD, Grid’5000')).toEqual([
      ['node js', 'nodejs'],
      ['CI/CD', 'ci-cd'],
      ['CICD', 'ci-cd'],
      ['Grid’5000', 'grid5000'],
    ]);
    expect(found("Kafka's partitions, Kubernetes-based, k8s.")).toEqual([
      ['Kafka', 'kafka'],
      ['Kubernetes', 'kubernetes'],
      ['k8s', 'kubernetes'],
    ]);
  });

  it('keeps the dot of .NET and does not read "net" as it', () => {
    expect(found('Ported to .NET, a net gain.')).toEqual([['.NET', 'dotnet']]);
  });

  it('needs the catalogue case or a neighbouring technology for an entry flagged ambiguous', () => {
    expect(found('The head chef of the team.')).toEqual([]);
    expect(found('Configuration with Chef, Python and Redis.')).toEqual([
      ['Chef', 'chef'],
      ['Python', 'python'],
      ['Redis', 'redis'],
    ]);
  });

  it("reads the catalogue's flags on names and on aliases", () => {
    expect(found('Ran a glue job nightly; AWS Glue crawlers.')).toEqual([['AWS Glue', 'aws-glue']]);
    expect(found('Kafka, Glue job and Redis')).toEqual([
      ['Kafka', 'kafka'],
      ['Glue job', 'aws-glue'],
      ['Redis', 'redis'],
    ]);
  });

  it('splits a name at a space only where the name itself breaks', () => {
    expect(found('I am responsible for IAM policies.')).toEqual([['IAM', 'iam']]);
    expect(found('Services on node js.')).toEqual([['node js', 'nodejs']]);
  });

  it('counts a practice or a field only when it is listed among things', () => {
    expect(found('Glue Spark ETL jobs; a RESTful budget API, RDS, Flink')).toEqual([
      ['Spark', 'spark'],
      ['ETL', 'etl'],
      ['RESTful', 'rest'],
      ['RDS', 'rds'],
      ['Flink', 'flink'],
    ]);
    expect(
      found('HAProxy for load balancing, Consul for discovery; machine learning at scale; ETL is fun.'),
    ).toEqual([
      ['HAProxy', 'haproxy'],
      ['Consul', 'consul'],
    ]);
  });

  it('reads a name made of common words only in its own letter case', () => {
    expect(found('our core data services')).toEqual([]);
    expect(found('Persistence with Core Data.')).toEqual([['Core Data', 'core-data']]);
  });

  it('reads a likely misspelling in a list of technologies, and says it is one', () => {
    const mentions = matcher.find('Stack: Kafka, Postgress, Redis');
    expect(mentions.map((mention) => [mention.text, mention.technologyId, mention.fuzzy])).toEqual([
      ['Kafka', 'kafka', false],
      ['Postgress', 'postgresql', true],
      ['Redis', 'redis', false],
    ]);
  });

  it('gives offsets into the text it was given', () => {
    const text = 'Led the move from MySQL to PostgreSQL.';
    expect(matcher.find(text)).toEqual([
      { technologyId: 'mysql', text: 'MySQL', start: 18, end: 23, fuzzy: false },
      { technologyId: 'postgresql', text: 'PostgreSQL', start: 27, end: 37, fuzzy: false },
    ]);
  });

  it('stays correct with thousands of entries and aliases', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      entry(`tool-${i}`, `Toolkit${i}`, [`tk${i}`, `Toolkit ${i} Pro`]),
    );
    const large = createMentionMatcher(
      new CatalogueIndex<TechnologyEntry>([...many, entry('kafka', 'Kafka')]),
    );
    expect(
      large
        .find('Built on Toolkit4321 Pro, tk17 and Kafka; Toolkit 99 Pro too.')
        .map((mention) => mention.text),
    ).toEqual(['Toolkit4321 Pro', 'tk17', 'Kafka', 'Toolkit 99 Pro']);
  });

  it('finds the technology a compound of it and common nouns names, not one a product name starts with', () => {
    const compounds = createMentionMatcher(
      new CatalogueIndex<TechnologyEntry>([
        entry('linux', 'Linux'),
        entry('lxc', 'LXC', ['Linux containers']),
        entry('unix', 'Unix'),
        entry('unix-shell', 'Bourne shell', ['Unix shell']),
        entry('aws', 'AWS'),
        entry('aws-lambda', 'AWS Lambda', [], { broader: ['aws'] }),
        entry('c', 'C'),
        entry('cpp', 'C++', ['C plus plus']),
        entry('python', 'Python', ['Python 3']),
        entry('yarn', 'YARN', [], { ambiguous: true }),
        entry('yarn-pm', 'Yarn package manager'),
        entry('kafka', 'Kafka'),
      ]),
    );
    const text = 'Ran jobs in Linux containers and Unix shell scripts.';
    expect(compounds.find(text)).toEqual([
      { technologyId: 'lxc', text: 'Linux containers', start: 12, end: 28, fuzzy: false },
      { technologyId: 'linux', text: 'Linux', start: 12, end: 17, fuzzy: false },
      { technologyId: 'unix-shell', text: 'Unix shell', start: 33, end: 43, fuzzy: false },
      { technologyId: 'unix', text: 'Unix', start: 33, end: 37, fuzzy: false },
    ]);
    // A product name in capitals is one technology; an ambiguous or same-entry head implies nothing.
    expect(
      compounds
        .find('AWS Lambda, C plus plus, Python 3, Yarn package manager and Kafka')
        .map((mention) => [mention.text, mention.technologyId]),
    ).toEqual([
      ['AWS Lambda', 'aws-lambda'],
      ['C plus plus', 'cpp'],
      ['Python 3', 'python'],
      ['Yarn package manager', 'yarn-pm'],
      ['Kafka', 'kafka'],
    ]);
  });

  it('counts an ambiguous spelling of a technology the document lists elsewhere, where written as the catalogue writes it', () => {
    const vouched = new Set(['c', 'r', 'go', 'spring']);
    const withContext = (text: string) =>
      matcher.find(text, { vouched }).map((mention) => [mention.text, mention.technologyId]);
    expect(found('Drivers written in C. Models in R.')).toEqual([]);
    expect(withContext('Drivers written in C. Models in R.')).toEqual([
      ['C', 'c'],
      ['R', 'r'],
    ]);
    // Glued, at a sentence start, before a year, or in another case, it is still no mention.
    expect(withContext('C-level sponsor. Go to market in Spring 2014; r and c.')).toEqual([]);
    // At a sentence start, only before a noun it qualifies.
    expect(withContext('Go services on Kubernetes. Go ahead.')).toEqual([
      ['Go', 'go'],
      ['Kubernetes', 'kubernetes'],
    ]);
    expect(found('Go services on Kubernetes.')).toEqual([['Kubernetes', 'kubernetes']]);
  });

  it('finds a name that is only a dictionary word at a sentence start when it names a thing there', () => {
    // "Python" is an English word (the snake), so its case proves nothing where a sentence starts:
    // a noun after it, or a name of several words or with an inner capital, does.
    expect(found('Python scripts automated the release. Python is my main language.')).toEqual([
      ['Python', 'python'],
      ['Python', 'python'],
    ]);
    expect(found('- Core Data models for the offline mode')).toEqual([['Core Data', 'core-data']]);
    // Not before a small word, not a name the catalogue flags as an ordinary word, not a short one.
    expect(found('Python for beginners. Chef de partie. Go live.')).toEqual([]);
  });

  it('reads a practice after a number as a count of things, not the practice', () => {
    expect(found('Kafka and Microservices; 400 microservices, Kafka')).toEqual([
      ['Kafka', 'kafka'],
      ['Microservices', 'microservices'],
      ['Kafka', 'kafka'],
    ]);
  });
});
