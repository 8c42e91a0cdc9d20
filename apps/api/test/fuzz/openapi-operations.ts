/** The part of an OpenAPI 3 document the fuzzer reads: operations, their parameters and bodies. */

export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** "/api/v1/jobs/{jobId}" as the document writes it. */
  path: string;
  /** "PATCH /api/v1/jobs/{jobId}": how failures name it. */
  key: string;
  parameters: Parameter[];
  /** The JSON body schema, `$ref`s resolved; undefined when the operation takes no body. */
  body?: JsonSchema;
  /** The statuses the document declares, and for each error status the codes it may carry. */
  responses: Map<number, Set<string>>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface OperationObject {
  parameters?: { name: string; in: Parameter['in']; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

/** The error codes a response's schema allows: each `XError` schema narrows `code` to one. */
function errorCodesOf(schema: JsonSchema | undefined, document: OpenApiDocument): Set<string> {
  const codes = new Set<string>();
  for (const option of schema?.oneOf ?? (schema ? [schema] : [])) {
    const resolved = option.$ref ? resolveRefs(option, document) : option;
    for (const part of (resolved as { allOf?: JsonSchema[] }).allOf ?? []) {
      for (const code of part.properties?.code?.enum ?? []) codes.add(String(code));
    }
  }
  return codes;
}

/** An event stream answers for as long as its client listens: live-events.int-spec covers it. */
const isEventStream = (operation: OperationObject) =>
  Object.values(operation.responses ?? {}).some(
    (response) => response.content?.['text/event-stream'] !== undefined,
  );

const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Inlines `#/components/schemas/X` references (the contracts' DTOs are not recursive). */
export function resolveRefs(schema: JsonSchema, document: OpenApiDocument, depth = 0): JsonSchema {
  if (depth > 50) throw new Error('Schema nesting too deep: is a DTO recursive?');
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`Unknown schema reference ${schema.$ref}`);
    return resolveRefs(target, document, depth + 1);
  }
  const resolved: JsonSchema = { ...schema };
  if (schema.items) resolved.items = resolveRefs(schema.items, document, depth + 1);
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        resolveRefs(value, document, depth + 1),
      ]),
    );
  }
  if (schema.anyOf) resolved.anyOf = schema.anyOf.map((s) => resolveRefs(s, document, depth + 1));
  if (schema.oneOf) resolved.oneOf = schema.oneOf.map((s) => resolveRefs(s, document, depth + 1));
  return resolved;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(pathItem)) {
      if (!methods.has(method) || isEventStream(operation)) continue;
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method: method as Operation['method'],
        path,
        key: `${method.toUpperCase()} ${path}`,
        parameters: (operation.parameters ?? []).map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required ?? false,
          schema: resolveRefs(parameter.schema ?? { type: 'string' }, document),
        })),
        body: bodySchema ? resolveRefs(bodySchema, document) : undefined,
        responses: new Map(
          Object.entries(operation.responses ?? {}).map(([status, response]) => [
            Number(status),
            errorCodesOf(response.content?.['application/json']?.schema, document),
          ]),
        ),
      });
    }
  }
  return operations;
}
