import { describe, expect, it } from 'vitest';
import { HelpRequested } from '../../../src/cli/cli-arguments.js';
import { cutShortNote, exportGraph, parseExportArguments } from '../../../src/cli/export.js';

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

  it('defaults to the whole graph (as many nodes as the API gives), the local API (on PORT when set) and stdout', () => {
    expect(parseExportArguments(['--format', 'json'], {})).toEqual({
      format: 'json',
      variables: { limit: 2000 },
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
    expect(() => parseExportArguments(['--format', 'json', '--limit', '2001'])).toThrow(
      '--limit "2001" is not valid: expected an integer from 1 to 2000.',
    );
  });

  it('answers --help with every option, whatever else is given', () => {
    for (const argv of [['--help'], ['-h'], ['--format', 'nope', '--help']]) {
      const attempt = () => parseExportArguments(argv, { PORT: '4100' });
      expect(attempt, argv.join(' ')).toThrow(HelpRequested);
      let text = '';
      try {
        attempt();
      } catch (error) {
        text = (error as Error).message;
      }
      expect(text.split('\n')[0]).toBe(
        'Usage: npm run export -- --format graphml|gexf|cytoscape|json [--focus ID ...] [--depth N] [--kind KIND ...] [--limit N] [--out FILE] [--url URL]',
      );
      for (const option of [
        '--format',
        '--focus',
        '--depth',
        '--kind',
        '--limit',
        '--out',
        '--url',
        '--help',
      ]) {
        expect(text, option).toMatch(new RegExp(`^ +(-\\w, )?${option} `, 'm'));
      }
      expect(text).toContain('(default http://localhost:4100/graphql, from PORT)');
    }
  });

  it('says how a view was cut short and how to get the rest', () => {
    expect(cutShortNote({ limit: 2000 }, 2000, 68944)).toBe(
      "Cut short: it holds the 2000 best-connected of the graph's 68944 nodes (the most the API's graph query returns); export parts of it with --focus ID --depth N or --kind KIND.",
    );
    expect(cutShortNote({ limit: 50, kinds: ['PERSON'] }, 50, 200)).toBe(
      "Cut short: it holds the 50 best-connected of the graph's 200 nodes (--limit 50; up to 2000 can be asked); export parts of it with --focus ID --depth N or --kind KIND.",
    );
    expect(cutShortNote({ focus: ['kubernetes', 'java'], depth: 3, limit: 100 }, 100, undefined)).toBe(
      'Cut short: it holds 100 nodes (--limit 100) and the neighbourhood of kubernetes, java has more; lower --depth or pick --kind to export all of a smaller part.',
    );
  });

  it('says which API it could not reach', async () => {
    await expect(
      exportGraph({ format: 'json', variables: {}, out: undefined, url: 'http://127.0.0.1:9/graphql' }),
    ).rejects.toThrow('Could not reach the GraphQL API at http://127.0.0.1:9/graphql');
  });
});
