import { describe, expect, it } from 'vitest';
import { measureResponse, stringifyResult } from '../../../src/server/response-json.js';

describe('a response serialised once', () => {
  it('measures the JSON in Apollo’s field order and sends that text, with Apollo’s newline', () => {
    const data = { person: { id: 'é', label: 'Ada' } };
    const extensions = { cost: 3 };
    const result = { extensions, data };
    const json = '{"data":{"person":{"id":"é","label":"Ada"}},"extensions":{"cost":3}}';
    expect(measureResponse(result)).toBe(Buffer.byteLength(json));
    expect(Buffer.byteLength(json)).toBe(json.length + 1);
    // Apollo passes a new object holding the same parts.
    expect(stringifyResult({ errors: undefined, data, extensions })).toBe(`${json}\n`);
  });

  it('serialises afresh an answer whose errors or extensions were replaced after measuring', () => {
    const data = { a: 1 };
    measureResponse({ data });
    expect(stringifyResult({ errors: [{ message: 'late' }], data })).toBe(
      '{"errors":[{"message":"late"}],"data":{"a":1}}\n',
    );
    expect(stringifyResult({ data, extensions: { b: 2 } })).toBe('{"data":{"a":1},"extensions":{"b":2}}\n');
  });

  it('serialises an answer it never measured as Apollo does', () => {
    expect(stringifyResult({ errors: [{ message: 'x' }] })).toBe('{"errors":[{"message":"x"}]}\n');
  });
});
