/**
 * The hostile-request corpus: depth, aliases, fragments, directives, batching, sizes, encodings,
 * injection in every argument, authentication and CSRF. Each case is one HTTP request and the codes
 * its answer must carry (an empty list: it must succeed, harmlessly). Shared by the ordinary tests
 * and `npm run test:reliability`.
 */
export interface HostileRequest {
  name: string;
  category: string;
  method?: 'GET' | 'POST';
  /** For GET: the query string; for POST: the body (a string is sent as it is). */
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Needs the bearer token. */
  auth?: boolean;
  status: number;
  codes: string[];
}

const op = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** `{ person { roles { company { roles { … } } } } }` exactly `levels` deep. */
function deep(levels: number): string {
  let selection = 'id';
  for (let level = 2; level < levels; level += 2) selection = `roles { company { ${selection} } }`;
  return `{ person(id: "1f1d44f0f2c0cec7") { ${selection} } }`;
}

/** Strings an attacker tries in every argument. */
export const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  '\\u0000',
  '$id',
  '{"$gt": ""}',
  '../../etc/passwd',
  'a'.repeat(5000),
];

/** A text argument's call: a valid request around the injected value, and whether it needs the token. */
interface TextArgument {
  /** `field(argument)` for a root query field, `field(argument.inputField)` inside an input, `Type.field(…)` elsewhere. */
  argument: string;
  call: (value: string) => string;
  auth?: boolean;
}

const q = (value: string) => JSON.stringify(value);
const PERSON = '"1f1d44f0f2c0cec7"';

/** Rows for text fields of a list's filter; `others`: the filter fields they need beside them. */
function filterFields(root: string, fields: string[], others = ''): TextArgument[] {
  return fields.map((field) => ({
    argument: `${root}(filter.${field})`,
    call: (v) => `{ ${root}(filter: {${others}${field}: ${q(v)}}) { totalCount } }`,
  }));
}

/**
 * Every argument and input field of type String or ID the schema has (on root and nested fields
 * and on the mutations), with the rest of a valid call around it: test/unit/reliability checks
 * this list against the schema. Mutations run as a dry run or on a person who does not exist, so
 * a harmless answer leaves the graph as it was.
 */
