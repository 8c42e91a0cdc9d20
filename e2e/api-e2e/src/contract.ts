import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Middleware } from 'openapi-fetch';

/** The committed document the client's types are generated from (apps/api/openapi.json). */
const documentFile = path.join(__dirname, '../../../apps/api/openapi.json');
const documentId = 'openapi.json';

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

let loaded: { paths: Record<string, Record<string, Operation>>; ajv: Ajv } | undefined;

function contract() {
  if (!loaded) {
    const document = JSON.parse(readFileSync(documentFile, 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
    };
    // Not strict: the document has OpenAPI keywords around its schemas (paths, responses, …).
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(document, documentId);
    loaded = { paths: document.paths, ajv };
  }
  return loaded;
}

const pointer = (...segments: string[]) =>
  segments
    .map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')))
    .join('/');

const validators = new Map<string, ValidateFunction>();

/**
 * What the response does that the document does not declare for its operation: an undeclared
 * status, or a JSON body its schema refuses (an error code outside the listed ones included).
 */
export function contractViolation(
  method: string,
  schemaPath: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string | undefined {
  const { paths, ajv } = contract();
  const name = `${method.toUpperCase()} ${schemaPath} → ${status}`;
  const operation = paths[schemaPath]?.[method.toLowerCase()];
  if (!operation) return `${method.toUpperCase()} ${schemaPath} is not in the document`;
  const response = operation.responses[String(status)];
  if (!response) return `${name}: the document does not declare this status`;
  const declared = response.content ? Object.keys(response.content) : [];
  const type = contentType?.split(';')[0]?.trim() ?? '';
  if (declared.length === 0) {
    return type === '' ? undefined : `${name}: a ${type} body where none is declared`;
  }
  if (!declared.includes(type)) return `${name}: ${type || 'no body'}, not ${declared.join(', ')}`;
  if (type !== 'application/json') return undefined;
  const ref = `${documentId}#/${pointer('paths', schemaPath, method.toLowerCase(), 'responses', String(status), 'content', type, 'schema')}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.getSchema(ref);
    if (!validate) return `${name}: no schema at ${ref}`;
    validators.set(ref, validate);
  }
  if (validate(body)) return undefined;
  return `${name}: the body does not match the document: ${ajv.errorsText(validate.errors, { separator: '; ' })}\n${JSON.stringify(body).slice(0, 500)}`;
}

/**
 * Fails the request (and so the test) when a response differs from the document: drift between
 * the API's contract and its behaviour breaks the build, whichever side moved.
 */
export const contractMiddleware: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    const type = response.headers.get('content-type');
    const body: unknown =
      type?.startsWith('application/json') === true
        ? await response.clone().json()
        : await response.clone().text();
    const violation = contractViolation(
      request.method,
      schemaPath,
      response.status,
      body === '' ? null : type,
      body,
    );
    if (violation) throw new Error(`Contract violation: ${violation}`);
    return undefined;
  },
};
