// A module's own copy, evaluated inside the calling test. The domain tests share one module registry
// (vitest.domain.config.ts: isolate false) and Stryker re-runs them in the same worker, so a module's
// top-level state — a constant table, a per-year cache, the shared calendar — is built once, by whichever
// test loaded it first, and a test that reads it afterwards cannot tell what built it. A test that pins
// such state loads a fresh copy.
import { vi } from 'vitest';

export async function freshImport<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}
