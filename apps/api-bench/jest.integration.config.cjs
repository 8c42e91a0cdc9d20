/**
 * Bench integration tests: the bench data generator and the plan recorder against the real API
 * and PostgreSQL. They reuse the API's integration set-up (apps/api/test: one database,
 * TEST_DATABASE_URL or an embedded server, migrated once; the test app and its helpers).
 */
// Shared Jest tooling at the root, which belongs to no Nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
const esm = require('../../scripts/jest-esm-packages.cjs');

module.exports = {
  displayName: 'api-bench-integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/../api/test/global-setup.ts',
  globalTeardown: '<rootDir>/../api/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 30000,
  moduleNameMapper: {
    '^@calibrate/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@calibrate/api/(.*)$': '<rootDir>/../api/src/$1',
    '^@calibrate/api-test/(.*)$': '<rootDir>/../api/test/$1',
  },
  transform: {
    ...esm.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  transformIgnorePatterns: esm.transformIgnorePatterns,
};
