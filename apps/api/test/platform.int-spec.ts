import { resetData, startTestApp, TestApp } from './test-app';

describe('platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await resetData(t);
  });
  afterAll(() => t.close());

  it('reports liveness and readiness', async () => {
    const health = await t.http.get('/api/health');
    const ready = await t.http.get('/api/ready');
    expect([health.status, health.body]).toEqual([200, { status: 'ok' }]);
    expect([ready.status, ready.body]).toEqual([200, { status: 'ok', database: 'up' }]);
  });

  it('gives every response a request id, and keeps a caller’s plain one', async () => {
    const generated = await t.http.get('/api/health');
    const kept = await t.http.get('/api/health').set('x-request-id', 'web-1234');
    const refused = await t.http.get('/api/health').set('x-request-id', 'bad id <script>');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.headers['x-request-id']).toBe('web-1234');
    expect(refused.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with 404 NOT_FOUND in the error format', async () => {
    const response = await t.http.delete('/api/v1/nothing-here').set('x-request-id', 'req-404');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Nothing was found at this address.',
      requestId: 'req-404',
    });
  });

  it('refuses non-JSON bodies with 415 and oversized ones with 413', async () => {
    const text = await t.http
      .post('/api/v1/candidates')
      .set('content-type', 'text/plain')
      .send('name=Maria');
    const huge = await t.http
      .post('/api/v1/candidates')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), email: 'a@b.co' }));
    expect([text.status, (text.body as { code: string }).code]).toEqual([
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ]);
    expect([huge.status, (huge.body as { code: string }).code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('publishes an OpenAPI document listing the candidate routes', async () => {
    const response = await t.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    const paths = Object.keys((response.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/health', '/api/ready', '/api/v1/candidates']),
    );
  });
});