export const TEXT_ARGUMENTS: TextArgument[] = [
  { argument: 'person(id)', call: (v) => `{ person(id: ${q(v)}) { id } }` },
  { argument: 'company(id)', call: (v) => `{ company(id: ${q(v)}) { id } }` },
  { argument: 'technology(id)', call: (v) => `{ technology(id: ${q(v)}) { id } }` },
  { argument: 'project(id)', call: (v) => `{ project(id: ${q(v)}) { id } }` },
  { argument: 'school(id)', call: (v) => `{ school(id: ${q(v)}) { id } }` },
  ...['people', 'companies', 'technologies', 'projects'].map((root) => ({
    argument: `${root}(after)`,
    call: (v: string) => `{ ${root}(after: ${q(v)}) { totalCount } }`,
  })),
  ...filterFields('people', ['companyId', 'technologyId', 'schoolId']),
  ...filterFields('people', ['usedSince', 'usedBefore'], 'technologyId: "kafka", '),
  ...filterFields('companies', ['parentId', 'technologyId']),
  ...filterFields('technologies', ['category', 'personId', 'companyId']),
  ...filterFields('technologies', ['usedSince', 'usedBefore'], `personId: ${PERSON}, `),
  ...filterFields('projects', ['personId', 'technologyId']),
  {
    argument: 'sharedTechnologies(personIds)',
    call: (v) => `{ sharedTechnologies(personIds: [${q(v)}]) { peopleCount } }`,
  },
  { argument: 'colleagues(personId)', call: (v) => `{ colleagues(personId: ${q(v)}) { overlapMonths } }` },
  { argument: 'similarPeople(personId)', call: (v) => `{ similarPeople(personId: ${q(v)}) { score } }` },
  {
    argument: 'shortestPath(fromId)',
    call: (v) => `{ shortestPath(fromId: ${q(v)}, toId: "kubernetes") { truncated } }`,
  },
  {
    argument: 'shortestPath(toId)',
    call: (v) => `{ shortestPath(fromId: ${PERSON}, toId: ${q(v)}) { truncated } }`,
  },
  {
    argument: 'technologyCooccurrence(technologyId)',
    call: (v) => `{ technologyCooccurrence(technologyId: ${q(v)}) { count } }`,
  },
  { argument: 'search(query)', call: (v) => `{ search(query: ${q(v)}) { score } }` },
  { argument: 'graph(focus)', call: (v) => `{ graph(focus: [${q(v)}]) { truncated } }` },
  { argument: 'experts(technologies)', call: (v) => `{ experts(technologies: [${q(v)}]) { score } }` },
  {
    argument: 'experts(usedSince)',
    call: (v) => `{ experts(technologies: ["kafka"], usedSince: ${q(v)}) { score } }`,
  },
  { argument: 'experts(asOf)', call: (v) => `{ experts(technologies: ["kafka"], asOf: ${q(v)}) { score } }` },
  {
    argument: 'team(technologies)',
    call: (v) => `{ team(technologies: [${q(v)}]) { members { person { id } } } }`,
  },
  {
    argument: 'team(exclude)',
    call: (v) => `{ team(technologies: ["kafka"], exclude: [${q(v)}]) { members { person { id } } } }`,
  },
  {
    argument: 'team(asOf)',
    call: (v) => `{ team(technologies: ["kafka"], asOf: ${q(v)}) { members { person { id } } } }`,
  },
  { argument: 'requirements(text)', call: (v) => `{ requirements(text: ${q(v)}) { text } }` },
  {
    argument: 'gaps(personId)',
    call: (v) => `{ gaps(personId: ${q(v)}, technologies: ["kafka"]) { status } }`,
  },
  {
    argument: 'gaps(technologies)',
    call: (v) => `{ gaps(personId: ${PERSON}, technologies: [${q(v)}]) { status } }`,
  },
  {
    argument: 'gaps(asOf)',
    call: (v) => `{ gaps(personId: ${PERSON}, technologies: ["kafka"], asOf: ${q(v)}) { status } }`,
  },
  { argument: 'careerMoves(companyId)', call: (v) => `{ careerMoves(companyId: ${q(v)}) { peopleCount } }` },
  {
    argument: 'Person.timeline(asOf)',
    call: (v) => `{ person(id: ${PERSON}) { timeline(asOf: ${q(v)}) { year } } }`,
  },
  {
    argument: 'Person.moves(asOf)',
    call: (v) => `{ person(id: ${PERSON}) { moves(asOf: ${q(v)}) { from } } }`,
  },
  {
    argument: 'Technology.adoption(asOf)',
    call: (v) => `{ technology(id: "kafka") { adoption(asOf: ${q(v)}) { year } } }`,
  },
  {
    argument: 'importResumeDocument(document.fileName)',
    call: (v) =>
      `mutation { importResumeDocument(document: {fileName: ${q(v)}, content: "Jane Doe"}, dryRun: true) { dryRun } }`,
    auth: true,
  },
  {
    argument: 'importResumeDocument(document.content)',
    call: (v) =>
      `mutation { importResumeDocument(document: {fileName: "cv.txt", content: ${q(v)}}, dryRun: true) { dryRun } }`,
    auth: true,
  },
  {
    argument: 'deletePerson(id)',
    call: (v) => `mutation { deletePerson(id: ${q(v)}) { id } }`,
    auth: true,
  },
];

/** Codes an injected value may meet: not found, or refused as input. Never an internal error. */
export const HARMLESS = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

