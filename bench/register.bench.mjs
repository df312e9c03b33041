// Register benchmark (issue 2): import N synthetic cases (default 1,000,000) with `xf case import`
// from one JSON Lines file, then `xf case list --overdue` over them (target: query under 50 ms).
import { mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, load, median, runMeasured } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_CASES ?? 1_000_000);
const out = join(root, 'bench', 'out', 'register');
const xf = join(root, 'bin', 'xf');
const TODAY = '2026-11-21';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { writeCases } = await import('./register-cases.mjs');

const file = join(out, 'cases.jsonl');
const genStart = Date.now();
await writeCases(file, N);
console.log(`generated ${N} cases in ${fmt((Date.now() - genStart) / 1000)} s (${load()})`);

const home = join(out, 'home');
const env = { XF_HOME: home, XF_TODAY: TODAY };
await runMeasured(process.execPath, [xf, 'init', '--rule-packs', 'national_2022,shandong_2015,s003_online'], { env });
const imp = await runMeasured(process.execPath, [xf, 'case', 'import', file], { env });
if (imp.code !== 0) {
  console.error(imp.stderr.slice(0, 2000));
  process.exit(1);
}
console.log(
  `import: ${N} cases in ${fmt(imp.ms / 1000)} s = ${fmt(N / (imp.ms / 1000), 0)} cases/s [target ≥ 5000]; CPU ${fmt(imp.cpuS)} s = ${fmt(N / imp.cpuS, 0)} cases per CPU-second; peak RSS ${fmt(imp.peakMb, 0)} MB [target < 300] (${load()})`,
);

// The query itself, in-process on a warm connection (what the 50 ms target is about) …
const { Registry } = await import(join(root, 'dist', 'registry', 'registry.js'));
const { loadConfig } = await import(join(root, 'dist', 'registry', 'home.js'));
const reg = new Registry(join(home, 'xf.db'), loadConfig(home), { today: TODAY });
const times = [];
let rows = 0;
for (let k = 0; k < 11; k++) {
  const t0 = process.hrtime.bigint();
  rows = reg.listCases({ overdue: true }).length;
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
reg.close();
// the plan, read beside the register (its handle is private to it)
const { default: Database } = await import('better-sqlite3');
const ro = new Database(join(home, 'xf.db'), { readonly: true });
const plan = ro
  .prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM clocks k WHERE k.paused = 0 AND k.actor = 'organ' AND k.act_by < ?`)
  .all(TODAY)
  .map((r) => r.detail)
  .join('; ');
ro.close();
console.log(`case list --overdue query: ${rows} overdue cases of ${N}; median ${fmt(median(times), 2)} ms (first ${fmt(times[0], 2)} ms) [target < 50 ms] — plan: ${plan} (${load()})`);
// … and the whole command as a clerk runs it (process start included).
const cmd = [];
for (let k = 0; k < 5; k++) cmd.push((await runMeasured(process.execPath, [xf, 'case', 'list', '--overdue', '--json'], { env })).ms);
console.log(`xf case list --overdue --json, whole command: median ${fmt(median(cmd), 0)} ms (${load()})`);
const dbSize = existsSync(join(home, 'xf.db')) ? (await import('node:fs')).statSync(join(home, 'xf.db')).size : 0;
console.log(`register file: ${fmt(dbSize / 1048576, 0)} MB`);
