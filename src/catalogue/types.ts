/**
 * The kinds of technology the catalogue knows, each entry in exactly one, with what each covers
 * (rendered into the header of seed/technologies.yaml). A category is what a thing is, not the
 * field it is used in: SwiftUI is a framework and Bitrise a tool, both for mobile apps.
 */
export const TECHNOLOGY_CATEGORY_NOTES = {
  language: 'programming, query, shell and markup languages (Go, SQL, Bash, HTML)',
  'data-format': 'serialisation and file formats (JSON, Protocol Buffers, Parquet)',
  framework: 'application frameworks and runtimes (Spring, React, Node.js, SwiftUI)',
  library: 'libraries and UI component kits used inside a program (NumPy, Redux, Bootstrap)',
  database: 'databases and search engines (PostgreSQL, Redis, Elasticsearch)',
  storage: 'file, object and block storage, table formats (HDFS, Ceph, Amazon S3, Apache Iceberg)',
  'big-data': 'batch data processing, query engines, data pipelines and their schedulers (Spark, Hive, dbt, Airflow)',
  streaming: 'stream processing and event logs (Kafka, Flink, Kinesis)',
  messaging: 'message brokers and queues (RabbitMQ, Amazon SQS, NATS)',
  ml: 'machine learning and AI: frameworks, libraries, models, platforms (PyTorch, FSDP, MLflow, LLM)',
  cloud: 'cloud platforms and their managed services (AWS, Amazon EC2, Google Cloud Run, Heroku)',
  orchestration: 'container and cluster orchestration and scheduling (Kubernetes, Mesos, Helm, Nomad)',
  infrastructure: 'infrastructure as code, configuration, containers, service discovery, secrets (Terraform, Docker, Consul)',
  networking: 'web servers, proxies, load balancers, CDNs, service meshes, protocols (NGINX, Envoy, Istio)',
  observability: 'monitoring, logging, tracing, alerting (Prometheus, Grafana, OpenTelemetry)',
  testing: 'test frameworks and tools (JUnit, pytest, Selenium, k6)',
  security: 'security tools, identity and access, cryptography (Keycloak, OAuth, Snyk)',
  tool: 'developer tools: version control, build, CI/CD, IDEs, issue tracking, collaboration (Git, Maven, Jenkins, Jira)',
  platform: 'business platforms built on or configured rather than coded against (Salesforce, SAP, WordPress)',
  os: 'operating systems and distributions (Linux, Ubuntu, Android)',
  practice: 'methods, protocols, algorithms and architectural styles (CI/CD, REST, Raft, microservices)',
} as const;

export type TechnologyCategory = keyof typeof TECHNOLOGY_CATEGORY_NOTES;

export const TECHNOLOGY_CATEGORIES = Object.keys(TECHNOLOGY_CATEGORY_NOTES) as TechnologyCategory[];

/** An entry of seed/technologies.yaml. */
export interface TechnologyEntry {
  id: string;
  name: string;
  category: TechnologyCategory;
  aliases: string[];
  /**
   * The name is also an ordinary English word or a common first name (Go, Spring, Julia): in free
   * text a bare occurrence is not evidence of the technology without context.
   */
  ambiguous?: true;
  /** The aliases that are ordinary words or first names (Glue for AWS Glue), as in `aliases`. */
  ambiguousAliases?: string[];
  /**
   * Ids of the technologies this one is a kind or a part of, where that is a fact (React → JavaScript,
   * Amazon EKS → Kubernetes and Amazon Web Services); never a cycle.
   */
  broader?: string[];
}

/** An entry of seed/companies.yaml; `parent` is the id of the company it is part of. */
export interface CompanyEntry {
  id: string;
  name: string;
  aliases: string[];
  parent?: string;
  industry?: string;
}

export interface NamedEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}
