// One Jest run for the whole suite: unit tests of pure code, HTTP tests against a real PostgreSQL,
// and browser tests in Chromium. tests/support/global-setup.mjs provides the database server.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // NestJS 12 and openid-client (with oauth4webapi and jose) ship ESM only: let swc turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|openid-client|oauth4webapi|jose)/)'],
  moduleNameMapper: {
    '^@gevinst/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@gevinst/web/ui/list-state$': '<rootDir>/libs/web/ui/src/list-state.ts',
    '^@gevinst/migrations$': '<rootDir>/migrations/index.ts',
  },
  setupFiles: ['reflect-metadata'],
  rootDir: __dirname,
};

module.exports = {
  // testTimeout is a global option (ignored per project): browser tests on a busy 2-core machine need the headroom.
  testTimeout: 90000,
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/libs', '<rootDir>/apps/api/src'], testMatch: ['**/*.spec.ts'] },
    { ...shared, displayName: 'api', roots: ['<rootDir>/tests/api'], testMatch: ['**/*.test.ts'] },
    { ...shared, displayName: 'web', roots: ['<rootDir>/tests/web'], testMatch: ['**/*.e2e.ts'] },
  ],
};
