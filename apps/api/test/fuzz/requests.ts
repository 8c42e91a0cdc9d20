import fc from 'fast-check';

import {
  headerText,
  hostileBodies,
  hostileKey,
  hostileParameterTexts,
  hostileQueryTexts,
  hostileValue,
  toJsonText,
} from './hostile-values';
import { JsonSchema, Operation, Parameter } from './openapi-operations';
import { IdPools, validParameter, validValue } from './schema-arbitrary';

/** One HTTP request to send: URL ready (path and query encoded), body as JSON text. */
export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Default application/json. */
  contentType?: string;
  /** What was hostile about it, for the failure report. */
  note: string;
}

type Query = [string, string][];

function encodeQuery(query: Query): string {
  if (query.length === 0) return '';
  return `?${query.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}`;
}

function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
}

const byLocation = (operation: Operation, location: Parameter['in']) =>
  operation.parameters.filter((parameter) => parameter.in === location);

/** Required parameters always, optional ones sometimes. */
function parameterValues(parameters: Parameter[], ids: IdPools): fc.Arbitrary<[string, string][]> {
  return fc
    .tuple(
      ...parameters.map((parameter) =>
        parameter.required
          ? validParameter(parameter.name, parameter.schema, ids).map((value) => [
              parameter.name,
              value,
            ])
          : fc.option(
              validParameter(parameter.name, parameter.schema, ids).map((value) => [
                parameter.name,
                value,
              ]),
              { nil: undefined, freq: 2 },
            ),
      ),
    )
    .map((entries) => entries.filter((entry): entry is [string, string] => entry !== undefined));
}

interface Parts {
  path: Record<string, string>;
  query: Query;
  headers: Record<string, string>;
  body?: unknown;
}

function validParts(operation: Operation, ids: IdPools): fc.Arbitrary<Parts> {
  const headers = byLocation(operation, 'header');
  return fc.record({
    path: parameterValues(byLocation(operation, 'path'), ids).map((entries) =>
      Object.fromEntries(entries),
    ),
    query: parameterValues(byLocation(operation, 'query'), ids),
    headers: fc
      .tuple(...headers.map((header) => headerText.map((value) => [header.name, value] as const)))
      .map((entries) => Object.fromEntries(entries)),
    body: operation.body ? validValue(operation.body, ids) : fc.constant(undefined),
  });
}

function toRequest(
  operation: Operation,
  parts: Parts,
  note: string,
  rawBody?: string,
): FuzzRequest {
  const body =
    rawBody ?? (operation.body && parts.body !== undefined ? toJsonText(parts.body) : undefined);
  return {
    method: operation.method,
    url: fillPath(operation.path, parts.path) + encodeQuery(parts.query),
    headers: parts.headers,
    body,
    note,
  };
}

/** Requests the document says are well formed (the server may still refuse them on its rules). */
export function validRequests(operation: Operation, ids: IdPools): fc.Arbitrary<FuzzRequest> {
  return validParts(operation, ids).map((parts) => toRequest(operation, parts, 'valid'));
}

type JsonPath = (string | number)[];

/** Every place in a JSON value a mutation may hit (not the root: whole bodies are hostileBodies). */
function pathsIn(value: unknown, at: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, item]) => [[...at, key], ...pathsIn(item, [...at, key])]);
}

function parentOf(root: unknown, path: JsonPath): Record<string | number, unknown> | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node !== null && typeof node === 'object'
    ? (node as Record<string | number, unknown>)
    : undefined;
}

type Mutation = 'replace' | 'delete' | 'add';

function mutateBody(
  body: unknown,
  mutation: Mutation,
  pick: number,
  hostile: unknown,
  key: string,
) {
  const copy = structuredClone(body);
  const paths = pathsIn(copy);
  if (mutation === 'add' || paths.length === 0) {
    const containers = [[], ...paths].filter((path) => {
      const node = path.length === 0 ? copy : parentOf(copy, [...path, 'x'])?.[path.at(-1) ?? ''];
      return node !== null && typeof node === 'object' && !Array.isArray(node);
    });
    const target = containers[pick % Math.max(containers.length, 1)] ?? [];
    const node = (target.length === 0 ? copy : parentOf(copy, [...target, 'x'])) as Record<
      string,
      unknown
    >;
    if (node && typeof node === 'object') node[key] = hostile;
    return { body: copy, note: `added key ${JSON.stringify(key)} at /${target.join('/')}` };
  }
  const path = paths[pick % paths.length] ?? [];
  const parent = parentOf(copy, path);
  const last = path.at(-1) ?? '';
  if (!parent) return { body: copy, note: 'unchanged' };
  if (mutation === 'delete' && !Array.isArray(parent)) {
    delete parent[last];
    return { body: copy, note: `deleted /${path.join('/')}` };
  }
  parent[last] = hostile;
  return { body: copy, note: `hostile value at /${path.join('/')}` };
}

