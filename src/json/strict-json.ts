import { isUtf8 } from 'node:buffer';
import { LineCounter, parseDocument } from 'yaml';

/**
 * JSON read strictly, for résumé files and request bodies alike: bytes that are not UTF-8, a key
 * given twice in one object (which `JSON.parse` resolves silently to the last), and strings holding
 * half a surrogate pair (which storage would turn into U+FFFD) are refused with where they are.
 * Everything here is iterative, so no nesting depth overflows the stack.
 */

export type StrictJsonProblem = 'utf8' | 'syntax' | 'duplicate-key' | 'lone-surrogate';

export class StrictJsonError extends Error {
  override readonly name = 'StrictJsonError';

  constructor(
    readonly problem: StrictJsonProblem,
    /** What was found, e.g. `the key "id" a second time`; the message says where and what was expected. */
    readonly found: string,
    /** 1-based position in the text (for `utf8`, of the decoded part before the bad byte). */
    readonly line: number,
    readonly column: number,
    /** Where in the value, as segments (`work`, 0, `name`); empty for the top level or when unknown. */
    readonly path: readonly (string | number)[] = [],
    /** Byte offset, for bytes that are not UTF-8. */
    readonly byteOffset?: number,
  ) {
    super(found);
  }
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1 when all are. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/** The bytes as text, or a StrictJsonError (`utf8`) at the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  const offset = invalidUtf8Offset(bytes);
  if (offset < 0) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, offset).toString('utf8');
  const { line, column } = lineAndColumn(before, before.length);
  const shown = Array.from(
    bytes.subarray(offset, offset + 4),
    (byte) => `0x${byte.toString(16).padStart(2, '0')}`,
  );
  throw new StrictJsonError(
    'utf8',
    `bytes that are not UTF-8 at byte offset ${offset} (${shown.join(' ')})`,
    line,
    column,
    [],
    offset,
  );
}

/**
 * `JSON.parse` that refuses duplicate keys and lone surrogates. Syntax errors are StrictJsonErrors
 * (`syntax`) with the parser's reason and position.
 */
export function parseStrictJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw syntaxError(text, (error as Error).message);
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const { line, column } = lineAndColumn(text, duplicate.offset);
    throw new StrictJsonError(
      'duplicate-key',
      `the key ${JSON.stringify(duplicate.key)} a second time in one object`,
      line,
      column,
      duplicate.path,
    );
  }
  const lone = findLoneSurrogate(value);
  if (lone) throw new StrictJsonError('lone-surrogate', lone.found, 0, 0, lone.path);
  return value;
}

/** Where `findDuplicateKey` found a key given twice: the object's path plus the key. */
interface Duplicate {
  key: string;
  path: (string | number)[];
  offset: number;
}

type Frame =
  | { kind: 'object'; keys: Set<string>; key: string | undefined; expectKey: boolean }
  | { kind: 'array'; index: number };

/** The first key given twice in one object of a well-formed JSON text, scanning once, without recursion. */
export function findDuplicateKey(text: string): Duplicate | undefined {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        // Escapes decode before comparing: "a" and "\u0061" are the same key.
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return { key, path: [...pathOf(stack.slice(0, -1)), key], offset: i };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
      continue;
    }
    if (c === '{') stack.push({ kind: 'object', keys: new Set(), key: undefined, expectKey: true });
    else if (c === '[') stack.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index += 1;
    }
    i += 1;
  }
  return undefined;
}

function pathOf(frames: readonly Frame[]): (string | number)[] {
  return frames.map((frame) => (frame.kind === 'array' ? frame.index : (frame.key ?? '')));
}

/** Index just past the closing quote of the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i += 1;
  }
  return text.length;
}

/** The first string (key or value) holding half a surrogate pair, walking without recursion. */
export function findLoneSurrogate(value: unknown): { found: string; path: (string | number)[] } | undefined {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop() as { value: unknown; path: (string | number)[] };
    if (typeof current === 'string') {
      const lone = loneSurrogate(current);
      if (lone) return { found: `${lone} in ${quoteShort(current)}`, path };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => {
        pending.push({ value: item, path: [...path, index] });
      });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const lone = loneSurrogate(key);
        if (lone) return { found: `${lone} in the key ${quoteShort(key)}`, path };
        pending.push({ value: item, path: [...path, key] });
      }
    }
  }
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `half a surrogate pair (\uD800, ...)` when `text` holds one, else undefined. */
function loneSurrogate(text: string): string | undefined {
  const match = LONE_SURROGATE.exec(text);
  if (!match) return undefined;
  const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
  return `half a surrogate pair (\\u${unit}, not a character)`;
}

function quoteShort(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD'));
}

function syntaxError(text: string, message: string): StrictJsonError {
  const offset = /position (\d+)/.exec(message)?.[1];
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/\s+/g, ' ');
  const { line, column } =
    offset === undefined
      ? (yamlErrorPosition(text) ?? lineAndColumn(text, text.length))
      : lineAndColumn(text, Number(offset));
  return new StrictJsonError('syntax', `invalid JSON (${reason})`, line, column);
}

/** Where a YAML parser (JSON is YAML) trips, for the JSON errors whose message gives no position. */
function yamlErrorPosition(text: string): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const [error] = parseDocument(text, { lineCounter }).errors;
  if (!error) return undefined;
  const position = lineCounter.linePos(error.pos[0]);
  return { line: position.line, column: position.col };
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
