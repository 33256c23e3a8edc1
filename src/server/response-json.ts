import type { FormattedExecutionResult } from 'graphql';

/**
 * A response's JSON text, written once. The response-size guard rail has to serialise an answer to
 * measure it, and Apollo serialises it again to send it (5% of the server's CPU on a page of 50
 * people); `measureResponse` keeps the text it measured and `stringifyResult` (Apollo's hook) sends
 * it. Apollo hands `stringifyResult` a new object with the same `errors`, `data` and `extensions`
 * in that order, so the text is kept under `data` and reused only while all three are the same
 * objects: anything changed after measuring is serialised afresh.
 */
interface Measured {
  errors: unknown;
  extensions: unknown;
  text: string;
}

const measured = new WeakMap<object, Measured>();

/** Apollo's own field order, so the kept text is the text Apollo would have written. */
function ordered(result: FormattedExecutionResult) {
  return { errors: result.errors, data: result.data, extensions: result.extensions };
}

/** The size in bytes of `result`'s JSON (Apollo sends it followed by a newline), kept for sending. */
export function measureResponse(result: FormattedExecutionResult): number {
  const json = JSON.stringify(ordered(result));
  if (result.data && typeof result.data === 'object') {
    measured.set(result.data, { errors: result.errors, extensions: result.extensions, text: `${json}\n` });
  }
  return Buffer.byteLength(json);
}

/** Apollo's `stringifyResult`: the measured text when nothing changed since, else JSON as Apollo writes it. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const kept = result.data && typeof result.data === 'object' ? measured.get(result.data) : undefined;
  if (kept && kept.errors === result.errors && kept.extensions === result.extensions) return kept.text;
  return `${JSON.stringify(ordered(result))}\n`;
}