/** A well-formed request with one part made hostile: a body field, a query value, a path id. */
export function mutatedRequests(operation: Operation, ids: IdPools): fc.Arbitrary<FuzzRequest> {
  const query = byLocation(operation, 'query');
  const pathParameters = byLocation(operation, 'path');
  const targets = [
    ...(operation.body ? ['body', 'body', 'body'] : []),
    ...(query.length > 0 ? ['query', 'query'] : []),
    ...(pathParameters.length > 0 ? ['path'] : []),
    'extra-query',
  ];
  return fc
    .record({
      parts: validParts(operation, ids),
      target: fc.constantFrom(...targets),
      mutation: fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'add'),
      pick: fc.nat(),
      hostile: hostileValue,
      key: hostileKey,
      text: fc.constantFrom(...hostileQueryTexts),
      pathText: fc.constantFrom(...hostileParameterTexts),
    })
    .map(({ parts, target, mutation, pick, hostile, key, text, pathText }) => {
      if (target === 'body') {
        const mutated = mutateBody(parts.body ?? {}, mutation, pick, hostile, key);
        return toRequest(operation, { ...parts, body: mutated.body }, mutated.note);
      }
      if (target === 'query') {
        const name = query[pick % query.length]?.name ?? 'q';
        const others = parts.query.filter(([key]) => key !== name);
        const queryValues: Query =
          mutation === 'delete'
            ? others
            : mutation === 'add'
              ? [...parts.query, [name, text]] // the same key twice: an array
              : [...others, [name, text]];
        return toRequest(operation, { ...parts, query: queryValues }, `query ${name} ${mutation}`);
      }
      if (target === 'path') {
        const name = pathParameters[pick % pathParameters.length]?.name ?? '';
        return toRequest(
          operation,
          { ...parts, path: { ...parts.path, [name]: pathText } },
          `path ${name}`,
        );
      }
      return toRequest(
        operation,
        { ...parts, query: [...parts.query, [key || '__proto__', text]] },
        `extra query ${key}`,
      );
    });
}

/** A valid body under a content type the API does not speak, or misdeclared. */
const hostileContentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'application/xml',
];

/** The fixed hostile bodies, each on an otherwise valid request. */
export function hostileBodyRequests(
  operation: Operation,
  ids: IdPools,
  seed: number,
): FuzzRequest[] {
  if (!operation.body && operation.method === 'get') return [];
  const [parts] = fc.sample(validParts(operation, ids), { seed, numRuns: 1 });
  if (!parts) return [];
  return [
    ...hostileBodies.map(({ note, text }) => toRequest(operation, parts, `body: ${note}`, text)),
    { ...toRequest(operation, parts, 'no body'), body: undefined },
    ...hostileContentTypes.map((contentType) => ({
      ...toRequest(operation, parts, `content type ${contentType}`),
      body: parts.body === undefined ? 'a=1' : toJsonText(parts.body),
      contentType,
    })),
  ];
}

/** Every text field of a body made to hold U+0000, one request per field. */
export function nulInEveryTextField(
  operation: Operation,
  ids: IdPools,
  seed: number,
): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  if (operation.body) {
    const [parts] = fc.sample(validParts(operation, ids), { seed, numRuns: 1 });
    for (const path of textPaths(operation.body)) {
      const body = structuredClone(parts?.body ?? {}) as Record<string, unknown>;
      setPath(body, path, 'NUL\u0000here');
      requests.push(
        toRequest(operation, { ...(parts as Parts), body }, `NUL at /${path.join('/')}`),
      );
    }
  }
  for (const parameter of byLocation(operation, 'query')) {
    if (parameter.schema.type !== 'string' || parameter.schema.format || parameter.schema.enum)
      continue;
    const [parts] = fc.sample(validParts(operation, ids), { seed, numRuns: 1 });
    if (!parts) continue;
    const query: Query = [
      ...parts.query.filter(([key]) => key !== parameter.name),
      [parameter.name, 'NUL\u0000here'],
    ];
    requests.push(toRequest(operation, { ...parts, query }, `NUL in query ${parameter.name}`));
  }
  return requests;
}

/** Paths to every free-text string of a body schema (through objects and arrays' first item). */
function textPaths(schema: JsonSchema, at: JsonPath = []): JsonPath[] {
  if (schema.anyOf) return textPaths(schema.anyOf[0] ?? {}, at);
  if (schema.type === 'string' && !schema.format && !schema.enum && schema.const === undefined)
    return [at];
  if (schema.type === 'array' && schema.items) return textPaths(schema.items, [...at, 0]);
  if (schema.type === 'object') {
    return Object.entries(schema.properties ?? {}).flatMap(([key, property]) =>
      textPaths(property, [...at, key]),
    );
  }
  return [];
}

function setPath(root: Record<string | number, unknown>, path: JsonPath, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[index + 1];
    if (node[key] === null || typeof node[key] !== 'object')
      node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}
