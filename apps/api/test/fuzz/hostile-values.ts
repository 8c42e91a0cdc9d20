import fc from 'fast-check';

/**
 * Values no form would send. JSON values here may hold placeholders (see `toJsonText`) for what a
 * JavaScript value cannot carry: a `__proto__` key, numbers beyond double range.
 */

const PROTO_KEY = '__fuzz_proto_key__';
const rawTokens = ['1e999', '-1e999', '123456789012345678901234567890', '-0.0e-400'] as const;
const rawPlaceholder = (index: number) => `__fuzz_raw_${index}__`;

/** Serialises a fuzz value to the JSON text sent, placeholders replaced by their raw form. */
export function toJsonText(value: unknown): string {
  let json = JSON.stringify(value) ?? 'null';
  json = json.replaceAll(`"${PROTO_KEY}":`, '"__proto__":');
  rawTokens.forEach((token, index) => {
    json = json.replaceAll(`"${rawPlaceholder(index)}"`, token);
  });
  return json;
}

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = wrap(value);
  return value;
}

export const hostileStrings: string[] = [
  '\u0000',
  'Ana\u0000Cruz',
  '\uD800',
  'x\uDFFF',
  '\uDE00\uD83D',
  '',
  '   ',
  "'; DROP TABLE users; --",
  '%_\\',
  '<script>alert(1)</script>',
  'null',
  'NaN',
  '-0',
  'ǅ\u200B\uFEFF\u202E',
  'x'.repeat(20_000),
  '😀'.repeat(5_000),
];

const hostileNumbers = [
  0,
  -1,
  0.5,
  -0.0001,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  5e-324,
];

const hostileStructures: unknown[] = [
  null,
  true,
  {},
  [],
  [{}],
  { [PROTO_KEY]: { polluted: 'yes' } },
  { constructor: { prototype: { polluted: 'yes' } } },
  { prototype: { polluted: 'yes' } },
  nested(1_000, 'deep', (inner) => [inner]),
  nested(1_000, 'deep', (inner) => ({ a: inner })),
];

/** One hostile JSON value for any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(...rawTokens.map((_, index) => rawPlaceholder(index))),
  fc.constantFrom(...hostileStructures),
);

/** Hostile keys added next to the expected ones. */
export const hostileKey = fc.constantFrom(PROTO_KEY, 'constructor', 'prototype', 'unexpected', '');

/** Whole request bodies that are not the object asked for, as JSON text. */
export const hostileBodies: { note: string; text: string }[] = [
  { note: 'empty object', text: '{}' },
  { note: 'array for object', text: '[]' },
  { note: 'array of the object', text: '[{}]' },
  { note: 'null', text: 'null' },
  { note: 'string', text: '"text"' },
  { note: 'number', text: '42' },
  { note: 'huge number', text: '1e999' },
  { note: '__proto__ key', text: '{"__proto__":{"polluted":"yes"}}' },
  { note: 'constructor.prototype key', text: '{"constructor":{"prototype":{"polluted":"yes"}}}' },
  { note: 'nested 10 000 deep', text: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
  { note: 'NUL escaped in a key', text: '{"\\u0000":1}' },
  { note: 'truncated JSON', text: '{"name":' },
  // Just under and just over Fastify's 1 MiB body limit.
  { note: '~1 MB string field', text: `{"name":"${'a'.repeat(1_000_000)}"}` },
  { note: '>1 MiB body', text: `{"name":"${'a'.repeat(1_048_576)}"}` },
];

/** Query and path values as text; URL-encodable (lone surrogates cannot be percent-encoded). */
export const hostileParameterTexts: string[] = [
  '\u0000',
  'a\u0000b',
  '',
  ' ',
  '-1',
  '0',
  '1e999',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '[]',
  '{}',
  '..',
  "' OR 1=1 --",
  '%',
  '😀',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '6f1c1e2a-0b7d-4c4e-9a4b-2b8f0e1d2c3',
  'x'.repeat(99),
];

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const someId = '6f1c1e2a-0b7d-4c4e-9a4b-2b8f0e1d2c3f';

/** Cursors shaped like the API's own (base64url JSON) but holding what it never gives out. */
export const forgedCursors = [
  cursorOf(['\u0000', someId]),
  cursorOf(['x\uD800', someId]),
  cursorOf(['99999-01-01T00:00:00.000000Z', someId]),
  cursorOf(['2026-02-30T25:61:61.000000Z', someId]),
  cursorOf(['1000', someId]),
  cursorOf([null, someId]),
  cursorOf([1e308, someId]),
  cursorOf({ __proto__: null, key: 'x' }),
];

/** Longer hostile query values: a query string may carry more than a path segment. */
export const hostileQueryTexts: string[] = [
  ...hostileParameterTexts,
  ...forgedCursors,
  'y'.repeat(1_000),
];

/** If-Match and Idempotency-Key values: header-safe text (Node refuses control characters). */
export const headerText = fc.oneof(
  fc.constantFrom('"0"', '"1"', '"2"', '"3"', 'W/"1"', '*', '1', '"-1"', '""', '"abc"'),
  fc.constantFrom('"99999999999999999999999"', '"1.5"', '"1e3"'),
  fc.stringMatching(/^[\x21-\x7e]{0,120}$/),
  fc.uuid({ version: 4 }),
);
