import fc from 'fast-check';

import { JsonSchema } from './openapi-operations';

/**
 * Ids of seeded rows by the field or parameter name that carries them ("jobId", "interviewerIds"),
 * so that generated requests reach the services instead of stopping at "not found".
 */
export type IdPools = Record<string, string[]>;

/** The id pool a field name points to: "jobId" → jobs, "interviewerIds" → users, … */
function poolFor(key: string | undefined, ids: IdPools): string[] {
  if (!key) return [];
  const name = key.replace(/Ids?$/, '').toLowerCase();
  return ids[name] ?? [];
}

/** A uuid as the contracts accept it: mostly a seeded id of the right kind, sometimes a stranger. */
function uuidFor(key: string | undefined, ids: IdPools): fc.Arbitrary<string> {
  const pool = poolFor(key, ids);
  const stranger = fc.uuid({ version: 4 });
  return pool.length > 0
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...pool), weight: 4 },
        { arbitrary: stranger, weight: 1 },
      )
    : stranger;
}

// Short strings keep runs fast; the hostile values bring the long ones.
const MAX_GENERATED_TEXT = 40;
const MAX_GENERATED_ITEMS = 3;

function stringFor(schema: JsonSchema, key: string | undefined, ids: IdPools) {
  if (schema.format === 'uuid') return uuidFor(key, ids);
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z') })
      .filter((date) => !Number.isNaN(date.getTime()))
      .map((date) => date.toISOString());
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { size: 'xsmall' });
  if (key && /email/i.test(key)) {
    return fc.emailAddress({ size: 'xsmall' }).filter((email) => email.length <= 254);
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(
    minLength,
    Math.min(schema.maxLength ?? MAX_GENERATED_TEXT, MAX_GENERATED_TEXT),
  );
  // Printable text: a trimmed blank string is a legitimate 400, kept rare by the minimum length.
  return fc
    .string({ minLength, maxLength, unit: 'grapheme' })
    .filter((value) => value.trim().length >= minLength);
}

/** Values the schema accepts (as far as the document tells: cross-field rules are the server's). */
export function validValue(schema: JsonSchema, ids: IdPools, key?: string): fc.Arbitrary<unknown> {
  const base = ((): fc.Arbitrary<unknown> => {
    if (schema.anyOf ?? schema.oneOf) {
      return fc.oneof(...(schema.anyOf ?? schema.oneOf ?? []).map((s) => validValue(s, ids, key)));
    }
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) {
      const values = schema.enum.filter((value) => value !== null);
      return fc.constantFrom(...values);
    }
    switch (schema.type) {
      case 'string':
        return stringFor(schema, key, ids);
      case 'integer':
        return fc.integer({
          min: Math.max(schema.minimum ?? -1000, -1_000_000),
          max: Math.min(schema.maximum ?? 1000, 1_000_000),
        });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1000,
          max: schema.maximum ?? 1000,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const minLength = schema.minItems ?? 0;
        const maxLength = Math.max(
          minLength,
          Math.min(schema.maxItems ?? MAX_GENERATED_ITEMS, MAX_GENERATED_ITEMS),
        );
        const item = validValue(schema.items ?? {}, ids, key);
        // Id lists are sets in every contract that takes one.
        return schema.items?.format === 'uuid'
          ? fc.uniqueArray(item, { minLength, maxLength })
          : fc.array(item, { minLength, maxLength });
      }
      case 'object': {
        const properties = schema.properties ?? {};
        const model = Object.fromEntries(
          Object.entries(properties).map(([name, property]) => [
            name,
            validValue(property, ids, name),
          ]),
        );
        return fc.record(model, { requiredKeys: schema.required ?? [] });
      }
      case undefined:
      default:
        // No type in the document: anything JSON.
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return schema.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

/** A query, path or header value as the URL carries it. */
export function asParameterText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asParameterText).join(',');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A query value: id lists ("candidateIds", "interviewerIds") are comma-joined seeded ids. */
export function validParameter(
  name: string,
  schema: JsonSchema,
  ids: IdPools,
): fc.Arbitrary<string> {
  if (schema.type === 'string' && !schema.format && /Ids$/.test(name)) {
    return fc
      .uniqueArray(uuidFor(name, ids), { minLength: 1, maxLength: 4 })
      .map((list) => list.join(','));
  }
  return validValue(schema, ids, name).map(asParameterText);
}
