import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/extract/index.js';
import { janeRoe } from '../fixtures/ingest/jane-roe.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// An empty graph, so that every node this file's documents bring is a new one and the counts are known.
let server: TestServer;
let auth: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
  auth = { authorization: `Bearer ${server.token}` };
});
afterAll(() => server.close());

const importDocument = `mutation ImportDocument($document: ResumeDocumentInput!, $dryRun: Boolean) {
  importResumeDocument(document: $document, dryRun: $dryRun) {
    dryRun
    fileName
    format
    resume
    lines
    facts { path value line endLine column endColumn confidence }
    warnings { code message line endLine }
    created
    nodesCreated
    nodesDeleted
    relationshipsCreated
    relationshipsDeleted
    unnormalised { kind name suggestion }
    person {
      id
      label
      source { document lines confidence }
      roles { id title startDate endDate current company { id } technologies { id } source { document lines confidence } }
      projects { name technologies { id } }
    }
  }
}`;

const { text: janeText, lines: janeLines, id: janeId } = janeRoe;
const jane = JSON.parse(janeText);

/** Where `text` stands on 1-based line `line` of the document: the provenance a fact must give. */
function at(line: number, text: string) {
  const column = janeLines[line - 1]?.indexOf(text) ?? -1;
  if (column < 0) throw new Error(`"${text}" is not on line ${line} of the test document`);
  return { line, endLine: line, column, endColumn: column + text.length, confidence: 1 };
}

const janeResume = {
  ...jane,
  id: janeId,
  source: { document: 'jane-roe.json', lines: '1-20' },
  work: [
    { ...jane.work[0], technologies: ['Kafka', 'Flink', 'Hadoop', 'Spark'] },
    { ...jane.work[1], technologies: ['Go'] },
  ],
  projects: [{ ...jane.projects[0], technologies: ['Airflow'] }],
};

const janeFacts = [
  { path: 'work[0].technologies[0]', value: 'Kafka', ...at(8, 'Kafka') },
  { path: 'work[0].technologies[1]', value: 'Flink', ...at(8, 'Flink') },
  { path: 'work[0].technologies[2]', value: 'Hadoop', ...at(9, 'Hadoop') },
  { path: 'work[0].technologies[3]', value: 'Spark', ...at(9, 'Spark') },
  { path: 'work[1].technologies[0]', value: 'Go', ...at(16, 'Go') },
  { path: 'projects[0].technologies[0]', value: 'Airflow', ...at(19, 'Airflow') },
];

const janeDocument = { fileName: 'jane-roe.json', content: janeText };

const janePerson = {
  id: janeId,
  // The Stripe position is ongoing: its title and employer make the label.
  label: 'Data Engineer @ Stripe',
  source: { document: 'jane-roe.json', lines: '1-20', confidence: null },
  roles: [
    {
      id: `${janeId}-w0-p0`,
      title: 'Data Engineer',
      startDate: '2021-03',
      endDate: null,
      current: true,
      company: { id: 'stripe' },
      technologies: [{ id: 'flink' }, { id: 'hadoop' }, { id: 'kafka' }, { id: 'spark' }],
      source: null,
    },
    {
      id: `${janeId}-w1-p0`,
      title: 'Developer',
      startDate: '2018-01',
      endDate: '2021-02',
      current: false,
      company: { id: 'uber' },
      technologies: [{ id: 'go' }],
      source: null,
    },
  ],
  projects: [{ name: 'DAG Lint', technologies: [{ id: 'airflow' }, { id: 'python' }] }],
};

const nothingWritten = {
  created: null,
  nodesCreated: null,
  nodesDeleted: null,
  relationshipsCreated: null,
  relationshipsDeleted: null,
};

/** Sends a document that must import, and returns what the mutation answered. */
async function imported(document: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const response = await graphql<{ importResumeDocument: Record<string, unknown> }>(
    server.url,
    importDocument,
    { document },
    auth,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.importResumeDocument;
}

/** The whole body of a response whose mutation (line 2, column 3 of `importDocument`) failed. */
function failed(message: unknown, extensions: Record<string, unknown>) {
  return {
    data: null,
    errors: [
      {
        message,
        path: ['importResumeDocument'],
        locations: [{ line: 2, column: 3 }],
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'document', ...extensions },
      },
    ],
  };
}

