/**
 * API integration tests: the real AppModule over HTTP against a real PostgreSQL
 * (TEST_DATABASE_URL, or an embedded server), migrated once; one worker, tables truncated
 * before each test.
 */
// Shared Jest tooling at the root, which belongs to no Nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
const esm = require('../../scripts/jest-esm-packages.cjs');

module.exports = {
  displayName: 'api-integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 30000,
  moduleNameMapper: { '^@calibrate/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  transform: {
    ...esm.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  transformIgnorePatterns: esm.transformIgnorePatterns,
};
