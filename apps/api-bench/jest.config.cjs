/** Bench unit tests: pure functions, no database, no servers. */
module.exports = {
  displayName: 'api-bench',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@calibrate/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@calibrate/api/(.*)$': '<rootDir>/../api/src/$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