export const HOSTILE_REQUESTS: HostileRequest[] = [
  { name: 'depth 10', category: 'depth', body: op(deep(10)), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  { name: 'depth 40', category: 'depth', body: op(deep(40)), status: 400, codes: ['QUERY_TOO_COMPLEX'] },
  {
    name: 'depth through fragments',
    category: 'depth',
    body: op(
      '{ person(id: "x") { ...A } } fragment A on Person { roles { company { ...B } } } fragment B on Company { roles { company { roles { company { roles { id } } } } } }',
    ),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: '50 aliases',
    category: 'aliases',
    body: op(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: stats { relationships }`).join(' ')} }`),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: '15 aliases of a fan-out (technologies → users → their technologies)',
    category: 'aliases',
    body: op(
      `{ ${Array.from({ length: 15 }, (_, i) => `t${i}: technologies(first: 100) { edges { node { users { person { technologies { technology { id } months } } } } } }`).join(' ')} }`,
    ),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'fragment cycle',
    category: 'fragments',
    body: op('{ person(id: "x") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }'),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'fragment on a wrong type',
    category: 'fragments',
    body: op('{ person(id: "x") { ...A } } fragment A on Company { id }'),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'unused fragment',
    category: 'fragments',
    body: op('{ stats { relationships } } fragment A on Person { id }'),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: '60 directives',
    category: 'directives',
    body: op(`{ stats { relationships ${'@include(if: true) '.repeat(60)} } }`),
    status: 400,
    // The limit, and graphql-js refusing a directive repeated on one field.
    codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'unknown directive',
    category: 'directives',
    body: op('{ stats @nonsense { relationships } }'),
    status: 400,
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  },
  {
    name: 'skip everything',
    category: 'directives',
    body: op('{ stats @skip(if: true) { relationships } }'),
    status: 200,
    codes: [],
  },
  {
    name: 'batched array of operations',
    category: 'batching',
    body: JSON.stringify([
      { query: '{ stats { relationships } }' },
      { query: '{ stats { relationships } }' },
    ]),
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'two operations without a name to pick',
    category: 'batching',
    body: op('query A { stats { relationships } } query B { stats { relationships } }'),
    status: 400,
    codes: ['OPERATION_RESOLUTION_FAILURE'],
  },
  {
    name: '1,200 tokens',
    category: 'sizes',
    body: op(`{ ${'__typename '.repeat(1200)} }`),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'first: 100000',
    category: 'sizes',
    body: op('{ people(first: 100000) { edges { node { id } } } }'),
    status: 400,
    codes: ['QUERY_TOO_COMPLEX'],
  },
  {
    name: 'first: 100000 in a variable',
    category: 'sizes',
    body: op('query($n: Int) { people(first: $n) { totalCount } }', { n: 100000 }),
    status: 200,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'limit: 1000000',
    category: 'sizes',
    body: op('{ graph(limit: 1000000) { truncated } }'),
    status: 200,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'maxHops: 50',
    category: 'sizes',
    body: op('{ shortestPath(fromId: "kubernetes", toId: "linux", maxHops: 50) { truncated } }'),
    status: 200,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'body over the 8.7 MB limit',
    category: 'sizes',
    body: op('{ stats { relationships } }', { pad: 'x'.repeat(9_200_000) }),
    status: 413,
    codes: ['PAYLOAD_TOO_LARGE'],
  },
  {
    name: '2,000 person ids',
    category: 'sizes',
    body: op('query($ids: [ID!]!) { sharedTechnologies(personIds: $ids) { peopleCount } }', {
      ids: Array.from({ length: 2000 }, (_, i) => `p${i}`),
    }),
    status: 200,
    codes: ['BAD_USER_INPUT'],
  },
  {
    name: 'search text of 5,000 characters',
    category: 'sizes',
    body: op('query($q: String!) { search(query: $q) { score } }', { q: 'kubernetes '.repeat(500) }),
    status: 200,
    codes: ['BAD_USER_INPUT'],
  },
  { name: 'invalid JSON', category: 'encodings', body: '{"query": ', status: 400, codes: ['BAD_REQUEST'] },
  {
    name: 'invalid UTF-8',
    category: 'encodings',
    body: Buffer.concat([
      Buffer.from('{"query": "{ technology(id: \\"Acme'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\\") { id } }"}'),
    ]),
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'duplicate key in the body',
    category: 'encodings',
    body: '{"query": "{ stats { relationships } }", "query": "mutation { deletePerson(id: \\"x\\") { id } }"}',
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'lone surrogate escape',
    category: 'encodings',
    body: '{"query": "{ technology(id: \\"\\ud800\\") { id } }"}',
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'latin-1 charset',
    category: 'encodings',
    body: op('{ stats { relationships } }'),
    headers: { 'content-type': 'application/json; charset=latin1' },
    status: 415,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'gzip that is not gzip',
    category: 'encodings',
    body: op('{ stats { relationships } }'),
    headers: { 'content-encoding': 'gzip' },
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  { name: 'empty body', category: 'encodings', body: '', status: 400, codes: ['BAD_REQUEST'] },
  {
    name: 'JSON that is a string',
    category: 'encodings',
    body: '"{ stats { relationships } }"',
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'unicode in a name, fine',
    category: 'encodings',
    body: op('{ technology(id: "Kübernetes 😀") { id } }'),
    status: 200,
    codes: ['HARMLESS'],
  },
  {
    name: 'mutation without a token',
    category: 'auth',
    body: op('mutation { deletePerson(id: "b0bdae752341232c") { id } }'),
    status: 200,
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'mutation with a wrong token',
    category: 'auth',
    body: op('mutation { deletePerson(id: "b0bdae752341232c") { id } }'),
    headers: { authorization: 'Bearer wrong' },
    status: 200,
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'mutation with a Basic header',
    category: 'auth',
    body: op('mutation { deletePerson(id: "b0bdae752341232c") { id } }'),
    headers: { authorization: 'Basic bmVvNGo6bmVvNGo=' },
    status: 200,
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'mutation with an empty bearer',
    category: 'auth',
    body: op('mutation { deletePerson(id: "b0bdae752341232c") { id } }'),
    headers: { authorization: 'Bearer ' },
    status: 200,
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'import without a token',
    category: 'auth',
    body: op('mutation($r: JSON!) { importResume(resume: $r) { created } }', { r: { id: 'intruder' } }),
    status: 200,
    codes: ['UNAUTHENTICATED'],
  },
  {
    name: 'delete an unknown person, with the token',
    category: 'auth',
    auth: true,
    body: op('mutation { deletePerson(id: "\' OR 1=1 //") { id } }'),
    status: 200,
    codes: ['NOT_FOUND'],
  },
  {
    name: 'mutation through GET',
    category: 'csrf',
    method: 'GET',
    body: `query=${encodeURIComponent('mutation { deletePerson(id: "b0bdae752341232c") { id } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
    status: 405,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'GET without a preflight header',
    category: 'csrf',
    method: 'GET',
    body: `query=${encodeURIComponent('{ stats { relationships } }')}`,
    headers: { accept: 'application/json' },
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'form post (a simple request)',
    category: 'csrf',
    body: 'query=mutation%20%7B%20deletePerson(id%3A%20%22b0bdae752341232c%22)%20%7B%20id%20%7D%20%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'text/plain post (a simple request)',
    category: 'csrf',
    body: op('mutation { deletePerson(id: "b0bdae752341232c") { id } }'),
    headers: { 'content-type': 'text/plain' },
    status: 400,
    codes: ['BAD_REQUEST'],
  },
  {
    name: 'introspection deep __type chain',
    category: 'depth',
    body: op(
      '{ __type(name: "Person") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }',
    ),
    status: 400,
    // The depth limit, and graphql-js's own bound on introspection cycles.
    codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'],
  },
  ...TEXT_ARGUMENTS.flatMap(({ argument, call, auth }) =>
    INJECTIONS.slice(0, 2).map(
      (value): HostileRequest => ({
        name: `injection in ${argument}: ${value.slice(0, 24)}`,
        category: 'injection',
        body: op(call(value)),
        ...(auth ? { auth } : {}),
        status: 200,
        codes: ['HARMLESS'],
      }),
    ),
  ),
  ...INJECTIONS.slice(2).map(
    (value): HostileRequest => ({
      name: `injection in a variable: ${value.slice(0, 24)}`,
      category: 'injection',
      body: op('query($id: ID!) { person(id: $id) { id } technology(id: $id) { id } }', { id: value }),
      status: 200,
      codes: ['HARMLESS'],
    }),
  ),
];

/** Sends one case; the answer's HTTP status and its error codes (JSON always: else it throws). */
export async function sendHostile(
  url: string,
  token: string,
  hostile: HostileRequest,
): Promise<{ status: number; codes: string[] }> {
  const headers: Record<string, string> = {
    ...(hostile.method === 'GET' ? {} : { 'content-type': 'application/json' }),
    ...(hostile.auth ? { authorization: `Bearer ${token}` } : {}),
    ...hostile.headers,
  };
  const response =
    hostile.method === 'GET'
      ? await fetch(`${url}/graphql?${String(hostile.body)}`, { headers })
      : await fetch(`${url}/graphql`, {
          method: 'POST',
          headers,
          body: typeof hostile.body === 'string' ? hostile.body : new Uint8Array(hostile.body),
        });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE') };
}

/** Whether an answer meets the case (HARMLESS: any of the harmless codes, or none). */
export function meets(hostile: HostileRequest, answer: { status: number; codes: string[] }): boolean {
  if (answer.status !== hostile.status) return false;
  if (hostile.codes[0] === 'HARMLESS') return answer.codes.every((code) => HARMLESS.has(code));
  return JSON.stringify(distinct(answer.codes)) === JSON.stringify(hostile.codes);
}

/** Each code once, in order of first appearance: one limit can be reported by several rules. */
export function distinct(codes: string[]): string[] {
  return [...new Set(codes)];
}
