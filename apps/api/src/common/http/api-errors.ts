import {
  apiErrorSchema,
  errorCatalog,
  ErrorCode,
  errorDetailsSchemas,
  hasDetails,
} from '@calibrate/contracts';
import { SetMetadata } from '@nestjs/common';
import type { ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

export const API_ERRORS = 'calibrate:api-errors';

/**
 * The error codes a route (or every route of a controller) answers with besides the ones the
 * OpenAPI document adds by rule (`openapi-document.ts`: 401/403 CSRF/503 for a session, 403
 * FORBIDDEN for `@Requires`, 400 for parameters and bodies, 500 everywhere). Metadata only: the
 * document groups the codes by status, each response with the one error schema narrowed to them.
 */
export const ApiErrors = (...codes: ErrorCode[]) => SetMetadata(API_ERRORS, codes);

/** The document's name for the error body of one code: NOT_FOUND → NotFoundError. */
export const errorSchemaName = (code: ErrorCode) =>
  `${code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}Error`;

const toOpenApi = (schema: z.ZodType): SchemaObject => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return json as SchemaObject;
};

/** `ApiError`, the one error body, and a schema per code narrowing it (its code, its details). */
export function errorSchemas(codes: Iterable<ErrorCode>): Record<string, SchemaObject> {
  const schemas: Record<string, SchemaObject> = { ApiError: toOpenApi(apiErrorSchema) };
  for (const code of codes) {
    const narrowed: SchemaObject = {
      type: 'object',
      properties: {
        statusCode: { type: 'integer', enum: [errorCatalog[code].status] },
        code: { type: 'string', enum: [code] },
        ...(hasDetails(code) ? { details: toOpenApi(errorDetailsSchemas[code]) } : {}),
      },
    };
    schemas[errorSchemaName(code)] = {
      description: errorCatalog[code].message,
      allOf: [{ $ref: '#/components/schemas/ApiError' }, narrowed],
    };
  }
  return schemas;
}

/** The responses for these codes: one per status, its body one of the codes' schemas. */
export function errorResponses(codes: Iterable<ErrorCode>): Record<string, ResponseObject> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = errorCatalog[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, ResponseObject> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const refs: ReferenceObject[] = list
      .sort()
      .map((code) => ({ $ref: `#/components/schemas/${errorSchemaName(code)}` }));
    responses[String(status)] = {
      description: list.map((code) => `\`${code}\`: ${errorCatalog[code].message}`).join('\n\n'),
      content: {
        'application/json': { schema: refs.length === 1 ? refs[0] : { oneOf: refs } },
      },
    };
  }
  return responses;
}
