/**
 * Jest settings for dependencies published as ES modules only (`"type": "module"`).
 *
 * Node 24 `require()`s them natively, so the built API (CommonJS) loads them as they are. Jest
 * runs test code in its own module registry, which cannot: it throws "Unexpected token 'export'".
 * So Jest compiles these packages (and only these) to CommonJS, with TypeScript's transpiler
 * (no type check, cached by Jest).
 *
 * A new ESM-only dependency shows up as that error in the integration tests: add its name here.
 */
const esmOnlyPackages = [
  // @fastify/static 10.1.11 and @fastify/cookie 11.1.5 (the versions for Node 22 and later)
  'content-disposition',
  'cookie',
  // CommonJS, but loads `cookie` 2 with a dynamic import(), which Jest refuses without
  // --experimental-vm-modules; compiled, the import() becomes a require()
  '@fastify/cookie',
  // OpenID Connect: the client the API signs in with, and the provider the tests start
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
];

const names = esmOnlyPackages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

module.exports = {
  esmOnlyPackages,
  /** Merge into a Jest config: `...esmTransform`, then the config's own `transform` entries. */
  transform: { '^.+\\.m?js$': require.resolve('./jest-esm-transform.cjs') },
  // Ignored: every file under node_modules, except in the packages above, nested or not
  // (@fastify/cookie keeps its own `cookie` 2 in its own node_modules).
  transformIgnorePatterns: [`/node_modules/(?!(?:.*/node_modules/)?(?:${names.join('|')})/)`],
};
