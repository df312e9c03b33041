// The register on PostgreSQL beside SQLite (issue 15): import N synthetic cases (default 1,000,000;
// BENCH_PG_CASES or BENCH_CASES for a quicker run) with `xf case import`, `xf case list --overdue`
// over them, and the throughput of 8 writers at once (BENCH_WRITERS × BENCH_WRITER_OPS operations,
// each its own transaction: new case, event or serial). The server is XF_BENCH_PG or XF_TEST_PG
// (postgres://user:pw@host:port/db); without one the bench says so and stops. BENCH_BACKENDS=sqlite
// (or postgres) runs one side only; BENCH_OUT another folder for its files (two runs at once). The cases are written to a file as they are made (never all in
// memory) and streamed by the import; every figure carries the load average (a shared machine:
// compare the two backends of one run, and CPU seconds rather than wall time).
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, load, median, runMeasured } from './lib.mjs';
import { writeCases } from './register-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PG = process.env.XF_BENCH_PG || process.env.XF_TEST_PG;
if (!PG) {
  console.log('skipped: no PostgreSQL (set XF_BENCH_PG or XF_TEST_PG=postgres://user:pw@host:port/db)');
  process.exit(0);
}
const N = Number(process.env.BENCH_PG_CASES ?? process.env.BENCH_CASES ?? 1_000_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const OPS = Number(process.env.BENCH_WRITER_OPS ?? 200);
const TODAY = '2026-11-21';
const out = process.env.BENCH_OUT || join(root, 'bench', 'out', 'register-pg');
const xf = join(root, 'bin', 'xf');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const schema = `xf_bench_${process.pid}`;
const url = (() => {
  const u = new URL(PG);
  u.searchParams.set('schema', schema);
  return u.toString();
})();

const { default: pg } = await import('pg');
async function sql(text) {
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  try {
    await c.query(`SET search_path TO "${schema}"`);
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

const file = join(out, 'cases.jsonl');
const t = Date.now();
await writeCases(file, N);
console.log(`generated ${N} cases in ${fmt((Date.now() - t) / 1000)} s (${load()})`);

const PACKS = 'national_2022,shandong_2015,s003_online';
const only = (process.env.BENCH_BACKENDS ?? 'sqlite,postgres').split(',');
const homes = Object.fromEntries(
  Object.entries({
    sqlite: { XF_HOME: join(out, 'sqlite'), XF_TODAY: TODAY },
    postgres: { XF_HOME: join(out, 'postgres'), XF_TODAY: TODAY, XF_DATABASE: url },
  }).filter(([b]) => only.includes(b)),
);
const { Registry } = await import(join(root, 'dist', 'registry', 'registry.js'));
const { loadConfig } = await import(join(root, 'dist', 'registry', 'home.js'));
const { registerFileOf } = await import(join(root, 'dist', 'registry', 'database.js'));

try {
  for (const [backend, env] of Object.entries(homes)) {
    const init = await runMeasured(process.execPath, [xf, 'init', '--rule-packs', PACKS], { env });
    if (init.code !== 0) throw new Error(`${backend}: xf init: ${init.stderr}`);
    const imp = await runMeasured(process.execPath, [xf, 'case', 'import', file], { env });
    if (imp.code !== 0) throw new Error(`${backend}: import: ${imp.stderr.slice(0, 2000)}`);
    console.log(
      `${backend}: import ${N} cases in ${fmt(imp.ms / 1000)} s wall = ${fmt(N / (imp.ms / 1000), 0)} cases/s; xf's CPU ${fmt(imp.cpuS)} s = ${fmt(N / imp.cpuS, 0)} cases per CPU-second; peak RSS ${fmt(imp.peakMb, 0)} MB (${load()})`,
    );
    // the query on a warm connection, in-process, then the whole command as a clerk runs it
    const saved = process.env.XF_DATABASE;
    if (env.XF_DATABASE) process.env.XF_DATABASE = env.XF_DATABASE;
    const reg = new Registry(registerFileOf(env.XF_HOME), loadConfig(env.XF_HOME), { today: TODAY });
    const times = [];
    let rows = 0;
    for (let k = 0; k < 11; k++) {
      const t0 = process.hrtime.bigint();
      rows = reg.listCases({ overdue: true }).length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    reg.close();
    if (saved === undefined) delete process.env.XF_DATABASE;
    else process.env.XF_DATABASE = saved;
    const cmd = [];
    let listed = -1;
    for (let k = 0; k < 5; k++) {
      const r = await runMeasured(process.execPath, [xf, 'case', 'list', '--overdue', '--json'], { env });
      if (r.code !== 0) throw new Error(`${backend}: case list: ${r.stderr.slice(0, 1000)}`);
      listed = JSON.parse(r.stdout).length ?? listed;
      cmd.push(r.ms);
    }
    console.log(
      `${backend}: case list --overdue: ${rows} overdue of ${N} (the command listed ${listed}); query median ${fmt(median(times), 2)} ms (first ${fmt(times[0], 2)} ms); whole command median ${fmt(median(cmd), 0)} ms (${load()})`,
    );
    if (backend === 'sqlite') console.log(`sqlite: register file ${fmt(statSync(join(env.XF_HOME, 'xf.db')).size / 1048576, 0)} MB`);
    else {
      const plan = await sql(`EXPLAIN SELECT case_no FROM clocks WHERE actor = 'organ' AND paused = 0 AND act_by < '${TODAY}' ORDER BY act_by, case_no`);
      const size = await sql(
        `SELECT pg_size_pretty(SUM(pg_total_relation_size(c.oid))) AS s FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${schema}' AND c.relkind = 'r'`,
      );
      console.log(`postgres: schema size ${size[0].s}; plan: ${plan.map((r) => r['QUERY PLAN'].trim()).join(' / ')}`);
    }
  }

  // 8 writers at once, each operation one transaction, on a fresh register of each backend
  for (const [backend, base] of Object.entries(homes)) {
    const env = { ...base, XF_HOME: `${base.XF_HOME}-writers` };
    if (env.XF_DATABASE) {
      const u = new URL(env.XF_DATABASE);
      u.searchParams.set('schema', `${schema}_w`);
      env.XF_DATABASE = u.toString();
    }
    await runMeasured(process.execPath, [xf, 'init', '--rule-packs', PACKS], { env });
    const t0 = Date.now();
    const runs = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => runMeasured(process.execPath, [join(root, 'test', 'registry', 'fixtures', 'writer.mjs'), root, String(OPS), `w${i}`], { env })),
    );
    const wall = (Date.now() - t0) / 1000;
    const bad = runs.filter((r) => r.code !== 0);
    if (bad.length) throw new Error(`${backend}: ${bad.length} writer(s) failed: ${bad[0].stderr.slice(0, 1000)}`);
    const busy = runs.map((r) => JSON.parse(r.stdout).ms / 1000);
    const verify = await runMeasured(process.execPath, [xf, 'registry', 'verify', '--json'], { env });
    const v = JSON.parse(verify.stdout);
    console.log(
      `${backend}: ${WRITERS} writers × ${OPS} operations = ${WRITERS * OPS} transactions in ${fmt(wall)} s wall (${fmt(Math.max(...busy))} s the slowest writer's loop) = ${fmt((WRITERS * OPS) / Math.max(...busy), 0)} tx/s; chain ${v.chain_ok ? 'intact' : 'BROKEN'}, replay ${v.replay.ok ? 'agrees' : 'DIFFERS'} (${v.events} events) (${load()})`,
    );
    if (!v.ok) process.exitCode = 1;
  }
} finally {
  for (const s of [schema, `${schema}_w`]) await sql(`DROP SCHEMA IF EXISTS "${s}" CASCADE`).catch(() => {});
}
