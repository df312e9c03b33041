// Mutation testing of the pure domain core: `npm run mutate`. Each mutant runs only the domain tests
// that cover it (vitest.domain.config.ts, perTest coverage); concurrency 2 because the build machine is
// shared. The HTML/JSON report goes to reports/mutation/ (ignored by git).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.domain.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner', './test/mutation/ignore-messages.mjs'],
  ignorers: ['messages'],
  mutate: ['src/domain/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 10_000,
};
