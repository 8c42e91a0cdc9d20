import { MatrixContext, missing, only, Row } from './access-matrix-types';

/**
 * The matrix rows of webhooks: admins only. (To be spread into access-matrix.ts beside
 * `interviewRows`.) The endpoint the admin's row registers takes an event no other row causes.
 */
export function webhookRows({ call }: MatrixContext): Row[] {
  return [
    {
      route: 'GET /api/v1/webhooks',
      send: (c) => call(c, 'get', '/api/v1/webhooks'),
      expect: only(['admin'], 200),
    },
    {
      route: 'POST /api/v1/webhooks',
      send: (c) =>
        call(c, 'post', '/api/v1/webhooks').send({
          url: 'http://127.0.0.1:3211/matrix',
          events: ['calibration.fitted'],
        }),
      expect: only(['admin'], 201),
    },
    {
      route: 'GET /api/v1/webhooks/{endpointId}',
      send: (c) => call(c, 'get', `/api/v1/webhooks/${missing}`),
      expect: only(['admin'], 404),
    },
    {
      route: 'PATCH /api/v1/webhooks/{endpointId}',
      send: (c) => call(c, 'patch', `/api/v1/webhooks/${missing}`).send({ enabled: false }),
      expect: only(['admin'], 404),
    },
    {
      route: 'DELETE /api/v1/webhooks/{endpointId}',
      send: (c) => call(c, 'delete', `/api/v1/webhooks/${missing}`),
      expect: only(['admin'], 404),
    },
    {
      route: 'POST /api/v1/webhooks/{endpointId}/test',
      send: (c) => call(c, 'post', `/api/v1/webhooks/${missing}/test`),
      expect: only(['admin'], 404),
    },
    {
      route: 'GET /api/v1/webhooks/{endpointId}/deliveries',
      send: (c) => call(c, 'get', `/api/v1/webhooks/${missing}/deliveries`),
      expect: only(['admin'], 404),
    },
    {
      route: 'POST /api/v1/webhook-deliveries/{deliveryId}/redeliver',
      send: (c) => call(c, 'post', `/api/v1/webhook-deliveries/${missing}/redeliver`),
      expect: only(['admin'], 404),
    },
  ];
}
