// The register's read path and import against their peers, in one run (issue 16):
//  - `xf case import` of a JSON Lines file: cases per second and peak RSS (first the deadlines-sized
//    register, then the rest up to the list-sized one, as a second import into a full register)
//  - `xf deadlines` over BENCH_DEADLINE_CASES (default 100,000) cases, whole command
//  - `xf case list --overdue --json` over BENCH_QUERY_CASES (default 1,000,000) cases, whole command,
//    against the sqlite3 CLI running the same query with JSON output on the same file (or, without
//    the CLI, better-sqlite3 in a bare node script, said so in the output)
// CPU seconds from the children's rusage, medians of interleaved runs, with the load average.
// The synthetic cases are the register benches' (register-cases.mjs). BENCH_QUICK=1: 20k/50k.
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './lib.mjs';
import { QUICK, ROOT, childCpuSeconds, hasTool, load1, record, runCpu } from './peers.mjs';

const N_DL = Number(process.env.BENCH_DEADLINE_CASES ?? (QUICK ? 20_000 : 100_000));
const N_LIST = Math.max(N_DL, Number(process.env.BENCH_QUERY_CASES ?? (QUICK ? 50_000 : 1_000_000)));
const RUNS = QUICK ? 3 : 5;
const TODAY = '2026-11-21';
const out = join(ROOT, 'bench', 'out', 'query');
const xf = join(ROOT, 'bin', 'xf');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// the same synthetic cases as the register benches
const { synthetic } = await import(join(ROOT, 'bench', 'register-cases.mjs'));

async function writeCases(file, from, to) {
  await new Promise((res, rej) => {
    const ws = createWriteStream(file);
    let i = from;
    const pump = () => {
      while (i < to) if (!ws.write(JSON.stringify(synthetic(i++)) + '\n')) return void ws.once('drain', pump);
      ws.end(res);
    };
    ws.on('error', rej);
    pump();
  });
}

const home = join(out, 'home');
// bin/xf's V8 code cache in the bench's folder; each timed command runs once before it is timed, as
// on a clerk's machine after the first use (the first run compiles the bundle and writes the cache)
const env = { ...process.env, XF_HOME: home, XF_TODAY: TODAY, XF_CACHE_DIR: join(out, 'code-cache') };
const db = join(home, 'xf.db');
console.log(`register read path: ${N_DL.toLocaleString('en')} cases for deadlines, ${N_LIST.toLocaleString('en')} for case list${QUICK ? ' (quick)' : ''}; load ${load1()}`);
if (runCpu(process.execPath, [xf, 'init', '--rule-packs', 'national_2022,shandong_2015,s003_online'], { env }).status !== 0) throw new Error('xf init failed');

async function importRange(from, to) {
  const file = join(out, `cases-${from}-${to}.jsonl`);
  await writeCases(file, from, to);
  // runMeasured polls VmHWM for the peak RSS; the CPU is the children's rusage around it
  const c0 = childCpuSeconds();
  const r = await runMeasured(process.execPath, [xf, 'case', 'import', '--json', file], { env });
  const cpu = childCpuSeconds() - c0;
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr.slice(0, 2000)}`);
  rmSync(file, { force: true });
  const n = to - from;
  console.log(
    `import of ${n.toLocaleString('en')} cases into a register of ${from.toLocaleString('en')}: ${(r.ms / 1000).toFixed(1)} s wall = ${(n / (r.ms / 1000)).toFixed(0)} cases/s; ${cpu.toFixed(1)} s CPU = ${(n / cpu).toFixed(0)} cases per CPU second; peak RSS ${r.peakMb.toFixed(0)} MB; load ${load1()}`,
  );
  return { n, wall: r.ms / 1000, cpu, peakMb: r.peakMb };
}

const first = await importRange(0, N_DL);
// a clerk's machine running only xf gives the import a core to itself: CPU seconds stand for wall
const rate = first.n / first.cpu;
record({
  key: 'import',
  work: `register import (\`xf case import\`, ${first.n.toLocaleString('en')} cases of JSON Lines)`,
  xf: `${rate.toFixed(0)} cases per CPU second (${(first.n / first.wall).toFixed(0)}/s wall at this load), peak RSS ${first.peakMb.toFixed(0)} MB`,
  target: '≥ 5,000 cases/s, RSS < 300 MB',
  met: rate >= 5000 && first.peakMb < 300,
  quick: QUICK,
});

