import { describe, expect, it } from 'vitest';
import { exportGraph, parseExportArguments } from '../../../src/cli/export.js';

describe('npm run export arguments', () => {
  it('reads the format, focus ids, depth, kinds, limit, output and URL', () => {
    expect(
      parseExportArguments([
        '--format',
        'gexf',
        '--focus',
        'kubernetes',
        '--focus',
        'b0bdae752341232c',
        '--depth',
        '2',
        '--kind',
        'person',
        '--limit',
        '100',
        '--out',
        'graph.gexf',
        '--url',
        'http://127.0.0.1:9999/graphql',
      ]),
    ).toEqual({
      format: 'gexf',
      variables: { focus: ['kubernetes', 'b0bdae752341232c'], depth: 2, kinds: ['PERSON'], limit: 100 },
      out: 'graph.gexf',
      url: 'http://127.0.0.1:9999/graphql',
    });
  });

  it('defaults to the local API (on PORT when set) and stdout', () => {
    expect(parseExportArguments(['--format', 'json'], {})).toEqual({
      format: 'json',
      variables: {},
      out: undefined,
      url: 'http://localhost:4000/graphql',
    });
    expect(parseExportArguments(['--format', 'json'], { PORT: '4100' }).url).toBe(
      'http://localhost:4100/graphql',
    );
  });

  it('rejects a missing or unknown format and an out-of-range depth, saying what is expected', () => {
    expect(() => parseExportArguments([])).toThrow('--format is required.');
    expect(() => parseExportArguments(['--format', 'dot'])).toThrow(
      '--format "dot" is not known: expected one of graphml, gexf, cytoscape, json.',
    );
    expect(() => parseExportArguments(['--format', 'json', '--depth', '9'])).toThrow(
      '--depth "9" is not valid: expected an integer from 1 to 3.',
    );
    expect(() => parseExportArguments(['--format', 'json', '--colour', 'red'])).toThrow(
      "Unknown option '--colour'",
    );
  });

  it('says which API it could not reach', async () => {
    await expect(
      exportGraph({ format: 'json', variables: {}, out: undefined, url: 'http://127.0.0.1:9/graphql' }),
    ).rejects.toThrow('Could not reach the GraphQL API at http://127.0.0.1:9/graphql');
  });
});
