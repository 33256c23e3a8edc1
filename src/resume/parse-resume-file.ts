import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CORE_SCHEMA, load, realMapTag } from 'js-yaml';
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

function parseYaml(file: string, text: string): ParsedResume {
  let located: [Document, LineCounter] | undefined;
  let data = readYamlFast(text);
  if (data === undefined) {
    located = yamlSourceMap(file, text);
    data = yamlData(file, located[0]);
  }
  const locate = (segments: readonly (string | number)[]) => {
    located ??= yamlSourceMap(file, text);
    return locateIn(...located, segments);
  };
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

/** The full YAML document with positions; throws `ResumeError` naming each syntax error's line. */
function yamlSourceMap(file: string, text: string): [Document, LineCounter] {
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
  return [document, lineCounter];
}

function yamlData(file: string, document: Document): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
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
}

/*
 * The fast path. Building the `yaml` package's document (every node with its range) is most of
 * the cost of loading a file, and positions are needed only to report an error. js-yaml reads
 * the same YAML 1.2 core schema into the same values, about twice as fast, for the YAML a résumé
 * uses. Whatever it refuses, and whatever the two could read differently, goes the slow way, so
 * values, refusals and the wording of every error are those of the `yaml` package
 * (test/unit/resume/yaml-fast-path.test.ts compares both on every fixture).
 */
/**
 * Tags, anchors and aliases, directives and tabs: features where the two readers may differ. A tag,
 * anchor or alias starts a node, so it follows a line start, a space or a flow indicator; an `&`
 * or `*` followed by a space ("R & D") or inside a word ("AT&T") is text.
 */
const DIFFERING_FEATURES = /(?:^|[\s[{,:])(?:[&*]\S|!)|^%|\t/m;

/** A number with an exponent: js-yaml keeps one that overflows (1e400) as a string, `yaml` reads Infinity. */
const EXPONENT_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;

/** Maps as `Map`, so that a key that is not a string (which `yaml` would stringify its own way) is seen. */
const FAST_SCHEMA = CORE_SCHEMA.withTags(realMapTag);

/** `text`'s data as the `yaml` package reads it, or undefined when it must be read that slow way. */
export function readYamlFast(text: string): unknown {
  if (DIFFERING_FEATURES.test(text)) return undefined;
  let loaded: unknown;
  try {
    loaded = load(text, { schema: FAST_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  return plainData(loaded);
}

/** `Map`s made plain objects as `yaml`'s `toJS` makes them; undefined for a value it would read otherwise. */
function plainData(value: unknown): unknown {
  if (typeof value === 'string') return EXPONENT_NUMBER.test(value) ? undefined : value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item = plainData(value[index]);
      if (item === undefined) return undefined;
      value[index] = item;
    }
    return value;
  }
  if (value instanceof Map) {
    const object: Record<string, unknown> = {};
    for (const [key, entry] of value) {
      if (typeof key !== 'string') return undefined;
      const item = plainData(entry);
      if (item === undefined) return undefined;
      // `__proto__` an own property, as `yaml` makes it, never the prototype.
      if (key === '__proto__') {
        Object.defineProperty(object, key, {
          value: item,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else {
        object[key] = item;
      }
    }
    return object;
  }
  return value;
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
    const position = locateIn(...jsonSourceMap(text), error.path);
    throw new ResumeError(file, [
      {
        ...(issue.issues[0] as ResumeIssue),
        ...(position && { line: position.line, column: position.column }),
      },
    ]);
  }
  let located: [Document, LineCounter] | undefined;
  return {
    file,
    data,
    locate(segments) {
      located ??= jsonSourceMap(text);
      return locateIn(...located, segments);
    },
  };
}

/** JSON read as YAML (which it is), for the positions of paths. */
function jsonSourceMap(text: string): [Document, LineCounter] {
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
