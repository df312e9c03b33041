// The pure domain tests only (no CLI, no dist/, no outside tools): what Stryker runs for each mutant
// of src/domain/, so one mutant costs milliseconds. `npx vitest run -c vitest.domain.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/domain/**/*.test.ts'],
    testTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai', XF_LANG: 'zh' },
    // One worker keeps the imported modules between runs: Stryker re-runs a few tests per mutant, and
    // re-importing TypeBox, Ajv and the calendar data each time cost seconds. Safe for pure tests.
    isolate: false,
    pool: 'threads',
  },
});
