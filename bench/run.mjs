#!/usr/bin/env node
// Runs every bench/*.bench.mjs (or the ones named: `npm run bench -- register verify`).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)));
let failed = 0;
for (const f of benches) {
  process.stdout.write(`\n=== ${f}\n`);
  const r = spawnSync(process.execPath, [join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`!!! ${f} exited ${r.status}\n`);
  }
}
process.exit(failed ? 1 : 0);
