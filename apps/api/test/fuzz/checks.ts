import { errorCatalog, ErrorCode } from '@calibrate/contracts';
import { DataSource } from 'typeorm';

const errorBodyKeys = new Set(['statusCode', 'code', 'message', 'details', 'requestId']);

/** What is wrong with a response under the API's contract, or undefined if nothing. */
export function contractProblem(status: number, body: unknown): string | undefined {
  if (status >= 500) return `server error ${status}`;
  if (status < 400) return undefined;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return `error body is not an object: ${JSON.stringify(body)}`;
  }
  const error = body as Record<string, unknown>;
  const extra = Object.keys(error).filter((key) => !errorBodyKeys.has(key));
  if (extra.length > 0) return `error body has extra keys ${extra.join(', ')}`;
  if (error.statusCode !== status) return `statusCode ${String(error.statusCode)} on a ${status}`;
  const code = error.code as ErrorCode;
  if (typeof code !== 'string' || !(code in errorCatalog)) return `unknown code ${String(code)}`;
  if (errorCatalog[code].status !== status) return `code ${code} is not a ${status}`;
  if (typeof error.message !== 'string' || error.message === '') return 'no message';
  if (typeof error.requestId !== 'string' || error.requestId === '') return 'no requestId';
  return undefined;
}

/**
 * Tables whose rows may change on a refused request by design, left out of the checksums:
 * sessions (each signed-in request refreshes last_seen_at) and login_failures (a refused sign-in
 * is what the sign-in throttle counts).
 */
const changesOnRefusal = new Set(['sessions', 'login_failures', 'typeorm_migrations']);

/** md5 of every other table's rows, in a stable order: one round trip. */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = (
    (await dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )) as { tablename: string }[]
  )
    .map((row) => row.tablename)
    .filter((table) => !changesOnRefusal.has(table));
  const columns = tables.map(
    (table) =>
      `(SELECT coalesce(md5(string_agg(t::text, '' ORDER BY t::text)), '') FROM "${table}" t) AS "${table}"`,
  );
  const [row] = (await dataSource.query(`SELECT ${columns.join(', ')}`)) as Record<
    string,
    string
  >[];
  return row ?? {};
}

/** Tables whose checksum differs. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}

/**
 * What the response does that the OpenAPI document does not declare for the operation (a status,
 * or an error code under a declared status), or undefined: drift between document and behaviour.
 */
export function undeclaredResponse(
  declared: Map<number, Set<string>>,
  status: number,
  body: unknown,
): string | undefined {
  const codes = declared.get(status);
  if (!codes) return `status ${status} is not in the document`;
  if (status < 400) return undefined;
  const code = (body as { code?: unknown } | null)?.code;
  if (!codes.has(String(code))) return `code ${String(code)} is not in the document for ${status}`;
  return undefined;
}
