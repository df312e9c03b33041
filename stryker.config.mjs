// Mutation testing of the pure domain core: `npm run mutate`. Each mutant runs only the domain tests
// that cover it (vitest.domain.config.ts, perTest coverage); concurrency 2 because the build machine is
// shared. The HTML/JSON report goes to reports/mutation/ (ignored by git).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false — perTest coverage already names the tests of each mutant; vitest's own "related
  // files" search walks the import graph again on every mutant run, which only costs time here.
  vitest: { configFile: 'vitest.domain.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner', './test/mutation/ignore-messages.mjs', './test/mutation/survivors-reporter.mjs'],
  ignorers: ['messages'],
  mutate: ['src/domain/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables: schemas, enums, rule packs) would each re-run every domain
  // test: ~1500 of them at ~14 s a run is hours on this machine. They are reported as Ignored and
  // left out of the score; the tables themselves are pinned by the schema/enum/rule-pack tests.
  ignoreStatic: true,
  concurrency: 2,
  // Reuse earlier results: only mutants whose code or covering tests changed are re-run, so the
  // folder can be measured file by file (`npm run mutate -- --mutate src/domain/x.ts`) and the
  // pieces add up. The file stays out of git (reports/ is ignored): it is machine output tied to the
  // exact source and test text, src/domain is edited by several people at once (it would conflict on
  // every merge), and a reused result must not pass for a fresh measurement; `--force` re-runs all.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json', 'live'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // The tsconfig rewriter loads TypeScript's JS API, which TypeScript 7 no longer has; vitest needs no
  // tsconfig rewriting (no project references), so point it at a file that does not exist.
  tsconfigFile: 'tsconfig.stryker-none.json',
  // the sandbox needs sources, tests and the files tests read; not build output or reports
  ignorePatterns: ['dist', 'demo-out', 'bench/out', 'reports', 'test/forms/.out', '*.db'],
  thresholds: { high: 90, low: 85, break: 85 },
  // Under load a mutant's covering tests can run past 1.5 × their dry-run time + this margin and be
  // reported as Timeout (Stryker counts it killed). 10 s keeps such load-made timeouts rare; the
  // notes give the score with and without timeouts.
  timeoutMS: 10_000,
};
