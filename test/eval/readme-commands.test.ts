import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { DEFAULT_SEED_DOCUMENTS } from '../../src/eval/datasets.js';

const run = promisify(execFile);

/** The commands of the README's shell block on reading résumé documents, comments dropped. */
function evalCommands(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Reading résumé documents.**'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

const FIELD_TABLE = '| field | precision | recall | F1 | TP | FP | FN |';

/** Runs a README command from the project root; PDFs are printed by Debian's Chromium. */
async function readmeCommand(command: string): Promise<string> {
  const { stdout } = await run('bash', ['-c', command], { cwd: projectRoot, maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

describe('the README extraction commands', () => {
  const commands = evalCommands();

  it('are an evaluation, a corpus rendering, an evaluation of it and the benchmark', () => {
    expect(commands).toEqual([
      'npm run eval:extract',
      'npm run corpus:render -- --count 10 --seed 1 --out .data/corpus',
      'npm run eval:extract -- --sets rendered --corpus .data/corpus --misses',
      'npm run bench:extract',
    ]);
  });

  it('score the four sets, the rendered one made on the fly', { timeout: 300_000 }, async () => {
    const output = await readmeCommand(commands[0] as string);
    expect(output).toContain('Matching rules:\n- companies: the distinct employers of a résumé');
    // The seed documents live beside the clone; without them the set is left out and said so.
    if (existsSync(DEFAULT_SEED_DOCUMENTS)) {
      expect(output).toContain(
        `## seed: 3 documents (${DEFAULT_SEED_DOCUMENTS}, gold seed/resumes/*.yaml)\n\n${FIELD_TABLE}`,
      );
    } else {
      expect(output).toContain(
        `## seed: not scored, no documents in ${DEFAULT_SEED_DOCUMENTS} (give --seed-documents DIR)`,
      );
    }
    expect(output).toMatch(
      /## rendered: 100 documents \(25 résumés × 4 formats, seed 1, rendered in [\d.]+ s/,
    );
    expect(output).toContain(
      '| layout | documents | companies | titles | dates | roles | technologies | attribution | schools | degrees |',
    );
    expect(output).toContain(
      '## heldout: 18 documents (test/fixtures/documents/heldout, gold in its gold/ folder)',
    );
    expect(output).toContain(
      `## unseen: 26 documents (test/fixtures/documents/unseen, gold in its gold/ folder)\n\n${FIELD_TABLE}`,
    );
    // The unseen set has a row per format, with as many documents as the folder has files of it.
    const unseen = output.slice(output.indexOf('## unseen'), output.indexOf('## Targets'));
    for (const [format, documents] of [
      ['text', 7],
      ['markdown', 5],
      ['pdf', 8],
      ['docx', 6],
    ] as const) {
      expect(unseen).toMatch(new RegExp(`\\n\\| ${format} \\| ${documents} \\| [\\d.-]+ \\|`));
    }
    expect(output).toContain('## Targets (issue 10)');
  });

  it('render a corpus to disk and score it from there, misses listed', { timeout: 300_000 }, async () => {
    const rendered = await readmeCommand(commands[1] as string);
    expect(rendered).toMatch(/^Wrote 40 documents of 10 résumés \(seed 1\) to \S+\/\.data\/corpus\.$/m);
    const manifest = JSON.parse(readFileSync(join(projectRoot, '.data/corpus/corpus.json'), 'utf8'));
    expect(manifest.documents).toHaveLength(40);
    const scored = await readmeCommand(commands[2] as string);
    expect(scored).toContain(
      `## rendered: 40 documents (corpus ${join(projectRoot, '.data/corpus')})\n\n${FIELD_TABLE}`,
    );
    expect(scored).toContain('### rendered: missed and extra facts');
    expect(scored).not.toContain('## seed');
    expect(scored).not.toContain('## heldout');
    expect(scored).not.toContain('## unseen');
  });
});