runCpu(process.execPath, [xf, 'deadlines'], { env });
const nodeCpu = [];
const dl = [];
for (let k = 0; k < RUNS; k++) {
  nodeCpu.push(runCpu(process.execPath, ['-e', '0']).cpu);
  const r = runCpu(process.execPath, [xf, 'deadlines'], { env });
  if (r.status !== 0) throw new Error(`xf deadlines failed: ${r.stderr}`);
  dl.push(r);
}
const dlCpu = median(dl.map((r) => r.cpu));
const dlRows = dl[0].stdout.split('\n').length - 3;
console.log(
  `xf deadlines over ${N_DL.toLocaleString('en')} cases (${dlRows} open clocks): ${dlCpu.toFixed(2)} s CPU, ${median(dl.map((r) => r.wall)).toFixed(2)} s wall (node -e 0: ${median(nodeCpu).toFixed(2)} s CPU); load ${load1()}`,
);
record({
  key: 'deadlines',
  work: `\`xf deadlines\` over ${N_DL.toLocaleString('en')} cases (${dlRows} open clocks), whole command, CPU`,
  xf: `${dlCpu.toFixed(2)} s`,
  peer: `node -e 0 ${median(nodeCpu).toFixed(2)} s`,
  target: '< 0.3 s',
  met: dlCpu < 0.3,
  quick: QUICK,
});

if (N_LIST > N_DL) await importRange(N_DL, N_LIST);

// the same query as `xf case list --overdue` makes (queries/due-cases.ts: each case once, at its
// earliest due clock, the listing's mask applied), so the peer does the same work and prints the same rows
const { dueCasesQuery } = await import(join(ROOT, 'dist', 'registry', 'queries', 'due-cases.js'));
const { LIST_MASKING } = await import(join(ROOT, 'dist', 'domain', 'disclosure.js'));
const sqlText = (v) => `'${String(v).replace(/'/g, "''")}'`;
const COLS = `case_no, status, proxy_status, category, channel, via_agent, confidential, received_date, accepted_date, NULL AS closed_date, CASE WHEN ${LIST_MASKING.when} = 1 THEN ${sqlText(LIST_MASKING.mask)} ELSE ${LIST_MASKING.field} END AS petitioner_name, slip_no`;
const due = dueCasesQuery({ date: TODAY, inclusive: false }, COLS);
const SQL = due.sql.replace(/@(\w+)/g, (_, k) => sqlText(due.args[k]));
const cli = hasTool('sqlite3');
const bare = join(out, 'bare-query.mjs');
writeFileSync(
  bare,
  `import Database from ${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3', 'lib', 'index.js'))};\nconst db = new Database(process.argv[2], { readonly: true });\nprocess.stdout.write(JSON.stringify(db.prepare(process.argv[3]).all()));\n`,
);
const peerRun = () => (cli ? runCpu('sqlite3', ['-readonly', '-json', db, SQL]) : runCpu(process.execPath, [bare, db, SQL]));
runCpu(process.execPath, [xf, 'case', 'list', '--overdue', '--json'], { env });
const xfList = [],
  peer = [],
  nodeList = []; // node's own start, the floor under any node CLI: how far it alone is from sqlite3
for (let k = 0; k < RUNS; k++) {
  const p = peerRun();
  if (p.status !== 0) throw new Error(`peer query failed: ${p.stderr}`);
  peer.push(p);
  const r = runCpu(process.execPath, [xf, 'case', 'list', '--overdue', '--json'], { env });
  if (r.status !== 0) throw new Error(`xf case list failed: ${r.stderr}`);
  xfList.push(r);
  nodeList.push(runCpu(process.execPath, ['-e', '0']).cpu);
}
const rows = JSON.parse(peer[0].stdout || '[]').length;
const xfC = median(xfList.map((r) => r.cpu));
const peerC = Math.max(0.01, median(peer.map((r) => r.cpu))); // rusage counts in 10 ms ticks
const peerName = cli ? 'sqlite3 CLI' : 'better-sqlite3 in a bare node script (no sqlite3 CLI here)';
console.log(
  `xf case list --overdue --json over ${N_LIST.toLocaleString('en')} cases (${rows} cases listed): ${xfC.toFixed(2)} s CPU vs ${peerName} ${peerC.toFixed(2)} s = ${(xfC / peerC).toFixed(1)}×; node -e 0 alone ${median(nodeList).toFixed(2)} s = ${(median(nodeList) / peerC).toFixed(1)}× ${cli ? 'sqlite3' : 'peer'}; load ${load1()}`,
);
record({
  key: 'case_list',
  work: `\`xf case list --overdue --json\` over ${N_LIST.toLocaleString('en')} cases, whole command, CPU`,
  xf: `${xfC.toFixed(2)} s`,
  peer: `${peerName}, same query and JSON output: ${peerC.toFixed(2)} s`,
  ratio: `${(xfC / peerC).toFixed(1)} × ${cli ? 'sqlite3' : 'peer'} (node -e 0 alone: ${(median(nodeList) / peerC).toFixed(1)} ×)`,
  target: '≤ 5 × sqlite3',
  met: xfC / peerC <= 5,
  quick: QUICK,
});
