import { candidatePageSchema } from '@calibrate/contracts';

import { anonymousApi, api, raw } from './http';

describe('the stack as `npm start` runs it', () => {
  it('is live and ready on its database', async () => {
    const health = await anonymousApi.GET('/api/health');
    expect(health.response.status).toBe(200);
    expect(health.data).toEqual({ status: 'ok' });
    const ready = await anonymousApi.GET('/api/ready');
    expect(ready.response.status).toBe(200);
    expect(ready.data).toEqual({ status: 'ok', database: 'up' });
  });

  it('seeded the demo candidates into the empty database', async () => {
    const { data } = await api.GET('/api/v1/candidates', { params: { query: { limit: 100 } } });
    const page = candidatePageSchema.parse(data);
    expect(
      page.items.filter((c) => c.email.endsWith('@example.com')).length,
    ).toBeGreaterThanOrEqual(60);
  });

  it('serves the web app on the same port, for any client-side route', async () => {
    for (const path of ['/', '/candidates?q=maria']) {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.text).toContain('<div id="root"></div>');
    }
    const index = await raw('/');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    expect(script).toBeDefined();
    const asset = await raw(script ?? '');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const json = await raw('/api/docs-json');
    expect(Object.keys((json.body as { paths: object }).paths)).toContain('/api/v1/candidates');
    const ui = await raw('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });
});
