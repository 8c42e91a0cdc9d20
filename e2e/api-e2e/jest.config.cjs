/** API end-to-end: plain HTTP against a running stack (E2E_BASE_URL), started by scripts/with-stack.mjs. */
module.exports = {
  displayName: 'api-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  maxWorkers: 1,
  testTimeout: 20000,
  moduleNameMapper: { '^@calibrate/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};