describe('importResumeDocument', () => {
  it('needs the bearer token, for a dry run too', async () => {
    const response = await graphql(server.url, importDocument, { document: janeDocument, dryRun: true });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'importResumeDocument needs a token: send the header "Authorization: Bearer <token>" (npm start prints it; set CAREER_GRAPH_TOKEN to choose it).',
          path: ['importResumeDocument'],
          locations: [{ line: 2, column: 3 }],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('on a dry run returns what it extracted, with provenance, and writes nothing', async () => {
    const before = await canonicalDump(testExecutor());
    const response = await graphql(
      server.url,
      importDocument,
      { document: janeDocument, dryRun: true },
      auth,
    );
    expect(response.body).toEqual({
      data: {
        importResumeDocument: {
          dryRun: true,
          fileName: 'jane-roe.json',
          format: 'JSON',
          resume: janeResume,
          lines: janeLines,
          facts: janeFacts,
          warnings: [],
          ...nothingWritten,
          unnormalised: [],
          person: null,
        },
      },
    });
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });

  it('loads a plain JSON Resume: id from the e-mail, an open-ended position ongoing, technologies from the texts', async () => {
    const response = await graphql(server.url, importDocument, { document: janeDocument }, auth);
    expect(response.body).toEqual({
      data: {
        importResumeDocument: {
          dryRun: false,
          fileName: 'jane-roe.json',
          format: 'JSON',
          resume: janeResume,
          lines: janeLines,
          facts: janeFacts,
          warnings: [],
          created: true,
          // Person, 2 roles, 1 project, Stripe and Uber, and 7 technologies (5 from the work
          // entries' texts, Airflow from the project's description, Python from its keywords).
          nodesCreated: 13,
          nodesDeleted: 0,
          // HELD ×2, AT ×2, USED ×5 from the roles, WORKED_ON, USED ×2 from the project.
          relationshipsCreated: 12,
          relationshipsDeleted: 0,
          unnormalised: [],
          person: janePerson,
        },
      },
    });
  });

  it('changes nothing when the same document comes again, whatever its encoding', async () => {
    const before = await canonicalDump(testExecutor());
    const base64 = {
      fileName: 'jane-roe.json',
      content: Buffer.from(janeText, 'utf8').toString('base64'),
      encoding: 'BASE64',
    };
    for (const document of [janeDocument, base64]) {
      expect(await imported(document)).toMatchObject({
        created: false,
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        person: janePerson,
      });
    }
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });

  it('replaces the person when the same person’s document changes', async () => {
    const shorter = { ...jane, work: [jane.work[0]], projects: [] };
    expect(await imported({ fileName: 'jane-roe.json', content: JSON.stringify(shorter) })).toMatchObject({
      created: false,
      nodesCreated: 0,
      // The Uber role and the project no one else worked on, and what only they used: Uber, Go,
      // Python and Airflow (the orphan rule).
      nodesDeleted: 6,
      relationshipsCreated: 0,
      // HELD, AT and USED (Go) of the Uber role; WORKED_ON and the project's two USED.
      relationshipsDeleted: 6,
      person: {
        ...janePerson,
        roles: [janePerson.roles[0]],
        projects: [],
        source: { ...janePerson.source, lines: '1-1' },
      },
    });
  });

  it('keeps the source document and line span of the person and each position, and the API shows them', async () => {
    const yaml = [
      'id: sam-lee',
      'source: { document: sam-lee.txt, lines: "1-12" }',
      'basics: { label: Site Reliability Engineer }',
      'work:',
      '  - name: Uber',
      '    positions:',
      '      - position: Site Reliability Engineer',
      '        startDate: "2019-01"',
      '        endDate: "2021-06"',
      '        technologies: [Kubernetes]',
      '        source: { lines: "3-7", confidence: 0.8 }',
      '',
    ].join('\n');
    const document = {
      fileName: 'sam-lee.yaml',
      content: Buffer.from(yaml).toString('base64'),
      encoding: 'BASE64',
    };
    expect(await imported(document)).toMatchObject({
      format: 'YAML',
      // As read: a final newline ends the last line rather than starting another.
      lines: yaml.trimEnd().split('\n'),
      created: true,
      person: {
        id: 'sam-lee',
        source: { document: 'sam-lee.txt', lines: '1-12', confidence: null },
        roles: [
          {
            id: 'sam-lee-w0-p0',
            title: 'Site Reliability Engineer',
            current: false,
            source: { document: 'sam-lee.txt', lines: '3-7', confidence: 0.8 },
          },
        ],
      },
    });
  });
});

describe('importResumeDocument refuses bad documents, naming them, and changes nothing', () => {
  let before: Awaited<ReturnType<typeof canonicalDump>>;
  beforeAll(async () => {
    before = await canonicalDump(testExecutor());
  });

  const send = (document: Record<string, unknown>, dryRun = false) =>
    graphql(server.url, importDocument, { document, dryRun }, auth);

  it('a document over 5 MB, as text or base64', async () => {
    const text = await send({ fileName: 'big.txt', content: 'a'.repeat(MAX_DOCUMENT_BYTES + 1) });
    expect(text.body).toEqual(
      failed('big.txt: the document is 5.0 MB (5242881 bytes); expected at most 5 MB (5242880 bytes).', {}),
    );
    const base64 = await send({
      fileName: 'big.pdf',
      content: Buffer.alloc(MAX_DOCUMENT_BYTES + 3).toString('base64'),
      encoding: 'BASE64',
    });
    expect(base64.body).toEqual(
      failed('big.pdf: the document is 5.0 MB (5242883 bytes); expected at most 5 MB (5242880 bytes).', {}),
    );
  });

  it('content that is not base64', async () => {
    const response = await send({ fileName: 'cv.pdf', content: 'JVBER i0x!LjQ=', encoding: 'BASE64' });
    expect(response.body).toEqual(
      failed(
        'cv.pdf: document.content is not valid base64 (found "!" at character 9); expected the standard alphabet ' +
          'A-Z, a-z, 0-9, + and /, with = padding at the end, or encoding: UTF8 for text.',
        {},
      ),
    );
  });

  it('a file name that is none', async () => {
    const response = await send({ fileName: ' ', content: 'text' });
    expect(response.body).toEqual(
      failed(
        'document.fileName " " is not a file name: expected the document\'s name with its extension, up to 255 characters, e.g. "jane-doe.pdf".',
        {},
      ),
    );
  });

  it('an empty document and an image: the extractor’s reason, with the file named', async () => {
    const empty = await send({ fileName: 'empty.txt', content: '' }, true);
    expect(empty.body).toEqual(failed(expect.stringContaining('empty.txt'), { reason: 'EMPTY' }));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const image = await send({ fileName: 'photo.png', content: png, encoding: 'BASE64' });
    expect(image.body).toEqual(
      failed(expect.stringContaining('photo.png'), {
        reason: expect.stringMatching(/^(UNSUPPORTED_TYPE|BINARY)$/),
      }),
    );
  });

  it('a YAML résumé that is not valid: the line in the client’s own file', async () => {
    const yaml = [
      'id: never-loaded',
      'work:',
      '  - name: Stripe',
      '    positions:',
      '      - position: Engineer',
      '        startDate: "2020-05"',
      '        endDate: "2019-01"',
    ].join('\n');
    const response = await send({ fileName: 'never-loaded.yaml', content: yaml });
    expect(response.body).toEqual(
      failed(
        'never-loaded.yaml: work[0].positions[0].endDate: "2019-01", before startDate "2020-05" (line 7); ' +
          'expected an end date on or after the start date (record the evident reading and keep the text in `note`)',
        { reason: 'NOT_A_RESUME' },
      ),
    );
  });

  it('left the graph as it was', async () => {
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });
});

describe('importResume of a plain JSON Resume', () => {
  const importResume = `mutation ImportResume($resume: JSON!) {
  importResume(resume: $resume) {
    created
    nodesCreated
    relationshipsCreated
    person { id label roles { title startDate endDate current company { id } technologies { id } } }
  }
}`;
  // JSON Resume: no id, one position per work entry, technologies only in the texts.
  const ann = {
    basics: { name: 'Ann Example', label: 'Platform Engineer' },
    work: [
      {
        name: 'Stripe',
        position: 'Platform Engineer',
        startDate: '2020-01',
        highlights: ['Runs Kafka on Kubernetes.'],
      },
      {
        name: 'Uber',
        position: 'Engineer',
        startDate: '2016-05',
        endDate: '2019-12',
        summary: 'Wrote Go services.',
      },
    ],
  };

  it('is accepted, with the id a document of it would get, the open-ended position ongoing and the texts’ technologies', async () => {
    const response = await graphql(server.url, importResume, { resume: ann }, auth);
    expect(response.body).toEqual({
      data: {
        importResume: {
          created: true,
          // Person, 2 roles and Go (which left the graph with Jane's Uber role); Stripe, Uber,
          // Kafka and Kubernetes are already in it.
          nodesCreated: 4,
          // HELD ×2, AT ×2, USED ×3.
          relationshipsCreated: 7,
          person: {
            id: 'ann-example',
            label: 'Platform Engineer @ Stripe',
            roles: [
              {
                title: 'Platform Engineer',
                startDate: '2020-01',
                endDate: null,
                current: true,
                company: { id: 'stripe' },
                technologies: [{ id: 'kafka' }, { id: 'kubernetes' }],
              },
              {
                title: 'Engineer',
                startDate: '2016-05',
                endDate: '2019-12',
                current: false,
                company: { id: 'uber' },
                technologies: [{ id: 'go' }],
              },
            ],
          },
        },
      },
    });
    const asDocument = await graphql<{ importResumeDocument: { resume: { id: string } } }>(
      server.url,
      importDocument,
      { document: { fileName: 'ann.json', content: JSON.stringify(ann) }, dryRun: true },
      auth,
    );
    expect(asDocument.body.data?.importResumeDocument.resume.id).toBe('ann-example');
  });
});
