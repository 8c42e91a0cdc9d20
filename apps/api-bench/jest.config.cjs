/** Bench unit tests: pure functions, no database, no servers. */
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
