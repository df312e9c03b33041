// CLI tests run bin/xf, which loads dist/: compile once before the suites so they never test stale code.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers/xf.js';

export default function setup(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
}
