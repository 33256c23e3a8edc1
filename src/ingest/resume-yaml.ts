import { basename } from 'node:path';
import { Document, isMap, isNode, isScalar } from 'yaml';
import type { ExtractionResult } from '../extract/index.js';
import { parseJsonPath } from '../resume/json-path.js';

/** Document text quoted in a comment is cut after this many characters. */
const QUOTE_LENGTH = 100;

/** Paths of the entries that carry `source: { lines }` in an extracted résumé. */
const ENTRY_LISTS = ['work', 'positions', 'education', 'projects', 'publications', 'skills'];

/**
 * The extracted résumé as YAML for a person to review before loading: a header naming the
 * document and its warnings, each entry preceded by the document line it starts at, each
 * extracted value followed by its line (and confidence when below 1). Loads as it is with
 * `npm run load`. The same result always gives the same text.
 */
export function resumeYaml(result: ExtractionResult, yamlName: string): string {
  // Who and from where first, then the résumé's sections in its own order.
  const { $schema, id, source, ...sections } = result.resume;
  const document = new Document({ $schema, id, source, ...sections });
  const header = [
    ` Extracted from ${result.fileName} (${result.format}, ${result.lines.length} lines) by npm run ingest.`,
    ` Review it, then load it: npm run load -- ${basename(yamlName)}`,
    ' Each value extracted is followed by the line of the document it comes from; each entry by',
    ' the line it starts at; source.lines says which lines an entry was read from.',
  ];
  if (result.warnings.length > 0) {
    header.push('', ` Warnings (${result.warnings.length}):`);
    for (const warning of result.warnings) {
      const where = warning.line === undefined ? '' : ` (${lineSpan(warning.line, warning.endLine)})`;
      header.push(`   ${warning.code}${where}: ${warning.message}`);
    }
  }
  document.commentBefore = header.join('\n');

  for (const fact of result.facts) {
    const node = document.getIn(parseJsonPath(fact.path), true);
    if (!isScalar(node)) continue;
    const confidence = fact.confidence < 1 ? `, confidence ${fact.confidence}` : '';
    node.comment = ` ${lineSpan(fact.line, fact.endLine)}${confidence}`;
  }
  // Entries' lines are those of the résumé's source document, which may not be this file (a YAML
  // résumé transcribed from a text document).
  if ((result.resume.source?.document ?? result.fileName) === result.fileName) {
    annotateEntries(document.contents, [], result.lines);
  }
  return document.toString({ lineWidth: 0 });
}

function lineSpan(line: number, endLine = line): string {
  return endLine > line ? `lines ${line}-${endLine}` : `line ${line}`;
}

/** Puts the first line of each entry's `source.lines` as a comment before the entry. */
function annotateEntries(node: unknown, path: string[], lines: readonly string[]): void {
  if (!isNode(node)) return;
  if (isMap(node)) {
    const lineRange = node.getIn(['source', 'lines']);
    const first = typeof lineRange === 'string' ? Number(lineRange.split('-')[0]) : Number.NaN;
    const listed = ENTRY_LISTS.includes(path.at(-1) ?? '');
    if (listed && Number.isInteger(first) && lines[first - 1] !== undefined) {
      const text = (lines[first - 1] ?? '').trim();
      const quoted = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
      node.commentBefore = ` line ${first}: ${quoted}`;
    }
    for (const pair of node.items) {
      if (isScalar(pair.key)) annotateEntries(pair.value, [...path, String(pair.key.value)], lines);
    }
    return;
  }
  if ('items' in node && Array.isArray(node.items)) {
    for (const item of node.items) annotateEntries(item, path, lines);
  }
}
