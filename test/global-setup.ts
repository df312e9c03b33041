// CLI tests run bin/xf, which loads dist/ (bundled into dist/bundle/): compile and bundle once before the suites so they never test stale code.
// Every temporary folder the suites make (mkdtemp under os.tmpdir()) goes into one folder of this
// run, removed at the end, so test runs leave nothing behind in /tmp.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/xf.js';

export default function setup(): () => void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  // bin/xf runs the esbuild bundle of dist/ when there is one: rebuild it too, or it would be stale
  execFileSync(process.execPath, [join(ROOT, 'build', 'bundle.mjs')], { stdio: 'inherit' });
  const runTmp = mkdtempSync(join(tmpdir(), 'xf-test-run-'));
  chmodSync(runTmp, 0o755); // suites that run xf as "nobody" (read-only media, chmod 000) must reach their folders
  process.env.TMPDIR = runTmp;
  return () => {
    // a tmpfs an interrupted full-disk test left mounted makes this fail (EBUSY) after emptying it
    try {
      rmSync(runTmp, { recursive: true, force: true });
    } catch {
      /* left for the system's tmp cleaning */
    }
  };
}
