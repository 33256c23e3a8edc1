import { fileURLToPath } from 'node:url';

/** The hostile résumé corpus: test/fixtures/hostile/, and what each file must meet. */
export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

export interface HostileResume {
  file: string;
  /**
   * Refused: where (`path`, '' for the file as a whole) and words of what was found and what was
   * expected. Accepted: the hostile text is stored as it is, and nothing else happens.
   */
  refused?: { path: string; found: string; expected: string };
  /** What importResume answers when the file's bytes are the `resume` variable of a request. */
  api: 'BAD_REQUEST' | 'BAD_USER_INPUT' | 'loaded' | 'not-json';
}

const utf8 = { path: '', found: 'bytes that are not UTF-8 at byte offset', expected: 'saved as UTF-8' };
const duplicate = (path: string) => ({
  path,
  found: 'a second time in one object',
  expected: 'each key once',
});
const lone = (path: string) => ({ path, found: 'half a surrogate pair', expected: 'whole characters' });
const visible = (path: string, found: string) => ({
  path,
  found,
  expected: 'at least one visible character',
});
const date = (path: string, found: string) => ({ path, found, expected: 'from 1900 to next year' });
const tooMany = (path: string, found: string, limit: number) => ({
  path,
  found,
  expected: `at most ${limit}`,
});

