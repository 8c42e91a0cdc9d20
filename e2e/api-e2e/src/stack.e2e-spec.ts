import { CandidatePage, candidatePageSchema } from '@calibrate/contracts';

import { http } from './http';

describe('the stack as `npm start` runs it', () => {
  it('is live and ready on its database', async () => {
    expect(await http('GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await http('GET', '/api/ready')).toMatchObject({
      status: 200,
      body: { status: 'ok', database: 'up' },
    });
  });

  it('seeded the demo candidates into the empty database', async () => {
    const response = await http('GET', '/api/v1/candidates?limit=100');
    const page = candidatePageSchema.parse(response.body) as CandidatePage;
    expect(
      page.items.filter((c) => c.email.endsWith('@example.com')).length,
    ).toBeGreaterThanOrEqual(60);
  });

  it('serves the web app on the same port, for any client-side route', async () => {
    for (const path of ['/', '/candidates?q=maria']) {
      const response = await http('GET', path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.text).toContain('<div id="root"></div>');
    }
    const index = await http('GET', '/');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    expect(script).toBeDefined();
    const asset = await http('GET', script ?? '');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const json = await http('GET', '/api/docs-json');
    expect(Object.keys((json.body as { paths: object }).paths)).toContain('/api/v1/candidates');
    const ui = await http('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });
});
