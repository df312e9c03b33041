// Outside readers (LibreOffice, poppler, qpdf, mupdf) used as independent checks.
// On a user's machine a missing tool skips its tests with a note; in CI (CI=true) it is a failure,
// because .ci/run installs them.
import { spawnSync } from 'node:child_process';

const cache = new Map<string, boolean>();

export function hasTool(name: string): boolean {
  let ok = cache.get(name);
  if (ok === undefined) {
    ok = spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
    cache.set(name, ok);
    if (!ok) {
      if (process.env.CI === 'true') throw new Error(`CI: required outside tool "${name}" is not installed (.ci/run installs it)`);
      process.stderr.write(`[skip] ${name} is not installed: tests that use it are skipped\n`);
    }
  }
  return ok;
}
