import type { Catalogue } from '../catalogue/catalogue.js';
import {
  type DocumentInput,
  type ExtractedFact,
  type ExtractionResult,
  extractDocument,
} from '../extract/index.js';
import { parseJsonPath } from '../resume/json-path.js';
import { parseResumeText } from '../resume/parse-resume-file.js';
import { type TextMention, withTechnologiesFromText } from '../resume/plain-json-resume.js';

/** Lines after a text's first line that a mention in it is looked for on (a folded YAML string). */
const CONTINUATION_LINES = 20;

/**
 * A document made into a résumé, as every way in (CLI, API, import page) does it: the extractor,
 * then, for a plain JSON Resume, the technologies its entries' texts name, each a fact pointing at
 * the line of the file that names it. Throws what the extractor throws (DocumentError for an
 * unreadable document, ResumeError for a structured file that is not a valid résumé).
 */
export async function ingestDocument(input: DocumentInput, catalogue: Catalogue): Promise<ExtractionResult> {
  const result = await extractDocument(input, catalogue);
  if (result.format !== 'json' && result.format !== 'yaml') return result;
  const { document, mentions } = withTechnologiesFromText(result.resume, catalogue);
  if (mentions.length === 0) return result;
  const parsed = parseResumeText(result.fileName, result.lines.join('\n'));
  const facts = mentions.map((mention) =>
    mentionFact(mention, result.lines, parsed.locate(parseJsonPath(mention.from))),
  );
  return { ...result, resume: document, facts: [...result.facts, ...facts] };
}

function mentionFact(
  mention: TextMention,
  lines: readonly string[],
  at: { line: number; column: number } | undefined,
): ExtractedFact {
  const first = at?.line ?? 1;
  for (let line = first; line <= Math.min(lines.length, first + CONTINUATION_LINES); line++) {
    const text = lines[line - 1] ?? '';
    const column = text.indexOf(mention.value, line === first ? (at?.column ?? 1) - 1 : 0);
    if (column >= 0) {
      return {
        path: mention.path,
        value: mention.value,
        line,
        endLine: line,
        column,
        endColumn: column + mention.value.length,
        confidence: 1,
      };
    }
  }
  return { path: mention.path, value: mention.value, line: first, endLine: first, confidence: 1 };
}
