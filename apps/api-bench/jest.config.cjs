/** Bench unit tests: pure functions, no database, no servers. */
// Shared Jest tooling at the root, which belongs to no Nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
const esm = require('../../scripts/jest-esm-packages.cjs');

module.exports = {
  displayName: 'api-bench',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@calibrate/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@calibrate/api/(.*)$': '<rootDir>/../api/src/$1',
  },
  transform: {
    ...esm.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  transformIgnorePatterns: esm.transformIgnorePatterns,
};
