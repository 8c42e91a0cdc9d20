/**
 * The OpenAPI document the API serves: committed as apps/api/openapi.json (a change to the API's
 * contract shows in review), linted with Redocly's recommended rules, and the source of the typed
 * client the API end-to-end tests use (e2e/api-e2e/src/generated/openapi.ts).
 *
 * After changing a route: `UPDATE_OPENAPI=1 npx jest -c apps/api/jest.integration.config.cjs
 * openapi` rewrites both files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { errorCatalog, ErrorCode } from '@calibrate/contracts';

import { startTestApp, TestApp } from './test-app';

const root = path.join(__dirname, '../../..');
const documentFile = path.join(root, 'apps/api/openapi.json');
const clientFile = path.join(root, 'e2e/api-e2e/src/generated/openapi.ts');
const update = process.env.UPDATE_OPENAPI === '1';
const howToUpdate = 'UPDATE_OPENAPI=1 npx jest -c apps/api/jest.integration.config.cjs openapi';

const clientHeader = `// Generated from apps/api/openapi.json by openapi-typescript: do not edit.
// Regenerate with \`${howToUpdate}\` (apps/api/test/openapi.int-spec.ts).

`;

/**
 * A package's command line, on this Node. Prettier, Redocly and openapi-typescript load ES modules,
 * which Jest's module registry cannot.
 */
function run(bin: string, args: string[], options: { input?: string; cwd?: string } = {}) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules', bin), ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
}

/** The text as `prettier --write` leaves that file (so that `prettier --check .` passes). */
function formatted(text: string, file: string): string {
  const result = run('prettier/bin/prettier.cjs', ['--stdin-filepath', file], { input: text });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

/** The committed file, or rewrites it with `UPDATE_OPENAPI=1`; returns what is committed. */
function committed(file: string, expected: string): string {
  if (update) writeFileSync(file, expected);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Schema {
  $ref?: string;
  oneOf?: Schema[];
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { allOf?: { properties?: { code?: Schema } }[] }> };
  };
  let text: string;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.anonymous.get('/api/docs-json').expect(200)).body as typeof document;
    text = formatted(JSON.stringify(document), documentFile);
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`is the committed apps/api/openapi.json (after a change to the API: ${howToUpdate})`, () => {
    expect(committed(documentFile, text) === text).toBe(true);
  });

  it('passes Redocly’s recommended rules without an error', () => {
    const lint = run('@redocly/cli/bin/cli.js', [
      'lint',
      documentFile,
      '--format=json',
      '--config',
      path.join(root, 'redocly.yaml'),
    ]);
    const report = JSON.parse(lint.stdout) as {
      totals: { errors: number };
      problems: { ruleId: string; severity: string; message: string; location: unknown }[];
    };
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((e) => `${e.ruleId}: ${e.message} ${JSON.stringify(e.location)}`)).toEqual(
      [],
    );
    expect(report.totals.errors).toBe(0);
  });

  it('gives every operation a summary, a tag, its security and its responses', () => {
    const problems: string[] = [];
    let count = 0;
    for (const [url, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        count += 1;
        const name = `${method.toUpperCase()} ${url}`;
        if (!operation.summary) problems.push(`${name}: no summary`);
        if (!operation.tags?.length) problems.push(`${name}: no tag`);
        if (!operation.security) problems.push(`${name}: no security`);
        const statuses = Object.keys(operation.responses);
        if (!statuses.some((status) => /^[23]/.test(status))) problems.push(`${name}: no success`);
        if (statuses.includes('default')) problems.push(`${name}: a default response`);
        for (const status of statuses.filter((s) => /^[45]/.test(s))) {
          const schema = operation.responses[status]?.content?.['application/json']?.schema;
          const refs = schema?.oneOf ?? (schema ? [schema] : []);
          for (const ref of refs) {
            const target = document.components.schemas[ref.$ref?.split('/').pop() ?? ''];
            const code = target?.allOf?.[1]?.properties?.code as { enum?: ErrorCode[] };
            if (code?.enum?.length !== 1 || errorCatalog[code.enum[0]!]?.status !== +status) {
              problems.push(`${name} ${status}: not an error schema of that status`);
            }
          }
          if (refs.length === 0) problems.push(`${name} ${status}: no error schema`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(70);
  });

  it('is what the e2e client’s generated types say (e2e/api-e2e/src/generated/openapi.ts)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'openapi-'));
    try {
      writeFileSync(path.join(dir, 'openapi.json'), text);
      const generate = run('openapi-typescript/bin/cli.js', ['openapi.json', '-o', 'openapi.ts'], {
        cwd: dir,
      });
      expect(generate.status === 0 ? '' : generate.stderr).toBe('');
      const generated = readFileSync(path.join(dir, 'openapi.ts'), 'utf8');
      const client = formatted(clientHeader + generated, clientFile);
      expect(committed(clientFile, client) === client).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
