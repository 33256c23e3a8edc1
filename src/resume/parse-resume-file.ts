import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ResumeError } from './resume-error.js';
import type { ResumeIssue } from './resume-issue.js';

/** Résumés are a few kilobytes; anything over this is a mistake, not a résumé. */
export const MAX_RESUME_BYTES = 1024 * 1024;

export interface SourcePosition {
  line: number;
  column: number;
}

/** A file read into plain data, still unchecked. */
export interface ParsedResume {
  file: string;
  data: unknown;
  /** Where a path of the data starts in the file (or its nearest present ancestor). */
  locate(segments: readonly (string | number)[]): SourcePosition | undefined;
}

type Format = 'yaml' | 'json';

function formatOf(file: string): Format {
  const extension = extname(file).toLowerCase();
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'json';
  throw new ResumeError(file, [
    {
      file,
      path: '',
      found: extension === '' ? 'a file name without extension' : `the extension "${extension}"`,
      expected: '.yaml, .yml or .json',
    },
  ]);
}

function tooLarge(file: string, bytes: number): ResumeError {
  return new ResumeError(file, [
    {
      file,
      path: '',
      found: `a file of ${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes)`,
      expected: `at most ${MAX_RESUME_BYTES / (1024 * 1024)} MB (${MAX_RESUME_BYTES} bytes)`,
    },
  ]);
}

/** Reads and parses a `.yaml`, `.yml` or `.json` résumé; throws `ResumeError` with positions. */
export async function parseResumeFile(file: string): Promise<ParsedResume> {
  formatOf(file);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ResumeError(file, [
      { file, path: '', found: `no readable file (${code})`, expected: 'an existing résumé file' },
    ]);
  }
  if (size > MAX_RESUME_BYTES) throw tooLarge(file, size);
  return parseResumeText(file, await readFile(file, 'utf8'));
}

/** Parses résumé text; `file` names it in errors and its extension picks the format. */
export function parseResumeText(file: string, text: string): ParsedResume {
  const format = formatOf(file);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_RESUME_BYTES) throw tooLarge(file, bytes);
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return format === 'yaml' ? parseYaml(file, source) : parseJson(file, source);
}

function parseYaml(file: string, text: string): ParsedResume {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (document.errors.length > 0) {
    const issues: ResumeIssue[] = document.errors.slice(0, 10).map((error) => {
      const position = lineCounter.linePos(error.pos[0]);
      return {
        file,
        path: '',
        line: position.line,
        column: position.col,
        found: `invalid YAML (${error.message.split('\n')[0]})`,
        expected: `well-formed YAML at line ${position.line}, column ${position.col}`,
      };
    });
    throw new ResumeError(file, issues);
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  return { file, data, locate: (segments) => locateIn(document, lineCounter, segments) };
}

function parseJson(file: string, text: string): ParsedResume {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const position = offset === undefined ? yamlErrorPosition(text) : lineAndColumn(text, Number(offset));
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/\s+/g, ' ');
    throw new ResumeError(file, [
      {
        file,
        path: '',
        ...(position && { line: position.line, column: position.column }),
        found: `invalid JSON (${reason})`,
        expected: position
          ? `well-formed JSON at line ${position.line}, column ${position.column}`
          : 'well-formed JSON',
      },
    ]);
  }
  let located: { document: Document; lineCounter: LineCounter } | undefined;
  return {
    file,
    data,
    locate(segments) {
      if (!located) {
        const lineCounter = new LineCounter();
        located = { document: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
      }
      return locateIn(located.document, located.lineCounter, segments);
    },
  };
}

/** Where a YAML parser (JSON is YAML) trips, for JSON errors whose message gives no position. */
function yamlErrorPosition(text: string): SourcePosition | undefined {
  const lineCounter = new LineCounter();
  const [error] = parseDocument(text, { lineCounter }).errors;
  if (!error) return undefined;
  const position = lineCounter.linePos(error.pos[0]);
  return { line: position.line, column: position.col };
}

function lineAndColumn(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function locateIn(
  document: Document,
  lineCounter: LineCounter,
  segments: readonly (string | number)[],
): SourcePosition | undefined {
  for (let length = segments.length; length >= 0; length--) {
    const offset = offsetOf(document, segments.slice(0, length));
    if (offset !== undefined) {
      const position = lineCounter.linePos(offset);
      return { line: position.line, column: position.col };
    }
  }
  return undefined;
}

/** Start of the key naming the path's last segment, else of the value node. */
function offsetOf(document: Document, segments: readonly (string | number)[]): number | undefined {
  const last = segments.at(-1);
  if (typeof last === 'string') {
    const parent = segments.length === 1 ? document.contents : document.getIn(segments.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === last);
      const key = pair?.key;
      if (isScalar(key) && key.range) return key.range[0];
    }
  }
  const node = segments.length === 0 ? document.contents : document.getIn(segments, true);
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return range[0];
  }
  return undefined;
}
