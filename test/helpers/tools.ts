// Outside readers (LibreOffice, poppler, qpdf, mupdf, bagit.py…) used as independent checks.
// On a user's machine a missing tool skips the tests that need it, visibly, with the reason; in CI
// (CI=true) it is a failure, because .ci/run installs them. Never `return` early from a test instead:
// that counts as passed with nothing checked.
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'vitest';

const cache = new Map<string, boolean>();

/** Is `name` on PATH? (No side effects: for decisions made while collecting tests.) */
export function toolOnPath(name: string): boolean {
  let ok = cache.get(name);
  if (ok === undefined) {
    ok = spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
    cache.set(name, ok);
  }
  return ok;
}

export const inCI = () => process.env.CI === 'true';

/**
 * Skip the running test, with `what` as the shown reason, unless `available`; in CI fail instead.
 * Call it first in the test: `needs(ctx, toolOnPath('soffice'), 'soffice (LibreOffice)')`.
 */
export function needs(ctx: TestContext, available: boolean, what: string): void {
  if (available) return;
  if (inCI()) throw new Error(`CI: required outside tool ${what} is not installed (.ci/run installs it)`);
  ctx.skip(`${what} is not installed`);
}

/** `needs` for tools found on PATH. */
export function requireTools(ctx: TestContext, ...names: string[]): void {
  const missing = names.filter((n) => !toolOnPath(n));
  needs(ctx, missing.length === 0, missing.join(', '));
}

/**
 * The Library of Congress bagit-python command: XF_BAGIT_PY=/path/to/bagit.py, or bagit.py on PATH.
 * The one outside reader that is optional in CI too: Debian 12 does not package it.
 */
export function bagitPy(): string[] | undefined {
  if (process.env.XF_BAGIT_PY) return ['python3', process.env.XF_BAGIT_PY];
  return toolOnPath('bagit.py') ? ['bagit.py'] : undefined;
}
