import { all, MatrixContext, only, Row } from './access-matrix-types';

/**
 * The matrix rows of single sign-on (spread into access-matrix.ts). The matrix's app has no
 * identity provider configured: the sign-in routes answer 404 SSO_NOT_CONFIGURED to everyone
 * (sso.int-spec.ts drives them against a real provider).
 */
export function ssoRows({ call }: MatrixContext): Row[] {
  return [
    {
      route: 'GET /api/auth/methods',
      send: (c) => call(c, 'get', '/api/auth/methods'),
      expect: all(200, 200),
    },
    {
      route: 'GET /api/auth/oidc/login',
      send: (c) => call(c, 'get', '/api/auth/oidc/login?next=/jobs'),
      expect: all(404, 404),
    },
    {
      route: 'GET /api/auth/oidc/callback',
      send: (c) => call(c, 'get', '/api/auth/oidc/callback?code=x&state=y'),
      expect: all(404, 404),
    },
    {
      route: 'GET /api/v1/sso-settings',
      send: (c) => call(c, 'get', '/api/v1/sso-settings'),
      expect: only(['admin'], 200),
    },
    {
      route: 'PUT /api/v1/sso-settings',
      send: (c) => call(c, 'put', '/api/v1/sso-settings').send({ provisionRole: null }),
      expect: only(['admin'], 200),
    },
  ];
}
