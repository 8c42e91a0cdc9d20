import { STATUS_CODES } from 'node:http';

import { CSRF_COOKIE, CSRF_HEADER, ErrorCode } from '@calibrate/contracts';
import { INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import {
  DECORATORS,
  DocumentBuilder,
  OpenAPIObject,
  OperationObject,
  ResponseObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';

import { SESSION_COOKIE } from '../../modules/auth/session-cookies';
import { PUBLIC_ROUTE, REQUIRED_CAPABILITY } from '../auth/auth.decorators';
import { API_ERRORS, errorResponses, errorSchemas } from './api-errors';

/** The names the document gives the session cookie and the CSRF header as security schemes. */
export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';

/** Operation ids: `UsersController_update`, the same for every API version. */
export const operationIdFactory = (controllerKey: string, methodKey: string) =>
  `${controllerKey}_${methodKey}`;

/** What each tag groups, in the order the docs list them. */
const tags: [string, string][] = [
  ['auth', 'Signing in and out, the signed-in user, passwords and single sign-on.'],
  ['users', 'User accounts and roles (admins), and the people that forms pick from.'],
  ['jobs', 'Open positions, their hiring managers and their rubric.'],
  ['candidates', 'Candidates, their pipeline stage, CSV import and export.'],
  ['rubrics', 'Rubrics, their versions (draft, published) and the question bank.'],
  ['interview rounds', 'Scheduling rounds and their panels; the signed-in user’s own interviews.'],
  ['scorecards', 'An interviewer’s scorecard: answers (autosave), submit, decline, amendments.'],
  ['scores', 'A candidate’s summary and side-by-side comparison of a job’s candidates.'],
  ['calibration', 'Interviewer leniency, panel agreement and reliability.'],
  ['feedback', 'Scorecards owed and reminders.'],
  ['notifications', 'The signed-in user’s notifications and how they want them.'],
  ['live', 'Server-sent events and live round progress.'],
  ['audit', 'Who changed what, and when.'],
  ['email', 'The e-mail outbox (admins).'],
  ['webhooks', 'Webhook endpoints and their deliveries (admins).'],
  ['health', 'Liveness and readiness probes.'],
];

/** The API's OpenAPI document, as served at /api/docs-json and committed as apps/api/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Calibrate API')
    .setDescription(
      'Structured-interview scoring. Every error has one body: `{ statusCode, code, message, ' +
        'details?, requestId }`; clients branch on `code`. Each operation lists the codes it ' +
        'can answer with. Besides those, any request can meet the transport limits: ' +
        '`URI_TOO_LONG` (414), `HEADERS_TOO_LARGE` (431), `REQUEST_TIMEOUT` (408), and an ' +
        'unknown path or method `NOT_FOUND` (404) or `METHOD_NOT_ALLOWED` (405).\n\n' +
        'Sign in with `POST /api/auth/login`: the session is a cookie; every write also sends ' +
        `the session's CSRF token (the \`${CSRF_COOKIE}\` cookie) in \`${CSRF_HEADER}\`.`,
    )
    .setVersion('1')
    .addServer('/', 'The server that serves this document')
    .addApiKey(
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session, set by sign-in.',
      },
      SESSION_SCHEME,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: CSRF_HEADER,
        description:
          'The session’s CSRF token (from the CSRF cookie or `GET /api/auth/me`), on every write.',
      },
      CSRF_SCHEME,
    );
  for (const [name, description] of tags) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { operationIdFactory });
  // nestjs-zod's own 3.0 conversion turns a nullable field into an array (`type: [T, 'null']` →
  // `type: 'array', items: T`, e.g. a candidate's phone): keep JSON Schema and convert below.
  return completeOpenApiDocument(app, cleanupOpenApiDoc(document, { version: '3.1' }));
}

interface Route {
  handler: object;
  controller: object;
}

const operationMethods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Completes what @nestjs/swagger writes from the decorators, from the same metadata the guard and
 * router act on (so the document cannot say other than what the code does):
 * - security: none on @Public routes, the session cookie on reads, cookie and CSRF header on writes;
 * - the success status Nest answers with (@HttpCode, else 201 for POST and 200 otherwise), where
 *   nestjs-zod's `@ZodResponse` leaves `default`;
 * - every error response: the route's `@ApiErrors` and the ones that follow from the rules below,
 *   each with the one error schema narrowed to its codes.
 * Runs once at start-up; nothing here runs per request.
 */
export function completeOpenApiDocument(
  app: INestApplication,
  document: OpenAPIObject,
): OpenAPIObject {
  const routes = routesOf(app);
  const reflector = new Reflector();
  const used = new Set<ErrorCode>();
  for (const pathItem of Object.values(document.paths)) {
    for (const method of operationMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const route = operation.operationId ? routes.get(operation.operationId) : undefined;
      if (!route) throw new Error(`No route found for operation ${operation.operationId}`);
      const targets = [route.handler, route.controller] as (() => void)[];
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true;
      const write = method !== 'get';
      operation.security = isPublic
        ? []
        : [write ? { [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] } : { [SESSION_SCHEME]: [] }];
      setSuccessStatus(operation, route, method);

      const codes = new Set<ErrorCode>([
        ...reflector.getAllAndMerge<ErrorCode[]>(API_ERRORS, targets),
        'INTERNAL_ERROR',
      ]);
      if (!isPublic) {
        // The session is looked up in the database on every request.
        codes.add('UNAUTHENTICATED').add('DATABASE_UNAVAILABLE');
        if (write) codes.add('CSRF_TOKEN_INVALID');
        if (reflector.getAllAndOverride(REQUIRED_CAPABILITY, targets)) codes.add('FORBIDDEN');
      }
      if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) {
        codes.add('VALIDATION_FAILED');
      }
      // Fastify reads a body sent with any method but GET, before the route is known.
      if (write) {
        codes.add('MALFORMED_REQUEST').add('PAYLOAD_TOO_LARGE').add('UNSUPPORTED_MEDIA_TYPE');
      }
      for (const code of codes) used.add(code);
      operation.responses = { ...operation.responses, ...errorResponses(codes) };
    }
  }
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...responseSchemas(routes, document),
      ...errorSchemas([...used].sort()),
    },
  };
  forEachSchema(document, asOpenApi30);
  return document;
}

