import { MaintenanceService } from '../src/modules/maintenance/maintenance.service';
import { resetData, startTestApp, TestApp } from './test-app';

describe('maintenance', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => resetData(t));

  it('purges ended sessions, old sign-in failures and old idempotency keys, and nothing live', async () => {
    const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
    await q(
      `INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at) VALUES
      ('expired', $1, 'x', now() - interval '1 minute'),
      ('idle', $1, 'x', now() + interval '1 day')`,
      [t.adminId],
    );
    await q(
      `UPDATE sessions SET last_seen_at = now() - interval '13 hours' WHERE id_hash = 'idle'`,
    );
    await q(`INSERT INTO login_failures (email, ip, created_at) VALUES
      ('old@example.com', '1.2.3.4', now() - interval '2 days'), ('new@example.com', '1.2.3.4', now())`);
    await q(`INSERT INTO idempotency_keys (scope, key, request_hash, status_code, created_at) VALUES
      ('s', 'old-key-1', 'h', 200, now() - interval '2 days'), ('s', 'new-key-1', 'h', 200, now())`);

    const result = await t.app.get(MaintenanceService).purge();

    expect(result).toEqual({ sessions: 2, loginFailures: 1, idempotencyKeys: 1 });
    // The test admin's own live session survives and still works.
    expect((await t.http.get('/api/auth/me')).status).toBe(200);
    expect(await q(`SELECT email FROM login_failures`)).toEqual([{ email: 'new@example.com' }]);
    expect(await q(`SELECT key FROM idempotency_keys`)).toEqual([{ key: 'new-key-1' }]);
  });
});
