import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ResumeDocument } from '../resume/types.js';
import { errorMessage } from '../util/error-message.js';
import type { EvalDocument } from './datasets.js';
import {
  addCounts,
  emptyFieldCounts,
  type FactKeys,
  type FieldCounts,
  scoreMissing,
  scoreResume,
} from './score.js';

/** What is evaluated: the extractor's entry point, or anything of its shape. */
export type Extract = (
  input: { fileName: string; content: Uint8Array },
  catalogue: Catalogue,
) => Promise<{ resume: ResumeDocument }>;

export interface DocumentResult {
  document: EvalDocument;
  counts: FieldCounts;
  /** What the extractor gave; undefined when it threw. */
  predicted?: ResumeDocument;
  /** The message of what it threw. */
  error?: string;
  milliseconds: number;
}

/** Extracts every document (one at a time) and scores it against its gold. */
export async function evaluateDocuments(
  documents: readonly EvalDocument[],
  extract: Extract,
  catalogue: Catalogue,
  keys: FactKeys,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const document of documents) {
    const content = new Uint8Array(await readFile(document.file));
    const started = performance.now();
    try {
      const { resume } = await extract({ fileName: basename(document.file), content }, catalogue);
      const milliseconds = performance.now() - started;
      results.push({
        document,
        counts: scoreResume(document.gold, resume, keys),
        predicted: resume,
        milliseconds,
      });
    } catch (error) {
      results.push({
        document,
        counts: scoreMissing(document.gold, keys),
        error: errorMessage(error),
        milliseconds: performance.now() - started,
      });
    }
  }
  return results;
}

/** Counts summed over results, per group (`all`, or by format or layout). */
export function totals(
  results: readonly DocumentResult[],
  groupOf: (result: DocumentResult) => string | undefined = () => 'all',
): Map<string, { documents: number; counts: FieldCounts }> {
  const groups = new Map<string, { documents: number; counts: FieldCounts }>();
  for (const result of results) {
    const group = groupOf(result);
    if (group === undefined) continue;
    const sum = groups.get(group) ?? { documents: 0, counts: emptyFieldCounts() };
    sum.documents++;
    addCounts(sum.counts, result.counts);
    groups.set(group, sum);
  }
  return groups;
}
