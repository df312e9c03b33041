// Register benchmark (issue 2): import N synthetic cases (default 1,000,000) with `xf case import`
// from one JSON Lines file, then `xf case list --overdue` over them (target: query under 50 ms).
import { createWriteStream, mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median, runMeasured } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_CASES ?? 1_000_000);
const out = join(root, 'bench', 'out', 'register');
const xf = join(root, 'bin', 'xf');
const TODAY = '2026-11-21';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { makeResidentId } = await import(join(root, 'dist', 'domain', 'idcard.js'));
const { addCalendarDays } = await import(join(root, 'dist', 'domain', 'dates.js'));

// A year and a half of cases; most closed, some open, a few overdue (as in a real office).
function synthetic(i) {
  const received = addCalendarDays('2025-06-01', i % 535);
  const kind = i % 100;
  const c = {
    case_no: `B${String(i).padStart(7, '0')}`,
    channel: ['letter', 'visit', 'online', 'phone'][i % 4],
    via_agent: false,
    received_date: received,
    registered_date: received,
    category: 'claim',
    claim_route: 'xf_opinion',
    online_type: i % 4 === 2 ? 'general' : undefined,
    request_text: `请求解决第${i}号事项反映的问题`,
    facts_text: `信访人反映的事实${i % 997}`,
    reasons_text: '依据有关规定',
    confidential: false,
    petitioners: [
      {
        name: `信访人${i % 9973}`,
        party_type: 'natural',
        id_doc_type: 'resident_id',
        id_doc_no: makeResidentId('370102', '1970-01-01', i % 1000),
        phone: '13900000000',
        address: `某市某区某街道${i % 500}号`,
      },
    ],
    handler: { handler_name: `承办人${i % 50}`, handling_org_name: `某区某局${i % 20}` },
    history: [],
  };
  const acc = addCalendarDays(received, 3);
  const answered = [
    {
      event: 'answer',
      date: addCalendarDays(acc, 40),
      details: {
        requests: [{ seq: 1, text: '请求' }],
        petitioner_facts_reasons: '事实和理由',
        findings: '经查',
        outcomes: [{ request_seq: 1, outcome: 'explain', reasoning: '理由' }],
        legal_basis: [{ instrument: '《信访工作条例》', article: '第三十二条' }],
      },
    },
    { event: 'serve', date: addCalendarDays(acc, 42), details: { service_method: 'in_person' } },
  ];
  // Older cases are closed but for 1 % left in progress (overdue); recent ones are at every stage.
  if (received < '2026-09-20') {
    c.history.push({ event: 'accept', date: acc });
    if (kind > 0) {
      c.history.push(...answered);
      if (addCalendarDays(acc, 42 + 45) <= TODAY) c.history.push({ event: 'terminate', date: addCalendarDays(acc, 42 + 45), details: { reason: 'answer_window_lapsed' } });
    }
  } else if (kind < 60 && c.channel !== 'online') {
    c.history.push({ event: 'accept', date: acc });
  } else if (addCalendarDays(acc, 42) <= TODAY) {
    c.history.push({ event: 'accept', date: acc }, ...answered);
  } else if (kind < 95 || received < addCalendarDays(TODAY, -10)) {
    c.history.push({ event: 'accept', date: acc }); // online items are answered within their reply target
    if (c.channel === 'online') c.online_type = 'investigation';
  }
  if (!c.online_type) delete c.online_type;
  return c;
}

const file = join(out, 'cases.jsonl');
const genStart = Date.now();
await new Promise((res, rej) => {
  const ws = createWriteStream(file);
  let i = 0;
  const pump = () => {
    while (i < N) {
      if (!ws.write(JSON.stringify(synthetic(i++)) + '\n')) {
        ws.once('drain', pump);
        return;
      }
    }
    ws.end(res);
  };
  ws.on('error', rej);
  pump();
});
console.log(`generated ${N} cases in ${fmt((Date.now() - genStart) / 1000)} s`);

const home = join(out, 'home');
const env = { XF_HOME: home, XF_TODAY: TODAY };
await runMeasured(process.execPath, [xf, 'init', '--rule-packs', 'national_2022,shandong_2015,s003_online'], { env });
const imp = await runMeasured(process.execPath, [xf, 'case', 'import', file], { env });
if (imp.code !== 0) {
  console.error(imp.stderr.slice(0, 2000));
  process.exit(1);
}
console.log(`import: ${N} cases in ${fmt(imp.ms / 1000)} s = ${fmt(N / (imp.ms / 1000), 0)} cases/s, peak RSS ${fmt(imp.peakMb, 0)} MB`);

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
console.log(`case list --overdue query: ${rows} overdue cases of ${N}; median ${fmt(median(times), 2)} ms (first ${fmt(times[0], 2)} ms) [target < 50 ms] — plan: ${plan}`);
// … and the whole command as a clerk runs it (process start included).
const cmd = [];
for (let k = 0; k < 5; k++) cmd.push((await runMeasured(process.execPath, [xf, 'case', 'list', '--overdue', '--json'], { env })).ms);
console.log(`xf case list --overdue --json, whole command: median ${fmt(median(cmd), 0)} ms`);
const dbSize = existsSync(join(home, 'xf.db')) ? (await import('node:fs')).statSync(join(home, 'xf.db')).size : 0;
console.log(`register file: ${fmt(dbSize / 1048576, 0)} MB`);