/**
 * The response DTOs' schemas straight from zod: @nestjs/swagger reads a top-level nullable field of
 * a DTO (`type: ['string', 'null']`) as an array of strings, so a candidate's `phone` said
 * `string[]` (the e2e client's schema check found it).
 */
function responseSchemas(
  routes: Map<string, Route>,
  document: OpenAPIObject,
): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  for (const { handler } of routes.values()) {
    const responses = (Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}) as Record<
      string,
      { type?: { name?: string; schema?: unknown } }
    >;
    for (const { type } of Object.values(responses)) {
      const name = type?.name;
      if (!name || !document.components?.schemas?.[name] || !(type.schema instanceof z.ZodType)) {
        continue;
      }
      const { $schema: _ignored, ...json } = z.toJSONSchema(type.schema, {
        io: 'output',
        unrepresentable: 'any',
      }) as Json;
      schemas[name] = json;
    }
  }
  return schemas;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Calls `fix` on every schema of the document, nested ones included. */
function forEachSchema(document: OpenAPIObject, fix: (schema: Json) => void): void {
  const visit = (schema: unknown): void => {
    if (!isObject(schema)) return;
    fix(schema);
    if (isObject(schema.properties)) Object.values(schema.properties).forEach(visit);
    for (const key of ['items', 'additionalProperties', 'not']) visit(schema[key]);
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      if (Array.isArray(schema[key])) (schema[key] as unknown[]).forEach(visit);
    }
  };
  Object.values(document.components?.schemas ?? {}).forEach(visit);
  const contents = (holder: unknown) =>
    isObject(holder) && isObject(holder.content) ? Object.values(holder.content) : [];
  for (const pathItem of Object.values(document.paths)) {
    for (const method of operationMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      for (const parameter of operation.parameters ?? [])
        visit((parameter as { schema?: unknown }).schema);
      for (const media of contents(operation.requestBody)) visit((media as Json).schema);
      for (const response of Object.values(operation.responses)) {
        for (const media of contents(response)) visit((media as Json).schema);
      }
    }
  }
}

/**
 * The contracts' JSON Schema said the OpenAPI 3.0 way (the document's version): `type: [T, 'null']`
 * is `nullable`, `const` a one-value `enum`, a numeric exclusive bound a boolean one, and
 * `nullable` without a type (an unknown value, which null already is) nothing.
 */
function asOpenApi30(schema: Json): void {
  if (Array.isArray(schema.type)) {
    const types = (schema.type as string[]).filter((type) => type !== 'null');
    if (types.length < schema.type.length) schema.nullable = true;
    if (types.length === 1) schema.type = types[0];
    else {
      delete schema.type;
      schema.anyOf = types.map((type) => ({ type }));
    }
  }
  for (const [bound, inclusive] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[bound] === 'number') {
      schema[inclusive] = schema[bound];
      schema[bound] = true;
    }
  }
  if ('const' in schema) {
    schema.enum = [schema.const];
    delete schema.const;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (!Array.isArray(options)) continue;
    const isNull = (option: unknown) => isObject(option) && option.type === 'null';
    const others = (options as unknown[]).filter((option) => !isNull(option));
    if (others.length === options.length) continue;
    const only = others[0];
    if (others.length === 1 && isObject(only) && typeof only.type === 'string') {
      // `T | null`: T, nullable.
      delete schema[key];
      Object.assign(schema, only, { nullable: true });
    } else {
      // 3.0 has no null type: a nullable one that only null satisfies.
      schema[key] = [...others, { type: 'string', nullable: true, enum: [null] }];
    }
  }
  // A nullable enum lists null too (OpenAPI 3.0.3; validators check the enum first).
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...(schema.enum as unknown[]), null];
  }
  const typed = ['type', '$ref', 'allOf', 'anyOf', 'oneOf'].some((key) => key in schema);
  if (schema.nullable === true && !typed) delete schema.nullable;
}

/** Moves nestjs-zod's `default` response to the real status, and names every success status. */
function setSuccessStatus(operation: OperationObject, route: Route, method: string): void {
  const status =
    (Reflect.getMetadata(HTTP_CODE_METADATA, route.handler) as number | undefined) ??
    (method === 'post' ? 201 : 200);
  const responses = operation.responses;
  const fallback = responses.default;
  if (fallback && !Object.keys(responses).some((key) => key.startsWith('2'))) {
    delete responses.default;
    responses[String(status)] = fallback;
  }
  for (const [key, response] of Object.entries(responses)) {
    const success = response as ResponseObject;
    if (/^[23]\d\d$/.test(key) && !success.description) {
      success.description = STATUS_CODES[Number(key)] ?? key;
    }
  }
}

/** Every route handler by the operation id the document gives it. */
function routesOf(app: INestApplication): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const id = operationIdFactory(controller.name, name);
        if (routes.has(id)) throw new Error(`Two routes have the operation id ${id}`);
        routes.set(id, { handler, controller });
      }
    }
  }
  return routes;
}
