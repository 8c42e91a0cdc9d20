#!/usr/bin/env node
/**
 * A small OpenID Connect provider (panva's certified `oidc-provider`) for trying single sign-on
 * locally and for the tests: a sign-in form that asks for an email (no password), a few accounts,
 * one registered client. Never for production: anyone who can reach it signs in as anyone.
 *
 *   npm run oidc-provider            # http://127.0.0.1:3900, client "calibrate"
 *
 * Then start Calibrate with OIDC_ISSUER=http://127.0.0.1:3900 OIDC_CLIENT_ID=calibrate
 * OIDC_CLIENT_SECRET=calibrate-dev-secret (README, "Single sign-on").
 *
 * Environment:
 *   OIDC_PROVIDER_PORT      3900
 *   OIDC_PROVIDER_CLIENT    JSON of the client: { client_id, client_secret, redirect_uris }
 *                           (default: "calibrate" / "calibrate-dev-secret",
 *                           http://127.0.0.1:3000/api/auth/oidc/callback and localhost:4200's)
 *   OIDC_PROVIDER_ACCOUNTS  JSON array of { sub, email, email_verified, name } (default: below)
 *
 * Prints "OIDC provider ready at <issuer>" once it listens.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PROVIDER_PORT ?? 3900);
const issuer = `http://127.0.0.1:${port}`;

const client = process.env.OIDC_PROVIDER_CLIENT
  ? JSON.parse(process.env.OIDC_PROVIDER_CLIENT)
  : {
      client_id: 'calibrate',
      client_secret: 'calibrate-dev-secret',
      redirect_uris: [
        'http://127.0.0.1:3000/api/auth/oidc/callback',
        'http://localhost:3000/api/auth/oidc/callback',
        'http://localhost:4200/api/auth/oidc/callback',
      ],
    };

/** The demo users' emails (npm start seeds them), a newcomer, and one the IdP has not verified. */
const accounts = process.env.OIDC_PROVIDER_ACCOUNTS
  ? JSON.parse(process.env.OIDC_PROVIDER_ACCOUNTS)
  : [
      { sub: 'idp-admin', email: 'admin@example.com', email_verified: true, name: 'Alex Admin' },
      {
        sub: 'idp-manager',
        email: 'manager@example.com',
        email_verified: true,
        name: 'Marco Manager',
      },
      { sub: 'idp-new', email: 'new.hire@example.com', email_verified: true, name: 'Nia Newhire' },
      {
        sub: 'idp-unverified',
        email: 'unverified@example.com',
        email_verified: false,
        name: 'Uma Unverified',
      },
    ];

const byId = new Map(accounts.map((account) => [account.sub, account]));
/** The form takes an email (the first account with it) or an account's `sub`. */
const findByLogin = (login) =>
  accounts.find((account) => account.email.toLowerCase() === login) ?? byId.get(login);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const provider = new Provider(issuer, {
  clients: [
    {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: client.client_secret ? 'client_secret_basic' : 'none',
      ...client,
    },
  ],
  jwks: {
    keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'dev', use: 'sig', alg: 'RS256' }],
  },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    const account = byId.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          email: account.email,
          email_verified: account.email_verified,
          name: account.name,
        };
      },
    };
  },
  // A first-party client: the grant is given without a consent screen.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page(
      'Sign-in error',
      `<p role="alert">${escape(out.error_description ?? out.error)}</p>`,
    );
  },
});
provider.proxy = false;

function escape(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;box-sizing:border-box;margin:.5rem 0;font-size:1rem}input,button{padding:.5rem}</style></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;
}

function loginForm(uid, error = '') {
  return page(
    'Test identity provider',
    `${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
  <label for="email">Email</label><input id="email" name="email" type="text" autocomplete="username" autofocus required>
  <button type="submit">Continue</button>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>
<p><small>Accounts: ${accounts.map((account) => escape(account.email)).join(', ')}</small></p>`,
  );
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

/** The sign-in step (the only interaction: consent is implied, see loadExistingGrant). */
async function interaction(req, res) {
  const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(
    new URL(req.url, issuer).pathname,
  );
  if (!match) return send(res, 404, page('Not found', ''));
  const [, uid, action] = match;
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Wrong sign-in', ''));
  if (req.method === 'GET' && !action) return send(res, 200, loginForm(uid));
  if (req.method === 'POST' && action === '/abort') {
    return provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
      { mergeWithLastSubmission: false },
    );
  }
  if (req.method === 'POST' && action === '/login') {
    const email = ((await readForm(req)).get('email') ?? '').trim().toLowerCase();
    const account = findByLogin(email);
    if (!account) return send(res, 200, loginForm(uid, `No account for ${email} here.`));
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  }
  return send(res, 405, page('Method not allowed', ''));
}

const callback = provider.callback();
const server = createServer((req, res) => {
  if (req.url?.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      send(res, 400, page('Sign-in error', `<p role="alert">${escape(error.message)}</p>`));
    });
    return;
  }
  callback(req, res);
});

server.listen(port, '127.0.0.1', () => console.log(`OIDC provider ready at ${issuer}`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
