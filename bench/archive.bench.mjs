// Archive benchmark (issue 4): a synthetic year of N closed cases (default 10,000; BENCH_CASES=n for
// fewer) cloned from the terminated samples of 2026 (every path: letters, visits, calls, online,
// agent, extension, review, re-review with hearing, routing, accusation; letters with their scans), imported, then
// `xf archive year 2026` as an archivist runs it. Reports cases per minute and peak RSS, with the
// resident set sampled along the run: it must stay under 300 MB and flat, whatever the year's size.
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, load, runMeasured } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_CASES ?? 10_000);
const out = join(root, 'bench', 'out', 'archive');
const xf = join(root, 'bin', 'xf');
const TODAY = '2026-11-21';
const LIMIT_MB = 300;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// the register's own reader: identifiers and phone numbers stay text
const { parseStructuredText } = await import(join(root, 'dist', 'domain', 'case-file.js'));
const samples = readdirSync(join(root, 'samples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseStructuredText(readFileSync(join(root, 'samples', f), 'utf8'), f).value)
  .filter((c) => c.history?.some((h) => h.event === 'terminate' && String(h.date).startsWith('2026')))
  .map((c) => {
    delete c.$schema;
    return c;
  });
console.log(`${samples.length} sample shapes: ${samples.map((c) => c.case_no).join(' ')}`);

const file = join(out, 'cases.jsonl');
await new Promise((res, rej) => {
  const ws = createWriteStream(file);
  let i = 0;
  const pump = () => {
    while (i < N) {
      const c = structuredClone(samples[i % samples.length]);
      c.case_no = `B${String(i).padStart(6, '0')}`;
      c.request_text = `${c.request_text}（批量${i}）`;
      if (c.contact_slip) delete c.contact_slip.slip_no;
      i++;
      if (!ws.write(JSON.stringify(c) + '\n')) {
        ws.once('drain', pump);
        return;
      }
    }
    ws.end(res);
  };
  ws.on('error', rej);
  pump();
});

const home = join(out, 'home');
const env = { XF_HOME: home, XF_TODAY: TODAY };
await runMeasured(process.execPath, [xf, 'init', '--rule-packs', 'national_2022,shandong_2015,s000_fengcheng_proxy,s003_online,s002_town'], { env });
// an office names its review bodies before filing: the 处理意见书's remedy notice refuses the
// placeholders `init` writes (V-DOC-3), and a third of the year would stop at the checklist
const cfgPath = join(home, 'xf.config.json');
const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
Object.assign(cfg, { review_org_name: '某市人民政府', review_org_address: '某市人民大道1号', rereview_org_name: '某省人民政府信访局', rereview_org_address: '某省省府路2号' });
writeFileSync(cfgPath, JSON.stringify(cfg, null, 2) + '\n');
const imp = await runMeasured(process.execPath, [xf, 'case', 'import', file], { env });
if (imp.code !== 0) {
  console.error(imp.stderr.slice(0, 2000));
  process.exit(1);
}
console.log(`imported ${N} closed cases in ${fmt(imp.ms / 1000)} s`);

// the run itself, with the resident set sampled every half second
const samplesRss = [];
const started = Date.now();
// the samples' scans (letters, envelopes, a photo stored sideways) are normalised with every clone
// run through the launcher as a user does (its shebang sets the allocator's arena limit)
const child = spawn(xf, ['archive', 'year', '2026', '--attachments', join(root, 'samples'), '--json', '-q'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '',
  stderr = '';
child.stdout.on('data', (d) => {
  stdout += d;
});
child.stderr.on('data', (d) => {
  stderr += d;
});
let peakKb = 0,
  cpuTicks = 0,
  polls = 0;
const poll = setInterval(() => {
  try {
    // CPU of the process and all its threads (the render workers): utime + stime, fields 14 and 15,
    // in ticks of 10 ms; sampled every 100 ms, so up to 0.1 s short of the run's whole
    const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    cpuTicks = Math.max(cpuTicks, Number(f[11]) + Number(f[12]));
    if (polls++ % 5) return;
    const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
    peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0));
    samplesRss.push([Date.now() - started, rss / 1024]);
  } catch {
    /* exited */
  }
}, 100);
const code = await new Promise((res) => child.on('exit', res));
clearInterval(poll);
const ms = Date.now() - started;
if (code !== 0) {
  console.error(`archive year exited ${code}\n${stderr.slice(0, 2000)}\n${stdout.slice(0, 2000)}`);
  process.exit(1);
}
const r = JSON.parse(stdout);

const bundle = join(home, 'archive', 'X001-WS·2026');
let bytes = 0,
  files = 0;
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else {
      bytes += statSync(p).size;
      files++;
    }
  }
};
walk(bundle);
const at = (f) => {
  const i = Math.min(samplesRss.length - 1, Math.floor(f * samplesRss.length));
  return samplesRss[i]?.[1] ?? 0;
};
const peakMb = peakKb / 1024;
console.log(
  `archive year: ${r.archived} cases (${r.incomplete} incomplete with reason) in ${fmt(ms / 1000)} s = ${fmt(r.archived / (ms / 60000))} cases/min; ${r.aids?.dossiers} dossiers, ${files} files, ${fmt(bytes / 1048576)} MiB`,
);
const cpuS = cpuTicks / 100;
console.log(`CPU ${fmt(cpuS)} s = ${fmt(cpuS / r.archived, 3)} CPU-s per case = ${fmt(r.archived / (cpuS / 60), 0)} cases per CPU-minute (target ≤ 0.2 CPU-s per case; ${load()})`);
console.log(`peak RSS ${fmt(peakMb, 0)} MB [limit ${LIMIT_MB} MB] — RSS at 10/25/50/75/100 % of the run: ${[0.1, 0.25, 0.5, 0.75, 0.999].map((f) => fmt(at(f), 0)).join(' / ')} MB`);
const v = await runMeasured(process.execPath, [xf, 'verify', '-q', bundle], { env });
console.log(`xf verify of the bundle: exit ${v.code} in ${fmt(v.ms / 1000)} s`);
if (peakMb > LIMIT_MB) {
  console.error(`peak RSS ${fmt(peakMb, 0)} MB is over ${LIMIT_MB} MB`);
  process.exit(1);
}