export const HOSTILE_RESUMES: HostileResume[] = [
  { file: 'duplicate-key-top.json', refused: duplicate('id'), api: 'BAD_REQUEST' },
  { file: 'duplicate-key-nested.json', refused: duplicate('work[0].name'), api: 'BAD_REQUEST' },
  { file: 'duplicate-key-escaped.json', refused: duplicate('basics.label'), api: 'BAD_REQUEST' },
  {
    file: 'duplicate-key.yaml',
    refused: { path: '', found: 'Map keys must be unique', expected: 'line 4' },
    api: 'not-json',
  },
  { file: 'invalid-utf8-byte.json', refused: utf8, api: 'BAD_REQUEST' },
  { file: 'invalid-utf8-overlong.json', refused: utf8, api: 'BAD_REQUEST' },
  { file: 'invalid-utf8-surrogate.yaml', refused: utf8, api: 'not-json' },
  { file: 'invalid-utf8-truncated.json', refused: utf8, api: 'BAD_REQUEST' },
  { file: 'invalid-utf8-latin1.yaml', refused: utf8, api: 'not-json' },
  { file: 'lone-surrogate-escape.json', refused: lone('basics.label'), api: 'BAD_REQUEST' },
  { file: 'lone-surrogate.yaml', refused: lone('basics.label'), api: 'not-json' },
  {
    file: 'nul-in-company.json',
    refused: visible('work[0].name', '"Acme\\u0000Corp"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'zero-width-only-company.json',
    refused: visible('work[0].name', '"\\u200B\\u200B"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'blank-position.json',
    refused: visible('work[0].positions[0].position', 'a blank string'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'bidi-only-technology.json',
    refused: visible('work[0].positions[0].technologies[0]', '"\\u202E"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'control-char-in-team.json',
    refused: {
      path: 'work[0].positions[0].team',
      found: '"Core\\u0007Team"',
      expected: 'without control characters',
    },
    api: 'BAD_USER_INPUT',
  },
  { file: 'crlf-in-company.json', refused: visible('work[0].name', 'Set-Cookie'), api: 'BAD_USER_INPUT' },
  {
    file: 'long-company-name.json',
    refused: { path: 'work[0].name', found: 'AAAA', expected: 'at most 200 characters' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'long-summary.json',
    refused: { path: 'basics.summary', found: 'lorem ipsum', expected: 'at most 10000 characters' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'long-highlight.json',
    refused: {
      path: 'work[0].positions[0].highlights[0]',
      found: 'xxxx',
      expected: 'at most 2000 characters',
    },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-technologies.json',
    refused: tooMany('work[0].positions[0].technologies', 'a list of 5000 items', 100),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-positions.json',
    refused: tooMany('work[0].positions', 'a list of 60 items', 50),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-employers.json',
    refused: tooMany('work', 'a list of 60 items', 50),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-positions-in-total.json',
    refused: tooMany('work[4].positions', '225 positions in the whole résumé', 200),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-technologies-in-total.json',
    refused: tooMany('work[8].positions[0].technologies', '1200 technology names', 1000),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-highlights.json',
    refused: tooMany('work[0].positions[0].highlights', 'a list of 60 items', 50),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'too-many-skill-keywords.json',
    refused: tooMany('skills[0].keywords', 'a list of 150 items', 100),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-year-zero.json',
    refused: date('work[0].positions[0].startDate', '"0000-01"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-9999-current.json',
    refused: date('work[0].positions[0].startDate', '"9999-12"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-1899.json',
    refused: date('work[0].positions[0].startDate', '"1899-05"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-far-future.json',
    refused: { path: 'work[0].positions[0].startDate', found: '"2090-01"', expected: 'a date from 1900 to' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-month-13.json',
    refused: date('work[0].positions[0].startDate', '"2020-13"'),
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-february-30.json',
    refused: {
      path: 'work[0].positions[0].endDate',
      found: '"2019-02-30"',
      expected: 'a real calendar date',
    },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'date-year-number.yaml',
    refused: date('work[0].positions[0].startDate', 'the number 1850'),
    api: 'not-json',
  },
  {
    file: 'id-number.json',
    refused: { path: 'id', found: 'the number 42', expected: 'text (a string)' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'id-injection.json',
    refused: { path: 'id', found: "x' OR 1=1 //", expected: 'Stable id' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'id-too-long.json',
    refused: { path: 'id', found: 'aaaa', expected: 'at most 128 characters' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'proto-pollution.json',
    refused: { path: '__proto__', found: 'the unknown field "__proto__"', expected: 'one of the fields' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'constructor-key.json',
    refused: {
      path: 'basics.constructor',
      found: 'the unknown field "constructor"',
      expected: 'one of the fields',
    },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'huge-number.json',
    refused: { path: 'source.lines', found: 'Infinity', expected: 'Lines of the document' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'not-an-object.json',
    refused: { path: '', found: 'a list of 3 items', expected: 'a mapping (object)' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'empty.json',
    refused: { path: '', found: 'invalid JSON', expected: 'well-formed JSON' },
    api: 'BAD_REQUEST',
  },
  {
    file: 'empty.yaml',
    refused: { path: '', found: 'an empty document', expected: 'a résumé mapping' },
    api: 'not-json',
  },
  {
    file: 'yaml-alias-bomb.yaml',
    refused: { path: '', found: 'Excessive alias count', expected: 'without anchors and aliases' },
    api: 'not-json',
  },
  {
    file: 'deep-nesting.json',
    refused: { path: 'work[0]', found: 'a list of 1 item', expected: 'a mapping (object)' },
    api: 'BAD_USER_INPUT',
  },
  {
    file: 'unknown-field-typo.json',
    refused: {
      path: 'work[0].positons',
      found: 'the unknown field "positons"',
      expected: 'did you mean "positions"',
    },
    api: 'BAD_USER_INPUT',
  },
  // The API takes JSON whatever the file was called: this one is a valid résumé there.
  {
    file: 'wrong-extension.txt',
    refused: { path: '', found: 'the extension ".txt"', expected: '.yaml, .yml or .json' },
    api: 'loaded',
  },
  { file: 'cypher-in-names.json', api: 'loaded' },
  { file: 'html-in-names.json', api: 'loaded' },
  // A byte-order mark starts a file, never the middle of a request body.
  { file: 'bom.json', api: 'BAD_REQUEST' },
  // An unknown YAML tag is read as the plain text it tags; nothing is evaluated.
  { file: 'yaml-js-tag.yaml', api: 'not-json' },
];
