import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { decodeUtf8, findLoneSurrogate, parseStrictJson, StrictJsonError } from '../json/strict-json.js';
import { humanPath } from './human-path.js';
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
  return parseResumeBytes(file, await readFile(file));
}

/** Parses a résumé file's bytes, read by the caller; errors as `parseResumeFile`'s. */
export function parseResumeBytes(file: string, bytes: Uint8Array): ParsedResume {
  formatOf(file);
  if (bytes.byteLength > MAX_RESUME_BYTES) throw tooLarge(file, bytes.byteLength);
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof StrictJsonError) throw strictJsonIssue(file, error);
    throw error;
  }
  return parseResumeText(file, text);
}

/** What the file should have been instead, for each way strict reading refuses it. */
const STRICT_EXPECTED: Record<StrictJsonError['problem'], string> = {
  utf8: 'a file saved as UTF-8 (save it again choosing the UTF-8 encoding)',
  syntax: 'well-formed JSON',
  'duplicate-key': 'each key once in an object: keep the value you mean and delete the other',
  'lone-surrogate': 'whole characters (an escape such as \\uD83D needs its pair, e.g. \\uDE00)',
};

function strictJsonIssue(file: string, error: StrictJsonError): ResumeError {
  const located = error.line > 0;
  return new ResumeError(file, [
    {
      file,
      path: humanPath(error.path),
      ...(located && { line: error.line, column: error.column }),
      found: error.found,
      expected:
        error.problem === 'syntax' && located
          ? `well-formed JSON at line ${error.line}, column ${error.column}`
          : STRICT_EXPECTED[error.problem],
    },
  ]);
}

/** Parses résumé text; `file` names it in errors and its extension picks the format. */
export function parseResumeText(file: string, text: string): ParsedResume {
  const format = formatOf(file);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_RESUME_BYTES) throw tooLarge(file, bytes);
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return format === 'yaml' ? parseYaml(file, source) : parseJson(file, source);
}

/**
 * Texts the fast reader (js-yaml) could read otherwise than the `yaml` library does, so they go to
 * `yaml` alone: a directive (`%YAML 1.1` changes the schema), a line long enough to hold a key over
 * YAML's 1,024-character limit (`yaml` refuses it, js-yaml reads it), a float whose exponent
 * overflows or a number of 300 digits or more (`1e400`: a number to `yaml`, a string to js-yaml), a
 * carriage return not followed by a line feed (a line break to js-yaml, text to `yaml`), and a tag (`!!float 1` is 1 to js-yaml,
 * "1" to `yaml`, whose float tag does not match it). A key that is null (`~:`, `null:`,
 * `: x`) is "" to `yaml` and "null" to js-yaml: data with a key "null" is read again by `yaml`. test/unit/resume/yaml-fast-path.test.ts holds the two readers to
 * the same data on every fixture and on each of these.
 */
const SLOW_YAML =
  /^%|\r(?!\n)|\d{300}|(?:^|[\s:,[{])!|(?:^|[\s:,[{])[-+]?(?:\d+(?:\.\d*)?|\.\d+)[eE][-+]?\d{3,}(?=[\s,:\]}]|$)/m;
/** The long-line test of SLOW_YAML, apart: as a pattern (`[^\n]{1000}`) it rescans every line from each of its characters. */
const LONG_LINE = 1000;

function hasLineOf(text: string, length: number): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start >= length) return true;
    start = stop + 1;
  }
  return false;
}

/**
 * The data of a YAML résumé, read fast when that gives what `yaml` would: js-yaml (YAML 1.2 core
 * schema, as `yaml`'s default) reads most résumés several times faster, refusing aliases, tags it
 * does not know, duplicate keys and anything malformed; each of those, and the texts SLOW_YAML
 * names, are read by `yaml`, whose messages and positions the errors quote. Undefined: read it
 * with `yaml`.
 */
export function readYamlFast(text: string): { data: unknown } | undefined {
  if (SLOW_YAML.test(text) || hasLineOf(text, LONG_LINE)) return undefined;
  let data: unknown;
  try {
    data = loadYaml(text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
  return hasKeyNull(data) ? undefined : { data };
}

function hasKeyNull(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasKeyNull);
  if (value === null || typeof value !== 'object') return false;
  return Object.hasOwn(value, 'null') || Object.values(value).some(hasKeyNull);
}

function parseYaml(file: string, text: string): ParsedResume {
  const fast = readYamlFast(text);
  if (fast) return withLoneSurrogateCheck(file, fast.data, lazyLocate(text));
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
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // The yaml library refuses aliases that expand too far (a "billion laughs" document).
    throw new ResumeError(file, [
      {
        file,
        path: '',
        found: `YAML that cannot be expanded (${(error as Error).message})`,
        expected: 'a résumé without anchors and aliases that multiply its size',
      },
    ]);
  }
  return withLoneSurrogateCheck(file, data, (segments) => locateIn(document, lineCounter, segments));
}

/** The parsed résumé, refused when a string holds half a surrogate pair (`findLoneSurrogate`). */
function withLoneSurrogateCheck(file: string, data: unknown, locate: ParsedResume['locate']): ParsedResume {
  const lone = findLoneSurrogate(data);
  if (lone) {
    const position = locate(lone.path);
    throw new ResumeError(file, [
      {
        file,
        path: humanPath(lone.path),
        ...(position && { line: position.line, column: position.column }),
        found: lone.found,
        expected: STRICT_EXPECTED['lone-surrogate'],
      },
    ]);
  }
  return { file, data, locate };
}

/** `locate` over a source map of `text` built on first use: most résumés never ask for a position. */
function lazyLocate(text: string): ParsedResume['locate'] {
  let located: [Document, LineCounter] | undefined;
  return (segments) => {
    located ??= sourceMap(text);
    return locateIn(...located, segments);
  };
}

function parseJson(file: string, text: string): ParsedResume {
  let data: unknown;
  try {
    data = parseStrictJson(text);
  } catch (error) {
    if (!(error instanceof StrictJsonError)) throw error;
    const issue = strictJsonIssue(file, error);
    if (error.problem !== 'lone-surrogate') throw issue;
    // Its position comes from the source map built for locating paths.
    const position = locateIn(...sourceMap(text), error.path);
    throw new ResumeError(file, [
      {
        ...(issue.issues[0] as ResumeIssue),
        ...(position && { line: position.line, column: position.column }),
      },
    ]);
  }
  return { file, data, locate: lazyLocate(text) };
}

/** The text read as YAML (JSON is YAML), for the positions of paths. */
function sourceMap(text: string): [Document, LineCounter] {
  const lineCounter = new LineCounter();
  return [parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter];
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
